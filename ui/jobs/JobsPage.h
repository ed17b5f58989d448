#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QVBoxLayout;

namespace gpudesk {

class AttemptRepository;
class Clock;
class JobManager;
class JobRepository;
class JobTableModel;
class JobUtilizationView;
class MetricStore;
class Sampler;

// The Jobs view: every job with its state, provider, GPUs, age and cost so far; actions on the
// selected job; orphans (instances no job owns, records whose instance vanished) shown on top.
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    JobsPage(JobRepository &jobs, JobManager &manager, Clock &clock, QWidget *parent = nullptr);

    JobTableModel *model() const { return m_model; }
    // Placement attempts shown in a job's details (provider, offer, price, result, time).
    void setAttempts(AttemptRepository *attempts) { m_attempts = attempts; }
    QString selectedJobId() const;
    void selectJob(const QString &jobId);

    // Adds the Utilization tab: the selected job's GPUs over time, live while the sampler runs.
    void setMetrics(MetricStore &store, Sampler *sampler);
    JobUtilizationView *utilizationView() const { return m_utilization; }
    // Shows the details tab (0) or the utilization tab (1, once setMetrics() added it).
    void showDetailsTab(int index);

    // Seams for tests: answers confirmations without a dialog when set.
    void setConfirmForTests(std::function<bool(const QString &)> confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    void newJobRequested();
    void duplicateRequested(const QString &jobId);
    void openTerminalRequested(const QString &jobId);

public Q_SLOTS:
    void reload();

private:
    void updateActions();
    void updateOrphans();
    void showDetails();
    void copySshCommand();
    void showLogs();
    void terminateSelected();
    bool confirm(const QString &question);
    void showError(const QString &message);

    JobRepository &m_jobs;
    JobManager &m_manager;
    AttemptRepository *m_attempts = nullptr;
    Clock &m_clock;
    JobTableModel *m_model;
    QTableView *m_table = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    QTextBrowser *m_details = nullptr;
    JobUtilizationView *m_utilization = nullptr;
    QWidget *m_orphanBox = nullptr;
    QVBoxLayout *m_orphanLayout = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_showFinished = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_terminate = nullptr;
    QPushButton *m_terminal = nullptr;
    QPushButton *m_ssh = nullptr;
    QPushButton *m_logs = nullptr;
    QPushButton *m_duplicate = nullptr;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace gpudesk
