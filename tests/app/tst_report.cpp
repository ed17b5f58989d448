#include "billing/Ledger.h"
#include "billing/LedgerRepository.h"
#include "core/Clock.h"
#include "metrics/MetricStore.h"
#include "reports/Report.h"
#include "reports/ReportBuilder.h"
#include "storage/Database.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace gpudesk;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

Money dollars(const char *text)
{
    return *Money::parse(QString::fromLatin1(text));
}

BillingRule perSecond(const QString &provider)
{
    BillingRule r;
    r.providerId = provider;
    r.simulated = provider == QStringLiteral("sandbox");
    return r;
}

UsageInterval interval(const QString &job, const QString &provider, const char *rate, const QDateTime &start,
    const QDateTime &end, int gpus = 8, const QString &project = QString(), const QString &gpu = QStringLiteral("H100 SXM"))
{
    UsageInterval i;
    i.jobId = job;
    i.providerId = provider;
    i.project = project;
    i.gpuModel = gpu;
    i.gpuCount = gpus;
    if (rate)
        i.ratePerHour = dollars(rate);
    i.startedAt = start;
    i.endedAt = end;
    i.lastCheckpointAt = end.isValid() ? end : start;
    i.simulated = provider == QStringLiteral("sandbox");
    return i;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { utc(2026, 12, 15) };
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<MetricStore> m_metrics;

    void add(const UsageInterval &i)
    {
        LedgerRepository repo(*m_db);
        QVERIFY(repo.insert(i));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(QDir(m_dir.path()).filePath(QStringLiteral("r-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())))));
        m_ledger = std::make_unique<Ledger>(*m_db, m_clock);
        m_ledger->setRules(&perSecond);
        m_metrics = std::make_unique<MetricStore>(*m_db);
    }

    void cleanup()
    {
        m_metrics.reset();
        m_ledger.reset();
        m_db.reset();
    }

    // An interval across the month boundary: each month gets the part it ran in, and the parts
    // add up to the interval's whole cost.
    void clipsAtMonthBoundary()
    {
        add(interval(QStringLiteral("j-1"), QStringLiteral("lambda"), "3.333333", utc(2026, 10, 31, 22, 0, 7),
            utc(2026, 11, 1, 2, 13, 11)));
        ReportBuilder builder(*m_ledger);
        const QTimeZone zone = QTimeZone::utc();
        auto [octFrom, octTo] = Report::monthPeriod(QDate(2026, 10, 5), zone);
        auto [novFrom, novTo] = Report::monthPeriod(QDate(2026, 11, 5), zone);
        QCOMPARE(octTo, novFrom);
        auto oct = builder.build(octFrom, octTo, ReportGroupBy::Provider, m_clock.now(), zone);
        auto nov = builder.build(novFrom, novTo, ReportGroupBy::Provider, m_clock.now(), zone);
        QVERIFY(oct && nov);
        QCOMPARE(oct->rows.size(), 1);
        QCOMPARE(nov->rows.size(), 1);
        const UsageInterval whole = m_ledger->intervals(octFrom, novTo)->front();
        QCOMPARE(oct->total.estimated + nov->total.estimated, m_ledger->cost(whole, m_clock.now()));
        // 1:59:53 in October, 2:13:11 in November at 8 GPUs.
        QCOMPARE(oct->total.gpuSeconds, qint64(8 * (3600 + 59 * 60 + 53)));
        QCOMPARE(nov->total.gpuSeconds, qint64(8 * (2 * 3600 + 13 * 60 + 11)));
        QVERIFY(oct->total.estimated < nov->total.estimated);
        // A report of both months has the same total as the two apart.
        auto both = builder.build(octFrom, novTo, ReportGroupBy::Day, m_clock.now(), zone);
        QVERIFY(both);
        QCOMPARE(both->rows.size(), 2);
        QCOMPARE(both->rows.at(0).key, QStringLiteral("2026-10-31"));
        QCOMPARE(both->rows.at(1).key, QStringLiteral("2026-11-01"));
        QCOMPARE(both->total.estimated, oct->total.estimated + nov->total.estimated);
        QCOMPARE(both->periodText(), QStringLiteral("2026-10-01 to 2026-11-30"));
    }

    // Days are local days: across the autumn DST change in Berlin the day is 25 hours long, in
    // spring 23; an interval from local midnight to local midnight is one row in either.
    void dayGroupingFollowsDst()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY(berlin.isValid());
        // 2026-10-25 00:00 CEST = 10-24 22:00 UTC; 10-26 00:00 CET = 10-25 23:00 UTC.
        add(interval(QStringLiteral("j-autumn"), QStringLiteral("lambda"), "1", utc(2026, 10, 24, 22),
            utc(2026, 10, 25, 23), 1));
        // 2026-03-29 00:00 CET = 03-28 23:00 UTC; 03-30 00:00 CEST = 03-29 22:00 UTC.
        add(interval(QStringLiteral("j-spring"), QStringLiteral("lambda"), "1", utc(2026, 3, 28, 23),
            utc(2026, 3, 29, 22), 1));
        ReportBuilder builder(*m_ledger);
        auto autumn = Report::daysPeriod(QDate(2026, 10, 24), QDate(2026, 10, 26), berlin);
        auto r = builder.build(autumn.first, autumn.second, ReportGroupBy::Day, m_clock.now(), berlin);
        QVERIFY(r);
        QCOMPARE(r->rows.size(), 1);
        QCOMPARE(r->rows.at(0).key, QStringLiteral("2026-10-25"));
        QCOMPARE(r->rows.at(0).gpuSeconds, qint64(25 * 3600));
        QCOMPARE(r->rows.at(0).estimated, Money::fromDollars(25));
        auto spring = Report::daysPeriod(QDate(2026, 3, 28), QDate(2026, 3, 30), berlin);
        r = builder.build(spring.first, spring.second, ReportGroupBy::Day, m_clock.now(), berlin);
        QVERIFY(r);
        QCOMPARE(r->rows.size(), 1);
        QCOMPARE(r->rows.at(0).key, QStringLiteral("2026-03-29"));
        QCOMPARE(r->rows.at(0).gpuSeconds, qint64(23 * 3600));
        QCOMPARE(r->rows.at(0).estimated, Money::fromDollars(23));
        // In UTC the same autumn interval spans two days.
        r = builder.build(utc(2026, 10, 24), utc(2026, 10, 27), ReportGroupBy::Day, m_clock.now(), QTimeZone::utc());
        QVERIFY(r);
        QCOMPARE(r->rows.size(), 2);
        QCOMPARE(r->rows.at(0).estimated, Money::fromDollars(2));
        QCOMPARE(r->rows.at(1).estimated, Money::fromDollars(23));
    }

    // Every grouping has the same total, equal to the ledger's own spend; Sandbox is simulated;
    // an unpriced interval is counted, not priced at zero silently; an open interval runs to now.
    void groupingsAgree()
    {
        m_clock.set(utc(2026, 11, 20, 12));
        add(interval(QStringLiteral("j-a"), QStringLiteral("lambda"), "23.92", utc(2026, 11, 2, 9), utc(2026, 11, 2, 17),
            8, QStringLiteral("vision")));
        add(interval(QStringLiteral("j-b"), QStringLiteral("runpod"), "2.69", utc(2026, 11, 3, 23, 30), utc(2026, 11, 4, 1),
            1, QStringLiteral("nlp"), QStringLiteral("H100 PCIe")));
        add(interval(QStringLiteral("j-c"), QStringLiteral("sandbox"), "1.5", utc(2026, 11, 5, 10), utc(2026, 11, 5, 11),
            2, QString(), QStringLiteral("A100 80GB")));
        add(interval(QStringLiteral("j-d"), QStringLiteral("vast"), nullptr, utc(2026, 11, 6, 10), utc(2026, 11, 6, 11), 1));
        add(interval(QStringLiteral("j-e"), QStringLiteral("lambda"), "10", utc(2026, 11, 20, 10), QDateTime(), 1,
            QStringLiteral("vision")));
        ReportBuilder builder(*m_ledger);
        auto [from, to] = Report::monthPeriod(QDate(2026, 11, 1), QTimeZone::utc());
        auto spend = m_ledger->spend(from, to, m_clock.now());
        QVERIFY(spend);
        QCOMPARE(spend->cost, dollars("191.36") + dollars("4.035") + Money::fromDollars(20));
        for (ReportGroupBy g : { ReportGroupBy::Day, ReportGroupBy::Provider, ReportGroupBy::Project,
                 ReportGroupBy::Gpu, ReportGroupBy::Job }) {
            auto r = builder.build(from, to, g, m_clock.now(), QTimeZone::utc());
            QVERIFY(r);
            QCOMPARE(r->total.estimated, spend->cost);
            QCOMPARE(r->total.simulated, Money::fromDollars(3).dividedBy(2));
            QCOMPARE(r->total.unpricedIntervals, 1);
            ReportRow sum;
            for (const ReportRow &row : r->rows)
                sum.accumulate(row);
            QCOMPARE(sum, r->total);
        }
        auto byProject = builder.build(from, to, ReportGroupBy::Project, m_clock.now(), QTimeZone::utc());
        QStringList keys;
        for (const ReportRow &row : byProject->rows)
            keys << row.key;
        QCOMPARE(keys, (QStringList { QStringLiteral("default"), QStringLiteral("nlp"), QStringLiteral("vision") }));
        auto byProvider = builder.build(from, to, ReportGroupBy::Provider, m_clock.now(), QTimeZone::utc());
        const ReportRow sandbox = byProvider->rows.at(2);
        QCOMPARE(sandbox.key, QStringLiteral("sandbox"));
        QCOMPARE(sandbox.billedText(true), QStringLiteral("simulated"));
        QCOMPARE(byProvider->rows.at(0).billedText(true), QStringLiteral("not imported"));
        auto byDay = builder.build(from, to, ReportGroupBy::Day, m_clock.now(), QTimeZone::utc());
        // The runpod interval crosses midnight: 30 min on the 3rd, 60 on the 4th.
        QCOMPARE(byDay->rows.at(1).key, QStringLiteral("2026-11-03"));
        QCOMPARE(byDay->rows.at(1).estimated, dollars("1.345"));
        QCOMPARE(byDay->rows.at(2).estimated, dollars("2.69"));
        QCOMPARE(byDay->rows.last().key, QStringLiteral("2026-11-20"));
        QCOMPARE(byDay->rows.last().estimated, Money::fromDollars(20));
    }

    // Idle minutes measured by the sampler become wasted GPU time and dollars of the job's interval.
    void wasteFromIdleSamples()
    {
        add(interval(QStringLiteral("j-idle"), QStringLiteral("lambda"), "8", utc(2026, 11, 2, 9), utc(2026, 11, 2, 11), 4));
        add(interval(QStringLiteral("j-sim"), QStringLiteral("sandbox"), "2", utc(2026, 11, 2, 9), utc(2026, 11, 2, 10), 1));
        QList<GpuSample> samples;
        auto sample = [&](const QString &job, int gpu, const QDateTime &at, int util) {
            GpuSample s;
            s.jobId = job;
            s.at = at;
            s.reading.index = gpu;
            s.reading.name = QStringLiteral("NVIDIA H100");
            s.reading.utilizationPercent = util;
            samples.append(s);
        };
        // j-idle: from 10:00 for 30 minutes GPUs 0 and 1 idle, GPU 2 busy, GPU 3 idle but one busy sample
        // in its first minute; j-sim: 10 idle minutes.
        for (int sec = 0; sec < 30 * 60; sec += 10) {
            const QDateTime at = utc(2026, 11, 2, 10).addSecs(sec);
            sample(QStringLiteral("j-idle"), 0, at, 0);
            sample(QStringLiteral("j-idle"), 1, at, 3);
            sample(QStringLiteral("j-idle"), 2, at, 97);
            sample(QStringLiteral("j-idle"), 3, at, sec == 20 ? 50 : 1);
        }
        for (int sec = 0; sec < 10 * 60; sec += 10)
            sample(QStringLiteral("j-sim"), 0, utc(2026, 11, 2, 9, 40).addSecs(sec), 0);
        QVERIFY(m_metrics->insert(samples));
        ReportBuilder builder(*m_ledger, m_metrics.get());
        auto [from, to] = Report::monthPeriod(QDate(2026, 11, 1), QTimeZone::utc());
        auto r = builder.build(from, to, ReportGroupBy::Job, m_clock.now(), QTimeZone::utc());
        QVERIFY(r);
        QCOMPARE(r->rows.size(), 2);
        const ReportRow idle = r->rows.at(0);
        QCOMPARE(idle.key, QStringLiteral("j-idle"));
        QCOMPARE(idle.idleGpuSeconds, qint64((30 + 30 + 29) * 60));
        // $8/h for 4 GPUs = $2 per GPU-hour; 89 GPU-minutes.
        QCOMPARE(idle.wasted, Money::fromDollars(2).scaled(89, 60));
        QCOMPARE(idle.wastedSimulated, Money());
        const ReportRow sim = r->rows.at(1);
        QCOMPARE(sim.idleGpuSeconds, qint64(600));
        QCOMPARE(sim.wastedSimulated, Money::fromDollars(2).scaled(10, 60));
        QCOMPARE(r->total.wasted, idle.wasted);
        // A higher threshold counts GPU 2's busy samples still busy, and GPU 3's 50 % idle too.
        builder.setIdleThresholdPercent(60);
        r = builder.build(from, to, ReportGroupBy::Job, m_clock.now(), QTimeZone::utc());
        QCOMPARE(r->rows.at(0).idleGpuSeconds, qint64(90 * 60));
        // Clipped to the period: a report ending at 10:15 holds 15 idle minutes of each idle GPU.
        builder.setIdleThresholdPercent(5);
        r = builder.build(from, utc(2026, 11, 2, 10, 15), ReportGroupBy::Job, m_clock.now(), QTimeZone::utc());
        QCOMPARE(r->rows.at(0).idleGpuSeconds, qint64((15 + 15 + 14) * 60));
    }

    // The chart series: hourly and daily buckets stacked by provider add up to the report's total.
    void seriesAddsUpToReport()
    {
        add(interval(QStringLiteral("j-a"), QStringLiteral("lambda"), "7", utc(2026, 11, 2, 9, 20), utc(2026, 11, 2, 13, 5)));
        add(interval(QStringLiteral("j-b"), QStringLiteral("runpod"), "3", utc(2026, 11, 2, 12), utc(2026, 11, 3, 2)));
        ReportBuilder builder(*m_ledger);
        const QDateTime from = utc(2026, 11, 2);
        const QDateTime to = utc(2026, 11, 4);
        auto r = builder.build(from, to, ReportGroupBy::Provider, m_clock.now(), QTimeZone::utc());
        for (auto bucket : { SpendSeries::Bucket::Hour, SpendSeries::Bucket::Day }) {
            auto s = builder.series(from, to, bucket, ReportGroupBy::Provider, m_clock.now(), QTimeZone::utc());
            QVERIFY(s);
            QCOMPARE(s->bucketStarts.size(), bucket == SpendSeries::Bucket::Hour ? 48 : 2);
            QCOMPARE(s->keys, (QStringList { QStringLiteral("lambda"), QStringLiteral("runpod") }));
            for (int k = 0; k < 2; ++k) {
                Money sum;
                for (Money m : s->estimated.at(k))
                    sum += m;
                QCOMPARE(sum, r->rows.at(k).estimated);
            }
        }
        auto hourly = builder.series(from, to, SpendSeries::Bucket::Hour, ReportGroupBy::Provider, m_clock.now(),
            QTimeZone::utc());
        QCOMPARE(hourly->estimated.at(0).at(9), dollars("7").scaled(40, 60));
        QCOMPARE(hourly->estimated.at(0).at(10), Money::fromDollars(7));
        QCOMPARE(hourly->estimated.at(1).at(11), Money());
    }

    void summaryNow()
    {
        m_clock.set(utc(2026, 11, 20, 12));
        add(interval(QStringLiteral("j-run"), QStringLiteral("lambda"), "10", utc(2026, 11, 19, 22), QDateTime(), 1));
        add(interval(QStringLiteral("j-sim"), QStringLiteral("sandbox"), "2", utc(2026, 11, 20, 11), QDateTime(), 1));
        add(interval(QStringLiteral("j-old"), QStringLiteral("lambda"), "1", utc(2026, 11, 1, 0), utc(2026, 11, 1, 5), 1));
        ReportBuilder builder(*m_ledger);
        auto s = builder.summary(m_clock.now(), QTimeZone::utc());
        QVERIFY(s);
        QCOMPARE(s->burnRatePerHour, Money::fromDollars(10));
        QCOMPARE(s->simulatedBurnRatePerHour, Money::fromDollars(2));
        QCOMPARE(s->today, Money::fromDollars(120));
        QCOMPARE(s->simulatedToday, Money::fromDollars(2));
        QCOMPARE(s->thisMonth, Money::fromDollars(140 + 5));
    }

    void groupByKeys()
    {
        for (ReportGroupBy g : { ReportGroupBy::Day, ReportGroupBy::Provider, ReportGroupBy::Project,
                 ReportGroupBy::Gpu, ReportGroupBy::Job })
            QCOMPARE(Report::parseGroupBy(Report::groupByKey(g)), g);
        QCOMPARE(Report::parseGroupBy(QStringLiteral("week")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
