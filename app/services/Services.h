#pragma once

#include "catalog/Catalog.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Database.h"

#include <QString>

#include <memory>

namespace gpudesk {

class JobManager;
class JobRepository;
class ProviderRegistry;
class ProviderSettingsRepository;

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

    // Opens the data directory. Fails only when the catalog cannot load (a broken build).
    Result<void> open(const QString &dataDir);

    QString dataDir() const { return m_dataDir; }
    QString databaseProblem() const { return m_databaseProblem; }
    bool hasDatabase() const { return m_databaseProblem.isEmpty(); }
    // Jobs need the database: an error naming the problem when it is not there.
    Result<void> requireDatabase() const;

    Clock &clock() const { return m_clock; }
    const Catalog &catalog() const { return *m_catalog; }
    Database &database() { return m_database; }
    ProviderSettingsRepository *providerSettings() const { return m_providerSettings.get(); }
    JobRepository *jobs() const { return m_jobs.get(); }
    JobManager *jobManager() const { return m_jobManager.get(); }
    ProviderRegistry *providers() const { return m_providers.get(); }

private:
    Clock &m_clock;
    QString m_dataDir;
    QString m_databaseProblem;
    Database m_database;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<ProviderSettingsRepository> m_providerSettings;
    std::unique_ptr<JobRepository> m_jobs;
    std::unique_ptr<ProviderRegistry> m_providers;
    std::unique_ptr<JobManager> m_jobManager;
};

} // namespace gpudesk
