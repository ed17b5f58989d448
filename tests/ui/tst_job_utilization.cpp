// Jobs → Utilization: the selected job's GPUs over time from a real MetricStore (SQLite in a temp
// data dir, samples written through MetricStore::insert and the job through the JobRepository and
// Ledger): each chart shows exactly the store's figures at the resolution chosen for its width, the
// hover names exact stored values, and the live tail adds what the Sampler stores (its exec seam
// answering in nvidia-smi's query format) without a reload. Also renders job-utilization.png.

#include "DemoData.h"
#include "MainWindow.h"
#include "charts/TimeSeriesChart.h"
#include "core/AppContext.h"
#include "jobs/JobUtilizationView.h"
#include "jobs/JobsPage.h"
#include "metrics/NvidiaSmiParser.h"
#include "metrics/Sampler.h"
#include "providers/ProviderRegistry.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace gpudesk;
using namespace gpudesk::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 25), QTime(15, 0), QTimeZone::utc());

QByteArray answer(int utilization)
{
    QByteArray out;
    for (int g = 0; g < 8; ++g)
        out += QByteArray::number(g) + ", NVIDIA H100 80GB HBM3, " + QByteArray::number(utilization) + ", 70123, 81559, "
               + QByteArray::number(300 + g) + ".25, 61\n";
    return out;
}

} // namespace

class TestJobUtilization : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{kNow};
    std::unique_ptr<Services> m_services;
    QList<DemoJob> m_jobs;

    const DemoJob &job() const { return m_jobs.constFirst(); }

private Q_SLOTS:
    void initTestCase()
    {
        AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        m_services = std::make_unique<Services>(m_clock);
        QVERIFY(m_services->open(m_dir.path()).ok());
        QVERIFY(m_services->hasDatabase());
        m_jobs = {
            {QStringLiteral("llama-70b-finetune"), QStringLiteral("llm"), QStringLiteral("lambda"),
             QStringLiteral("H100 SXM"), 8, Money::fromCents(2392), kNow.addSecs(-20 * 3600), 0, 88,
             {{6 * 3600, 7 * 3600 + 1800}, {15 * 3600, 15 * 3600 + 1200}}, {}},
            // Earlier, finished jobs: the Jobs view's table as a user would see it.
            {QStringLiteral("llama-70b-sft"), QStringLiteral("llm"), QStringLiteral("lambda"), QStringLiteral("H100 SXM"),
             8, Money::fromCents(2392), kNow.addDays(-3), 9 * 3600, 90, {}, {}},
            {QStringLiteral("vit-sweep-a"), QStringLiteral("vision"), QStringLiteral("runpod"), QStringLiteral("A100 SXM"),
             4, Money::fromCents(716), kNow.addDays(-2), 6 * 3600, 70, {}, {}},
            {QStringLiteral("vllm-serve"), QStringLiteral("inference"), QStringLiteral("vastai"),
             QStringLiteral("RTX 4090"), 2, Money::fromCents(78), kNow.addDays(-1), 5 * 3600, 40, {}, {}},
        };
        QString error;
        QVERIFY2(writeDemo(*m_services, m_clock, m_jobs, kNow, &error, 10), qPrintable(error));
    }

    void chartsShowTheStoresFigures()
    {
        JobUtilizationView view(*m_services->metrics(), m_clock);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setJob(job().id, job().start, QDateTime(), false);
        // 20 hours on charts ~500 px wide: hourly rollups.
        QCOMPARE(view.resolution(), MetricStore::Resolution::Hour);
        auto points = m_services->metrics()->series(job().id, job().start.addSecs(-600), kNow.addSecs(1),
                                                     MetricStore::Resolution::Hour);
        QVERIFY(points.ok());
        QVERIFY(points->size() >= 8 * 20);
        TimeSeriesChart *util = view.chart(JobUtilizationView::Metric::Utilization);
        QCOMPARE(util->series().size(), 8);
        for (int g = 0; g < 8; ++g) {
            QList<QPointF> expected;
            QList<QPointF> ranges;
            for (const MetricPoint &p : std::as_const(*points)) {
                if (p.gpuIndex == g) {
                    expected.append(QPointF(double(p.at.toMSecsSinceEpoch()), *p.utilizationPercent.avg));
                    ranges.append(QPointF(double(*p.utilizationPercent.min), double(*p.utilizationPercent.max)));
                }
            }
            QCOMPARE(util->series().at(g).name, QStringLiteral("GPU %1").arg(g));
            QCOMPARE(util->series().at(g).points, expected);
            QCOMPARE(util->series().at(g).ranges, ranges);
        }
        // Memory in GiB and power in W, from MiB and centiwatts.
        const MetricPoint &first = points->constFirst();
        const auto &mem = view.chart(JobUtilizationView::Metric::Memory)->series().constFirst().points.constFirst();
        QCOMPARE(mem.y(), *first.memoryUsedMiB.avg / 1024.0);
        const auto &power = view.chart(JobUtilizationView::Metric::Power)->series().constFirst().points.constFirst();
        QCOMPARE(power.y(), *first.powerCentiWatts.avg / 100.0);

        // Hovering the hour of the idle stretch shows its exact average, minimum and maximum.
        const MetricPoint *idleHour = nullptr;
        for (const MetricPoint &p : std::as_const(*points)) {
            if (p.gpuIndex == 0 && p.at == job().start.addSecs(7 * 3600))
                idleHour = &p;
        }
        QVERIFY(idleHour);
        const QString text = util->hoverText(idleHour->at.toMSecsSinceEpoch() + 60'000);
        const QString expected = QStringLiteral("GPU 0: %1 % (min %2 %, max %3 %)")
                                     .arg(QLocale().toString(*idleHour->utilizationPercent.avg, 'f', 0))
                                     .arg(*idleHour->utilizationPercent.min)
                                     .arg(*idleHour->utilizationPercent.max);
        QVERIFY2(text.contains(expected), qPrintable(text + QStringLiteral(" / ") + expected));
        QCOMPARE(*idleHour->utilizationPercent.min, 0);

        // The last hour: every raw sample, no ranges.
        view.setWindow(3600);
        QCOMPARE(view.resolution(), MetricStore::Resolution::Raw);
        auto raw = m_services->metrics()->samples(job().id, kNow.addSecs(-3600), kNow.addSecs(1));
        QVERIFY(raw.ok());
        QList<QPointF> gpu3;
        for (const GpuSample &s : std::as_const(*raw)) {
            if (s.reading.index == 3)
                gpu3.append(QPointF(double(s.at.toMSecsSinceEpoch()), double(*s.reading.temperatureC)));
        }
        QCOMPARE(view.chart(JobUtilizationView::Metric::Temperature)->series().at(3).points, gpu3);
        QVERIFY(view.chart(JobUtilizationView::Metric::Temperature)->series().at(3).ranges.isEmpty());
    }

    void jobsViewHasTheUtilizationTab()
    {
        const QDateTime shotTime = kNow.addSecs(30);
        m_clock.set(shotTime);
        MainWindow window(m_services->catalog(), m_services->providerSettings(), m_services->dataDir());
        window.setJobs(*m_services->jobs(), *m_services->jobManager(), m_clock, m_services->providers()->ids());
        window.jobsPage()->setMetrics(*m_services->metrics(), m_services->sampler());
        window.showView(QStringLiteral("jobs"));
        window.jobsPage()->selectJob(job().id);
        window.jobsPage()->showDetailsTab(1);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        JobUtilizationView *view = window.jobsPage()->utilizationView();
        QVERIFY(view && view->isVisible());
        QCOMPARE(view->jobId(), job().id);
        view->setWindow(6 * 3600);
        QCOMPARE(view->resolution(), MetricStore::Resolution::Minute);
        QTest::qWait(200);
        QVERIFY(view->chart(JobUtilizationView::Metric::Utilization)->displayedPointCount() > 0);
        window.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/job-utilization.png"));
    }

    void liveTailAddsNewSamples()
    {
        JobUtilizationView view(*m_services->metrics(), m_clock);
        int utilization = 42;
        bool fail = false;
        Sampler sampler(*m_services->metrics(), m_clock,
                        [&](const QString &, const QString &command, Sampler::ExecReply reply) {
                            QCOMPARE(command, NvidiaSmiParser::command());
                            if (fail)
                                reply(makeError(Error::Kind::Network, QStringLiteral("The SSH connection dropped.")));
                            else
                                reply(answer(utilization));
                        });
        sampler.setJobSource([this] { return QStringList{job().id}; });
        view.setSampler(&sampler);
        view.resize(1200, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setJob(job().id, job().start, QDateTime(), false);
        view.setWindow(3600);
        QCOMPARE(view.resolution(), MetricStore::Resolution::Raw);
        TimeSeriesChart *util = view.chart(JobUtilizationView::Metric::Utilization);
        const qsizetype before = util->series().at(0).points.size();

        m_clock.advanceSeconds(10);
        sampler.sampleNow();
        QCOMPARE(util->series().at(0).points.size(), before + 1);
        QCOMPARE(qint64(util->series().at(0).points.constLast().x()), m_clock.now().toMSecsSinceEpoch());
        QCOMPARE(util->series().at(0).points.constLast().y(), 42.0);
        QCOMPARE(view.chart(JobUtilizationView::Metric::Power)->series().at(5).points.constLast().y(), 305.25);
        QCOMPARE(util->timeTo(), m_clock.now());
        auto status = view.findChild<QLabel *>(QStringLiteral("utilizationStatus"));
        QVERIFY(status->text().contains(QStringLiteral("Live")));

        // A failed sample is a gap with a reason, never a zero.
        fail = true;
        m_clock.advanceSeconds(10);
        sampler.sampleNow();
        QCOMPARE(util->series().at(0).points.size(), before + 1);
        QVERIFY(status->text().contains(QStringLiteral("The SSH connection dropped.")));

        // Whole job (hourly): the current hour's bucket is re-read and replaced as it grows.
        fail = false;
        view.setWindow(0);
        QCOMPARE(view.resolution(), MetricStore::Resolution::Hour);
        const qsizetype buckets = util->series().at(0).points.size();
        utilization = 100;
        m_clock.advanceSeconds(10);
        sampler.sampleNow();
        QCOMPARE(util->series().at(0).points.size(), buckets);
        auto hour = m_services->metrics()->series(job().id, kNow, kNow.addSecs(3600), MetricStore::Resolution::Hour);
        QVERIFY(hour.ok());
        QCOMPARE(util->series().at(0).points.constLast().y(), *hour->constFirst().utilizationPercent.avg);
        QCOMPARE(util->series().at(0).ranges.constLast().y(), 100.0);
    }
};

QTEST_MAIN(TestJobUtilization)
#include "tst_job_utilization.moc"
