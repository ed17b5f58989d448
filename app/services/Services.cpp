#include "Services.h"

#include "billing/BudgetMonitor.h"
#include "billing/BudgetRepository.h"
#include "billing/Ledger.h"
#include "core/Notifier.h"
#include "core/AppContext.h"
#include "core/AppSettings.h"
#include "dispatch/AttemptRepository.h"
#include "dispatch/Dispatcher.h"
#include "jobs/JobManager.h"
#include "jobs/JobRecord.h"
#include "jobs/JobState.h"
#include "metrics/IdleMonitor.h"
#include "metrics/IdlePolicyRepository.h"
#include "metrics/MetricStore.h"
#include "metrics/Sampler.h"
#include "services/JobConnections.h"
#include "providers/ProviderRegistry.h"
#include "providers/sandbox/SandboxPaths.h"
#include "providers/sandbox/SandboxProvider.h"
#include "providers/sandbox/SandboxSettings.h"
#include "providers/sandbox/SshKeys.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProviderKeys.h"
#include "storage/JobRepository.h"
#include "storage/OfferCacheRepository.h"
#include "storage/ProviderSettingsRepository.h"

#include <QDir>
#include <QPointer>

namespace gpudesk {

Services::Services(Clock &clock)
    : m_clock(clock)
{
}

Services::~Services()
{
    // The sampler and the connections use the manager; the manager talks to providers and the
    // repository: they go first.
    m_retentionTimer.reset();
    m_idleMonitor.reset();
    m_budgetMonitor.reset();
    m_sampler.reset();
    m_connections.reset();
    m_dispatcher.reset();
    m_attempts.reset();
    m_jobManager.reset();
    m_ledger.reset();
    m_metrics.reset();
    m_providers.reset();
    m_keys.reset();
    m_secrets.reset();
    m_offerCache.reset();
    m_jobs.reset();
    m_providerSettings.reset();
}

void Services::setSecretStore(std::unique_ptr<SecretStore> store)
{
    m_secrets = std::move(store);
}

Result<void> Services::open(const QString &dataDir)
{
    m_dataDir = dataDir;
    auto catalog = Catalog::loadBundled(m_clock);
    if (!catalog)
        return catalog.error();
    m_catalog = std::make_unique<Catalog>(std::move(*catalog));

    if (auto opened = m_database.open(QDir(dataDir).filePath(AppContext::databaseFileName())); !opened) {
        m_databaseProblem = opened.error().message;
        return {};
    }
    m_providerSettings = std::make_unique<ProviderSettingsRepository>(m_database, m_clock);
    m_jobs = std::make_unique<JobRepository>(m_database, m_clock);
    m_offerCache = std::make_unique<OfferCacheRepository>(m_database);
    if (!m_secrets)
        m_secrets = std::make_unique<KeychainSecretStore>();
    m_keys = std::make_unique<ProviderKeys>(*m_secrets);

    QHash<QString, QUrl> baseUrls;
    if (auto urls = m_providerSettings->baseUrls())
        baseUrls = *urls;
    m_providers = ProviderRegistry::createDefault(dataDir, baseUrls);
    ProviderRegistry *registry = m_providers.get();
    // The Sandbox's demo switch: GPU models it refuses for lack of capacity (Settings → Sandbox).
    if (auto *sandbox = qobject_cast<SandboxProvider *>(registry->provider(QStringLiteral("sandbox")))) {
        if (auto refused = SandboxSettings(m_database).noCapacityModels())
            sandbox->setNoCapacityModels(*refused);
    }
    ProviderAccess access{[registry](const QString &id) { return registry->provider(id); },
                          [this] { return activeProviders(); }};
    m_jobManager = std::make_unique<JobManager>(*m_jobs, access, m_clock);
    m_attempts = std::make_unique<AttemptRepository>(m_database);
    m_dispatcher = std::make_unique<Dispatcher>(*m_jobs, *m_jobManager, *m_attempts, m_clock);
    m_dispatcher->setContextSource([this] { return dispatchContext(); });
    // Every stored state change opens or closes the job's usage interval.
    m_ledger = std::make_unique<Ledger>(m_database, m_clock, m_jobs.get());
    QObject::connect(m_jobManager.get(), &JobManager::jobChanged, m_ledger.get(), &Ledger::onJobChanged);
    m_metrics = std::make_unique<MetricStore>(m_database);
    m_connections = std::make_unique<JobConnections>(*m_jobManager, QDir(dataDir).filePath(QStringLiteral("ssh/known_hosts")));
    JobConnections *connections = m_connections.get();
    connections->setSecretStore(m_secrets.get());
    m_sampler = std::make_unique<Sampler>(*m_metrics, m_clock,
                                          [connections](const QString &jobId, const QString &command, Sampler::ExecReply reply) {
                                              connections->exec(jobId, command, std::move(reply));
                                          });
    JobRepository *jobs = m_jobs.get();
    m_sampler->setJobSource([jobs] {
        QStringList running;
        if (auto active = jobs->active()) {
            for (const JobRecord &job : *active) {
                if (job.state == JobState::Running)
                    running << job.id;
            }
        }
        return running;
    });
    // The provider's own end time closes the ledger's interval where it is known.
    Ledger *ledger = m_ledger.get();
    QObject::connect(m_jobManager.get(), &JobManager::instanceEnded, ledger,
                     [ledger](const QString &jobId, const QDateTime &endedAt) {
                         if (auto r = ledger->providerEnded(jobId, endedAt); !r)
                             Q_EMIT ledger->problem(r.error().message);
                     });
    m_notifier = std::make_unique<Notifier>();
    // Preemptions and relaunches are news the moment they are noticed.
    Notifier *notifier = m_notifier.get();
    QObject::connect(m_dispatcher.get(), &Dispatcher::notice, notifier,
                     [this, notifier](const QString &jobId, const QString &message) {
                         Notification n;
                         n.kind = Notification::Kind::Preemption;
                         n.severity = Notification::Severity::Warning;
                         n.at = m_clock.now();
                         n.title = tr("Instance preempted");
                         n.message = message;
                         n.jobId = jobId;
                         notifier->notify(n);
                     });
    m_budgets = std::make_unique<BudgetRepository>(m_database);
    m_budgetMonitor = std::make_unique<BudgetMonitor>(*m_ledger, *m_budgets, m_clock, m_jobManager.get(), m_notifier.get());
    m_idlePolicies = std::make_unique<IdlePolicyRepository>(m_database);
    m_idleMonitor = std::make_unique<IdleMonitor>(*m_metrics, *m_idlePolicies, *m_jobs, m_clock, m_jobManager.get(),
                                                  m_notifier.get());
    IdleMonitor *idle = m_idleMonitor.get();
    QObject::connect(m_sampler.get(), &Sampler::sampled, idle, [idle](const QString &jobId) { idle->onSampled(jobId); });

    // A job that stops running lets its connection go.
    QObject::connect(m_jobManager.get(), &JobManager::jobChanged, connections, [jobs, connections](const QString &id) {
        auto job = jobs->get(id);
        if (!job || job->state != JobState::Running)
            connections->drop(id);
    });

    // Live offers fetched in an earlier session replace the snapshot rows of their provider
    // (the Marketplace labels them with their fetch date).
    if (auto cached = m_offerCache->load(); cached && !cached->isEmpty()) {
        QHash<QString, std::vector<Offer>> byProvider;
        for (auto it = cached->cbegin(); it != cached->cend(); ++it)
            byProvider.insert(it.key(), it.value().offers);
        m_catalog->replaceProviderOffers(byProvider);
    }
    return {};
}

QList<Provider *> Services::activeProviders() const
{
    QList<Provider *> out;
    if (!m_providers)
        return out;
    QHash<QString, bool> enabled;
    if (m_providerSettings) {
        if (auto states = m_providerSettings->enabledStates())
            enabled = *states;
    }
    for (Provider *p : m_providers->providers()) {
        if (enabled.value(p->id(), true) && p->hasCredentials())
            out.append(p);
    }
    return out;
}

Result<void> Services::applyLaunchIdentity()
{
    if (!m_providers)
        return {};
    // The user's choice (first-run assistant, Settings → SSH), else GPU Desk's own key, made once.
    QString identity = AppSettings(m_dataDir).sshIdentityFile();
    if (identity.isEmpty()) {
        identity = SandboxPaths(m_dataDir).defaultPrivateKey();
        if (auto made = SshKeys::ensureKeyPair(identity); !made)
            return made.error();
    }
    auto pub = SshKeys::readPublicKey(identity + QStringLiteral(".pub"));
    if (!pub)
        return pub.error();
    for (Provider *p : m_providers->providers())
        p->setLaunchPublicKey(QString::fromUtf8(pub->trimmed()));
    if (m_jobManager)
        m_jobManager->setLaunchIdentityFile(identity);
    return {};
}

void Services::loadCredentials(std::function<void(QHash<QString, Error>)> done)
{
    struct Pending
    {
        int left = 0;
        QHash<QString, Error> problems;
        std::function<void(QHash<QString, Error>)> done;
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    QList<Provider *> needing;
    if (m_providers && m_keys) {
        for (Provider *p : m_providers->providers()) {
            if (p->needsCredentials())
                needing.append(p);
        }
    }
    // Machines launched at a cloud accept GPU Desk's own key, so the terminal and the sampler can
    // log in: make the key pair once some provider has a key, and hand its public half to all.
    auto finishLoading = [this, pending] {
        bool anyKeyed = false;
        for (Provider *p : m_providers->providers())
            anyKeyed = anyKeyed || (p->needsCredentials() && p->hasCredentials());
        if (anyKeyed) {
            if (auto applied = applyLaunchIdentity(); !applied)
                pending->problems.insert(QStringLiteral("ssh-key"), applied.error());
        }
        pending->done(pending->problems);
    };
    pending->left = int(needing.size());
    if (needing.isEmpty()) {
        QMetaObject::invokeMethod(m_keys.get(), [pending] { pending->done({}); }, Qt::QueuedConnection);
        return;
    }
    for (Provider *p : needing) {
        QPointer<Provider> guard(p);
        const QString id = p->id();
        m_keys->load(id, [guard, id, pending, finishLoading](Result<ProviderKeys::Loaded> loaded) {
            if (!loaded)
                pending->problems.insert(id, loaded.error());
            else if (guard)
                guard->setCredentials(loaded->credentials);
            if (--pending->left == 0)
                finishLoading();
        });
    }
}

void Services::startMonitoring()
{
    if (!hasDatabase())
        return;
    m_budgetMonitor->start();
    m_idleMonitor->setSampleIntervalSeconds(m_sampler->intervalSeconds());
    applyForgottenPolicy();
    m_idleMonitor->start();
    MetricStore *metrics = m_metrics.get();
    Clock *clock = &m_clock;
    auto retain = [metrics, clock] {
        auto r = metrics->applyRetention(clock->now());
        Q_UNUSED(r)
    };
    m_retentionTimer = std::make_unique<QTimer>();
    QObject::connect(m_retentionTimer.get(), &QTimer::timeout, m_retentionTimer.get(), retain);
    m_retentionTimer->start(3600 * 1000);
    retain();
}

DispatchContext Services::dispatchContext() const
{
    DispatchContext c;
    c.catalog = m_catalog.get();
    c.now = m_clock.now();
    c.userContinent = Region::userContinent();
    QHash<QString, bool> enabled;
    if (m_providerSettings) {
        if (auto states = m_providerSettings->enabledStates())
            enabled = *states;
    }
    if (m_providers) {
        for (Provider *p : m_providers->providers()) {
            c.providerNames.insert(p->id(), p->displayName());
            if (!p->capabilities().launch)
                c.unavailableWhy.insert(p->id(), tr("GPU Desk cannot launch at %1 through its API.").arg(p->displayName()));
            else if (!enabled.value(p->id(), true))
                c.unavailableWhy.insert(p->id(), tr("%1 is switched off in Settings → Providers.").arg(p->displayName()));
            else if (!p->hasCredentials())
                c.unavailableWhy.insert(p->id(), tr("%1 has no API key (Settings → Providers).").arg(p->displayName()));
            else
                c.launchable.append(p->id());
        }
    }
    if (m_offerCache) {
        if (auto cached = m_offerCache->load()) {
            for (auto it = cached->cbegin(); it != cached->cend(); ++it)
                c.liveFetchedAt.insert(it.key(), it.value().fetchedAt);
        }
    }
    return c;
}

Result<void> Services::requireDatabase() const
{
    if (hasDatabase())
        return {};
    return makeError(Error::Kind::Database, m_databaseProblem);
}

void Services::applyForgottenPolicy()
{
    if (!m_idleMonitor)
        return;
    const AppSettings preferences(m_dataDir);
    IdleMonitor::ForgottenPolicy policy = m_idleMonitor->forgottenPolicy();
    policy.enabled = preferences.forgottenWarning();
    policy.runningSeconds = qint64(preferences.forgottenAfterHours()) * 3600;
    policy.utilizationPercent = preferences.forgottenBelowPercent();
    m_idleMonitor->setForgottenPolicy(policy);
}

} // namespace gpudesk
