#include "BillingRule.h"

#include <algorithm>

namespace gpudesk {

namespace {

qint64 ceilDiv(qint64 value, qint64 divisor)
{
    return (value + divisor - 1) / divisor;
}

} // namespace

qint64 BillingRule::billedSeconds(qint64 durationMs) const
{
    if (durationMs <= 0)
        return 0;
    qint64 unit = 1;
    switch (granularity) {
    case Granularity::PerSecond:
        unit = 1;
        break;
    case Granularity::PerMinute:
        unit = 60;
        break;
    case Granularity::PerHour:
        unit = 3600;
        break;
    }
    // Milliseconds first become started seconds, so per-second billing never charges a fraction.
    const qint64 seconds = ceilDiv(durationMs, 1000);
    return std::max(ceilDiv(seconds, unit) * unit, minimumSeconds);
}

} // namespace gpudesk
