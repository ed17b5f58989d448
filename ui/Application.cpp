#include "Application.h"

#include "MainWindow.h"
#include "core/AppContext.h"
#include "jobs/JobManager.h"
#include "providers/ProviderRegistry.h"

#include <QDir>

namespace gpudesk {

Application::~Application()
{
    m_window.reset();
}

Result<void> Application::start(const Options &options)
{
    auto dir = AppContext::resolveDataDir(options.dataDir);
    if (!dir)
        return dir.error();
    if (auto opened = m_services.open(*dir); !opened)
        return opened.error();
    m_window = std::make_unique<MainWindow>(m_services.catalog(), m_services.providerSettings(), m_services.dataDir(),
                                            m_services.databaseProblem());
    if (m_services.hasDatabase()) {
        m_window->setJobs(*m_services.jobs(), *m_services.jobManager(), m_services.clock(),
                          m_services.providers()->ids());
        // Pick up where the last run left off: match stored jobs with the providers, then follow them.
        m_services.jobManager()->reconcile();
        m_services.jobManager()->startPolling();
    }
    return {};
}

} // namespace gpudesk
