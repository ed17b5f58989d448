#include "Application.h"

#include "MainWindow.h"
#include "core/AppContext.h"

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
    m_dataDir = *dir;

    auto catalog = Catalog::loadBundled(Clock::system());
    if (!catalog)
        return catalog.error();
    m_catalog = std::make_unique<Catalog>(std::move(*catalog));

    if (auto opened = m_database.open(QDir(m_dataDir).filePath(AppContext::databaseFileName())); opened)
        m_providerSettings = std::make_unique<ProviderSettingsRepository>(m_database, Clock::system());
    else
        m_databaseProblem = opened.error().message;

    m_window = std::make_unique<MainWindow>(*m_catalog, m_providerSettings.get(), m_dataDir, m_databaseProblem);
    return {};
}

} // namespace gpudesk
