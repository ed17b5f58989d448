#pragma once

#include "GpuReading.h"

#include <QDateTime>
#include <QString>

namespace gpudesk {

// One GPU of one job at one moment: what the sampler stores. Time is UTC, whole seconds.
struct GpuSample
{
    QString jobId;
    QDateTime at;
    GpuReading reading;

    bool operator==(const GpuSample &) const = default;
};

} // namespace gpudesk
