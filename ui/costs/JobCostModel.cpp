#include "JobCostModel.h"

#include "catalog/ProviderInfo.h"
#include "storage/JobRepository.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace gpudesk {

JobCostModel::JobCostModel(const JobRepository *jobs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_jobs(jobs)
{
}

void JobCostModel::setReport(const Report &report)
{
    beginResetModel();
    m_rows = report.rows;
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const ReportRow &a, const ReportRow &b) { return a.cost() > b.cost(); });
    m_info.clear();
    for (const ReportRow &row : std::as_const(m_rows)) {
        JobInfo info;
        if (m_jobs) {
            if (auto job = m_jobs->get(row.key)) {
                const ProviderInfo *p = ProviderDirectory::byId(job->providerId);
                info.provider = p ? p->displayName : job->providerId;
                if (!job->spec.gpuModel.isEmpty())
                    info.gpus = job->spec.nodes > 1 ? tr("%1 × %2 × %3 nodes")
                                                          .arg(job->spec.gpuCount)
                                                          .arg(job->spec.gpuModel)
                                                          .arg(job->spec.nodes)
                                                    : tr("%1 × %2").arg(job->spec.gpuCount).arg(job->spec.gpuModel);
            }
        }
        m_info.insert(row.key, info);
    }
    endResetModel();
}

QString JobCostModel::costText(const ReportRow &row)
{
    if (row.estimated.isZero() && !row.simulated.isZero())
        return tr("%1 (simulated)").arg(row.simulated.toString(2));
    if (!row.simulated.isZero())
        return tr("%1 + %2 simulated").arg(row.estimated.toString(2), row.simulated.toString(2));
    return row.estimated.toString(2);
}

QString JobCostModel::wastedText(const ReportRow &row)
{
    if (row.wasted.isZero() && !row.wastedSimulated.isZero())
        return tr("%1 (simulated)").arg(row.wastedSimulated.toString(2));
    if (!row.wastedSimulated.isZero())
        return tr("%1 + %2 simulated").arg(row.wasted.toString(2), row.wastedSimulated.toString(2));
    return row.wasted.toString(2);
}

int JobCostModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobCostModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobCostModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ReportRow &row = m_rows.at(index.row());
    const JobInfo info = m_info.value(row.key);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case JobColumn:
            return row.label.isEmpty() || row.label == row.key ? row.key : tr("%1 (%2)").arg(row.label, row.key);
        case ProviderColumn:
            return info.provider;
        case GpuColumn:
            return info.gpus;
        case GpuHoursColumn:
            return QLocale().toString(row.gpuHours(), 'f', 2);
        case CostColumn:
            return costText(row);
        case IdleColumn:
            return QLocale().toString(row.idleGpuHours(), 'f', 2);
        case WastedColumn:
            return wastedText(row);
        case BilledColumn:
            return row.billedText();
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= GpuHoursColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        if (index.column() == CostColumn && row.estimated.isZero() && !row.simulated.isZero())
            return QColor(0x78, 0x90, 0x9c);
        if (index.column() == WastedColumn && !row.wasted.isZero())
            return QColor(0xbf, 0x36, 0x0c);
    }
    if (role == Qt::ToolTipRole && index.column() == CostColumn && row.unpricedIntervals > 0)
        return tr("%n interval(s) without a known rate: their cost is missing, not zero.", nullptr,
                  row.unpricedIntervals);
    return {};
}

QVariant JobCostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JobColumn:
        return tr("Job");
    case ProviderColumn:
        return tr("Provider");
    case GpuColumn:
        return tr("GPUs");
    case GpuHoursColumn:
        return tr("GPU-hours");
    case CostColumn:
        return tr("Cost");
    case IdleColumn:
        return tr("Idle GPU-hours");
    case WastedColumn:
        return tr("Wasted");
    case BilledColumn:
        return tr("Billed");
    default:
        return {};
    }
}

} // namespace gpudesk
