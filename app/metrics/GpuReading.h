#pragma once

#include <QString>

#include <optional>

namespace gpudesk {

// One GPU's line of `nvidia-smi --query-gpu=…`. A field the tool could not read ("[N/A]",
// "[Not Supported]", missing) is absent, never zero: a zero would read as an idle, empty GPU.
struct GpuReading
{
    int index = 0;
    QString name;
    std::optional<int> utilizationPercent;
    std::optional<qint64> memoryUsedMiB;
    std::optional<qint64> memoryTotalMiB;
    std::optional<int> powerCentiWatts; // hundredths of a watt ("350.12" W -> 35012), no double
    std::optional<int> temperatureC;

    bool operator==(const GpuReading &) const = default;
};

} // namespace gpudesk
