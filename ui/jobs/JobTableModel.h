#pragma once

#include "jobs/JobRecord.h"

#include <QAbstractTableModel>

#include <vector>

namespace gpudesk {

class Clock;
class JobManager;
class JobRepository;

// The Jobs table: stored jobs, newest first, refreshed when the manager reports a change.
class JobTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Id, State, Provider, Gpu, Age, CostSoFar, PricePerHour, Message, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, StateRole };

    JobTableModel(JobRepository &jobs, JobManager &manager, Clock &clock, QObject *parent = nullptr);

    // Reloads from the database. Returns the error message, or empty.
    QString reload();
    void setShowFinished(bool show);
    const JobRecord *jobAt(int row) const;
    int rowOf(const QString &jobId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString ageText(qint64 seconds);

private:
    JobRepository &m_jobs;
    JobManager &m_manager;
    Clock &m_clock;
    std::vector<JobRecord> m_rows;
    std::vector<QString> m_costs;
    bool m_showFinished = true;
};

} // namespace gpudesk
