#pragma once

#include "core/Result.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace gpudesk {

class Catalog;
class Clock;
class CostsPage;
class Dispatcher;
class AttemptRepository;
class JobDialog;
class JobManager;
class JobRepository;
class JobsPage;
class MarketplacePage;
class ProviderSettingsRepository;
class SettingsPage;
class TerminalsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `providerSettings` is null when the database could not be opened; `databaseProblem` then
    // says why, and a banner tells the user that changes will not be saved.
    MainWindow(const Catalog &catalog, ProviderSettingsRepository *providerSettings, const QString &dataDir,
               const QString &databaseProblem = {}, QWidget *parent = nullptr);

    // View names: marketplace, jobs, terminals, costs, settings. Returns false for an unknown name.
    bool showView(const QString &name);
    static QStringList viewNames();
    MarketplacePage *marketplace() const { return m_marketplace; }
    JobsPage *jobsPage() const { return m_jobsPage; }

    // Puts the real Jobs view in place of its "coming" page; without it (no database) the page
    // explains why jobs are unavailable. `launchable`: providers that can launch.
    void setJobs(JobRepository &jobs, JobManager &manager, Clock &clock, QStringList launchable);
    // Providers the job form and "Launch on this offer" offer: those that can launch now (a key where
    // one is needed). Updated as keys are added or removed.
    void setLaunchableProviders(const QStringList &providerIds);

    // "Best available" in the job form (ranked candidates before launch), placement with failover,
    // attempts in the Jobs view, and preemption notices in the status bar.
    void setDispatch(Dispatcher &dispatcher, AttemptRepository &attempts);

    // Puts the real Terminals page in place of its "coming" page; "Open terminal" in Jobs opens tabs there.
    void setTerminalsPage(TerminalsPage *page);
    TerminalsPage *terminalsPage() const { return m_terminalsPage; }
    // Opens a terminal to a running job's machine and shows it.
    void openTerminal(const QString &jobId);
    // Opens a terminal to any SSH host (`gpudesk --connect ssh://user@host:port [-i KEY]`): your
    // own machines too. An empty `identityFile` tries the agent and ~/.ssh keys.
    Result<void> connectTo(const QString &url, const QString &identityFile = QString());

    // Puts the real Costs page in place of its "coming" page.
    void setCostsPage(CostsPage *page);
    CostsPage *costsPage() const { return m_costsPage; }

    // Puts the real Settings page in place of its "coming" page.
    void setSettingsPage(SettingsPage *page);
    SettingsPage *settingsPage() const { return m_settingsPage; }

    // Opens the job form, pre-filled with an offer (-1: none) or a job to duplicate, and launches
    // what the user accepts. The two halves are public for tests.
    void openJobForm(int offerIndex = -1, const QString &duplicateOf = QString());
    std::unique_ptr<JobDialog> createJobForm(int offerIndex = -1, const QString &duplicateOf = QString());
    // Launches the form's job and shows it in the Jobs view; returns its id, or empty after saying why.
    QString launchFromForm(const JobDialog &form);

    // Ctrl+K: views, actions, jobs and offers, filtered as the user types.
    void openCommandPalette();

private:
    void restoreLayout();
    void saveLayout();
    void addPage(const QString &name, const QIcon &icon, const QString &label, QWidget *page);
    void showAbout();

    QListWidget *m_nav;
    QStackedWidget *m_stack;
    MarketplacePage *m_marketplace;
    JobsPage *m_jobsPage = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    TerminalsPage *m_terminalsPage = nullptr;
    CostsPage *m_costsPage = nullptr;
    void replacePage(const QString &name, QWidget *page);
    JobRepository *m_jobs = nullptr;
    JobManager *m_jobManager = nullptr;
    Dispatcher *m_dispatcher = nullptr;
    QStringList m_launchable;
    QLabel *m_status;
    QLabel *m_burn = nullptr;
    void updateBurnRate();
    QStringList m_viewNames;
    QString m_dataDir;
    const Catalog &m_catalog;
};

} // namespace gpudesk
