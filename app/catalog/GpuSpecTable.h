#pragma once

#include <QCoreApplication>
#include "GpuSpec.h"
#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gpudesk {

// The bundled GPU spec table, with name matching that understands how people write GPU names:
// "h100" is the H100 family (SXM, PCIe, NVL), "h100 sxm" one variant, "rtx4090" = "RTX 4090".
class GpuSpecTable
{
    Q_DECLARE_TR_FUNCTIONS(GpuSpecTable)

public:
    static Result<GpuSpecTable> fromCsv(const QString &text, const QString &fileName);
    static Result<GpuSpecTable> loadBundled(); // :/data/gpu-specs.csv

    const QList<GpuSpec> &specs() const { return m_specs; }
    // Exact model (case- and space-insensitive), or nullptr.
    const GpuSpec *find(const QString &model) const;
    int indexOf(const QString &model) const;

    // True when the model name `model` is meant by the user's `query`. Queries may list several
    // names separated by commas ("H100, H200"). Every word of a query must be a word of the model
    // ("h100" matches "H100 SXM" but "l4" does not match "L40S"), or the query written without
    // spaces must equal the model written without spaces ("rtx4090").
    static bool nameMatches(const QString &query, const QString &model);

    static QString normalized(const QString &name);

private:
    QList<GpuSpec> m_specs;
    QHash<QString, int> m_byNormalized;
};

} // namespace gpudesk
