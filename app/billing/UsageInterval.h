#pragma once

#include "core/Money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace gpudesk {

// A stretch of time during which a job's instance may have cost money (the job was in a billable
// state), at one hourly rate. The ledger is a list of these; every cost figure is derived from them.
struct UsageInterval
{
    qint64 id = 0; // 0 until stored
    QString jobId;
    QString instanceId;
    QString providerId;
    QString project;
    QString gpuModel;
    int gpuCount = 0; // per node
    int nodes = 1;
    std::optional<Money> ratePerHour; // the whole job's rate; nullopt = unknown (costs nothing, flagged)
    bool simulated = false; // Sandbox: a cost for the demo, never real spend
    QDateTime startedAt; // UTC, millisecond precision
    QDateTime endedAt; // invalid while open
    QDateTime lastCheckpointAt; // the last moment it is known to have been running
    QString endReason; // the job state that ended it ("stopped"), or "recovered"

    bool isOpen() const { return !endedAt.isValid(); }
    // The end used for costing: the real end, or `now` while open.
    QDateTime effectiveEnd(const QDateTime &now) const { return isOpen() ? now : endedAt; }

    bool operator==(const UsageInterval &) const = default;
};

} // namespace gpudesk
