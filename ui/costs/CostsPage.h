#pragma once

#include "billing/BudgetMonitor.h"
#include "core/Notifier.h"
#include "reports/Report.h"

#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace gpudesk {

class Clock;
class JobCostModel;
class JobRepository;
class Ledger;
class MetricStore;
class StackedBarChart;

// The Costs page: burn rate now, spend today and this month, spend over the chosen period stacked
// by provider, project or GPU, wasted (idle GPU) dollars over time, and the cost of each job; every
// figure from one ReportBuilder over the ledger, the same one the CLI and the exporters use.
// Simulated (Sandbox) spend is shown beside real spend, hatched, never added to it.
class CostsPage : public QWidget
{
    Q_OBJECT

public:
    enum class Period {
        Today,
        ThisMonth,
        LastMonth,
        Last7Days,
        Last30Days,
    };

    CostsPage(Ledger &ledger, const MetricStore *metrics, const JobRepository *jobs, Clock &clock,
              QWidget *parent = nullptr);

    // Days and months are the user's (tests pin a zone).
    void setTimeZone(const QTimeZone &zone);
    void setPeriod(Period period);
    Period period() const;
    void setStackBy(ReportGroupBy stackBy);
    ReportGroupBy stackBy() const;
    // The period's [from, to) in the page's zone, as of the clock's now.
    std::pair<QDateTime, QDateTime> periodRange() const;

    // What the page shows now (for tests: every number on the page comes from these).
    const Report &report() const { return m_report; }
    const SpendSeries &series() const { return m_series; }
    const CostSummary &summary() const { return m_summary; }
    JobCostModel *jobModel() const { return m_jobModel; }
    StackedBarChart *spendChart() const { return m_spendChart; }
    StackedBarChart *wasteChart() const { return m_wasteChart; }

    // Budgets this month (a bar each, with the forecast), a banner for each budget past 50 %, and a
    // banner for each job notification (idle, forgotten, preempted). Either may be null.
    void setBudgets(BudgetMonitor *monitor, Notifier *notifier);
    const QList<BudgetStatus> &budgetStatuses() const { return m_budgetStatuses; }
    // The banner text for a budget (empty under 50 %).
    static QString budgetBannerText(const BudgetStatus &status);
    QStringList bannerTexts() const;

    // Shows (or, with an empty text, clears) a banner over the page, e.g. a budget warning.
    // `level`: 0 information, 1 warning, 2 the budget is spent.
    void showBanner(const QString &key, const QString &text, int level);

public Q_SLOTS:
    // Reads the ledger again (on its changes, and every 30 s while open intervals accrue).
    void refresh();
    void openExportDialog();

Q_SIGNALS:
    void refreshed();

private:
    QWidget *makeCard(const QString &name, const QString &title, QLabel **value, QLabel **detail);
    void showError(const QString &message);
    void updateCards();
    void updateBudgets();
    void showNotification(const Notification &notification);
    void updateSpendChart();
    void updateWasteChart();
    QStringList bucketLabels(QStringList *names) const;
    QString stackName(const QString &key) const;

    Ledger &m_ledger;
    const MetricStore *m_metrics;
    const JobRepository *m_jobs;
    Clock &m_clock;
    QTimeZone m_zone;
    QVBoxLayout *m_banners;
    QComboBox *m_period;
    QComboBox *m_stackBy;
    QPushButton *m_export;
    QLabel *m_burnValue = nullptr;
    QLabel *m_burnDetail = nullptr;
    QLabel *m_todayValue = nullptr;
    QLabel *m_todayDetail = nullptr;
    QLabel *m_monthValue = nullptr;
    QLabel *m_monthDetail = nullptr;
    QLabel *m_periodValue = nullptr;
    QLabel *m_periodDetail = nullptr;
    QLabel *m_periodTitle = nullptr;
    QLabel *m_status;
    StackedBarChart *m_spendChart;
    StackedBarChart *m_wasteChart;
    JobCostModel *m_jobModel;
    QTableView *m_table;
    BudgetMonitor *m_budgetMonitor = nullptr;
    QWidget *m_budgetBox = nullptr;
    QGridLayout *m_budgetGrid = nullptr;
    QList<BudgetStatus> m_budgetStatuses;
    Report m_report;
    SpendSeries m_series;
    CostSummary m_summary;
};

} // namespace gpudesk
