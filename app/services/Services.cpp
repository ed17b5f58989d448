#include "Services.h"

#include "core/AppContext.h"
#include "jobs/JobManager.h"
#include "providers/ProviderRegistry.h"
#include "storage/JobRepository.h"
#include "storage/ProviderSettingsRepository.h"

#include <QDir>

namespace gpudesk {

Services::Services(Clock &clock)
    : m_clock(clock)
{
}

Services::~Services()
{
    // The manager talks to providers and the repository: it goes first.
    m_jobManager.reset();
    m_providers.reset();
    m_jobs.reset();
    m_providerSettings.reset();
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
    m_providers = ProviderRegistry::createDefault(dataDir);
    ProviderRegistry *registry = m_providers.get();
    ProviderAccess access{[registry](const QString &id) { return registry->provider(id); },
                          [registry] { return registry->providers(); }};
    m_jobManager = std::make_unique<JobManager>(*m_jobs, access, m_clock);
    return {};
}

Result<void> Services::requireDatabase() const
{
    if (hasDatabase())
        return {};
    return makeError(Error::Kind::Database, m_databaseProblem);
}

} // namespace gpudesk
