#pragma once

#include "PodRecord.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace gpudesk {

struct GpuSpec;

// The `nvidia-smi` of a Sandbox pod: the same table and CSV as the real tool (driver 550 layout),
// for the pod's simulated GPUs, whose names end in " (simulated)". Utilization follows the real
// CPU time of the pod's processes: one fully busy core keeps one GPU at 100 % (GPU 0 first), so a
// busy loop shows up as a busy GPU and `sleep` as an idle one. Memory used is the pod's resident
// memory spread over its GPUs; power and temperature rise with utilization towards the TDP.
//
// gpudesk-sandboxd runs this when invoked as `nvidia-smi` (the pod's bin/nvidia-smi symlink).
class SimulatedNvidiaSmi
{
    Q_DECLARE_TR_FUNCTIONS(SimulatedNvidiaSmi)

public:
    struct Reading
    {
        int index = 0;
        QString name;
        QString uuid;
        QString busId;            // "00000000:18:00.0"
        QString persistence = QStringLiteral("On");
        QString displayActive = QStringLiteral("Off");
        QString ecc = QStringLiteral("0");
        QString fan = QStringLiteral("N/A"); // "30%" on cards with fans
        int temperatureC = 30;
        QString pstate = QStringLiteral("P8");
        int powerDrawCentiW = 0;  // hundredths of a watt: printed %.2f without a double
        int powerLimitW = 0;
        int memoryUsedMiB = 1;
        int memoryTotalMiB = 0;
        int utilization = 0;      // %
        int memoryUtilization = 0;
        QString computeMode = QStringLiteral("Default");
        QString mig = QStringLiteral("N/A");
        bool operator==(const Reading &) const = default;
    };

    static QString driverVersion() { return QStringLiteral("550.127.05"); }
    static QString cudaVersion() { return QStringLiteral("12.4"); }

    // "NVIDIA H100 SXM (simulated)": what the pod's GPUs are called everywhere.
    static QString gpuName(const QString &vendor, const QString &model);
    // The pod's GPUs from the spec table entry.
    static PodRecord::Gpu gpuFor(const GpuSpec &spec, int count);

    // The default table, with the timestamp line first.
    static QString table(const QList<Reading> &gpus, const QDateTime &localTime);
    // --query-gpu=FIELDS --format=FORMAT. Error text is what the real tool prints.
    static Result<QString> query(const QList<Reading> &gpus, const QString &fields, const QString &format,
                                 const QDateTime &localTime);
    // -L
    static QString list(const QList<Reading> &gpus);

    // Readings for a pod whose processes use `cpuCores` cores (1.0 = one core fully busy)
    // and `residentMiB` of memory.
    static QList<Reading> readings(const PodRecord &pod, double cpuCores, qint64 residentMiB);

    // CPU cores the pod used since the last call (kept in the pod's gpu-sample.json; the first
    // call measures over a short interval), and its resident memory now.
    struct Activity
    {
        double cpuCores = 0;
        qint64 residentMiB = 0;
    };
    static Activity measure(const QString &podDir, const PodRecord &pod);

    // The whole program: argv without argv[0]. Reads the pod from $GPUDESK_SANDBOX_POD_DIR.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace gpudesk
