#include "NvidiaSmiParser.h"

#include <QSet>
#include <QStringList>

namespace gpudesk {

namespace {

enum Column { Index, Name, Utilization, MemoryUsed, MemoryTotal, Power, Temperature };

// What nvidia-smi prints for a value it cannot give: "[N/A]", "[Not Supported]", "[Unknown Error]",
// "[GPU requires reset]", "[Insufficient Permissions]", and "N/A" / "ERR!" in older drivers.
bool unreadable(QStringView v)
{
    return v.isEmpty() || v.startsWith(u'[') || v == u"N/A" || v == u"ERR!";
}

// Drops a unit the tool leaves in without `nounits`: "100 %", "78942 MiB", "350.12 W", "45 C".
QStringView withoutUnit(QStringView v)
{
    for (const char16_t *unit : { u" %", u"%", u" MiB", u" W", u" C" }) {
        const QStringView u(unit);
        if (v.endsWith(u))
            return v.chopped(u.size()).trimmed();
    }
    return v;
}

std::optional<qint64> integer(QStringView raw)
{
    const QStringView v = withoutUnit(raw);
    if (unreadable(v))
        return std::nullopt;
    // Some drivers print utilization or temperature with decimals: the whole part is enough.
    const QStringView whole = v.left(v.indexOf(u'.') < 0 ? v.size() : v.indexOf(u'.'));
    bool ok = false;
    const qint64 n = whole.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

// "350.12" -> 35012 hundredths, exactly; digits past the second decimal are dropped.
std::optional<int> centi(QStringView raw)
{
    const QStringView v = withoutUnit(raw);
    if (unreadable(v))
        return std::nullopt;
    const qsizetype dot = v.indexOf(u'.');
    bool ok = false;
    const qint64 whole = (dot < 0 ? v : v.left(dot)).toLongLong(&ok);
    if (!ok || whole < 0 || whole > 10'000'000)
        return std::nullopt;
    qint64 fraction = 0;
    if (dot >= 0) {
        const QStringView digits = v.mid(dot + 1).left(2);
        for (qsizetype i = 0; i < 2; ++i) {
            fraction *= 10;
            if (i < digits.size()) {
                if (!digits[i].isDigit())
                    return std::nullopt;
                fraction += digits[i].digitValue();
            }
        }
    }
    return int(whole * 100 + fraction);
}

template <typename T> std::optional<T> narrow(std::optional<qint64> v)
{
    if (!v)
        return std::nullopt;
    return T(*v);
}

} // namespace

QString NvidiaSmiParser::command()
{
    return QStringLiteral("nvidia-smi --query-gpu=index,name,utilization.gpu,memory.used,memory.total,power.draw,"
                          "temperature.gpu --format=csv,noheader,nounits");
}

Result<QList<GpuReading>> NvidiaSmiParser::parse(const QByteArray &output)
{
    QList<GpuReading> gpus;
    QSet<int> seen;
    const QString text = QString::fromUtf8(output);
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed(); // also drops the \r of CRLF
        if (line.isEmpty())
            continue;
        QList<QStringView> fields = line.split(u',');
        for (QStringView &f : fields)
            f = f.trimmed();
        // A header line, a warning, or an error message: no GPU index first.
        const auto index = integer(fields.value(Index));
        if (!index || *index > 1024 || fields.size() < 2)
            continue;
        // The same GPU twice (a wrapper that prints twice): the first line stands.
        if (seen.contains(int(*index)))
            continue;
        seen.insert(int(*index));

        GpuReading g;
        g.index = int(*index);
        const QStringView name = fields.value(Name);
        g.name = unreadable(name) ? QString() : name.toString();
        g.utilizationPercent = narrow<int>(integer(fields.value(Utilization)));
        if (g.utilizationPercent && *g.utilizationPercent > 100)
            g.utilizationPercent.reset();
        g.memoryUsedMiB = integer(fields.value(MemoryUsed));
        g.memoryTotalMiB = integer(fields.value(MemoryTotal));
        g.powerCentiWatts = centi(fields.value(Power));
        g.temperatureC = narrow<int>(integer(fields.value(Temperature)));
        gpus.append(g);
    }
    if (gpus.isEmpty()) {
        const QString first = text.trimmed().section(u'\n', 0, 0).trimmed();
        return makeError(Error::Kind::Provider,
            tr("nvidia-smi gave no GPU readings on this machine. Check that the NVIDIA driver is loaded "
               "and nvidia-smi is installed."),
            first);
    }
    return gpus;
}

} // namespace gpudesk
