// The Costs page offscreen over a real ledger: a temp data dir (real SQLite), jobs moved through
// their states in the JobRepository while a ManualClock walks through November, every change
// observed by the Ledger (the intervals the app writes), utilization samples through MetricStore.
// Every number the page shows must be the Report's (built independently here with the same
// ReportBuilder), the charts' stacks must add up to the spend series, the page follows the ledger
// live, and the Export dialog writes the same totals. Also renders costs.png.

#include "DemoData.h"
#include "billing/BudgetMonitor.h"
#include "billing/BudgetRepository.h"
#include "core/Notifier.h"
#include "costs/CostsTray.h"
#include "MainWindow.h"
#include "charts/StackedBarChart.h"
#include "core/AppContext.h"
#include "costs/CostsPage.h"
#include "costs/ExportDialog.h"
#include "costs/JobCostModel.h"
#include "providers/ProviderRegistry.h"
#include "reports/ReportBuilder.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace gpudesk;
using namespace gpudesk::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 25), QTime(15, 0), QTimeZone::utc());

QDateTime day(int d, int hour)
{
    return QDateTime(QDate(2026, 11, d), QTime(hour, 0), QTimeZone::utc());
}

QString cardText(const QWidget &page, const QString &objectName, const QString &card)
{
    for (QLabel *l : page.findChildren<QLabel *>(objectName)) {
        if (l->property("card").toString() == card)
            return l->text();
    }
    return QStringLiteral("<no %1 %2>").arg(objectName, card);
}

} // namespace

class TestCosts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{kNow};
    std::unique_ptr<Services> m_services;
    QList<DemoJob> m_jobs;

    Report buildReport(const CostsPage &page, ReportGroupBy groupBy) const
    {
        const auto [from, to] = page.periodRange();
        ReportBuilder builder(*m_services->ledger(), m_services->metrics(), m_services->jobs());
        auto r = builder.build(from, to, groupBy, m_clock.now(), QTimeZone::utc());
        return r ? *r : Report();
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_services = std::make_unique<Services>(m_clock);
        QVERIFY(m_services->open(m_dir.path()).ok());
        const auto h = [](int hours) { return qint64(hours) * 3600; };
        m_jobs = {
            {QStringLiteral("llama-70b-pretrain"), QStringLiteral("llm"), QStringLiteral("lambda"),
             QStringLiteral("H100 SXM"), 8, Money::fromCents(2392), day(3, 9), h(30), 90, {{h(20), h(23)}}, {}},
            {QStringLiteral("vit-sweep-a"), QStringLiteral("vision"), QStringLiteral("runpod"),
             QStringLiteral("A100 SXM"), 4, Money::fromCents(716), day(6, 14), h(50), 70, {{h(10), h(16)}}, {}},
            {QStringLiteral("vllm-serve"), QStringLiteral("inference"), QStringLiteral("vastai"),
             QStringLiteral("RTX 4090"), 2, Money::fromCents(78), day(9, 8), h(9 * 24), 35, {{h(30), h(40)}}, {}},
            {QStringLiteral("llama-70b-sft"), QStringLiteral("llm"), QStringLiteral("lambda"),
             QStringLiteral("H100 SXM"), 8, Money::fromCents(2392), day(14, 10), h(20), 92, {}, {}},
            {QStringLiteral("diffusion-finetune"), QStringLiteral("vision"), QStringLiteral("crusoe"),
             QStringLiteral("H100 SXM"), 4, Money::fromCents(1580), day(19, 12), h(26), 80, {{h(18), h(26)}}, {}},
            {QStringLiteral("notebook"), QString(), QStringLiteral("sandbox"), QStringLiteral("H100 SXM"), 1,
             Money::fromCents(249), day(22, 9), h(7), 20, {{h(2), h(6)}}, {}},
            {QStringLiteral("eval-harness"), QStringLiteral("llm"), QStringLiteral("runpod"),
             QStringLiteral("A100 SXM"), 2, Money::fromCents(358), day(24, 20), 0, 75, {{h(5), h(8)}}, {}},
            {QStringLiteral("llama-70b-dpo"), QStringLiteral("llm"), QStringLiteral("lambda"),
             QStringLiteral("H100 SXM"), 8, Money::fromCents(2392), day(25, 6), 0, 88, {}, {}},
        };
        QString error;
        QVERIFY2(writeDemo(*m_services, m_clock, m_jobs, kNow, &error, 60), qPrintable(error));
        // Budgets as `gpudesk-cli budget set` stores them: the month for everything, and the llm project.
        m_services->budgetMonitor()->setTimeZone(QTimeZone::utc());
        Budget all;
        all.monthly = Money::fromDollars(4000);
        QVERIFY(m_services->budgets()->set(all).ok());
        Budget llm;
        llm.monthly = Money::fromDollars(1500);
        llm.project = QStringLiteral("llm");
        QVERIFY(m_services->budgets()->set(llm).ok());
    }

    CostsPage *newPage()
    {
        auto *page = new CostsPage(*m_services->ledger(), m_services->metrics(), m_services->jobs(), m_clock);
        page->setTimeZone(QTimeZone::utc());
        page->setBudgets(m_services->budgetMonitor(), m_services->notifier());
        return page;
    }

    void everyNumberIsTheReports()
    {
        CostsPage page(*m_services->ledger(), m_services->metrics(), m_services->jobs(), m_clock);
        page.setTimeZone(QTimeZone::utc());
        page.resize(1270, 820);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.period(), CostsPage::Period::ThisMonth);

        const Report report = buildReport(page, ReportGroupBy::Job);
        QCOMPARE(page.report(), report);
        QCOMPARE(report.rows.size(), m_jobs.size());
        QVERIFY(!report.total.estimated.isZero());
        QVERIFY(!report.total.simulated.isZero()); // the Sandbox notebook
        QVERIFY(!report.total.wasted.isZero()); // idle stretches were measured

        ReportBuilder builder(*m_services->ledger(), m_services->metrics(), m_services->jobs());
        auto summary = builder.summary(m_clock.now(), QTimeZone::utc());
        QVERIFY(summary.ok());
        QCOMPARE(page.summary(), *summary);
        // Two jobs run now: 8 x H100 at $23.92/h and 2 x A100 at $3.58/h.
        QCOMPARE(summary->burnRatePerHour, Money::fromCents(2392 + 358));
        QCOMPARE(cardText(page, QStringLiteral("cardValue"), QStringLiteral("burnRate")), QStringLiteral("$27.50/h"));
        QCOMPARE(cardText(page, QStringLiteral("cardValue"), QStringLiteral("spendToday")), summary->today.toString(2));
        QCOMPARE(cardText(page, QStringLiteral("cardValue"), QStringLiteral("spendMonth")),
                 summary->thisMonth.toString(2));
        QCOMPARE(cardText(page, QStringLiteral("cardValue"), QStringLiteral("spendPeriod")),
                 report.total.estimated.toString(2));
        QVERIFY(cardText(page, QStringLiteral("cardDetail"), QStringLiteral("spendPeriod"))
                    .contains(report.total.wasted.toString(2)));
        QVERIFY(cardText(page, QStringLiteral("cardDetail"), QStringLiteral("spendPeriod"))
                    .contains(report.total.simulated.toString(2)));
        // Month to date and the period "this month" are the same figures.
        QCOMPARE(summary->thisMonth, report.total.estimated);

        // The table: one row per job, most expensive first, each figure the report's row.
        JobCostModel *model = page.jobModel();
        QCOMPARE(model->rowCount(), int(report.rows.size()));
        Money shown;
        for (int r = 0; r < model->rowCount(); ++r) {
            const ReportRow &row = model->rowAt(r);
            const auto it = std::find_if(report.rows.cbegin(), report.rows.cend(),
                                         [&row](const ReportRow &x) { return x.key == row.key; });
            QVERIFY(it != report.rows.cend());
            QCOMPARE(row, *it);
            QCOMPARE(model->index(r, JobCostModel::CostColumn).data().toString(), JobCostModel::costText(*it));
            QCOMPARE(model->index(r, JobCostModel::WastedColumn).data().toString(), JobCostModel::wastedText(*it));
            QCOMPARE(model->index(r, JobCostModel::GpuHoursColumn).data().toString(),
                     QLocale().toString(it->gpuHours(), 'f', 2));
            if (r > 0)
                QVERIFY(model->rowAt(r - 1).cost() >= row.cost());
            shown += row.estimated;
        }
        QCOMPARE(shown, report.total.estimated);
        const int top = 0;
        QCOMPARE(model->index(top, JobCostModel::ProviderColumn).data().toString(), QStringLiteral("Lambda"));
        QVERIFY(model->index(top, JobCostModel::JobColumn).data().toString().startsWith(QStringLiteral("llama-70b")));
    }

    void screenshot()
    {
        MainWindow window(m_services->catalog(), m_services->providerSettings(), m_services->dataDir());
        window.setJobs(*m_services->jobs(), *m_services->jobManager(), m_clock, m_services->providers()->ids());
        CostsPage *page = newPage();
        window.setCostsPage(page);
        window.showView(QStringLiteral("costs"));
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(page->isVisible());
        QTest::qWait(200);
        QVERIFY(window.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/costs.png")));
    }

    void chartsAddUpToTheSeries()
    {
        CostsPage page(*m_services->ledger(), m_services->metrics(), m_services->jobs(), m_clock);
        page.setTimeZone(QTimeZone::utc());
        page.resize(1270, 820);
        const SpendSeries &series = page.series();
        QCOMPARE(series.bucket, SpendSeries::Bucket::Day);
        QCOMPARE(series.bucketStarts.size(), 30); // November
        StackedBarChart *chart = page.spendChart();
        QCOMPARE(chart->categoryCount(), 30);
        // Each provider's real spend, then the Sandbox's simulated spend as its own hatched stack.
        QStringList names;
        for (const auto &s : chart->stacks())
            names << s.name;
        QCOMPARE(names, (QStringList{QStringLiteral("Crusoe"), QStringLiteral("Lambda"), QStringLiteral("RunPod"),
                                     QStringLiteral("Sandbox (simulated)"), QStringLiteral("Vast.ai")}));
        const int lambda = int(series.keys.indexOf(QStringLiteral("lambda")));
        QVERIFY(lambda >= 0);
        Money lambdaTotal;
        for (int b = 0; b < 30; ++b) {
            lambdaTotal += series.estimated.at(lambda).at(b);
            QCOMPARE(chart->stacks().at(1).texts.at(b), series.estimated.at(lambda).at(b).toString(2));
        }
        // 3 Nov: the first pretraining day, 09:00-24:00 at $23.92/h.
        QCOMPARE(series.estimated.at(lambda).at(2), Money::fromCents(2392) * 15);
        QVERIFY(chart->hoverText(1, 2).contains(QStringLiteral("Lambda: $358.80")));
        QVERIFY(!lambdaTotal.isZero());
        // The waste chart: real and simulated idle spend per day.
        Money wasted;
        for (const Money &m : series.wasted)
            wasted += m;
        QCOMPARE(wasted, page.report().total.wasted);

        page.setStackBy(ReportGroupBy::Gpu);
        names.clear();
        for (const auto &s : page.spendChart()->stacks())
            names << s.name;
        QCOMPARE(names, (QStringList{QStringLiteral("A100 SXM"), QStringLiteral("H100 SXM"),
                                     QStringLiteral("H100 SXM (simulated)"), QStringLiteral("RTX 4090")}));

        page.setPeriod(CostsPage::Period::Today);
        QCOMPARE(page.series().bucket, SpendSeries::Bucket::Hour);
        QCOMPARE(page.spendChart()->categoryCount(), 24);
        QCOMPARE(page.report().total.estimated, page.summary().today);
    }

    void followsTheLedger()
    {
        CostsPage page(*m_services->ledger(), m_services->metrics(), m_services->jobs(), m_clock);
        page.setTimeZone(QTimeZone::utc());
        QSignalSpy refreshed(&page, &CostsPage::refreshed);
        const Money before = page.summary().burnRatePerHour;
        // A new job starts: the ledger opens its interval and the page shows the new burn rate.
        m_clock.advanceSeconds(60);
        JobRecord job;
        job.spec.name = QStringLiteral("quick-check");
        job.spec.gpuModel = QStringLiteral("L40S");
        job.spec.gpuCount = 1;
        job.providerId = QStringLiteral("crusoe");
        job.state = JobState::Submitting;
        job.pricePerHour = Money::fromCents(145);
        auto created = m_services->jobs()->create(job);
        QVERIFY(created.ok());
        QVERIFY(m_services->ledger()->observe(*created).ok());
        QVERIFY(refreshed.count() >= 1);
        QCOMPARE(page.summary().burnRatePerHour, before + Money::fromCents(145));
        QCOMPARE(cardText(page, QStringLiteral("cardValue"), QStringLiteral("burnRate")),
                 (before + Money::fromCents(145)).toString(2) + QStringLiteral("/h"));
        auto ended = m_services->jobs()->transition(created->id, JobState::Submitting, JobState::Terminated, QString());
        QVERIFY(ended.ok());
        QVERIFY(m_services->ledger()->observe(*ended).ok());
        QCOMPARE(page.summary().burnRatePerHour, before);
    }

    void budgetsAndBanners()
    {
        std::unique_ptr<CostsPage> page(newPage());
        auto statuses = m_services->budgetMonitor()->statuses();
        QVERIFY(statuses.ok());
        QCOMPARE(statuses->size(), 2);
        QCOMPARE(page->budgetStatuses(), *statuses);
        QCOMPARE(page->findChildren<QProgressBar *>(QStringLiteral("budgetBar")).size(), 2);
        // Each budget past 50 % has its banner, in the status's own figures.
        const QStringList banners = page->bannerTexts();
        int expected = 0;
        for (const BudgetStatus &s : std::as_const(*statuses)) {
            QVERIFY(s.percent >= 50);
            ++expected;
            QVERIFY2(banners.contains(CostsPage::budgetBannerText(s)), qPrintable(banners.join(QLatin1Char('\n'))));
            QVERIFY(CostsPage::budgetBannerText(s).contains(s.spent.toString(2)));
        }
        QCOMPARE(banners.size(), expected);
        // The month card names the all-jobs budget and its forecast.
        const BudgetStatus &all = statuses->at(0).budget.project.isEmpty() ? statuses->at(0) : statuses->at(1);
        QVERIFY(cardText(*page, QStringLiteral("cardDetail"), QStringLiteral("spendMonth"))
                    .contains(all.monthEndForecast.toString(2)));

        // An idle job stopped: its notification becomes a banner, and the tray (none offscreen) counts it.
        CostsTray tray(*m_services->ledger(), m_services->notifier(), page.get());
        QVERIFY(!tray.hasIcon() || QSystemTrayIcon::isSystemTrayAvailable());
        QCOMPARE(tray.toolTipText(), QStringLiteral("GPU Desk: 2 jobs billing, $27.50/h"));
        Notification n;
        n.kind = Notification::Kind::IdleStop;
        n.severity = Notification::Severity::Warning;
        n.at = m_clock.now();
        n.title = QStringLiteral("Idle job stopped");
        n.message = QStringLiteral("eval-harness: its GPUs stayed under 5 % for 30 minutes.");
        n.jobId = m_jobs.at(6).id;
        m_services->notifier()->notify(n);
        QCOMPARE(tray.shownCount(), 1);
        QVERIFY(page->bannerTexts().contains(QStringLiteral("<b>Idle job stopped</b>: eval-harness: its GPUs stayed under 5 % for 30 minutes.")));

        // Below 50 % a budget has no banner.
        Budget big;
        big.monthly = Money::fromDollars(100'000);
        QVERIFY(m_services->budgets()->set(big).ok());
        page->refresh();
        QCOMPARE(page->bannerTexts().size(), 2); // llm and the idle job
        big.monthly = Money::fromDollars(4000);
        QVERIFY(m_services->budgets()->set(big).ok());
    }

    void exportWritesTheSameTotals()
    {
        CostsPage page(*m_services->ledger(), m_services->metrics(), m_services->jobs(), m_clock);
        page.setTimeZone(QTimeZone::utc());
        const Report shown = buildReport(page, ReportGroupBy::Provider);
        ExportDialog dialog(*m_services->ledger(), m_services->metrics(), m_services->jobs(), m_clock, QTimeZone::utc());
        dialog.setPeriod(QDate(2026, 11, 1), QDate(2026, 11, 30));
        dialog.setGroupBy(ReportGroupBy::Provider);
        const QString csv = m_dir.filePath(QStringLiteral("november.csv"));
        dialog.setPath(csv);
        dialog.setFormat(ReportExporter::Format::Csv);
        auto written = dialog.exportNow();
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(written->total, shown.total);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("provider,label,")));
        QVERIFY2(text.contains(QStringLiteral("TOTAL,,") ) && text.contains(shown.total.estimated.toDecimalString()),
                 qPrintable(text));

        // The format picks the file's suffix; PDF is a real PDF.
        dialog.setFormat(ReportExporter::Format::Pdf);
        QCOMPARE(dialog.path(), m_dir.filePath(QStringLiteral("november.pdf")));
        QVERIFY(dialog.exportNow().ok());
        QFile pdf(dialog.path());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

        // A period that ends before it starts is refused in words.
        dialog.setPeriod(QDate(2026, 11, 30), QDate(2026, 11, 1));
        QVERIFY(!dialog.exportNow().ok());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("exportResult"))->text().contains(QStringLiteral("after")));
    }
};

QTEST_MAIN(TestCosts)
#include "tst_costs.moc"
