#include "CostShare.h"

#include <algorithm>

namespace gpudesk {

CostShare CostShare::of(const UsageInterval &i, Money total, qint64 from, qint64 to, const QDateTime &now)
{
    const qint64 start = i.startedAt.toMSecsSinceEpoch();
    const qint64 end = std::max(start, i.effectiveEnd(now).toMSecsSinceEpoch());
    const qint64 duration = end - start;
    if (duration == 0)
        return start >= from && start < to ? CostShare { total, 0, true } : CostShare {};
    const qint64 a = std::clamp(from, start, end);
    const qint64 b = std::clamp(to, start, end);
    if (a >= b)
        return {};
    return { total.scaled(b - start, duration) - total.scaled(a - start, duration), b - a, true };
}

QDateTime CostShare::startOfDay(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone);
}

void CostShare::forEachDay(
    qint64 fromMs, qint64 toMs, const QTimeZone &zone, const std::function<void(const QDate &, qint64, qint64)> &visit)
{
    if (fromMs >= toMs)
        return;
    QDate day = QDateTime::fromMSecsSinceEpoch(fromMs, zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs - 1, zone).date();
    for (; day.isValid() && day <= last; day = day.addDays(1)) {
        const qint64 a = std::max(fromMs, startOfDay(day, zone).toMSecsSinceEpoch());
        const qint64 b = std::min(toMs, startOfDay(day.addDays(1), zone).toMSecsSinceEpoch());
        if (a < b)
            visit(day, a, b);
    }
}

} // namespace gpudesk
