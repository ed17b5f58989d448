#pragma once

#include "UsageInterval.h"
#include "core/Money.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace gpudesk {

// An interval's part of a window of time: its running milliseconds inside [from, to) and that part of
// its whole cost. Parts are differences of one cumulative rounding (total x elapsed / duration), so
// the parts of adjacent windows add up to the interval's cost exactly, to the micro-dollar.
struct CostShare
{
    Money cost;
    qint64 ms = 0;
    bool hit = false; // the interval has running time (or, zero-length, its instant) in the window

    // The part of `interval` (costing `total` in all, open ones running up to `now`) in [fromMs, toMs).
    // A zero-length interval (a minimum charge) belongs wholly to the window holding its start.
    static CostShare of(const UsageInterval &interval, Money total, qint64 fromMs, qint64 toMs, const QDateTime &now);

    // Calls `visit(day, dayStartMs, dayEndMs)` for each calendar day of `zone` that [fromMs, toMs)
    // touches, each window clipped to [fromMs, toMs). Days follow local midnights, so a day across a
    // DST change is 23 or 25 hours long.
    static void forEachDay(qint64 fromMs, qint64 toMs, const QTimeZone &zone,
        const std::function<void(const QDate &, qint64, qint64)> &visit);

    // Local midnight starting `day` in `zone` (the first valid moment of the day where a DST change
    // skips midnight).
    static QDateTime startOfDay(const QDate &day, const QTimeZone &zone);
};

} // namespace gpudesk
