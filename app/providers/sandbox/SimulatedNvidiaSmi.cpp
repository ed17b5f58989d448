#include "SimulatedNvidiaSmi.h"

#include "PodProcesses.h"
#include "SandboxPaths.h"
#include "catalog/GpuSpec.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QThread>

#include <ctime>
#include <unistd.h>

namespace gpudesk {

namespace {

// Bus ids as an HGX board enumerates its eight GPUs.
constexpr const char *kBusIds[] = {"18", "2A", "3A", "5D", "9A", "AB", "BA", "DB"};

const QString kRule = QStringLiteral("+-----------------------------------------------------------------------------------------+");
const QString kCellRule = QStringLiteral("+-----------------------------------------+------------------------+----------------------+");

QString right(const QString &s, int width)
{
    return s.rightJustified(width, QChar(u' '));
}

QString left(const QString &s, int width)
{
    return s.leftJustified(width, QChar(u' '));
}

// The real tool shortens names that do not fit its 27-character column: "NVIDIA RTX 6000 Ada Gene...".
QString tableName(const QString &name)
{
    return name.size() > 27 ? name.left(24) + QStringLiteral("...") : name;
}

QString centiWatts(int centi)
{
    return QStringLiteral("%1.%2").arg(centi / 100).arg(centi % 100, 2, 10, QChar(u'0'));
}

QString ctimeText(const QDateTime &t)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = t.date();
    const QTime time = t.time();
    return QStringLiteral("%1 %2 %3 %4:%5:%6 %7")
        .arg(QLatin1String(days[d.dayOfWeek() - 1]), QLatin1String(months[d.month() - 1]))
        .arg(d.day(), 2, 10, QChar(u' '))
        .arg(time.hour(), 2, 10, QChar(u'0'))
        .arg(time.minute(), 2, 10, QChar(u'0'))
        .arg(time.second(), 2, 10, QChar(u'0'))
        .arg(d.year());
}

struct Field
{
    const char *name;
    const char *unit; // nullptr: none
};

// Canonical names the simulation answers, with their units; aliases map onto them.
constexpr Field kFields[] = {
    {"timestamp", nullptr},      {"driver_version", nullptr},    {"count", nullptr},
    {"index", nullptr},          {"name", nullptr},              {"uuid", nullptr},
    {"pci.bus_id", nullptr},     {"persistence_mode", nullptr},  {"pstate", nullptr},
    {"fan.speed", "%"},          {"temperature.gpu", nullptr},   {"utilization.gpu", "%"},
    {"utilization.memory", "%"}, {"memory.total", "MiB"},        {"memory.used", "MiB"},
    {"memory.free", "MiB"},      {"power.draw", "W"},            {"power.limit", "W"},
    {"compute_mode", nullptr},
};

QString canonicalField(const QString &f)
{
    if (f == QLatin1String("gpu_name"))
        return QStringLiteral("name");
    if (f == QLatin1String("gpu_uuid"))
        return QStringLiteral("uuid");
    if (f == QLatin1String("gpu_bus_id"))
        return QStringLiteral("pci.bus_id");
    if (f == QLatin1String("temperature.gpu.current"))
        return QStringLiteral("temperature.gpu");
    return f;
}

const Field *findField(const QString &canonical)
{
    for (const Field &f : kFields) {
        if (canonical == QLatin1String(f.name))
            return &f;
    }
    return nullptr;
}

QString value(const SimulatedNvidiaSmi::Reading &g, int count, const QString &field, bool units,
              const QDateTime &localTime)
{
    auto withUnit = [&](const QString &v, const char *unit) {
        return units ? v + u' ' + QLatin1String(unit) : v;
    };
    if (field == QLatin1String("timestamp"))
        return localTime.toString(QStringLiteral("yyyy/MM/dd HH:mm:ss.zzz"));
    if (field == QLatin1String("driver_version"))
        return SimulatedNvidiaSmi::driverVersion();
    if (field == QLatin1String("count"))
        return QString::number(count);
    if (field == QLatin1String("index"))
        return QString::number(g.index);
    if (field == QLatin1String("name"))
        return g.name;
    if (field == QLatin1String("uuid"))
        return g.uuid;
    if (field == QLatin1String("pci.bus_id"))
        return g.busId;
    if (field == QLatin1String("persistence_mode"))
        return g.persistence == QLatin1String("On") ? QStringLiteral("Enabled") : QStringLiteral("Disabled");
    if (field == QLatin1String("pstate"))
        return g.pstate;
    if (field == QLatin1String("fan.speed")) {
        if (g.fan == QLatin1String("N/A"))
            return QStringLiteral("[N/A]");
        QString v = g.fan;
        v.chop(1); // "30%" → "30"
        return withUnit(v, "%");
    }
    if (field == QLatin1String("temperature.gpu"))
        return QString::number(g.temperatureC);
    if (field == QLatin1String("utilization.gpu"))
        return withUnit(QString::number(g.utilization), "%");
    if (field == QLatin1String("utilization.memory"))
        return withUnit(QString::number(g.memoryUtilization), "%");
    if (field == QLatin1String("memory.total"))
        return withUnit(QString::number(g.memoryTotalMiB), "MiB");
    if (field == QLatin1String("memory.used"))
        return withUnit(QString::number(g.memoryUsedMiB), "MiB");
    if (field == QLatin1String("memory.free"))
        return withUnit(QString::number(g.memoryTotalMiB - g.memoryUsedMiB), "MiB");
    if (field == QLatin1String("power.draw"))
        return withUnit(centiWatts(g.powerDrawCentiW), "W");
    if (field == QLatin1String("power.limit"))
        return withUnit(centiWatts(g.powerLimitW * 100), "W");
    if (field == QLatin1String("compute_mode"))
        return g.computeMode;
    return QStringLiteral("[N/A]");
}

QString uuidFor(const QString &podId, int index)
{
    const QByteArray h =
        QCryptographicHash::hash((podId + u':' + QString::number(index)).toUtf8(), QCryptographicHash::Sha1).toHex();
    return QStringLiteral("GPU-%1-%2-%3-%4-%5")
        .arg(QString::fromLatin1(h.mid(0, 8)), QString::fromLatin1(h.mid(8, 4)), QString::fromLatin1(h.mid(12, 4)),
             QString::fromLatin1(h.mid(16, 4)), QString::fromLatin1(h.mid(20, 12)));
}

qint64 monotonicNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

struct CpuSample
{
    qint64 monoNs = 0;
    quint64 ticks = 0;
    qint64 rssPages = 0;
};

CpuSample sampleOf(const PodRecord &pod)
{
    CpuSample s;
    s.monoNs = monotonicNs();
    const qint64 self = ::getpid();
    for (const PodProcesses::Stat &p : PodProcesses::members(pod.leaderPid, pod.id, false)) {
        if (p.pid == self)
            continue;
        s.ticks += p.utime + p.stime + p.cutime + p.cstime;
        s.rssPages += p.rssPages;
    }
    return s;
}

const char *kInvalidArguments = "Invalid combination of input arguments. Please run 'nvidia-smi -h' for help.";

} // namespace

QString SimulatedNvidiaSmi::gpuName(const QString &vendor, const QString &model)
{
    // "GB200 (per GPU)" → "GB200": parentheses in the spec table explain the row, not the part.
    QString part = model;
    part.remove(QRegularExpression(QStringLiteral("\\s*\\([^)]*\\)")));
    const QString maker = vendor.isEmpty() ? QStringLiteral("NVIDIA") : vendor;
    return maker + u' ' + part.trimmed() + QStringLiteral(" (simulated)");
}

PodRecord::Gpu SimulatedNvidiaSmi::gpuFor(const GpuSpec &spec, int count)
{
    PodRecord::Gpu g;
    g.model = spec.model;
    g.name = gpuName(spec.vendor, spec.model);
    g.count = count;
    g.memoryMiB = spec.memoryGb.value_or(16) * 1024;
    g.powerLimitW = spec.tdpW.value_or(300);
    g.architecture = spec.architecture;
    return g;
}

QString SimulatedNvidiaSmi::table(const QList<Reading> &gpus, const QDateTime &localTime)
{
    QString t;
    QTextStream s(&t);
    s << ctimeText(localTime) << QStringLiteral("       ") << '\n';
    s << kRule << '\n'
      << QStringLiteral("| NVIDIA-SMI %1             Driver Version: %1     CUDA Version: %2     |")
             .arg(driverVersion(), cudaVersion())
      << '\n'
      << QStringLiteral("|-----------------------------------------+------------------------+----------------------+\n"
                        "| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |\n"
                        "| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |\n"
                        "|                                         |                        |               MIG M. |\n"
                        "|=========================================+========================+======================|\n");
    for (const Reading &g : gpus) {
        const QString cell1 = right(QString::number(g.index), 4) + QStringLiteral("  ") + left(tableName(g.name), 31)
            + left(g.persistence, 3) + u' ';
        const QString cell2 = QStringLiteral("   ") + g.busId + u' ' + right(g.displayActive, 3) + u' ';
        const QString cell3 = right(g.ecc, 21) + u' ';
        s << u'|' << cell1 << u'|' << cell2 << u'|' << cell3 << u'|' << '\n';

        const QString watts = QString::number((g.powerDrawCentiW + 50) / 100) + u'W';
        const QString usage = right(g.fan, 4) + right(QString::number(g.temperatureC) + u'C', 6) + right(g.pstate, 6)
            + right(watts, 16) + QStringLiteral(" / ") + right(QString::number(g.powerLimitW) + u'W', 5) + u' ';
        const QString memory = right(QString::number(g.memoryUsedMiB) + QStringLiteral("MiB"), 11) + QStringLiteral(" / ")
            + right(QString::number(g.memoryTotalMiB) + QStringLiteral("MiB"), 9) + u' ';
        const QString util = right(QString::number(g.utilization) + u'%', 8) + right(g.computeMode, 13) + u' ';
        s << u'|' << usage << u'|' << memory << u'|' << util << u'|' << '\n';

        s << u'|' << QString(41, QChar(u' ')) << u'|' << QString(24, QChar(u' ')) << u'|' << right(g.mig, 21) << QStringLiteral(" |")
          << '\n';
        s << kCellRule << '\n';
    }
    s << QString(89, QChar(u' ')) << '\n'
      << kRule << '\n'
      << QStringLiteral("| Processes:                                                                              |\n"
                        "|  GPU   GI   CI        PID   Type   Process name                              GPU Memory |\n"
                        "|        ID   ID                                                               Usage      |\n"
                        "|=========================================================================================|\n"
                        "|  No running processes found                                                             |\n")
      << kRule << '\n';
    s.flush();
    return t;
}

Result<QString> SimulatedNvidiaSmi::query(const QList<Reading> &gpus, const QString &fields, const QString &format,
                                          const QDateTime &localTime)
{
    const QStringList formatParts = format.split(u',', Qt::SkipEmptyParts);
    bool csv = false, header = true, units = true;
    for (const QString &p : formatParts) {
        const QString f = p.trimmed();
        if (f == QLatin1String("csv"))
            csv = true;
        else if (f == QLatin1String("noheader"))
            header = false;
        else if (f == QLatin1String("nounits"))
            units = false;
        else
            return makeError(Error::Kind::InvalidInput,
                             QStringLiteral("\"%1\" is not a valid format option.").arg(f));
    }
    if (!csv)
        return makeError(Error::Kind::InvalidInput, QString::fromLatin1(kInvalidArguments));

    QStringList names;
    QList<const Field *> chosen;
    for (const QString &raw : fields.split(u',', Qt::SkipEmptyParts)) {
        const QString name = canonicalField(raw.trimmed());
        const Field *f = findField(name);
        if (!f)
            return makeError(Error::Kind::InvalidInput,
                             QStringLiteral("Field \"%1\" is not a valid field to query.").arg(raw.trimmed()));
        chosen.append(f);
        names.append(units && f->unit ? name + QStringLiteral(" [") + QLatin1String(f->unit) + u']' : name);
    }
    if (chosen.isEmpty())
        return makeError(Error::Kind::InvalidInput, QString::fromLatin1(kInvalidArguments));

    QString out;
    if (header)
        out += names.join(QStringLiteral(", ")) + u'\n';
    for (const Reading &g : gpus) {
        QStringList row;
        for (const Field *f : std::as_const(chosen))
            row.append(value(g, int(gpus.size()), QLatin1String(f->name), units, localTime));
        out += row.join(QStringLiteral(", ")) + u'\n';
    }
    return out;
}

QString SimulatedNvidiaSmi::list(const QList<Reading> &gpus)
{
    QString out;
    for (const Reading &g : gpus)
        out += QStringLiteral("GPU %1: %2 (UUID: %3)\n").arg(g.index).arg(g.name, g.uuid);
    return out;
}

QList<SimulatedNvidiaSmi::Reading> SimulatedNvidiaSmi::readings(const PodRecord &pod, double cpuCores,
                                                                qint64 residentMiB)
{
    QList<Reading> out;
    const int count = pod.gpu.count;
    const QString arch = pod.gpu.architecture;
    const bool migCapable = arch == QLatin1String("Hopper") || arch == QLatin1String("Blackwell")
        || pod.gpu.model.startsWith(QLatin1String("A100")) || pod.gpu.model.startsWith(QLatin1String("A30"));
    const bool hasFan = pod.gpu.model.contains(QLatin1String("RTX"));
    for (int i = 0; i < count; ++i) {
        Reading g;
        g.index = i;
        g.name = pod.gpu.name;
        g.uuid = uuidFor(pod.id, i);
        g.busId = QStringLiteral("00000000:%1:00.0")
                      .arg(i < 8 ? QString::fromLatin1(kBusIds[i])
                                 : QStringLiteral("%1").arg(0xC0 + i, 2, 16, QChar(u'0')).toUpper());
        g.utilization = qBound(0, qRound((cpuCores - i) * 100.0), 100);
        g.memoryUtilization = g.utilization / 2;
        g.memoryTotalMiB = pod.gpu.memoryMiB;
        g.memoryUsedMiB = int(qBound(qint64(1), 1 + residentMiB / qMax(1, count), qint64(qMax(1, g.memoryTotalMiB))));
        g.powerLimitW = pod.gpu.powerLimitW;
        const int limitCenti = g.powerLimitW * 100;
        const int idleCenti = limitCenti / 10;
        g.powerDrawCentiW = idleCenti + (limitCenti - idleCenti) / 100 * g.utilization;
        g.temperatureC = 30 + g.utilization * 45 / 100;
        g.pstate = g.utilization > 0 ? QStringLiteral("P0") : QStringLiteral("P8");
        g.fan = hasFan ? QString::number(30 + g.utilization / 2) + u'%' : QStringLiteral("N/A");
        g.mig = migCapable ? QStringLiteral("Disabled") : QStringLiteral("N/A");
        out.append(g);
    }
    return out;
}

SimulatedNvidiaSmi::Activity SimulatedNvidiaSmi::measure(const QString &podDir, const PodRecord &pod)
{
    const QString file = SandboxPaths::podGpuSampleFile(podDir);
    std::optional<CpuSample> previous;
    {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            if (o.contains(QStringLiteral("mono_ns")))
                previous = CpuSample{o.value(QStringLiteral("mono_ns")).toString().toLongLong(),
                                     o.value(QStringLiteral("ticks")).toString().toULongLong(), 0};
        }
    }
    CpuSample now = sampleOf(pod);
    const qint64 ageNs = previous ? now.monoNs - previous->monoNs : -1;
    if (!previous || ageNs < 200'000'000 || ageNs > 30'000'000'000LL || now.ticks < previous->ticks) {
        // No recent sample: measure over a short interval, as the real tool averages over its own.
        previous = now;
        QThread::msleep(300);
        now = sampleOf(pod);
    }
    QSaveFile save(file);
    if (save.open(QIODevice::WriteOnly)) {
        save.write(QJsonDocument(QJsonObject{{QStringLiteral("mono_ns"), QString::number(now.monoNs)},
                                             {QStringLiteral("ticks"), QString::number(now.ticks)}})
                       .toJson(QJsonDocument::Compact));
        save.commit();
    }
    Activity a;
    const double seconds = double(now.monoNs - previous->monoNs) / 1e9;
    if (seconds > 0 && now.ticks >= previous->ticks)
        a.cpuCores = double(now.ticks - previous->ticks) / double(PodProcesses::ticksPerSecond()) / seconds;
    a.residentMiB = now.rssPages * PodProcesses::pageSize() / (1024 * 1024);
    return a;
}

int SimulatedNvidiaSmi::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString queryFields, format, ids;
    bool listGpus = false, help = false;
    int loopSeconds = 0;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        auto valueOf = [&](const QString &longName, const QString &shortName, QString &target) {
            if (a.startsWith(longName + u'=')) {
                target = a.mid(longName.size() + 1);
                return true;
            }
            if ((a == longName || (!shortName.isEmpty() && a == shortName)) && i + 1 < arguments.size()) {
                target = arguments.at(++i);
                return true;
            }
            return false;
        };
        QString loop;
        if (valueOf(QStringLiteral("--query-gpu"), QString(), queryFields)
            || valueOf(QStringLiteral("--format"), QString(), format)
            || valueOf(QStringLiteral("--id"), QStringLiteral("-i"), ids))
            continue;
        if (valueOf(QStringLiteral("--loop"), QStringLiteral("-l"), loop)) {
            loopSeconds = qMax(1, loop.toInt());
            continue;
        }
        if (a == QLatin1String("-L") || a == QLatin1String("--list-gpus"))
            listGpus = true;
        else if (a == QLatin1String("-h") || a == QLatin1String("--help"))
            help = true;
        else {
            out << kInvalidArguments << '\n';
            out.flush();
            return 2;
        }
    }
    if (help) {
        out << "NVIDIA System Management Interface -- v" << driverVersion() << '\n'
            << '\n'
            << tr("GPU Desk Sandbox simulation: the GPUs of this pod are simulated; their utilization follows "
                  "the pod's CPU use.")
            << '\n'
            << tr("Supports: nvidia-smi, -L, -i ID, -l SEC, --query-gpu=FIELDS --format=csv[,noheader][,nounits].")
            << '\n';
        out.flush();
        return 0;
    }

    const QString podDir = qEnvironmentVariable("GPUDESK_SANDBOX_POD_DIR");
    auto pod = podDir.isEmpty() ? Result<PodRecord>(makeError(Error::Kind::NotFound, QString()))
                                : PodRecord::load(SandboxPaths::podStateFile(podDir));
    if (!pod) {
        out << "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the "
               "latest NVIDIA driver is installed and running.\n";
        err << tr("(GPU Desk Sandbox: this nvidia-smi is a simulation and only answers inside a Sandbox pod.)")
            << '\n';
        out.flush();
        err.flush();
        return 9;
    }
    if (pod->gpu.count <= 0) {
        out << "No devices were found\n";
        out.flush();
        return 6;
    }

    for (;;) {
        const Activity activity = measure(podDir, *pod);
        QList<Reading> gpus = readings(*pod, activity.cpuCores, activity.residentMiB);
        if (!ids.isEmpty()) {
            QList<Reading> chosen;
            for (const QString &id : ids.split(u',', Qt::SkipEmptyParts)) {
                bool ok = false;
                const int index = id.trimmed().toInt(&ok);
                if (!ok || index < 0 || index >= gpus.size()) {
                    out << "No devices were found\n";
                    out.flush();
                    return 6;
                }
                chosen.append(gpus.at(index));
            }
            gpus = chosen;
        }
        const QDateTime now = QDateTime::currentDateTime();
        if (listGpus) {
            out << list(gpus);
        } else if (!queryFields.isEmpty() || !format.isEmpty()) {
            auto text = query(gpus, queryFields, format, now);
            if (!text) {
                out << text.error().message << '\n';
                out.flush();
                return 2;
            }
            out << *text;
        } else {
            out << table(gpus, now);
        }
        out.flush();
        if (loopSeconds <= 0)
            return 0;
        QThread::sleep(static_cast<unsigned long>(loopSeconds));
    }
}

} // namespace gpudesk
