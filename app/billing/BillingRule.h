#pragma once

#include <QString>

namespace gpudesk {

// How one provider turns a running interval into billed time: the unit it rounds up to and the
// least it charges for an instance that ran at all. A value type so tests compare whole rules.
struct BillingRule
{
    enum class Granularity {
        PerSecond,
        PerMinute,
        PerHour,
    };

    QString providerId;
    Granularity granularity = Granularity::PerSecond;
    qint64 minimumSeconds = 0; // charged at least this much once an interval has any length
    bool simulated = false; // cost is computed for the demo but is never real spend (Sandbox)
    bool assumed = false; // no documented rule was found: per-second is our assumption
    QString source; // where the rule comes from (or why it is assumed)

    // Seconds the provider bills for an interval of `durationMs` milliseconds: rounded up to the
    // granularity (a started second, minute or hour counts whole), then raised to the minimum.
    qint64 billedSeconds(qint64 durationMs) const;

    bool operator==(const BillingRule &) const = default;
};

} // namespace gpudesk
