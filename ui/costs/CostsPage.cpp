#include "CostsPage.h"

#include "ExportDialog.h"
#include "JobCostModel.h"
#include "billing/Ledger.h"
#include "catalog/ProviderInfo.h"
#include "charts/StackedBarChart.h"
#include "core/Clock.h"
#include "reports/ReportBuilder.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gpudesk {

namespace {

double dollars(Money m)
{
    return double(m.micros()) / 1e6;
}

QString plusSimulated(Money real, Money simulated)
{
    return simulated.isZero() ? real.toString(2)
                              : CostsPage::tr("%1 + %2 simulated").arg(real.toString(2), simulated.toString(2));
}

} // namespace

CostsPage::CostsPage(Ledger &ledger, const MetricStore *metrics, const JobRepository *jobs, Clock &clock,
                     QWidget *parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_metrics(metrics)
    , m_jobs(jobs)
    , m_clock(clock)
    , m_zone(QTimeZone::systemTimeZone())
    , m_banners(new QVBoxLayout())
    , m_period(new QComboBox(this))
    , m_stackBy(new QComboBox(this))
    , m_export(new QPushButton(tr("Export report…"), this))
    , m_status(new QLabel(this))
    , m_spendChart(new StackedBarChart(this))
    , m_wasteChart(new StackedBarChart(this))
    , m_jobModel(new JobCostModel(jobs, this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("costsPage"));
    setStyleSheet(QStringLiteral(
        // Palette roles, so the cards follow the light and dark themes.
        "QFrame#costCard { background: palette(base); border: 1px solid palette(midlight); border-radius: 8px; }"
        "QLabel#cardTitle { color: #78909c; font-weight: bold; }"
        "QLabel#cardValue { color: palette(text); }"
        "QLabel#cardDetail { color: #78909c; }"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 6);
    outer->setSpacing(8);
    m_banners->setSpacing(4);
    outer->addLayout(m_banners);

    auto *bar = new QHBoxLayout();
    m_period->setObjectName(QStringLiteral("costPeriod"));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("Last month"), int(Period::LastMonth));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_period->setCurrentIndex(1);
    m_stackBy->setObjectName(QStringLiteral("costStackBy"));
    m_stackBy->addItem(tr("Provider"), int(ReportGroupBy::Provider));
    m_stackBy->addItem(tr("Project"), int(ReportGroupBy::Project));
    m_stackBy->addItem(tr("GPU"), int(ReportGroupBy::Gpu));
    m_export->setObjectName(QStringLiteral("exportReport"));
    bar->addWidget(new QLabel(tr("Period:"), this));
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Stack spend by:"), this));
    bar->addWidget(m_stackBy);
    bar->addStretch(1);
    bar->addWidget(m_export);
    outer->addLayout(bar);
    connect(m_period, &QComboBox::activated, this, &CostsPage::refresh);
    connect(m_stackBy, &QComboBox::activated, this, &CostsPage::refresh);
    connect(m_export, &QPushButton::clicked, this, &CostsPage::openExportDialog);

    auto *cards = new QHBoxLayout();
    cards->setSpacing(10);
    cards->addWidget(makeCard(QStringLiteral("burnRate"), tr("Burn rate now"), &m_burnValue, &m_burnDetail));
    cards->addWidget(makeCard(QStringLiteral("spendToday"), tr("Today"), &m_todayValue, &m_todayDetail));
    cards->addWidget(makeCard(QStringLiteral("spendMonth"), tr("This month"), &m_monthValue, &m_monthDetail));
    QWidget *periodCard = makeCard(QStringLiteral("spendPeriod"), QString(), &m_periodValue, &m_periodDetail);
    m_periodTitle = periodCard->findChild<QLabel *>(QStringLiteral("cardTitle"));
    cards->addWidget(periodCard);
    outer->addLayout(cards);

    m_budgetBox = new QFrame(this);
    m_budgetBox->setObjectName(QStringLiteral("costCard"));
    m_budgetGrid = new QGridLayout(m_budgetBox);
    m_budgetGrid->setContentsMargins(14, 8, 14, 8);
    m_budgetGrid->setHorizontalSpacing(12);
    m_budgetGrid->setVerticalSpacing(4);
    m_budgetBox->hide();
    outer->addWidget(m_budgetBox);

    m_spendChart->setObjectName(QStringLiteral("spendChart"));
    m_spendChart->setValueFormat(QStringLiteral("$%1"), 2);
    m_spendChart->setEmptyText(tr("No spend in this period. Jobs appear here as they run; Sandbox jobs are "
                                  "shown hatched, as simulated spend."));
    m_wasteChart->setObjectName(QStringLiteral("wasteChart"));
    m_wasteChart->setTitle(tr("Wasted on idle GPUs"));
    m_wasteChart->setValueFormat(QStringLiteral("$%1"), 2);
    m_wasteChart->setEmptyText(tr("No idle GPU time measured in this period."));

    m_table->setObjectName(QStringLiteral("jobCosts"));
    m_table->setModel(m_jobModel);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<int> widths = {260, 110, 170, 90, 200, 110, 170};
    for (int c = 0; c < widths.size(); ++c)
        m_table->setColumnWidth(c, widths.at(c));

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_spendChart);
    charts->addWidget(m_wasteChart);
    charts->setStretchFactor(0, 3);
    charts->setStretchFactor(1, 2);
    charts->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts);
    auto *tableBox = new QWidget(split);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 4, 0, 0);
    auto *tableTitle = new QLabel(tr("<b>Cost per job</b>"), tableBox);
    tableLayout->addWidget(tableTitle);
    tableLayout->addWidget(m_table, 1);
    split->addWidget(tableBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({460, 300}); // the charts first: the table scrolls
    split->setChildrenCollapsible(false);
    outer->addWidget(split, 1);

    m_status->setObjectName(QStringLiteral("costsStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #607d8b;"));
    outer->addWidget(m_status);

    connect(&m_ledger, &Ledger::changed, this, &CostsPage::refresh);
    // Open intervals accrue: the figures move with the clock.
    auto *tick = new QTimer(this);
    tick->setInterval(30'000);
    connect(tick, &QTimer::timeout, this, &CostsPage::refresh);
    tick->start();
    refresh();
}

QWidget *CostsPage::makeCard(const QString &name, const QString &title, QLabel **value, QLabel **detail)
{
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("costCard"));
    card->setProperty("card", name);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    auto *t = new QLabel(title, card);
    t->setObjectName(QStringLiteral("cardTitle"));
    *value = new QLabel(card);
    (*value)->setObjectName(QStringLiteral("cardValue"));
    (*value)->setProperty("card", name);
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.9);
    big.setBold(true);
    (*value)->setFont(big);
    *detail = new QLabel(card);
    (*detail)->setObjectName(QStringLiteral("cardDetail"));
    (*detail)->setProperty("card", name);
    (*detail)->setWordWrap(true);
    layout->addWidget(t);
    layout->addWidget(*value);
    layout->addWidget(*detail);
    layout->addStretch(1);
    return card;
}

void CostsPage::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

void CostsPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
    refresh();
}

CostsPage::Period CostsPage::period() const
{
    return Period(m_period->currentData().toInt());
}

void CostsPage::setStackBy(ReportGroupBy stackBy)
{
    m_stackBy->setCurrentIndex(m_stackBy->findData(int(stackBy)));
    refresh();
}

ReportGroupBy CostsPage::stackBy() const
{
    return ReportGroupBy(m_stackBy->currentData().toInt());
}

std::pair<QDateTime, QDateTime> CostsPage::periodRange() const
{
    const QDate today = m_clock.now().toTimeZone(m_zone).date();
    switch (period()) {
    case Period::Today:
        return Report::daysPeriod(today, today, m_zone);
    case Period::ThisMonth:
        return Report::monthPeriod(today, m_zone);
    case Period::LastMonth:
        return Report::monthPeriod(QDate(today.year(), today.month(), 1).addDays(-1), m_zone);
    case Period::Last7Days:
        return Report::daysPeriod(today.addDays(-6), today, m_zone);
    case Period::Last30Days:
        break;
    }
    return Report::daysPeriod(today.addDays(-29), today, m_zone);
}

void CostsPage::refresh()
{
    const QDateTime now = m_clock.now();
    const auto [from, to] = periodRange();
    ReportBuilder builder(m_ledger, m_metrics, m_jobs);
    auto report = builder.build(from, to, ReportGroupBy::Job, now, m_zone);
    if (!report) {
        showError(report.error().message);
        return;
    }
    const SpendSeries::Bucket bucket = period() == Period::Today ? SpendSeries::Bucket::Hour : SpendSeries::Bucket::Day;
    auto series = builder.series(from, to, bucket, stackBy(), now, m_zone);
    if (!series) {
        showError(series.error().message);
        return;
    }
    auto summary = builder.summary(now, m_zone);
    if (!summary) {
        showError(summary.error().message);
        return;
    }
    m_report = *report;
    m_series = *series;
    m_summary = *summary;
    m_jobModel->setReport(m_report);
    if (m_budgetMonitor) {
        if (auto statuses = m_budgetMonitor->statuses())
            m_budgetStatuses = *statuses;
        else
            showError(statuses.error().message);
    }
    updateCards();
    updateBudgets();
    updateSpendChart();
    updateWasteChart();
    m_status->setText(tr("From the cost ledger as of %1; running jobs accrue up to now. Estimated from each "
                         "provider's rates and billing rules. Hatched: Sandbox jobs, simulated, never charged.")
                          .arg(QLocale().toString(now.toTimeZone(m_zone).time(), QStringLiteral("HH:mm:ss"))));
    Q_EMIT refreshed();
}

void CostsPage::showError(const QString &message)
{
    m_status->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(message.toHtmlEscaped()));
}

void CostsPage::updateCards()
{
    m_burnValue->setText(tr("%1/h").arg(m_summary.burnRatePerHour.toString(2)));
    QStringList burn;
    if (!m_summary.simulatedBurnRatePerHour.isZero())
        burn << tr("+ %1/h on the Sandbox (simulated)").arg(m_summary.simulatedBurnRatePerHour.toString(2));
    if (m_summary.runningUnpriced > 0)
        burn << tr("%n running job(s) without a known rate", nullptr, m_summary.runningUnpriced);
    if (burn.isEmpty())
        burn << (m_summary.burnRatePerHour.isZero() ? tr("Nothing is billing now.") : tr("Summed rate of running jobs."));
    m_burnDetail->setText(burn.join(QLatin1Char('\n')));
    m_burnValue->setStyleSheet(m_summary.burnRatePerHour.isZero() ? QString() : QStringLiteral("color: #e65100;"));

    m_todayValue->setText(m_summary.today.toString(2));
    m_todayDetail->setText(m_summary.simulatedToday.isZero()
                               ? tr("Since midnight.")
                               : tr("+ %1 on the Sandbox (simulated)").arg(m_summary.simulatedToday.toString(2)));
    m_monthValue->setText(m_summary.thisMonth.toString(2));
    QStringList month;
    month << (m_summary.simulatedThisMonth.isZero()
                  ? tr("Since the 1st.")
                  : tr("+ %1 on the Sandbox (simulated)").arg(m_summary.simulatedThisMonth.toString(2)));
    for (const BudgetStatus &b : std::as_const(m_budgetStatuses)) {
        if (b.budget.project.isEmpty() && b.budget.providerId.isEmpty())
            month << tr("%1 % of the %2 budget; forecast %3").arg(b.percent).arg(b.budget.monthly.toString(2),
                                                                                  b.monthEndForecast.toString(2));
    }
    m_monthDetail->setText(month.join(QLatin1Char('\n')));

    m_periodTitle->setText(m_period->currentText() + QStringLiteral(" · ") + m_report.periodText());
    m_periodValue->setText(m_report.total.estimated.toString(2));
    QStringList detail;
    if (!m_report.total.simulated.isZero())
        detail << tr("+ %1 on the Sandbox (simulated)").arg(m_report.total.simulated.toString(2));
    detail << tr("%1 GPU-hours, %2 wasted on idle GPUs")
                  .arg(QLocale().toString(m_report.total.gpuHours(), 'f', 1), plusSimulated(m_report.total.wasted,
                                                                                           m_report.total.wastedSimulated));
    m_periodDetail->setText(detail.join(QLatin1Char('\n')));
}

QStringList CostsPage::bucketLabels(QStringList *names) const
{
    QStringList labels;
    const bool hours = m_series.bucket == SpendSeries::Bucket::Hour;
    const bool oneMonth = !m_series.bucketStarts.isEmpty()
                          && m_series.bucketStarts.constFirst().toTimeZone(m_zone).date().month()
                                 == m_series.bucketStarts.constLast().toTimeZone(m_zone).date().month();
    for (const QDateTime &start : m_series.bucketStarts) {
        const QDateTime local = start.toTimeZone(m_zone);
        if (hours) {
            labels << local.toString(QStringLiteral("HH"));
            *names << QLocale().toString(local, QStringLiteral("ddd d MMM, HH:00"));
        } else {
            labels << (oneMonth ? QString::number(local.date().day()) : local.toString(QStringLiteral("M/d")));
            *names << QLocale().toString(local.date(), QStringLiteral("ddd d MMM yyyy"));
        }
    }
    return labels;
}

QString CostsPage::stackName(const QString &key) const
{
    if (m_series.stackBy == ReportGroupBy::Provider) {
        if (const ProviderInfo *p = ProviderDirectory::byId(key))
            return p->displayName;
    }
    return key;
}

void CostsPage::updateSpendChart()
{
    const QString by = m_stackBy->currentText().toLower();
    m_spendChart->setTitle(m_series.bucket == SpendSeries::Bucket::Hour ? tr("Spend per hour by %1").arg(by)
                                                                        : tr("Spend per day by %1").arg(by));
    QStringList names;
    const QStringList labels = bucketLabels(&names);
    const qsizetype buckets = labels.size();
    QList<StackedBarChart::Stack> stacks;
    QList<Money> real(buckets), simulated(buckets);
    for (qsizetype k = 0; k < m_series.keys.size(); ++k) {
        for (int pass = 0; pass < 2; ++pass) {
            const QList<Money> &values = pass == 0 ? m_series.estimated.at(k) : m_series.simulated.at(k);
            StackedBarChart::Stack stack;
            stack.name = pass == 0 ? stackName(m_series.keys.at(k))
                                   : tr("%1 (simulated)").arg(stackName(m_series.keys.at(k)));
            stack.color = ChartWidget::paletteColor(int(k));
            stack.hatched = pass == 1;
            bool any = false;
            for (qsizetype b = 0; b < buckets; ++b) {
                const Money v = b < values.size() ? values.at(b) : Money();
                any = any || !v.isZero();
                stack.values << dollars(v);
                stack.texts << v.toString(2);
                (pass == 0 ? real : simulated)[b] += v;
            }
            if (any)
                stacks << stack;
        }
    }
    QStringList totals;
    for (qsizetype b = 0; b < buckets; ++b)
        totals << plusSimulated(real.at(b), simulated.at(b));
    m_spendChart->setData(labels, names, stacks, totals);
}

void CostsPage::updateWasteChart()
{
    QStringList names;
    const QStringList labels = bucketLabels(&names);
    StackedBarChart::Stack real{tr("Idle GPUs"), QColor(0xbf, 0x36, 0x0c), {}, {}, false};
    StackedBarChart::Stack simulated{tr("Idle GPUs, Sandbox (simulated)"), QColor(0xbf, 0x36, 0x0c), {}, {}, true};
    QStringList totals;
    for (qsizetype b = 0; b < labels.size(); ++b) {
        const Money r = b < m_series.wasted.size() ? m_series.wasted.at(b) : Money();
        const Money s = b < m_series.wastedSimulated.size() ? m_series.wastedSimulated.at(b) : Money();
        real.values << dollars(r);
        real.texts << r.toString(2);
        simulated.values << dollars(s);
        simulated.texts << s.toString(2);
        totals << plusSimulated(r, s);
    }
    QList<StackedBarChart::Stack> stacks;
    if (std::any_of(real.values.cbegin(), real.values.cend(), [](double v) { return v != 0.0; }))
        stacks << real;
    if (std::any_of(simulated.values.cbegin(), simulated.values.cend(), [](double v) { return v != 0.0; }))
        stacks << simulated;
    m_wasteChart->setData(labels, names, stacks, totals);
}

void CostsPage::setBudgets(BudgetMonitor *monitor, Notifier *notifier)
{
    m_budgetMonitor = monitor;
    if (monitor)
        connect(monitor, &BudgetMonitor::alerted, this, &CostsPage::refresh);
    if (notifier) {
        connect(notifier, &Notifier::notified, this, &CostsPage::showNotification);
        for (const Notification &n : notifier->recent())
            showNotification(n);
    }
    refresh();
}

QString CostsPage::budgetBannerText(const BudgetStatus &status)
{
    if (status.percent < 50)
        return {};
    const QString scope = status.budget.scopeText();
    const QString spent = status.spent.toString(2);
    const QString monthly = status.budget.monthly.toString(2);
    if (status.percent >= 100)
        return status.budget.autoStop
                   ? tr("<b>Budget spent</b> for %1: %2 of %3 this month (%4 %). Its running jobs are stopped.")
                         .arg(scope, spent, monthly)
                         .arg(status.percent)
                   : tr("<b>Budget spent</b> for %1: %2 of %3 this month (%4 %). Jobs keep running until you stop "
                        "them.")
                         .arg(scope, spent, monthly)
                         .arg(status.percent);
    if (status.runsOutAt)
        return tr("<b>%1 % of the budget</b> for %2 spent: %3 of %4. At the current rate it runs out on %5.")
            .arg(status.percent)
            .arg(scope, spent, monthly,
                 QLocale().toString(status.runsOutAt->toLocalTime(), QStringLiteral("ddd d MMM, HH:mm")));
    return tr("<b>%1 % of the budget</b> for %2 spent: %3 of %4; forecast for the month: %5.")
        .arg(status.percent)
        .arg(scope, spent, monthly, status.monthEndForecast.toString(2));
}

QStringList CostsPage::bannerTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_banners->count(); ++i) {
        if (auto *l = qobject_cast<QLabel *>(m_banners->itemAt(i)->widget()))
            texts << l->text();
    }
    return texts;
}

void CostsPage::updateBudgets()
{
    while (QLayoutItem *item = m_budgetGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_budgetBox->setVisible(!m_budgetStatuses.isEmpty());
    int row = 0;
    for (const BudgetStatus &status : std::as_const(m_budgetStatuses)) {
        auto *scope = new QLabel(tr("Budget, %1").arg(status.budget.scopeText()), m_budgetBox);
        scope->setObjectName(QStringLiteral("cardTitle"));
        auto *bar = new QProgressBar(m_budgetBox);
        bar->setObjectName(QStringLiteral("budgetBar"));
        bar->setRange(0, 100);
        bar->setValue(std::min(status.percent, 100));
        bar->setFormat(tr("%1 %").arg(status.percent));
        bar->setFixedHeight(16);
        const char *colour = status.percent >= 100 ? "#c62828" : status.percent >= 80 ? "#ef6c00" : "#26a69a";
        bar->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid #cfd8dc; border-radius: 3px; "
                                          "background: #eceff1; text-align: center; }"
                                          "QProgressBar::chunk { background: %1; }")
                               .arg(QLatin1String(colour)));
        QString text = tr("%1 of %2 this month; forecast for the month %3")
                           .arg(status.spent.toString(2), status.budget.monthly.toString(2),
                                status.monthEndForecast.toString(2));
        if (status.runsOutAt)
            text = tr("%1 of %2 this month; forecast %3, runs out %4")
                       .arg(status.spent.toString(2), status.budget.monthly.toString(2),
                            status.monthEndForecast.toString(2),
                            QLocale().toString(status.runsOutAt->toLocalTime(), QStringLiteral("ddd d MMM, HH:mm")));
        if (status.budget.autoStop)
            text = tr("%1 · stops its jobs at 100 %").arg(text);
        auto *detail = new QLabel(text, m_budgetBox);
        detail->setObjectName(QStringLiteral("budgetDetail"));
        m_budgetGrid->addWidget(scope, row, 0);
        m_budgetGrid->addWidget(bar, row, 1);
        m_budgetGrid->addWidget(detail, row, 2);
        showBanner(QStringLiteral("budget-%1").arg(status.budget.id), budgetBannerText(status),
                   status.percent >= 100 ? 2 : status.percent >= 80 ? 1 : 0);
        ++row;
    }
    m_budgetGrid->setColumnStretch(1, 1);
    m_budgetGrid->setColumnStretch(2, 2);
}

void CostsPage::showNotification(const Notification &n)
{
    switch (n.kind) {
    case Notification::Kind::BudgetThreshold:
    case Notification::Kind::BudgetStop:
        refresh(); // the budget's own banner says it, from its status
        return;
    case Notification::Kind::IdleWarning:
    case Notification::Kind::IdleStop:
    case Notification::Kind::ForgottenInstance:
    case Notification::Kind::Preemption:
        break;
    }
    const int level = n.severity == Notification::Severity::Critical ? 2
                      : n.severity == Notification::Severity::Warning ? 1
                                                                       : 0;
    showBanner(QStringLiteral("job-%1").arg(n.jobId),
               QStringLiteral("<b>%1</b>: %2").arg(n.title.toHtmlEscaped(), n.message.toHtmlEscaped()), level);
}

void CostsPage::showBanner(const QString &key, const QString &text, int level)
{
    QLabel *banner = nullptr;
    for (int i = 0; i < m_banners->count(); ++i) {
        auto *l = qobject_cast<QLabel *>(m_banners->itemAt(i)->widget());
        if (l && l->property("bannerKey").toString() == key)
            banner = l;
    }
    if (text.isEmpty()) {
        if (banner) {
            m_banners->removeWidget(banner);
            banner->hide();
            banner->deleteLater();
        }
        return;
    }
    if (!banner) {
        banner = new QLabel(this);
        banner->setObjectName(QStringLiteral("costBanner"));
        banner->setProperty("bannerKey", key);
        banner->setWordWrap(true);
        m_banners->addWidget(banner);
    }
    static const char *styles[] = {"background: #e3f2fd; color: #0d47a1; border: 1px solid #90caf9;",
                                   "background: #fff3e0; color: #4e342e; border: 1px solid #ef6c00;",
                                   "background: #ffebee; color: #b71c1c; border: 1px solid #c62828;"};
    banner->setStyleSheet(QString::fromLatin1(styles[std::clamp(level, 0, 2)])
                          + QStringLiteral(" border-radius: 6px; padding: 8px;"));
    banner->setText(text);
}

void CostsPage::openExportDialog()
{
    const auto [from, to] = periodRange();
    ExportDialog dialog(m_ledger, m_metrics, m_jobs, m_clock, m_zone, this);
    dialog.setPeriod(from.toTimeZone(m_zone).date(), to.toTimeZone(m_zone).addMSecs(-1).date());
    dialog.exec();
}

} // namespace gpudesk
