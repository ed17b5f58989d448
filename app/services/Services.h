#pragma once

#include "catalog/Catalog.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Database.h"

#include <QHash>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace gpudesk {

class BudgetMonitor;
class BudgetRepository;
class IdleMonitor;
class IdlePolicyRepository;
class JobManager;
class Notifier;
class AttemptRepository;
class Dispatcher;
struct DispatchContext;
class JobConnections;
class Ledger;
class MetricStore;
class Sampler;
class JobRepository;
class OfferCacheRepository;
class Provider;
class ProviderKeys;
class ProviderRegistry;
class ProviderSettingsRepository;
class SecretStore;

// Everything a running gpudesk or gpudesk-cli holds for one data directory, built in one place so
// the desktop app, the CLI and the tests wire the core the same way: database, catalog, providers,
// jobs. A database that cannot be opened is not fatal for the catalog (databaseProblem() says why),
// but jobs need it.
class Services
{
    Q_DECLARE_TR_FUNCTIONS(Services)

public:
    explicit Services(Clock &clock = Clock::system());
    ~Services();
    Services(const Services &) = delete;
    Services &operator=(const Services &) = delete;

    // Where keys live; call before open(). Default: the OS keychain. Tests pass an in-memory store.
    void setSecretStore(std::unique_ptr<SecretStore> store);

    // Opens the data directory. Fails only when the catalog cannot load (a broken build).
    Result<void> open(const QString &dataDir);

    // Hands every provider that needs a key its credentials (environment first, then keychain).
    // `done` runs once all have answered, with the problems by provider id (a keychain that is
    // locked or missing; a provider without any key is not a problem).
    // Hands the launch key's public half to every provider and its private half to the job
    // manager (for SSH to what they launch): AppSettings' choice, else GPU Desk's own key (made
    // now if missing). Called after keys load, and again when the user picks another key.
    Result<void> applyLaunchIdentity();
    void loadCredentials(std::function<void(QHash<QString, Error>)> done);
    // Providers switched on in Settings (default on) that can be called: the Sandbox, and the
    // others once they have a key. Reconcile, polling and refresh use only these.
    QList<Provider *> activeProviders() const;

    QString dataDir() const { return m_dataDir; }
    QString databaseProblem() const { return m_databaseProblem; }
    bool hasDatabase() const { return m_databaseProblem.isEmpty(); }
    // Jobs need the database: an error naming the problem when it is not there.
    Result<void> requireDatabase() const;

    Clock &clock() const { return m_clock; }
    const Catalog &catalog() const { return *m_catalog; }
    Catalog &catalog() { return *m_catalog; }
    Database &database() { return m_database; }
    ProviderSettingsRepository *providerSettings() const { return m_providerSettings.get(); }
    JobRepository *jobs() const { return m_jobs.get(); }
    JobManager *jobManager() const { return m_jobManager.get(); }
    // Placement of `provider: auto` jobs (app/dispatch) and their attempts.
    Dispatcher *dispatcher() const { return m_dispatcher.get(); }
    AttemptRepository *attempts() const { return m_attempts.get(); }
    // What the dispatcher ranks against now: the catalog (with cached live offers), the providers
    // that can launch, and when each provider's live prices were fetched.
    DispatchContext dispatchContext() const;
    ProviderRegistry *providers() const { return m_providers.get(); }
    ProviderKeys *keys() const { return m_keys.get(); }
    // The OS keychain (API keys, and the key passphrases users chose to keep there).
    SecretStore *secrets() const { return m_secrets.get(); }
    OfferCacheRepository *offerCache() const { return m_offerCache.get(); }
    Ledger *ledger() const { return m_ledger.get(); }
    MetricStore *metrics() const { return m_metrics.get(); }
    // SSH connections to running jobs for GPU Desk's own commands, and the utilization sampler
    // that uses them (started by the desktop app, not by one-shot CLI commands).
    JobConnections *jobConnections() const { return m_connections.get(); }
    Sampler *sampler() const { return m_sampler.get(); }
    // Budgets, idle auto-stop and their notifications (the desktop app shows them; the CLI prints them).
    Notifier *notifier() const { return m_notifier.get(); }
    BudgetRepository *budgets() const { return m_budgets.get(); }
    BudgetMonitor *budgetMonitor() const { return m_budgetMonitor.get(); }
    IdlePolicyRepository *idlePolicies() const { return m_idlePolicies.get(); }
    IdleMonitor *idleMonitor() const { return m_idleMonitor.get(); }
    // The forgotten-instance warning as AppSettings says (Settings → Budgets); at open and on change.
    void applyForgottenPolicy();

    // What a long-running app does beside sampling: budget checks (every minute and on every ledger
    // change), forgotten-instance checks (every 5 minutes) and metric retention (hourly). Idle
    // checks follow the sampler's samples whether or not this was called.
    void startMonitoring();

private:
    Clock &m_clock;
    QString m_dataDir;
    QString m_databaseProblem;
    Database m_database;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<ProviderSettingsRepository> m_providerSettings;
    std::unique_ptr<JobRepository> m_jobs;
    std::unique_ptr<ProviderRegistry> m_providers;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProviderKeys> m_keys;
    std::unique_ptr<OfferCacheRepository> m_offerCache;
    std::unique_ptr<JobManager> m_jobManager;
    std::unique_ptr<AttemptRepository> m_attempts;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<MetricStore> m_metrics;
    std::unique_ptr<JobConnections> m_connections;
    std::unique_ptr<Sampler> m_sampler;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<BudgetRepository> m_budgets;
    std::unique_ptr<BudgetMonitor> m_budgetMonitor;
    std::unique_ptr<IdlePolicyRepository> m_idlePolicies;
    std::unique_ptr<IdleMonitor> m_idleMonitor;
    std::unique_ptr<QTimer> m_retentionTimer;
};

} // namespace gpudesk
