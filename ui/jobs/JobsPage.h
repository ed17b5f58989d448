#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;
class QVBoxLayout;

namespace gpudesk {

class Clock;
class JobManager;
class JobRepository;
class JobTableModel;

// The Jobs view: every job with its state, provider, GPUs, age and cost so far; actions on the
// selected job; orphans (instances no job owns, records whose instance vanished) shown on top.
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    JobsPage(JobRepository &jobs, JobManager &manager, Clock &clock, QWidget *parent = nullptr);

    JobTableModel *model() const { return m_model; }
    QString selectedJobId() const;
    void selectJob(const QString &jobId);

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
    Clock &m_clock;
    JobTableModel *m_model;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
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
