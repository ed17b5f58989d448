#include "IdleDetector.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace gpudesk {

IdleDetector::Verdict IdleDetector::check(
    const QList<GpuSample> &samples, int thresholdPercent, int windowMinutes, const QDateTime &now, int maxGapSeconds)
{
    return checkSeconds(samples, thresholdPercent, qint64(windowMinutes) * 60, now, maxGapSeconds);
}

IdleDetector::Verdict IdleDetector::checkSeconds(const QList<GpuSample> &samples, int thresholdPercent,
    qint64 windowSeconds, const QDateTime &now, int maxGapSeconds)
{
    const qint64 end = now.toSecsSinceEpoch();
    const qint64 start = end - windowSeconds;
    // Sample times per GPU inside the window.
    std::map<int, QList<qint64>> times;
    bool unreadable = false;
    for (const GpuSample &s : samples) {
        const qint64 t = s.at.toSecsSinceEpoch();
        if (t < start || t > end)
            continue;
        if (!s.reading.utilizationPercent) {
            unreadable = true;
            continue;
        }
        if (*s.reading.utilizationPercent >= thresholdPercent)
            return Verdict::Busy; // one busy reading is enough, whatever else is missing
        times[s.reading.index].append(t);
    }
    if (unreadable || times.empty())
        return Verdict::Unknown;
    for (auto &[gpu, list] : times) {
        std::sort(list.begin(), list.end());
        if (list.first() - start > maxGapSeconds || end - list.last() > maxGapSeconds)
            return Verdict::Unknown;
        for (qsizetype i = 1; i < list.size(); ++i) {
            if (list[i] - list[i - 1] > maxGapSeconds)
                return Verdict::Unknown;
        }
    }
    return Verdict::Idle;
}

} // namespace gpudesk
