#pragma once

#include "services/Services.h"

#include <QString>

#include <memory>

namespace gpudesk {

class CostsTray;
class MainWindow;
class OfferRefresh;
class SandboxSettings;

// What the desktop app holds for its lifetime: data dir, database, catalog, main window.
// Kept apart from main() so UI tests build the same window the user sees.
class Application
{
public:
    struct Options
    {
        QString dataDir;     // from --data-dir (empty: GPUDESK_DATA_DIR or the platform default)
        QString language;    // from --lang (empty: system)
    };

    Application();
    ~Application();

    // Errors are returned for the caller to show; a database problem is not fatal (see databaseProblem()).
    // start() = openServices() + createWindow(); main() runs the first-run assistant between the two,
    // so the window is built in the language the user just chose.
    Result<void> start(const Options &options);
    Result<void> openServices(const Options &options);
    void createWindow();
    // "Try the Sandbox": launches a dev pod on the cheapest one-GPU Sandbox offer and opens its
    // terminal once it runs. Returns the job id, or an error to show.
    Result<QString> trySandbox();

    MainWindow *window() const { return m_window.get(); }
    const Catalog &catalog() const { return m_services.catalog(); }
    QString dataDir() const { return m_services.dataDir(); }
    QString databaseProblem() const { return m_services.databaseProblem(); }
    Services &services() { return m_services; }
    // Fetches live offers from every active provider with a key and shows the outcome in the Marketplace.
    void refreshOffers(const QStringList &providerIds = {});

private:
    Services m_services;
    std::unique_ptr<OfferRefresh> m_refresh;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SandboxSettings> m_sandboxSettings;
    std::unique_ptr<CostsTray> m_tray;
};

} // namespace gpudesk
