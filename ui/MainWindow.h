#pragma once

#include <QMainWindow>
#include <QStringList>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace gpudesk {

class Catalog;
class MarketplacePage;
class ProviderSettingsRepository;

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

private:
    void addPage(const QString &name, const QIcon &icon, const QString &label, QWidget *page);
    void showAbout();

    QListWidget *m_nav;
    QStackedWidget *m_stack;
    MarketplacePage *m_marketplace;
    QLabel *m_status;
    QStringList m_viewNames;
    QString m_dataDir;
};

} // namespace gpudesk
