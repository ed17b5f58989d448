#pragma once

#include "reports/Report.h"

#include <QAbstractTableModel>
#include <QHash>

namespace gpudesk {

class JobRepository;

// The cost per job table of the Costs page: one row per job of a Report grouped by job (most
// expensive first), every figure as the Report has it, and the provider and GPUs from the job's
// record.
class JobCostModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        JobColumn,
        ProviderColumn,
        GpuColumn,
        GpuHoursColumn,
        CostColumn,
        IdleColumn,
        WastedColumn,
        BilledColumn,
        ColumnCount,
    };

    explicit JobCostModel(const JobRepository *jobs, QObject *parent = nullptr);

    // `report` must be grouped by job.
    void setReport(const Report &report);
    const ReportRow &rowAt(int row) const { return m_rows.at(row); }

    // The texts the table shows for a row's money figures (also the export's, rounded to cents).
    static QString costText(const ReportRow &row);
    static QString wastedText(const ReportRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct JobInfo
    {
        QString provider;
        QString gpus;
    };

    const JobRepository *m_jobs;
    QList<ReportRow> m_rows;
    QHash<QString, JobInfo> m_info;
};

} // namespace gpudesk
