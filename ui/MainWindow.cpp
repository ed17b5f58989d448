#include "MainWindow.h"
#include "widgets/AboutDialog.h"
#include "widgets/CommandPalette.h"
#include "core/AppSettings.h"

#include "catalog/Catalog.h"
#include "catalog/MarketplacePage.h"
#include "costs/CostsPage.h"
#include "catalog/Offer.h"
#include "catalog/ProviderInfo.h"
#include "dispatch/Dispatcher.h"
#include "jobs/JobDialog.h"
#include "jobs/JobManager.h"
#include "jobs/JobRecord.h"
#include "jobs/JobState.h"
#include "jobs/JobTemplates.h"
#include "jobs/JobsPage.h"
#include "settings/SettingsPage.h"
#include "terminal/TerminalTab.h"
#include "terminal/TerminalsPage.h"
#include "storage/JobRepository.h"
#include "ssh/SshOptions.h"
#include "providers/Provider.h"
#include "widgets/ComingPage.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace gpudesk {

MainWindow::MainWindow(const Catalog &catalog, ProviderSettingsRepository *providerSettings, const QString &dataDir,
                       const QString &databaseProblem, QWidget *parent)
    : QMainWindow(parent)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_marketplace(new MarketplacePage(catalog, providerSettings, this))
    , m_status(new QLabel(this))
    , m_dataDir(dataDir)
    , m_catalog(catalog)
{
    setWindowTitle(tr("GPU Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/gpudesk.svg")));
    setObjectName(QStringLiteral("mainWindow"));

    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(168);
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #1f2a30; color: #cfd8dc; padding-top: 8px; outline: 0; }"
        "QListWidget#navigation::item { padding: 9px 10px; border-left: 3px solid transparent; }"
        "QListWidget#navigation::item:selected { background: #2f3d45; color: #ffffff;"
        " border-left: 3px solid #26a69a; }"
        "QListWidget#navigation::item:hover:!selected { background: #26343b; }"));

    addPage(QStringLiteral("marketplace"), QIcon(QStringLiteral(":/icons/marketplace.svg")), tr("Marketplace"),
            m_marketplace);
    addPage(QStringLiteral("jobs"), QIcon(QStringLiteral(":/icons/jobs.svg")), tr("Jobs"),
            new ComingPage(QIcon(QStringLiteral(":/icons/jobs.svg")), tr("Jobs"),
                           tr("Jobs need GPU Desk's database, which could not be opened (see the red banner). "
                              "Once it opens, launch jobs here from a form or a YAML file and follow them from "
                              "pending to done."),
                           this));
    addPage(QStringLiteral("terminals"), QIcon(QStringLiteral(":/icons/terminals.svg")), tr("Terminals"),
            new ComingPage(QIcon(QStringLiteral(":/icons/terminals.svg")), tr("Terminals"),
                           tr("SSH terminals to your pods in tabs, which reconnect by themselves, forward ports and "
                              "open the pod's Jupyter in one click."),
                           this));
    addPage(QStringLiteral("costs"), QIcon(QStringLiteral(":/icons/costs.svg")), tr("Costs"),
            new ComingPage(QIcon(QStringLiteral(":/icons/costs.svg")), tr("Costs"),
                           tr("What every job costs to the cent as it runs, budgets with warnings, idle GPUs stopped "
                              "on request, utilization charts and cost reports."),
                           this));
    addPage(QStringLiteral("settings"), QIcon(QStringLiteral(":/icons/settings.svg")), tr("Settings"),
            new ComingPage(QIcon(QStringLiteral(":/icons/settings.svg")), tr("Settings"),
                           tr("API keys (kept in your system keychain), SSH keys and known hosts, budgets, theme and "
                              "language. Providers can already be switched on and off in the Marketplace."),
                           this));
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    if (!databaseProblem.isEmpty()) {
        auto *banner = new QLabel(tr("The database is unavailable, so changes will not be saved: %1").arg(databaseProblem),
                                  central);
        banner->setObjectName(QStringLiteral("databaseBanner"));
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("background: #b71c1c; color: white; padding: 8px;"));
        outer->addWidget(banner);
    }
    auto *row = new QHBoxLayout();
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_nav);
    row->addWidget(m_stack, 1);
    outer->addLayout(row, 1);
    setCentralWidget(central);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    auto *viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction *a = viewMenu->addAction(m_nav->item(i)->icon(), m_nav->item(i)->text());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_nav->setCurrentRow(i); });
    }
    viewMenu->addSeparator();
    QAction *palette = viewMenu->addAction(tr("Go to…"), this, &MainWindow::openCommandPalette);
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    palette->setObjectName(QStringLiteral("commandPaletteAction"));
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About GPU Desk"), this, &MainWindow::showAbout);

    m_status->setText(tr("Data: %1").arg(QDir::toNativeSeparators(dataDir)));
    statusBar()->addPermanentWidget(m_status);
    connect(m_marketplace, &MarketplacePage::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });

    m_nav->setCurrentRow(0);
    // Roomy, but never larger than the screen (a 1366×768 laptop, a 1400×900 VM).
    QSize size(1440, 860);
    if (const QScreen *display = screen())
        size = size.boundedTo(display->availableGeometry().size() * 0.95);
    resize(size);
    restoreLayout();
}

void MainWindow::restoreLayout()
{
    // Where the window was and which view was open, per data folder (settings.ini beside the database).
    QSettings preferences(AppSettings::fileName(m_dataDir), QSettings::IniFormat);
    restoreGeometry(preferences.value(QStringLiteral("window/geometry")).toByteArray());
    const QString view = preferences.value(QStringLiteral("window/view")).toString();
    if (!view.isEmpty())
        showView(view);
    // Saved when GPU Desk quits, however it is asked to (window closed, File → Quit, SIGTERM).
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveLayout);
}

void MainWindow::saveLayout()
{
    QSettings preferences(AppSettings::fileName(m_dataDir), QSettings::IniFormat);
    preferences.setValue(QStringLiteral("window/geometry"), saveGeometry());
    preferences.setValue(QStringLiteral("window/view"), m_viewNames.value(m_nav->currentRow()));
}

void MainWindow::openCommandPalette()
{
    QList<CommandPalette::Entry> entries;
    const QString view = tr("View");
    for (int i = 0; i < m_nav->count(); ++i)
        entries.append({view, m_nav->item(i)->text(), QString(), [this, i] { m_nav->setCurrentRow(i); }});
    const QString action = tr("Action");
    if (m_jobManager)
        entries.append({action, tr("New job…"), tr("the job form"), [this] { openJobForm(); }});
    entries.append({action, tr("Refresh prices"), tr("live offers from every provider with a key"),
                    [this] { Q_EMIT m_marketplace->refreshRequested(); }});
    entries.append({action, tr("About GPU Desk"), QString(), [this] { showAbout(); }});
    if (m_jobs) {
        if (auto jobs = m_jobs->list()) {
            const QString jobKind = tr("Job");
            for (const JobRecord &job : *jobs) {
                const QString id = job.id;
                entries.append({jobKind, job.spec.name.isEmpty() ? id : job.spec.name,
                                QStringLiteral("%1 · %2 · %3").arg(id, JobStates::displayName(job.state), job.providerId),
                                [this, id] {
                                    showView(QStringLiteral("jobs"));
                                    m_jobsPage->selectJob(id);
                                }});
                if (job.state == JobState::Running && m_terminalsPage)
                    entries.append({tr("Terminal"), job.spec.name.isEmpty() ? id : job.spec.name, id,
                                    [this, id] { openTerminal(id); }});
            }
        }
    }
    const QString offerKind = tr("Offer");
    for (const Offer &o : m_catalog.offers()) {
        const ProviderInfo *info = ProviderDirectory::lookup(o.providerId);
        const QString provider = info ? info->displayName : o.providerId;
        const QString price = o.pricePerHour ? tr("%1/h").arg(o.pricePerHour->toString()) : tr("on quote");
        const QString model = o.gpuModel;
        entries.append({offerKind, QStringLiteral("%1× %2").arg(o.gpuCount).arg(model),
                        QStringLiteral("%1 · %2 · %3").arg(provider, price, o.region),
                        [this, model] {
                            showView(QStringLiteral("marketplace"));
                            m_marketplace->setSearchText(model);
                        }});
    }
    auto *palette = new CommandPalette(std::move(entries), this);
    palette->setAttribute(Qt::WA_DeleteOnClose);
    palette->show();
    palette->input()->setFocus();
}

void MainWindow::setJobs(JobRepository &jobs, JobManager &manager, Clock &clock, QStringList launchable)
{
    m_jobs = &jobs;
    m_jobManager = &manager;
    m_launchable = std::move(launchable);
    m_jobsPage = new JobsPage(jobs, manager, clock, this);
    replacePage(QStringLiteral("jobs"), m_jobsPage);
    connect(m_jobsPage, &JobsPage::newJobRequested, this, [this] { openJobForm(); });
    connect(m_jobsPage, &JobsPage::duplicateRequested, this, [this](const QString &id) { openJobForm(-1, id); });
    connect(m_jobsPage, &JobsPage::openTerminalRequested, this, &MainWindow::openTerminal);
    m_marketplace->setLaunchableProviders(m_launchable);

    // What is running and what it costs per hour, always in sight: the forgotten H100 shows here.
    m_burn = new QLabel(this);
    m_burn->setObjectName(QStringLiteral("burnRate"));
    statusBar()->insertPermanentWidget(0, m_burn);
    connect(&manager, &JobManager::jobChanged, this, &MainWindow::updateBurnRate);
    updateBurnRate();
    connect(m_marketplace, &MarketplacePage::launchRequested, this, [this](int offer) { openJobForm(offer); });
}

void MainWindow::setDispatch(Dispatcher &dispatcher, AttemptRepository &attempts)
{
    m_dispatcher = &dispatcher;
    if (m_jobsPage) {
        m_jobsPage->setAttempts(&attempts);
        connect(&dispatcher, &Dispatcher::attemptsChanged, m_jobsPage, &JobsPage::reload);
    }
    connect(&dispatcher, &Dispatcher::notice, this, [this](const QString &, const QString &message) {
        statusBar()->showMessage(message, 30000);
    });
    connect(&dispatcher, &Dispatcher::gaveUp, this, [this](const QString &, const QString &message) {
        statusBar()->showMessage(message, 30000);
    });
}

void MainWindow::replacePage(const QString &name, QWidget *page)
{
    const int index = int(m_viewNames.indexOf(name));
    QWidget *old = m_stack->widget(index);
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(old);
    old->deleteLater();
    m_stack->setCurrentIndex(m_nav->currentRow());
}

void MainWindow::setLaunchableProviders(const QStringList &providerIds)
{
    m_launchable = providerIds;
    m_marketplace->setLaunchableProviders(m_launchable);
}

void MainWindow::setTerminalsPage(TerminalsPage *page)
{
    m_terminalsPage = page;
    page->setParent(this);
    replacePage(QStringLiteral("terminals"), page);
}

void MainWindow::openTerminal(const QString &jobId)
{
    if (!m_jobManager || !m_terminalsPage || !m_jobs)
        return;
    auto job = m_jobs->get(jobId);
    if (!job)
        return;
    const QString title = job->spec.name.isEmpty() ? jobId : job->spec.name;
    statusBar()->showMessage(tr("Asking %1 how to reach job %2…").arg(job->providerId, jobId), 10000);
    QPointer<MainWindow> self(this);
    // The Jupyter template's server: its port and token, for one-click Jupyter.
    quint16 jupyterPort = 0;
    QString jupyterToken;
    for (const JobSpec::EnvVar &var : job->spec.env) {
        if (var.name == QStringLiteral("JUPYTER_TOKEN"))
            jupyterToken = var.value;
    }
    if (job->spec.templateId == JobTemplates::JupyterId || !jupyterToken.isEmpty())
        jupyterPort = job->spec.ports.contains(JobTemplates::kJupyterPort) || job->spec.ports.isEmpty()
            ? quint16(JobTemplates::kJupyterPort)
            : quint16(job->spec.ports.first());
    m_jobManager->sshEndpoint(jobId, [self, jobId, title, jupyterPort, jupyterToken](Result<SshEndpoint> endpoint) {
        if (!self)
            return;
        self->statusBar()->clearMessage();
        if (!endpoint) {
            QMessageBox::warning(self, tr("Open terminal"), endpoint.error().message);
            return;
        }
        TerminalTab *tab = self->m_terminalsPage->openForJob(jobId, title, *endpoint);
        if (tab && jupyterPort)
            tab->setJupyterHint(jupyterPort, jupyterToken);
        self->showView(QStringLiteral("terminals"));
    });
}

void MainWindow::setCostsPage(CostsPage *page)
{
    m_costsPage = page;
    page->setParent(this);
    replacePage(QStringLiteral("costs"), page);
}

Result<void> MainWindow::connectTo(const QString &url, const QString &identityFile)
{
    if (!m_terminalsPage)
        return makeError(Error::Kind::InvalidInput,
                         tr("Terminals need GPU Desk's database, which could not be opened."));
    auto endpoint = SshOptions::endpointFromUrl(url);
    if (!endpoint)
        return endpoint.error();
    endpoint->identityFile = identityFile;
    // Tabs are keyed by job id; a host's tab by its address, so a second --connect reuses it.
    const QString title = QStringLiteral("%1@%2").arg(endpoint->user, endpoint->host);
    m_terminalsPage->openForJob(url, title, *endpoint);
    showView(QStringLiteral("terminals"));
    return {};
}

void MainWindow::setSettingsPage(SettingsPage *page)
{
    m_settingsPage = page;
    page->setParent(this);
    replacePage(QStringLiteral("settings"), page);
}

void MainWindow::updateBurnRate()
{
    if (!m_jobs || !m_burn)
        return;
    auto active = m_jobs->active();
    if (!active)
        return;
    int billing = 0;
    int simulated = 0;
    Money perHour;
    for (const JobRecord &job : *active) {
        if (!JobStates::mayBill(job.state))
            continue;
        if (job.providerId == QStringLiteral("sandbox")) {
            ++simulated; // local pods: nothing is charged
            continue;
        }
        ++billing;
        if (job.pricePerHour)
            perHour += *job.pricePerHour * std::max(1, job.spec.nodes);
    }
    QStringList parts;
    if (billing > 0)
        parts << tr("%n job(s) may be billing · %1 per hour", nullptr, billing).arg(perHour.toString(2));
    if (simulated > 0)
        parts << tr("%n Sandbox job(s) running (simulated, not charged)", nullptr, simulated);
    m_burn->setText(parts.isEmpty() ? tr("No job running") : parts.join(QStringLiteral(" · ")));
    m_burn->setStyleSheet(billing == 0 ? QString() : QStringLiteral("color: #e65100; font-weight: bold;"));
}

std::unique_ptr<JobDialog> MainWindow::createJobForm(int offerIndex, const QString &duplicateOf)
{
    auto dialog = std::make_unique<JobDialog>(m_catalog, m_launchable, this);
    if (Dispatcher *dispatcher = m_dispatcher)
        dialog->setRanker([dispatcher](const JobSpec &spec) { return Dispatcher::rank(spec, dispatcher->context()); });
    if (!duplicateOf.isEmpty() && m_jobs) {
        if (auto job = m_jobs->get(duplicateOf)) {
            JobSpec spec = job->spec;
            spec.name += QStringLiteral("-copy");
            dialog->setSpec(spec);
        }
    }
    if (offerIndex >= 0)
        dialog->setOffer(offerIndex);
    return dialog;
}

QString MainWindow::launchFromForm(const JobDialog &form)
{
    if (!m_jobManager)
        return {};
    const auto offer = form.offer();
    auto launched = form.isAutoPlaced() && m_dispatcher
        ? m_dispatcher->launch(form.spec(), form.ranking())
        : m_jobManager->launch(form.spec(), offer ? offer->pricePerHour : std::nullopt);
    showView(QStringLiteral("jobs"));
    if (!launched) {
        QMessageBox::warning(this, tr("Launch failed"), launched.error().message);
        return {};
    }
    m_jobsPage->reload();
    m_jobsPage->selectJob(launched->id);
    return launched->id;
}

void MainWindow::openJobForm(int offerIndex, const QString &duplicateOf)
{
    if (!m_jobManager)
        return;
    auto dialog = createJobForm(offerIndex, duplicateOf);
    if (dialog->exec() == QDialog::Accepted)
        launchFromForm(*dialog);
}

void MainWindow::addPage(const QString &name, const QIcon &icon, const QString &label, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, label, m_nav);
    item->setData(Qt::UserRole, name);
    m_stack->addWidget(page);
    m_viewNames << name;
}

QStringList MainWindow::viewNames()
{
    return {QStringLiteral("marketplace"), QStringLiteral("jobs"), QStringLiteral("terminals"), QStringLiteral("costs"),
            QStringLiteral("settings")};
}

bool MainWindow::showView(const QString &name)
{
    const int i = int(m_viewNames.indexOf(name));
    if (i < 0)
        return false;
    m_nav->setCurrentRow(i);
    return true;
}

void MainWindow::showAbout()
{
    AboutDialog about(m_dataDir, this);
    about.exec();
}

} // namespace gpudesk
