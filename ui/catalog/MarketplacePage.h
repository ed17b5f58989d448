#pragma once

#include "catalog/OfferQuery.h"
#include "catalog/Recommender.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextBrowser;
class QTimer;

namespace gpudesk {

class Catalog;
class OfferTableModel;
class ProviderSettingsRepository;

// Providers and GPU offers side by side: filter panel, offers table with price provenance,
// details of the selected offer with its GPU's specs, and task-based recommendations.
class MarketplacePage : public QWidget
{
    Q_OBJECT

public:
    // `providerSettings` may be null (no database): provider switches then last for the session only.
    MarketplacePage(const Catalog &catalog, ProviderSettingsRepository *providerSettings, QWidget *parent = nullptr);

    OfferQuery currentQuery() const;
    std::optional<Task> currentTask() const;
    OfferTableModel *model() const { return m_model; }
    int selectedOfferIndex() const;

    // Runs the query now instead of after the typing pause.
    void refresh();
    // Filters used by tests and the command palette.
    void setGpuFilter(const QString &text);
    void setSearchText(const QString &text);
    void setTask(std::optional<Task> task);
    // Providers whose offers can be launched from here ("Launch on this offer…").
    void setLaunchableProviders(const QStringList &providerIds);
    // The catalog's offers changed (live prices arrived): recount, re-run the query.
    void catalogChanged();
    // "Refresh prices": busy while the providers are asked; then one line per provider.
    void setRefreshing(bool refreshing);
    void showRefreshOutcome(const QStringList &lines, bool anyProblem);

Q_SIGNALS:
    void resultsChanged(int shown, int total);
    void errorOccurred(const QString &message);
    void launchRequested(int offerIndex);
    void refreshRequested();

private:
    QWidget *createFilterPanel();
    QWidget *createResultsArea();
    void populateProviders();
    void populateGpuFamilies();
    void scheduleRefresh();
    void onProviderToggled(QListWidgetItem *item);
    void showDetails();
    void sortByColumn(int column);

    const Catalog &m_catalog;
    ProviderSettingsRepository *m_providerSettings;
    OfferTableModel *m_model;
    QTimer *m_refreshTimer;

    QLineEdit *m_search = nullptr;
    QComboBox *m_task = nullptr;
    QComboBox *m_sort = nullptr;
    QLabel *m_summary = nullptr;
    QListWidget *m_providers = nullptr;
    QListWidget *m_gpuFamilies = nullptr;
    QLineEdit *m_gpuText = nullptr;
    QSpinBox *m_minGpus = nullptr;
    QSpinBox *m_minMemory = nullptr;
    QLineEdit *m_maxPrice = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_billing = nullptr;
    QCheckBox *m_includeSandbox = nullptr;
    QCheckBox *m_includeQuotes = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_priceError = nullptr;
    QPushButton *m_launch = nullptr;
    QPushButton *m_refreshPrices = nullptr;
    QLabel *m_refreshOutcome = nullptr;
    QStringList m_launchable;
};

} // namespace gpudesk
