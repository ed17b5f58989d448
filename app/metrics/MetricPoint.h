#pragma once

#include <QDateTime>

#include <optional>

namespace gpudesk {

// One GPU over one bucket of a series (a raw sample, a minute or an hour): min, max and mean of
// each metric over the samples that had it. A metric no sample could read stays absent.
struct MetricPoint
{
    struct Stat
    {
        std::optional<qint64> min;
        std::optional<qint64> max;
        std::optional<double> avg;
        int count = 0; // samples that had this metric

        bool operator==(const Stat &) const = default;
    };

    int gpuIndex = 0;
    QDateTime at; // bucket start (UTC)
    Stat utilizationPercent;
    Stat memoryUsedMiB;
    Stat powerCentiWatts;
    Stat temperatureC;
    std::optional<qint64> memoryTotalMiB;

    bool operator==(const MetricPoint &) const = default;
};

} // namespace gpudesk
