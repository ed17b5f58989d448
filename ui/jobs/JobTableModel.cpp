#include "JobTableModel.h"

#include "catalog/ProviderInfo.h"
#include "core/Clock.h"
#include "jobs/JobManager.h"
#include "storage/JobRepository.h"

#include <QColor>

namespace gpudesk {

JobTableModel::JobTableModel(JobRepository &jobs, JobManager &manager, Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_jobs(jobs)
    , m_manager(manager)
    , m_clock(clock)
{
}

QString JobTableModel::reload()
{
    auto all = m_jobs.list();
    if (!all)
        return all.error().message;
    beginResetModel();
    m_rows.clear();
    m_costs.clear();
    for (JobRecord &job : *all) {
        if (!m_showFinished && JobStates::isFinal(job.state))
            continue;
        auto cost = m_manager.costSoFar(job.id);
        m_costs.push_back(cost && job.pricePerHour ? cost->toString(2) : QString());
        m_rows.push_back(std::move(job));
    }
    endResetModel();
    return {};
}

void JobTableModel::setShowFinished(bool show)
{
    m_showFinished = show;
    reload();
}

const JobRecord *JobTableModel::jobAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? &m_rows[size_t(row)] : nullptr;
}

int JobTableModel::rowOf(const QString &jobId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == jobId)
            return int(i);
    }
    return -1;
}

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobTableModel::ageText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    const JobRecord *job = jobAt(index.row());
    if (!job)
        return {};
    switch (role) {
    case JobIdRole:
        return job->id;
    case StateRole:
        return int(job->state);
    case Qt::ForegroundRole:
        if (index.column() == State) {
            switch (job->state) {
            case JobState::Running:
                return QColor(0x2e, 0x7d, 0x32);
            case JobState::Failed:
            case JobState::Unknown:
                return QColor(0xc6, 0x28, 0x28);
            case JobState::Submitting:
            case JobState::Pending:
            case JobState::Provisioning:
            case JobState::Stopping:
                return QColor(0xb2, 0x6a, 0x00);
            default:
                return {};
            }
        }
        return {};
    case Qt::ToolTipRole:
        return job->message.isEmpty() ? QVariant() : QVariant(job->message);
    case Qt::TextAlignmentRole:
        if (index.column() == CostSoFar || index.column() == PricePerHour || index.column() == Age)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return job->spec.name;
    case Id:
        return job->id;
    case State:
        return JobStates::displayName(job->state);
    case Provider: {
        const ProviderInfo *p = ProviderDirectory::byId(job->providerId);
        return p ? p->displayName : job->providerId;
    }
    case Gpu:
        return job->spec.gpuModel.isEmpty() ? tr("CPU only")
                                            : tr("%1 × %2").arg(job->spec.gpuCount).arg(job->spec.gpuModel);
    case Age:
        return ageText(job->createdAt.secsTo(m_clock.now()));
    case CostSoFar:
        return m_costs[size_t(index.row())];
    case PricePerHour:
        return job->pricePerHour ? job->pricePerHour->toString(2) : QString();
    case Message:
        return job->message;
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("ID");
    case State:
        return tr("State");
    case Provider:
        return tr("Provider");
    case Gpu:
        return tr("GPUs");
    case Age:
        return tr("Age");
    case CostSoFar:
        return tr("Cost so far");
    case PricePerHour:
        return tr("$/h");
    case Message:
        return tr("Last message");
    default:
        return {};
    }
}

} // namespace gpudesk
