#include "Application.h"

#include "MainWindow.h"
#include "core/AppContext.h"
#include "costs/CostsPage.h"
#include "costs/CostsTray.h"
#include "billing/Ledger.h"
#include "jobs/JobManager.h"
#include "jobs/JobsPage.h"
#include "core/AppSettings.h"
#include "firstrun/FirstRunWizard.h"
#include "jobs/JobRecord.h"
#include "jobs/JobState.h"
#include "jobs/JobTemplates.h"
#include "storage/JobRepository.h"
#include "metrics/Sampler.h"
#include "catalog/MarketplacePage.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "providers/sandbox/SandboxProvider.h"
#include "providers/sandbox/SandboxSettings.h"
#include "secrets/ProviderKeys.h"
#include "services/OfferRefresh.h"
#include "settings/SettingsPage.h"
#include "terminal/TerminalsPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPointer>
#include <QStatusBar>

namespace gpudesk {

Application::Application() = default;

Application::~Application()
{
    m_tray.reset();
    m_window.reset();
    m_refresh.reset();
}

Result<void> Application::openServices(const Options &options)
{
    auto dir = AppContext::resolveDataDir(options.dataDir);
    if (!dir)
        return dir.error();
    if (auto opened = m_services.open(*dir); !opened)
        return opened.error();
    return {};
}

Result<void> Application::start(const Options &options)
{
    if (auto opened = openServices(options); !opened)
        return opened;
    createWindow();
    return {};
}

void Application::createWindow()
{
    m_window = std::make_unique<MainWindow>(m_services.catalog(), m_services.providerSettings(), m_services.dataDir(),
                                            m_services.databaseProblem());
    if (!m_services.hasDatabase())
        return;
    m_window->setJobs(*m_services.jobs(), *m_services.jobManager(), m_services.clock(), m_services.providers()->ids());
    if (m_window->jobsPage())
        m_window->jobsPage()->setMetrics(*m_services.metrics(), m_services.sampler());
    auto *costs = new CostsPage(*m_services.ledger(), m_services.metrics(), m_services.jobs(), m_services.clock());
    costs->setBudgets(m_services.budgetMonitor(), m_services.notifier());
    m_window->setCostsPage(costs);
    // Running jobs and their $/h in the system tray, with budget and idle notifications (no tray: banners only).
    m_tray = std::make_unique<CostsTray>(*m_services.ledger(), m_services.notifier(), m_window.get());
    m_window->setDispatch(*m_services.dispatcher(), *m_services.attempts());
    auto *settings = new SettingsPage(*m_services.providers(), *m_services.keys(), m_services.providerSettings(),
                                      m_services.dataDir());
    m_window->setSettingsPage(settings);
    if (auto *sandbox = m_services.providers()->provider<SandboxProvider>(QStringLiteral("sandbox"))) {
        m_sandboxSettings = std::make_unique<SandboxSettings>(m_services.database());
        settings->addSandboxTab(*m_sandboxSettings, *sandbox);
    }
    if (m_services.budgets())
        settings->addBudgetsTab(*m_services.budgets(), m_services.providers()->ids());
    // GPU Desk's own known_hosts, shared with `gpudesk-cli ssh-config`.
    QDir(m_services.dataDir()).mkpath(QStringLiteral("ssh"));
    auto *terminalsPage = new TerminalsPage(QDir(m_services.dataDir()).filePath(QStringLiteral("ssh/known_hosts")));
    terminalsPage->setSecretStore(m_services.secrets());
    m_window->setTerminalsPage(terminalsPage);
    m_refresh = std::make_unique<OfferRefresh>(m_services);
    MarketplacePage *market = m_window->marketplace();
    QObject::connect(m_refresh.get(), &OfferRefresh::catalogChanged, market, &MarketplacePage::catalogChanged);
    QObject::connect(market, &MarketplacePage::refreshRequested, market, [this] { refreshOffers(); });
    QObject::connect(settings, &SettingsPage::providerEnabledChanged, market, &MarketplacePage::catalogChanged);
    // A new key: show that provider's live offers at once.
    auto updateLaunchable = [this] {
        QStringList ids;
        for (Provider *p : m_services.activeProviders()) {
            if (p->capabilities().launch)
                ids << p->id();
        }
        if (m_window)
            m_window->setLaunchableProviders(ids);
    };
    updateLaunchable();
    QObject::connect(settings, &SettingsPage::providerEnabledChanged, market, updateLaunchable);
    // Terminal font, scrollback and the sampling interval: as stored, and as changed in Settings.
    {
        AppSettings preferences(m_services.dataDir());
        if (TerminalsPage *terminals = m_window->terminalsPage()) {
            terminals->setPreferences(preferences.terminalFont(), preferences.terminalScrollback());
            terminals->setStartInTmux(preferences.terminalTmux());
        }
        if (m_services.sampler())
            m_services.sampler()->setIntervalSeconds(preferences.samplingIntervalSeconds());
    }
    QObject::connect(settings, &SettingsPage::terminalPreferencesChanged, m_window.get(),
                     [this](const QString &font, int lines) {
                         if (TerminalsPage *terminals = m_window->terminalsPage())
                             terminals->setPreferences(font, lines);
                     });
    QObject::connect(settings, &SettingsPage::terminalTmuxChanged, m_window.get(), [this](bool on) {
        if (TerminalsPage *terminals = m_window->terminalsPage())
            terminals->setStartInTmux(on);
    });
    QObject::connect(settings, &SettingsPage::forgottenPolicyChanged, m_window.get(),
                     [this] { m_services.applyForgottenPolicy(); });
    QObject::connect(settings, &SettingsPage::samplingIntervalChanged, m_window.get(), [this](int seconds) {
        if (m_services.sampler())
            m_services.sampler()->setIntervalSeconds(seconds);
    });
    QObject::connect(settings, &SettingsPage::launchKeyChanged, m_window.get(), [this] {
        if (auto applied = m_services.applyLaunchIdentity(); !applied)
            m_window->statusBar()->showMessage(applied.error().message, 20000);
    });
    QObject::connect(settings, &SettingsPage::firstRunRequested, m_window.get(), [this, settings, updateLaunchable] {
        AppSettings preferences(m_services.dataDir());
        FirstRunWizard wizard({m_services.providers(), m_services.keys(), m_services.providerSettings(), &preferences,
                               m_services.budgets(), m_services.dataDir(), QLocale().name().startsWith(QStringLiteral("zh"))
                                                         ? QStringLiteral("zh_CN") : QStringLiteral("en"),
                               true},
                              m_window.get());
        wizard.exec();
        settings->reload(); // keys may have been stored or removed in it
        if (auto applied = m_services.applyLaunchIdentity(); !applied)
            m_window->statusBar()->showMessage(applied.error().message, 20000);
        updateLaunchable();
        if (wizard.trySandbox()) {
            if (auto launched = trySandbox(); !launched)
                m_window->statusBar()->showMessage(launched.error().message, 20000);
        }
    });
    QObject::connect(settings, &SettingsPage::credentialsChanged, market, [this, updateLaunchable](const QString &id) {
        updateLaunchable();
        if (Provider *p = m_services.providers()->provider(id); p && p->hasCredentials())
            refreshOffers({id});
    });

    // The cost ledger closes what a crash left open (at its last checkpoint) and checkpoints
    // running intervals from now on (every 30 s), before jobs are reconciled.
    if (auto resumed = m_services.ledger()->resume(); !resumed)
        m_window->statusBar()->showMessage(resumed.error().message, 20000);

    // Keys first (environment, keychain), then pick up where the last run left off: match stored
    // jobs with the providers, then follow them.
    m_services.loadCredentials([this, updateLaunchable](const QHash<QString, Error> &problems) {
        updateLaunchable();
        if (!problems.isEmpty() && m_window)
            m_window->statusBar()->showMessage(problems.cbegin()->message, 20000);
        m_services.jobManager()->reconcile();
        m_services.jobManager()->startPolling();
        // GPU utilization of running jobs, every 10 s, over SSH (nvidia-smi; the Sandbox's shim).
        m_services.sampler()->start();
        // Budgets (50/80/100 %, auto-stop), idle auto-stop, forgotten instances, metric retention.
        m_services.startMonitoring();
    });
    return;
}

Result<QString> Application::trySandbox()
{
    JobManager *jobs = m_services.jobManager();
    if (!jobs || !m_window)
        return makeError(Error::Kind::InvalidInput,
                         QCoreApplication::translate("Application", "The Sandbox needs GPU Desk's database, which is not open."));
    // The cheapest one-GPU Sandbox offer: every Sandbox price is simulated, nothing is charged.
    const Offer *best = nullptr;
    for (const Offer &o : m_services.catalog().offers()) {
        if (o.providerId == QLatin1String("sandbox") && o.gpuCount == 1 && o.pricePerHour
            && (!best || *o.pricePerHour < *best->pricePerHour))
            best = &o;
    }
    if (!best)
        return makeError(Error::Kind::NotFound, QCoreApplication::translate("Application", "The Sandbox has no offers."));
    JobSpec spec = JobTemplates::apply(JobTemplates::DevPodId, JobSpec());
    spec.name = QStringLiteral("sandbox-dev-pod");
    spec.providerId = best->providerId;
    spec.instanceType = best->instanceType;
    spec.gpuModel = best->gpuModel;
    spec.gpuCount = best->gpuCount;
    auto launched = jobs->launch(spec, best->pricePerHour);
    if (!launched)
        return launched.error();
    const QString id = launched->id;
    m_window->showView(QStringLiteral("jobs"));
    // Its terminal opens as soon as it runs (a few seconds); a failure shows in the Jobs view.
    auto *watch = new QObject(m_window.get());
    QObject::connect(jobs, &JobManager::jobChanged, watch, [this, jobs, id, watch](const QString &changed) {
        if (changed != id)
            return;
        auto job = m_services.jobs()->get(id);
        if (!job || JobStates::isFinal(job->state)) {
            watch->deleteLater();
            return;
        }
        if (job->state == JobState::Running) {
            watch->deleteLater();
            m_window->openTerminal(id);
        }
    });
    return id;
}

void Application::refreshOffers(const QStringList &providerIds)
{
    if (!m_refresh || !m_window)
        return;
    MarketplacePage *market = m_window->marketplace();
    market->setRefreshing(true);
    m_refresh->refresh(providerIds, [market = QPointer<MarketplacePage>(market)](QList<OfferRefresh::Outcome> outcomes) {
        if (!market)
            return;
        market->setRefreshing(false);
        QStringList lines;
        bool problem = false;
        for (const OfferRefresh::Outcome &o : outcomes) {
            if (o.error) {
                problem = true;
                lines << QCoreApplication::translate("Application", "%1: %2").arg(o.displayName, o.error->message);
            } else {
                lines << QCoreApplication::translate("Application", "%1: %n live offer(s).", nullptr, o.offers)
                             .arg(o.displayName);
            }
        }
        if (outcomes.isEmpty())
            lines << QCoreApplication::translate("Application",
                                                 "No provider has an API key yet: prices are from the bundled "
                                                 "snapshot. Add keys in Settings → Providers and keys.");
        market->showRefreshOutcome(lines, problem || outcomes.isEmpty());
    });
}

} // namespace gpudesk
