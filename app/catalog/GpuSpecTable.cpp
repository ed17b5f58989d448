#include "GpuSpecTable.h"

#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>

namespace gpudesk {

namespace {


template<typename T>
bool parseOptional(const QString &cell, std::optional<T> &out)
{
    const QString s = cell.trimmed();
    if (s.isEmpty()) {
        out.reset();
        return true;
    }
    bool ok = false;
    if constexpr (std::is_same_v<T, int>) {
        const int v = s.toInt(&ok);
        if (ok && v >= 0)
            out = v;
        return ok && v >= 0;
    } else {
        const double v = s.toDouble(&ok);
        if (ok && v >= 0)
            out = v;
        return ok && v >= 0;
    }
}

} // namespace

QString GpuSpecTable::normalized(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

Result<GpuSpecTable> GpuSpecTable::fromCsv(const QString &text, const QString &fileName)
{
    auto csv = CsvReader::parse(text, fileName);
    if (!csv)
        return csv.error();
    const QStringList required = {
        QStringLiteral("model"), QStringLiteral("vendor"), QStringLiteral("architecture"),
        QStringLiteral("release_year"), QStringLiteral("memory_gb"), QStringLiteral("memory_type"),
        QStringLiteral("memory_bandwidth_gbs"), QStringLiteral("fp32_tflops"), QStringLiteral("bf16_dense_tflops"),
        QStringLiteral("fp8_dense_tflops"), QStringLiteral("tdp_w"), QStringLiteral("interconnect"),
        QStringLiteral("form_factor"), QStringLiteral("source")};
    if (auto r = csv->requireColumns(required); !r)
        return r.error();
    auto col = [&](const CsvReader::Row &row, const char *name) {
        return row.cells.at(csv->column(QString::fromLatin1(name))).trimmed();
    };

    GpuSpecTable table;
    for (const CsvReader::Row &row : csv->rows()) {
        GpuSpec s;
        s.model = col(row, "model");
        if (s.model.isEmpty())
            return csv->rowError(row, tr("the model name is empty"));
        if (table.m_byNormalized.contains(normalized(s.model)))
            return csv->rowError(row, tr("model \"%1\" appears twice").arg(s.model));
        s.vendor = col(row, "vendor");
        s.architecture = col(row, "architecture");
        bool ok = false;
        s.releaseYear = col(row, "release_year").toInt(&ok);
        if (!ok || s.releaseYear < 1990 || s.releaseYear > 2100)
            return csv->rowError(row, tr("release_year \"%1\" is not a year").arg(col(row, "release_year")));
        s.memoryType = col(row, "memory_type");
        s.interconnect = col(row, "interconnect");
        s.formFactor = col(row, "form_factor");
        s.source = col(row, "source");
        if (s.source.isEmpty())
            return csv->rowError(row, tr("the \"source\" column is empty: every figure must name where it comes from"));
        struct IntField { const char *name; std::optional<int> *target; };
        struct RealField { const char *name; std::optional<double> *target; };
        for (const IntField &f : {IntField{"memory_gb", &s.memoryGb}, IntField{"memory_bandwidth_gbs", &s.memoryBandwidthGBs},
                                  IntField{"tdp_w", &s.tdpW}}) {
            if (!parseOptional(col(row, f.name), *f.target))
                return csv->rowError(row, tr("%1 \"%2\" is not a whole non-negative number")
                                              .arg(QString::fromLatin1(f.name), col(row, f.name)));
        }
        for (const RealField &f : {RealField{"fp32_tflops", &s.fp32Tflops}, RealField{"bf16_dense_tflops", &s.bf16DenseTflops},
                                   RealField{"fp8_dense_tflops", &s.fp8DenseTflops}}) {
            if (!parseOptional(col(row, f.name), *f.target))
                return csv->rowError(row, tr("%1 \"%2\" is not a non-negative number")
                                              .arg(QString::fromLatin1(f.name), col(row, f.name)));
        }
        table.m_byNormalized.insert(normalized(s.model), int(table.m_specs.size()));
        table.m_specs.append(std::move(s));
    }
    return table;
}

Result<GpuSpecTable> GpuSpecTable::loadBundled()
{
    const QString path = QStringLiteral(":/data/gpu-specs.csv");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Internal, tr("The bundled GPU spec table is missing from this build."));
    return fromCsv(QString::fromUtf8(f.readAll()), QStringLiteral("gpu-specs.csv"));
}

const GpuSpec *GpuSpecTable::find(const QString &model) const
{
    const int i = indexOf(model);
    return i < 0 ? nullptr : &m_specs.at(i);
}

int GpuSpecTable::indexOf(const QString &model) const
{
    return m_byNormalized.value(normalized(model), -1);
}

bool GpuSpecTable::nameMatches(const QString &query, const QString &model)
{
    const auto alternatives = query.split(u',', Qt::SkipEmptyParts);
    if (alternatives.isEmpty())
        return true;
    const QStringList modelWords = model.toLower().split(u' ', Qt::SkipEmptyParts);
    const QString modelFlat = normalized(model);
    for (const QString &alt : alternatives) {
        const QString flat = normalized(alt);
        if (flat.isEmpty())
            continue;
        if (flat == modelFlat)
            return true;
        const QStringList words = alt.toLower().split(u' ', Qt::SkipEmptyParts);
        bool all = !words.isEmpty();
        for (const QString &w : words) {
            if (!modelWords.contains(w)) {
                all = false;
                break;
            }
        }
        if (all)
            return true;
    }
    return false;
}

} // namespace gpudesk
