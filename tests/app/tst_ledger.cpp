#include "FakeProvider.h"
#include "billing/BillingRules.h"
#include "billing/Ledger.h"
#include "core/Clock.h"
#include "jobs/JobManager.h"
#include "jobs/JobRecord.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"

#include <QDir>
#include <QSignalSpy>
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

BillingRule rule(BillingRule::Granularity g, qint64 minimumSeconds = 0)
{
    BillingRule r;
    r.providerId = QStringLiteral("test");
    r.granularity = g;
    r.minimumSeconds = minimumSeconds;
    return r;
}

UsageInterval interval(const QString &provider, Money rate, const QDateTime &start, const QDateTime &end,
    const QString &job = QStringLiteral("j-1"))
{
    UsageInterval i;
    i.jobId = job;
    i.providerId = provider;
    i.gpuModel = QStringLiteral("H100 SXM");
    i.gpuCount = 8;
    i.ratePerHour = rate;
    i.startedAt = start;
    i.endedAt = end;
    i.lastCheckpointAt = end.isValid() ? end : start;
    i.simulated = BillingRules::forProvider(provider).simulated;
    return i;
}

// A data directory with a database, a job repository and a ledger, all on one ManualClock; the
// ledger can be dropped without closing anything (a crash) and built again on the same file.
struct Fixture
{
    QTemporaryDir dir;
    ManualClock clock { utc(2026, 11, 25, 10) };
    std::unique_ptr<Database> db;
    std::unique_ptr<JobRepository> jobs;
    std::unique_ptr<Ledger> ledger;

    bool open()
    {
        db = std::make_unique<Database>();
        if (!db->open(QDir(dir.path()).filePath(QStringLiteral("gpudesk.sqlite"))))
            return false;
        jobs = std::make_unique<JobRepository>(*db, clock);
        ledger = std::make_unique<Ledger>(*db, clock, jobs.get());
        return true;
    }

    // Drops everything without closing a single interval, like kill -9.
    void crash()
    {
        ledger.reset();
        jobs.reset();
        db.reset();
    }

    JobRecord launch(const QString &provider, Money rate, const QString &project = QStringLiteral("vision"))
    {
        JobRecord job;
        job.spec.name = QStringLiteral("train");
        job.spec.project = project;
        job.spec.providerId = provider;
        job.spec.gpuModel = QStringLiteral("H100 SXM");
        job.spec.gpuCount = 8;
        job.spec.nodes = 2;
        job.state = JobState::Submitting;
        job.pricePerHour = rate;
        auto created = jobs->create(job);
        if (!created)
            qFatal("create failed: %s", qPrintable(created.error().detail));
        observe(created->id);
        return *created;
    }

    void move(const QString &jobId, JobState from, JobState to)
    {
        auto moved = jobs->transition(jobId, from, to, QString(), [](JobRecord &r) {
            if (r.instanceId.isEmpty())
                r.instanceId = QStringLiteral("i-") + r.id;
        });
        if (!moved)
            qFatal("transition failed: %s", qPrintable(moved.error().message));
        observe(jobId);
    }

    void observe(const QString &jobId)
    {
        auto job = jobs->get(jobId);
        QVERIFY(job);
        QVERIFY(ledger->observe(*job));
    }

    std::vector<UsageInterval> intervalsOf(const QString &jobId)
    {
        auto rows = ledger->intervalsForJob(jobId);
        return rows ? *rows : std::vector<UsageInterval>();
    }
};

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void billedSecondsFollowTheGranularity_data()
    {
        QTest::addColumn<int>("granularity");
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<qint64>("durationMs");
        QTest::addColumn<qint64>("billed");
        const int s = int(BillingRule::Granularity::PerSecond);
        const int m = int(BillingRule::Granularity::PerMinute);
        const int h = int(BillingRule::Granularity::PerHour);
        QTest::newRow("second, exact") << s << qint64(0) << qint64(61'000) << qint64(61);
        QTest::newRow("second, a started second counts") << s << qint64(0) << qint64(61'001) << qint64(62);
        QTest::newRow("minute, rounds up") << m << qint64(0) << qint64(61'000) << qint64(120);
        QTest::newRow("minute, exact") << m << qint64(0) << qint64(120'000) << qint64(120);
        QTest::newRow("hour, one second") << h << qint64(0) << qint64(1'000) << qint64(3600);
        QTest::newRow("hour, one second past") << h << qint64(0) << qint64(3'601'000) << qint64(7200);
        QTest::newRow("minimum applies") << s << qint64(600) << qint64(30'000) << qint64(600);
        QTest::newRow("minimum exceeded") << m << qint64(600) << qint64(601'000) << qint64(660);
        QTest::newRow("nothing ran") << h << qint64(600) << qint64(0) << qint64(0);
    }
    void billedSecondsFollowTheGranularity()
    {
        QFETCH(int, granularity);
        QFETCH(qint64, minimum);
        QFETCH(qint64, durationMs);
        QFETCH(qint64, billed);
        QCOMPARE(rule(BillingRule::Granularity(granularity), minimum).billedSeconds(durationMs), billed);
    }

    void everyProviderHasADocumentedRule()
    {
        const QStringList ids = { QStringLiteral("sandbox"), QStringLiteral("lepton"), QStringLiteral("lambda"),
            QStringLiteral("runpod"), QStringLiteral("vastai"), QStringLiteral("crusoe") };
        for (const QString &id : ids) {
            const BillingRule r = BillingRules::forProvider(id);
            QCOMPARE(r.providerId, id);
            QVERIFY2(!r.source.isEmpty(), qPrintable(id));
            // Only the Sandbox is simulated; a cloud without a documented rule says it is assumed.
            QCOMPARE(r.simulated, id == QLatin1String("sandbox"));
            if (r.assumed) {
                QCOMPARE(r.granularity, BillingRule::Granularity::PerSecond);
                QVERIFY(r.source.startsWith(QLatin1String("assumed per-second")));
            }
        }
        const BillingRule unknown = BillingRules::forProvider(QStringLiteral("newcloud"));
        QVERIFY(unknown.assumed);
        QCOMPARE(unknown.granularity, BillingRule::Granularity::PerSecond);
        QCOMPARE(unknown.providerId, QStringLiteral("newcloud"));
    }

    void costIsExactInMicroDollars()
    {
        // $2.49/h for 1 h 0 min 1 s: 2.49 * 3601 / 3600 = 2.4906916… -> 2.490692 (half away from zero).
        const UsageInterval i
            = interval(QStringLiteral("lambda"), Money::fromCents(249), utc(2026, 11, 1, 0), utc(2026, 11, 1, 1, 0, 1));
        QCOMPARE(Ledger::cost(i, rule(BillingRule::Granularity::PerSecond), {}).micros(), 2'490'692);
        // Per hour rounds the started second hour up to a whole one.
        QCOMPARE(Ledger::cost(i, rule(BillingRule::Granularity::PerHour), {}), Money::fromCents(498));
        // A minimum of 10 minutes on a 2-minute run.
        const UsageInterval shortRun
            = interval(QStringLiteral("lambda"), Money::fromDollars(3), utc(2026, 11, 1, 0), utc(2026, 11, 1, 0, 2));
        QCOMPARE(Ledger::cost(shortRun, rule(BillingRule::Granularity::PerSecond, 600), {}), Money::fromCents(50));
        // No rate known: no cost, never a guess.
        UsageInterval unpriced = i;
        unpriced.ratePerHour.reset();
        QCOMPARE(Ledger::cost(unpriced, rule(BillingRule::Granularity::PerSecond), {}), Money());
    }

    void opensAndClosesOnTransitions()
    {
        Fixture f;
        QVERIFY(f.open());
        QSignalSpy changed(f.ledger.get(), &Ledger::changed);
        const QDateTime t0 = f.clock.now();
        const JobRecord job = f.launch(QStringLiteral("lambda"), Money::fromCents(360));
        QCOMPARE(changed.size(), 1);
        auto rows = f.intervalsOf(job.id);
        QCOMPARE(rows.size(), size_t(1));
        QVERIFY(rows[0].isOpen());
        QCOMPARE(rows[0].startedAt, t0);
        QCOMPARE(rows[0].providerId, QStringLiteral("lambda"));
        QCOMPARE(rows[0].project, QStringLiteral("vision"));
        QCOMPARE(rows[0].gpuCount, 8);
        QCOMPARE(rows[0].nodes, 2);
        QCOMPARE(rows[0].ratePerHour, Money::fromCents(360));
        QVERIFY(!rows[0].simulated);

        f.clock.advanceSeconds(20);
        f.move(job.id, JobState::Submitting, JobState::Running);
        rows = f.intervalsOf(job.id);
        QCOMPARE(rows.size(), size_t(1)); // still the same billable stretch
        QCOMPARE(rows[0].instanceId, QStringLiteral("i-") + job.id);

        f.clock.advanceSeconds(3580);
        f.move(job.id, JobState::Running, JobState::Stopping);
        f.clock.advanceSeconds(10);
        f.move(job.id, JobState::Stopping, JobState::Stopped);
        rows = f.intervalsOf(job.id);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].endedAt, t0.addSecs(3610));
        QCOMPARE(rows[0].endReason, QStringLiteral("stopped"));
        QCOMPARE(f.ledger->cost(rows[0], f.clock.now()), Money::fromMicros(3'610'000)); // $3.60/h = $0.001/s

        // Stopped time is not billed; starting again opens a second interval.
        f.clock.advanceSeconds(7200);
        f.move(job.id, JobState::Stopped, JobState::Running);
        f.clock.advanceSeconds(100);
        f.move(job.id, JobState::Running, JobState::Terminated);
        rows = f.intervalsOf(job.id);
        QCOMPARE(rows.size(), size_t(2));
        QCOMPARE(rows[1].startedAt, t0.addSecs(3610 + 7200));
        QCOMPARE(rows[1].endedAt, t0.addSecs(3610 + 7300));
        QCOMPARE(rows[1].endReason, QStringLiteral("terminated"));
        auto day = f.ledger->spendToday(f.clock.now());
        QVERIFY(day);
        QCOMPARE(day->cost, Money::fromMicros(3'710'000));
        QCOMPARE(day->gpuSeconds, qint64(3710) * 16);
    }

    void jobChangedSlotReadsTheRepository()
    {
        Fixture f;
        QVERIFY(f.open());
        JobRecord job;
        job.spec.providerId = QStringLiteral("sandbox");
        job.state = JobState::Submitting;
        job.pricePerHour = Money::fromDollars(2);
        auto created = f.jobs->create(job);
        QVERIFY(created);
        f.ledger->onJobChanged(created->id);
        const auto rows = f.intervalsOf(created->id);
        QCOMPARE(rows.size(), size_t(1));
        QVERIFY(rows[0].simulated);
    }

    // The wiring Services does: JobManager::jobChanged -> Ledger::onJobChanged, with a provider
    // answering asynchronously.
    void followsJobManager()
    {
        Fixture f;
        QVERIFY(f.open());
        test::FakeProvider fake(QStringLiteral("lambda"));
        Provider *provider = &fake;
        ProviderAccess access { [provider](const QString &id) { return id == provider->id() ? provider : nullptr; },
            [provider] { return QList<Provider *> { provider }; } };
        JobManager manager(*f.jobs, access, f.clock);
        QObject::connect(&manager, &JobManager::jobChanged, f.ledger.get(), &Ledger::onJobChanged);
        JobSpec spec;
        spec.name = QStringLiteral("train");
        spec.providerId = QStringLiteral("lambda");
        spec.gpuModel = QStringLiteral("H100 SXM");
        spec.gpuCount = 8;
        auto job = manager.launch(spec, Money::fromCents(2399));
        QVERIFY(job);
        QTRY_COMPARE(f.jobs->get(job->id)->state, JobState::Running);
        QTRY_VERIFY(!f.intervalsOf(job->id).empty() && !f.intervalsOf(job->id)[0].instanceId.isEmpty());
        f.clock.advanceSeconds(3600);
        manager.terminate(job->id);
        QTRY_VERIFY(!JobStates::mayBill(f.jobs->get(job->id)->state));
        const auto rows = f.intervalsOf(job->id);
        QCOMPARE(rows.size(), size_t(1));
        QVERIFY(!rows[0].isOpen());
        // The provider's answer ($2.00/h) replaced the offer's price for the whole interval.
        QCOMPARE(f.jobs->get(job->id)->pricePerHour, Money::fromDollars(2));
        QCOMPARE(f.ledger->cost(rows[0], f.clock.now()), Money::fromDollars(2));
    }

    void resumeRecoversSyncsAndCheckpoints()
    {
        Fixture f;
        QVERIFY(f.open());
        const JobRecord job = f.launch(QStringLiteral("runpod"), Money::fromDollars(1));
        f.crash();
        f.clock.advanceSeconds(300);
        QVERIFY(f.open());
        QVERIFY(f.ledger->resume());
        const auto rows = f.intervalsOf(job.id);
        QCOMPARE(rows.size(), size_t(1));
        QVERIFY(rows[0].isOpen());
        QCOMPARE(rows[0].lastCheckpointAt, f.clock.now());
        f.ledger->stopCheckpointTimer();
    }

    void checkpointMovesOpenIntervals()
    {
        Fixture f;
        QVERIFY(f.open());
        const JobRecord job = f.launch(QStringLiteral("runpod"), Money::fromDollars(1));
        f.clock.advanceSeconds(45);
        auto n = f.ledger->checkpoint(f.clock.now());
        QVERIFY(n);
        QCOMPARE(*n, 1);
        QCOMPARE(f.intervalsOf(job.id)[0].lastCheckpointAt, f.clock.now());
        // A clock stepping back never moves a checkpoint backwards.
        QVERIFY(f.ledger->checkpoint(f.clock.now().addSecs(-30)));
        QCOMPARE(f.intervalsOf(job.id)[0].lastCheckpointAt, f.clock.now());
    }

    void crashLosesAtMostOneCheckpointAndCountsNothingTwice()
    {
        Fixture f;
        QVERIFY(f.open());
        const QDateTime t0 = f.clock.now();
        const JobRecord job = f.launch(QStringLiteral("vastai"), Money::fromCents(360));
        f.move(job.id, JobState::Submitting, JobState::Running);
        for (int i = 0; i < 4; ++i) {
            f.clock.advanceSeconds(30);
            QVERIFY(f.ledger->checkpoint(f.clock.now()));
        }
        f.clock.advanceSeconds(29); // killed 29 s after the last checkpoint
        f.crash();

        f.clock.advanceSeconds(600);
        QVERIFY(f.open());
        auto recovered = f.ledger->recover(f.clock.now());
        QVERIFY(recovered);
        QCOMPARE(recovered->size(), size_t(1));
        QCOMPARE(recovered->front().endedAt, t0.addSecs(120));
        QCOMPARE(recovered->front().endReason, Ledger::recoveredReason());
        QVERIFY(f.ledger->openIntervals()->empty());
        // A second recover finds nothing left to do.
        QVERIFY(f.ledger->recover(f.clock.now())->empty());

        // The job's record says it is still running: the same interval continues (no second one).
        QVERIFY(f.ledger->sync());
        auto rows = f.intervalsOf(job.id);
        QCOMPARE(rows.size(), size_t(1));
        QVERIFY(rows[0].isOpen());
        QCOMPARE(rows[0].startedAt, t0);

        f.clock.advanceSeconds(100);
        f.move(job.id, JobState::Running, JobState::Terminated);
        rows = f.intervalsOf(job.id);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].endedAt, t0.addSecs(120 + 29 + 600 + 100));
        QCOMPARE(f.ledger->cost(rows[0], f.clock.now()), Money::fromMicros(849'000));

        // The provider says the instance really ended earlier: the interval ends there.
        QVERIFY(f.ledger->providerEnded(job.id, t0.addSecs(300)));
        QCOMPARE(f.intervalsOf(job.id)[0].endedAt, t0.addSecs(300));
    }

    void recoveredIntervalRunsToAStoredEnd()
    {
        Fixture f;
        QVERIFY(f.open());
        const QDateTime t0 = f.clock.now();
        const JobRecord job = f.launch(QStringLiteral("crusoe"), Money::fromDollars(1));
        f.clock.advanceSeconds(60);
        QVERIFY(f.ledger->checkpoint(f.clock.now()));
        f.crash();
        QVERIFY(f.open());
        QVERIFY(f.ledger->recover(f.clock.now()));
        // The job is seen to have stopped at +300 s (say, by reconcile) before any sync.
        f.clock.advanceSeconds(240);
        f.move(job.id, JobState::Submitting, JobState::Failed);
        const auto rows = f.intervalsOf(job.id);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].endedAt, t0.addSecs(300));
        QCOMPARE(rows[0].endReason, QStringLiteral("failed"));
    }

    void perHourRoundingAndMinimumCharge()
    {
        Fixture f;
        QVERIFY(f.open());
        f.ledger->setRules([](const QString &provider) {
            BillingRule r = rule(BillingRule::Granularity::PerHour, 2 * 3600);
            r.providerId = provider;
            return r;
        });
        const QDateTime t0 = f.clock.now();
        const JobRecord job = f.launch(QStringLiteral("lambda"), Money::fromCents(300));
        f.clock.advanceSeconds(5);
        f.move(job.id, JobState::Submitting, JobState::Terminated);
        const auto rows = f.intervalsOf(job.id);
        QCOMPARE(rows.size(), size_t(1));
        // 5 s billed as the 2-hour minimum.
        QCOMPARE(f.ledger->cost(rows[0], f.clock.now()), Money::fromCents(600));
        auto total = f.ledger->spend(t0, t0.addDays(1), f.clock.now());
        QVERIFY(total);
        QCOMPARE(total->cost, Money::fromCents(600));

        // 2 h 1 s: three started hours.
        const JobRecord second = f.launch(QStringLiteral("lambda"), Money::fromCents(300));
        f.clock.advanceSeconds(2 * 3600 + 1);
        f.move(second.id, JobState::Submitting, JobState::Terminated);
        QCOMPARE(f.ledger->cost(f.intervalsOf(second.id)[0], f.clock.now()), Money::fromCents(900));
    }

    void monthBoundarySplitsExactly()
    {
        Fixture f;
        QVERIFY(f.open());
        f.clock.set(utc(2026, 10, 31, 23, 30));
        const JobRecord job = f.launch(QStringLiteral("lambda"), Money::fromCents(200));
        f.clock.set(utc(2026, 11, 1, 0, 30));
        f.move(job.id, JobState::Submitting, JobState::Terminated);
        f.clock.set(utc(2026, 11, 1, 1));

        auto month = f.ledger->spendThisMonth(f.clock.now());
        QVERIFY(month);
        QCOMPARE(month->cost, Money::fromCents(100));
        auto october = f.ledger->spend(utc(2026, 10, 1), utc(2026, 11, 1), f.clock.now());
        QVERIFY(october);
        QCOMPARE(october->cost, Money::fromCents(100));

        auto days = f.ledger->totals(Ledger::GroupBy::Day, utc(2026, 10, 1), utc(2026, 12, 1), f.clock.now());
        QVERIFY(days);
        QCOMPARE(days->size(), 2);
        QCOMPARE(days->at(0).key, QStringLiteral("2026-10-31"));
        QCOMPARE(days->at(0).cost, Money::fromCents(100));
        QCOMPARE(days->at(1).key, QStringLiteral("2026-11-01"));
        QCOMPARE(days->at(1).cost, Money::fromCents(100));
    }

    void daysFollowTheTimeZoneAcrossDst()
    {
        const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
        if (!berlin.isValid())
            QSKIP("no time zone database");
        Fixture f;
        QVERIFY(f.open());
        // Sunday 25 October 2026: clocks go back, the local day has 25 hours.
        f.clock.set(QDateTime(QDate(2026, 10, 25), QTime(0, 0), berlin));
        const JobRecord job = f.launch(QStringLiteral("lambda"), Money::fromDollars(1));
        f.clock.set(QDateTime(QDate(2026, 10, 26), QTime(0, 0), berlin));
        f.move(job.id, JobState::Submitting, JobState::Terminated);
        auto days = f.ledger->totals(Ledger::GroupBy::Day, utc(2026, 10, 1), utc(2026, 11, 1), f.clock.now(), berlin);
        QVERIFY(days);
        QCOMPARE(days->size(), 1);
        QCOMPARE(days->at(0).key, QStringLiteral("2026-10-25"));
        QCOMPARE(days->at(0).cost, Money::fromDollars(25));
    }

    void totalsAgreeToTheMicroDollar()
    {
        Fixture f;
        QVERIFY(f.open());
        const QDateTime start = utc(2026, 10, 30, 7, 13, 11);
        f.clock.set(start);
        // Odd rates and odd durations, spanning days and a month boundary, real and simulated.
        const QStringList providers = { QStringLiteral("lambda"), QStringLiteral("runpod"), QStringLiteral("sandbox"),
            QStringLiteral("vastai") };
        const QStringList projects = { QStringLiteral("vision"), QString(), QStringLiteral("llm") };
        QStringList ids;
        for (int n = 0; n < 12; ++n) {
            const JobRecord job = f.launch(providers[n % providers.size()], Money::fromMicros(1'234'567 + n * 98'765),
                projects[n % projects.size()]);
            ids.append(job.id);
            f.clock.advanceSeconds(3 * 3600 + 17 * n + 1);
            if (n % 3 != 2) // a third stay open
                f.move(job.id, JobState::Submitting, JobState::Terminated);
        }
        const QDateTime now = f.clock.now();
        const QDateTime from = utc(2026, 10, 1);
        const QDateTime to = utc(2026, 12, 1);

        Money sumReal;
        Money sumSimulated;
        for (const QString &id : std::as_const(ids)) {
            for (const UsageInterval &i : f.intervalsOf(id))
                (i.simulated ? sumSimulated : sumReal) += f.ledger->cost(i, now);
        }
        auto all = f.ledger->spend(from, to, now);
        QVERIFY(all);
        QCOMPARE(all->cost, sumReal);
        QCOMPARE(all->simulatedCost, sumSimulated);
        QVERIFY(!sumSimulated.isZero());

        for (auto groupBy : { Ledger::GroupBy::Day, Ledger::GroupBy::Provider, Ledger::GroupBy::Project,
                 Ledger::GroupBy::Gpu, Ledger::GroupBy::Job }) {
            auto groups = f.ledger->totals(groupBy, from, to, now);
            QVERIFY(groups);
            Money real;
            Money simulated;
            qint64 gpuSeconds = 0;
            for (const LedgerTotal &g : std::as_const(*groups)) {
                real += g.cost;
                simulated += g.simulatedCost;
                gpuSeconds += g.gpuSeconds;
            }
            QCOMPARE(real, sumReal);
            QCOMPARE(simulated, sumSimulated);
            if (groupBy != Ledger::GroupBy::Day)
                QCOMPARE(gpuSeconds, all->gpuSeconds);
        }
        auto projects2 = f.ledger->totals(Ledger::GroupBy::Project, from, to, now);
        QCOMPARE(projects2->at(0).key, QStringLiteral("default"));

        // October and November add up to the whole.
        auto october = f.ledger->spend(from, utc(2026, 11, 1), now);
        auto november = f.ledger->spend(utc(2026, 11, 1), to, now);
        QCOMPARE(october->cost + november->cost, sumReal);
        QCOMPARE(october->simulatedCost + november->simulatedCost, sumSimulated);
    }

    void burnRateKeepsSimulatedApart()
    {
        Fixture f;
        QVERIFY(f.open());
        f.launch(QStringLiteral("lambda"), Money::fromCents(249));
        f.launch(QStringLiteral("runpod"), Money::fromCents(199));
        f.launch(QStringLiteral("sandbox"), Money::fromCents(300));
        auto rate = f.ledger->burnRate();
        QVERIFY(rate);
        QCOMPARE(rate->cost, Money::fromCents(448));
        QCOMPARE(rate->simulatedCost, Money::fromCents(300));
    }

    void unpricedJobsAreFlaggedNotZeroed()
    {
        Fixture f;
        QVERIFY(f.open());
        JobRecord job;
        job.spec.providerId = QStringLiteral("lepton"); // quote: no list price
        job.state = JobState::Submitting;
        auto created = f.jobs->create(job);
        QVERIFY(created);
        f.observe(created->id);
        f.clock.advanceSeconds(600);
        auto today = f.ledger->spendToday(f.clock.now());
        QVERIFY(today);
        QCOMPARE(today->unpricedIntervals, 1);
        QCOMPARE(f.ledger->burnRate()->unpricedIntervals, 1);
        // The price arrives later and prices the whole interval.
        QVERIFY(f.jobs->update(created->id, [](JobRecord &r) { r.pricePerHour = Money::fromDollars(6); }));
        f.observe(created->id);
        QCOMPARE(f.ledger->spendToday(f.clock.now())->cost, Money::fromDollars(1));
    }
};

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
