#pragma once

#include "GpuSample.h"

#include <QDateTime>
#include <QList>

namespace gpudesk {

// Whether a job's GPUs have been idle: every GPU under `thresholdPercent` for the last
// `windowMinutes`. Missing data is never idleness: a window not covered by samples (a gap longer
// than `maxGapSeconds`, a GPU without a utilization reading) is Unknown, so auto-stop never acts on
// a broken sampler.
class IdleDetector
{
public:
    enum class Verdict {
        Idle,
        Busy,
        Unknown,
    };

    static Verdict check(const QList<GpuSample> &samples, int thresholdPercent, int windowMinutes, const QDateTime &now,
        int maxGapSeconds = 60);
    // The same over a window given in seconds (tests and short policies).
    static Verdict checkSeconds(const QList<GpuSample> &samples, int thresholdPercent, qint64 windowSeconds,
        const QDateTime &now, int maxGapSeconds = 60);
};

} // namespace gpudesk
