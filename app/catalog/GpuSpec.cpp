#include "GpuSpec.h"

#include <QRegularExpression>

namespace gpudesk {

QString GpuSpec::fabric() const
{
    static const QRegularExpression nvlink(QStringLiteral("NVLink \\d+"));
    for (const QString &part : interconnect.split(u';', Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (const auto m = nvlink.match(p); m.hasMatch())
            return m.captured(0);
        if (p.contains(QStringLiteral("Infinity Fabric")))
            return p.section(QStringLiteral(" ("), 0, 0);
    }
    return {};
}

int GpuSpec::generation() const
{
    struct Rank
    {
        const char *prefix;
        int rank;
    };
    // Longest prefixes first. Ranks order NVIDIA generations and put AMD/Intel peers beside them.
    static constexpr Rank ranks[] = {
        {"Blackwell Ultra", 80}, {"Blackwell", 70}, {"Hopper", 60}, {"CDNA 3", 58}, {"Gaudi 3", 55},
        {"Ada Lovelace", 50},    {"CDNA 2", 45},    {"Ampere", 40}, {"Gaudi 2", 38}, {"Turing", 30},
        {"Volta", 20},
    };
    for (const Rank &r : ranks) {
        if (architecture.startsWith(QLatin1String(r.prefix)))
            return r.rank;
    }
    return 0;
}

} // namespace gpudesk
