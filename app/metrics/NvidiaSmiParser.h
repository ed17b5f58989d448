#pragma once

#include "GpuReading.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gpudesk {

// Reads the CSV of `nvidia-smi --query-gpu=index,name,utilization.gpu,memory.used,memory.total,
// power.draw,temperature.gpu --format=csv,noheader,nounits`, the same on every provider and the Sandbox.
// Tolerant of what real machines print: "[N/A]" and "[Not Supported]" fields, GPUs missing from the
// list, extra columns (newer drivers, wrappers), a header line, units left in, blank lines and CRLF.
class NvidiaSmiParser
{
    Q_DECLARE_TR_FUNCTIONS(NvidiaSmiParser)

public:
    // The command the sampler runs on the job's machine.
    static QString command();

    // The GPUs in `output`, in the order printed. An error when no line describes a GPU (the tool is
    // missing, the driver is not loaded): the sample is then a gap.
    static Result<QList<GpuReading>> parse(const QByteArray &output);
};

} // namespace gpudesk
