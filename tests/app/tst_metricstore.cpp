#include "core/Clock.h"
#include "metrics/IdleDetector.h"
#include "metrics/MetricStore.h"
#include "metrics/NvidiaSmiParser.h"
#include "metrics/Sampler.h"
#include "storage/Database.h"

#include <QDir>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace gpudesk;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::utc());

GpuSample sample(
    const QString &job, int gpu, qint64 offsetSeconds, std::optional<int> util, std::optional<int> centiWatts = 30000)
{
    GpuSample s;
    s.jobId = job;
    s.at = kT0.addSecs(offsetSeconds);
    s.reading.index = gpu;
    s.reading.name = QStringLiteral("NVIDIA H100 80GB HBM3");
    s.reading.utilizationPercent = util;
    s.reading.memoryUsedMiB = 1000 + gpu;
    s.reading.memoryTotalMiB = 81559;
    s.reading.powerCentiWatts = centiWatts;
    s.reading.temperatureC = 40;
    return s;
}

// Stands in for SSH: records each call and answers when told to (or at once).
struct FakeExec
{
    struct Call
    {
        QString jobId;
        QString command;
        Sampler::ExecReply reply;
    };
    QList<Call> calls;
    std::function<std::optional<Result<QByteArray>>(const QString &jobId)> immediate;

    Sampler::Exec exec()
    {
        return [this](const QString &jobId, const QString &command, Sampler::ExecReply reply) {
            if (immediate) {
                if (auto answer = immediate(jobId)) {
                    reply(*answer);
                    return;
                }
            }
            calls.append({ jobId, command, std::move(reply) });
        };
    }
};

QByteArray twoGpus(int util0, int util1)
{
    return QStringLiteral("0, NVIDIA H100 SXM (simulated), %1, 100, 81559, 120.50, 35\n"
                          "1, NVIDIA H100 SXM (simulated), %2, 100, 81559, [N/A], 36\n")
        .arg(util0)
        .arg(util1)
        .toUtf8();
}

GpuSample utilSample(int gpu, qint64 offsetSeconds, std::optional<int> util)
{
    GpuSample s;
    s.jobId = QStringLiteral("j-1");
    s.at = kT0.addSecs(offsetSeconds);
    s.reading.index = gpu;
    s.reading.utilizationPercent = util;
    return s;
}

} // namespace

class TestMetricStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MetricStore> m_store;

private Q_SLOTS:
    void init()
    {
        m_store.reset();
        m_db = std::make_unique<Database>();
        QFile::remove(QDir(m_dir.path()).filePath(QStringLiteral("m.sqlite")));
        QVERIFY(m_db->open(QDir(m_dir.path()).filePath(QStringLiteral("m.sqlite"))));
        m_store = std::make_unique<MetricStore>(*m_db);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void storesAndReadsRawSamples()
    {
        QList<GpuSample> batch;
        for (int gpu = 0; gpu < 2; ++gpu)
            batch << sample(QStringLiteral("j-1"), gpu, 0, 10 * gpu) << sample(QStringLiteral("j-1"), gpu, 10, 50);
        batch << sample(QStringLiteral("j-2"), 0, 0, 99);
        auto n = m_store->insert(batch);
        QVERIFY(n);
        QCOMPARE(*n, 5);
        // The same second again is ignored (and not counted twice in the rollups).
        QCOMPARE(*m_store->insert({ sample(QStringLiteral("j-1"), 0, 0, 77) }), 0);

        auto raw = m_store->samples(QStringLiteral("j-1"), kT0, kT0.addSecs(60));
        QVERIFY(raw);
        QCOMPARE(raw->size(), 4);
        QCOMPARE(raw->at(0), sample(QStringLiteral("j-1"), 0, 0, 0));
        QCOMPARE(raw->at(1), sample(QStringLiteral("j-1"), 1, 0, 10));
        QCOMPARE(raw->at(3), sample(QStringLiteral("j-1"), 1, 10, 50));
        // [from, to): the end is excluded.
        QCOMPARE(m_store->samples(QStringLiteral("j-1"), kT0, kT0.addSecs(10))->size(), 2);

        auto latest = m_store->latest(QStringLiteral("j-1"));
        QVERIFY(latest);
        QCOMPARE(latest->size(), 2);
        QCOMPARE(latest->at(1), sample(QStringLiteral("j-1"), 1, 10, 50));
    }

    void rollupsHoldMinMaxAvgAndSkipUnreadable()
    {
        const QString job = QStringLiteral("j-1");
        // Minute 0: 10, 20, [N/A], 60 -> min 10, max 60, avg 30 over 3; power missing once.
        QVERIFY(m_store->insert({ sample(job, 0, 0, 10), sample(job, 0, 10, 20, std::nullopt) }));
        QVERIFY(m_store->insert({ sample(job, 0, 20, std::nullopt), sample(job, 0, 30, 60) }));
        // Minute 1 (a separate batch: rollups merge across inserts).
        QVERIFY(m_store->insert({ sample(job, 0, 60, 100), sample(job, 0, 70, 0) }));

        auto minutes = m_store->series(job, kT0, kT0.addSecs(3600), MetricStore::Resolution::Minute);
        QVERIFY(minutes);
        QCOMPARE(minutes->size(), 2);
        const MetricPoint &m0 = minutes->at(0);
        QCOMPARE(m0.at, kT0);
        QCOMPARE(m0.utilizationPercent, (MetricPoint::Stat { 10, 60, 30.0, 3 }));
        QCOMPARE(m0.powerCentiWatts, (MetricPoint::Stat { 30000, 30000, 30000.0, 3 }));
        QCOMPARE(m0.memoryTotalMiB, std::optional<qint64>(81559));
        QCOMPARE(minutes->at(1).utilizationPercent, (MetricPoint::Stat { 0, 100, 50.0, 2 }));

        auto hours = m_store->series(job, kT0, kT0.addDays(1), MetricStore::Resolution::Hour);
        QVERIFY(hours);
        QCOMPARE(hours->size(), 1);
        QCOMPARE(hours->at(0).utilizationPercent, (MetricPoint::Stat { 0, 100, 38.0, 5 }));
        QCOMPARE(hours->at(0).temperatureC, (MetricPoint::Stat { 40, 40, 40.0, 6 }));

        auto raw = m_store->series(job, kT0, kT0.addSecs(3600), MetricStore::Resolution::Raw);
        QVERIFY(raw);
        QCOMPARE(raw->size(), 6);
        QCOMPARE(raw->at(2).utilizationPercent, MetricPoint::Stat {}); // the [N/A] stays absent
    }

    void aWholeMonthRollsUpToHours()
    {
        // 8 GPUs, a sample every 10 s for 2 days, in hourly batches.
        const QString job = QStringLiteral("j-month");
        for (int hour = 0; hour < 48; ++hour) {
            QList<GpuSample> batch;
            for (int s = 0; s < 360; ++s) {
                for (int gpu = 0; gpu < 8; ++gpu)
                    batch.append(sample(job, gpu, hour * 3600 + s * 10, (s + gpu) % 101));
            }
            auto n = m_store->insert(batch);
            QVERIFY(n);
            QCOMPARE(*n, 360 * 8);
        }
        auto hours = m_store->series(job, kT0, kT0.addDays(30), MetricStore::Resolution::Hour);
        QVERIFY(hours);
        QCOMPARE(hours->size(), 48 * 8);
        for (const MetricPoint &p : std::as_const(*hours))
            QCOMPARE(p.utilizationPercent.count, 360);
        auto minutes = m_store->series(job, kT0, kT0.addDays(30), MetricStore::Resolution::Minute);
        QCOMPARE(minutes->size(), 48 * 60 * 8);
    }

    // New samples are folded into the rollups in memory; a batch that repeats stored samples has its
    // rollups recomputed from the stored rows. Both must give the same figures.
    void mergedAndRecomputedRollupsAgree()
    {
        QList<GpuSample> previous;
        for (int batch = 0; batch < 30; ++batch) {
            QList<GpuSample> fresh;
            QList<GpuSample> repeated = previous;
            for (int i = 0; i < 9; ++i) {
                const qint64 t = batch * 90 + i * 10;
                for (int gpu = 0; gpu < 2; ++gpu) {
                    const std::optional<int> util
                        = (t / 10 + gpu) % 7 == 0 ? std::nullopt : std::optional<int>(int(t % 101));
                    GpuSample s = sample(QStringLiteral("j-merged"), gpu, t, util, int(t % 997) * 10);
                    fresh << s;
                    s.jobId = QStringLiteral("j-recomputed");
                    repeated << s;
                }
            }
            previous = repeated.mid(repeated.size() - 2); // resent with the next batch
            QCOMPARE(*m_store->insert(fresh), int(fresh.size()));
            const int stored = *m_store->insert(repeated);
            QCOMPARE(stored, int(repeated.size()) - (batch == 0 ? 0 : 2));
        }
        for (auto resolution : { MetricStore::Resolution::Minute, MetricStore::Resolution::Hour }) {
            auto merged = m_store->series(QStringLiteral("j-merged"), kT0, kT0.addDays(1), resolution);
            auto recomputed = m_store->series(QStringLiteral("j-recomputed"), kT0, kT0.addDays(1), resolution);
            QVERIFY(merged && recomputed);
            QVERIFY(!merged->isEmpty());
            QCOMPARE(*merged, *recomputed);
        }
    }

    void resolutionFollowsTheSpan()
    {
        using R = MetricStore::Resolution;
        QCOMPARE(MetricStore::resolutionFor(kT0, kT0.addSecs(3 * 3600), 1500), R::Raw); // 1,080 samples
        QCOMPARE(MetricStore::resolutionFor(kT0, kT0.addDays(1), 1500), R::Minute); // 1,440 minutes
        QCOMPARE(MetricStore::resolutionFor(kT0, kT0.addDays(30), 1500), R::Hour);
        QCOMPARE(MetricStore::resolutionFor(kT0, kT0.addDays(30), 0), R::Hour);
    }

    void rangeQueriesUseTheKeys()
    {
        auto plan = [this](const QString &sql) {
            QSqlQuery q(m_db->handle());
            QString out;
            if (q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql)) {
                while (q.next())
                    out += q.value(3).toString() + u'\n';
            }
            return out;
        };
        const QString raw = plan(QStringLiteral(
            "SELECT r.t FROM gpu_series s JOIN gpu_samples r ON r.series_id = s.id WHERE s.job_id = 'j' AND r.t >= 1 "
            "AND r.t < 2"));
        QVERIFY2(raw.contains(QLatin1String("PRIMARY KEY (series_id=? AND t>? AND t<?)")), qPrintable(raw));
        const QString rollup = plan(QStringLiteral(
            "SELECT r.t FROM gpu_series s JOIN gpu_rollups r ON r.series_id = s.id AND r.resolution = 60 "
            "WHERE s.job_id = 'j' AND r.t >= 1 AND r.t < 2"));
        QVERIFY2(rollup.contains(QLatin1String("PRIMARY KEY (series_id=? AND resolution=? AND t>? AND t<?)")),
            qPrintable(rollup));
    }

    void retentionDropsOldRawSamplesButKeepsRollups()
    {
        const QString job = QStringLiteral("j-1");
        QVERIFY(m_store->insert({ sample(job, 0, 0, 10), sample(job, 0, 8 * 86'400, 20) }));
        MetricStore::Retention retention;
        retention.rawDays = 7;
        retention.minuteDays = 7;
        retention.hourDays = 0;
        m_store->setRetention(retention);
        auto deleted = m_store->applyRetention(kT0.addSecs(8 * 86'400));
        QVERIFY(deleted);
        QCOMPARE(*deleted, 2); // one raw sample, one minute rollup
        const QDateTime end = kT0.addDays(10);
        QCOMPARE(m_store->samples(job, kT0, end)->size(), 1);
        QCOMPARE(m_store->series(job, kT0, end, MetricStore::Resolution::Minute)->size(), 1);
        QCOMPARE(m_store->series(job, kT0, end, MetricStore::Resolution::Hour)->size(), 2);
    }

    void removeJobForgetsItsSeries()
    {
        QVERIFY(m_store->insert({ sample(QStringLiteral("j-1"), 0, 0, 10), sample(QStringLiteral("j-2"), 0, 0, 10) }));
        QVERIFY(m_store->removeJob(QStringLiteral("j-1")));
        QVERIFY(m_store->samples(QStringLiteral("j-1"), kT0, kT0.addDays(1))->isEmpty());
        QVERIFY(m_store->series(QStringLiteral("j-1"), kT0, kT0.addDays(1), MetricStore::Resolution::Hour)->isEmpty());
        QCOMPARE(m_store->samples(QStringLiteral("j-2"), kT0, kT0.addDays(1))->size(), 1);
        // Samples can come again after removal (a new series).
        QCOMPARE(*m_store->insert({ sample(QStringLiteral("j-1"), 0, 0, 10) }), 1);
    }

    // The sampler and idle detection, over the same store.
    void samplesEveryRunningJob()
    {
        ManualClock clock(kT0);
        FakeExec fake;
        Sampler sampler(*m_store, clock, fake.exec());
        QCOMPARE(sampler.intervalSeconds(), 10);
        sampler.setJobSource([] { return QStringList { QStringLiteral("j-1"), QStringLiteral("j-2") }; });
        QSignalSpy sampled(&sampler, &Sampler::sampled);

        sampler.sampleNow();
        QCOMPARE(fake.calls.size(), 2);
        QCOMPARE(fake.calls[0].command, NvidiaSmiParser::command());
        QVERIFY(sampler.isPending(QStringLiteral("j-1")));
        // A job whose run has not answered is not asked again.
        clock.advanceSeconds(10);
        sampler.sampleNow();
        QCOMPARE(fake.calls.size(), 2);

        fake.calls[0].reply(twoGpus(80, 20));
        QCOMPARE(sampled.size(), 1);
        QVERIFY(!sampler.isPending(QStringLiteral("j-1")));
        auto stored = m_store->samples(QStringLiteral("j-1"), kT0, kT0.addSecs(60));
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(0).at, kT0); // stamped when asked
        QCOMPARE(stored->at(0).reading.utilizationPercent, 80);
        QCOMPARE(stored->at(0).reading.powerCentiWatts, 12050);
        QCOMPARE(stored->at(1).reading.powerCentiWatts, std::nullopt);
    }

    void aFailedSampleIsAGapNeverZeros()
    {
        ManualClock clock(kT0);
        FakeExec fake;
        int round = 0;
        fake.immediate = [&round](const QString &) -> std::optional<Result<QByteArray>> {
            switch (round) {
            case 1:
                return Result<QByteArray>(makeError(Error::Kind::Network, QStringLiteral("SSH connection lost")));
            case 2:
                return Result<QByteArray>(QByteArray("bash: nvidia-smi: command not found\n"));
            default:
                return Result<QByteArray>(twoGpus(50, 50));
            }
        };
        Sampler sampler(*m_store, clock, fake.exec());
        sampler.setJobSource([] { return QStringList { QStringLiteral("j-1") }; });
        QSignalSpy failed(&sampler, &Sampler::sampleFailed);
        for (round = 0; round < 4; ++round) {
            sampler.sampleNow();
            clock.advanceSeconds(10);
        }
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("SSH connection lost"));
        auto stored = m_store->samples(QStringLiteral("j-1"), kT0, kT0.addSecs(60));
        QVERIFY(stored);
        QCOMPARE(stored->size(), 4); // rounds 0 and 3 only
        QCOMPARE(stored->at(2).at, kT0.addSecs(30));
        for (const GpuSample &s : std::as_const(*stored))
            QCOMPARE(s.reading.utilizationPercent, 50);
    }

    void aRunThatNeverAnswersIsGivenUpAfterThreeIntervals()
    {
        ManualClock clock(kT0);
        FakeExec fake;
        Sampler sampler(*m_store, clock, fake.exec());
        sampler.setJobSource([] { return QStringList { QStringLiteral("j-1") }; });
        sampler.sampleNow();
        clock.advanceSeconds(30);
        sampler.sampleNow();
        QCOMPARE(fake.calls.size(), 2);
        // The late answer of the first run is dropped; the second one counts.
        fake.calls[0].reply(twoGpus(1, 1));
        fake.calls[1].reply(twoGpus(2, 2));
        auto stored = m_store->samples(QStringLiteral("j-1"), kT0, kT0.addSecs(60));
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(0).at, kT0.addSecs(30));
    }

    void answersAfterTheSamplerIsGoneAreIgnored()
    {
        ManualClock clock(kT0);
        FakeExec fake;
        auto sampler = std::make_unique<Sampler>(*m_store, clock, fake.exec());
        sampler->setJobSource([] { return QStringList { QStringLiteral("j-1") }; });
        sampler->sampleNow();
        sampler.reset();
        fake.calls[0].reply(twoGpus(1, 1));
        QVERIFY(m_store->samples(QStringLiteral("j-1"), kT0, kT0.addSecs(60))->isEmpty());
    }

    void timerDrivesRounds()
    {
        ManualClock clock(kT0);
        FakeExec fake;
        int asked = 0;
        fake.immediate = [&](const QString &) -> std::optional<Result<QByteArray>> {
            clock.advanceSeconds(1); // distinct seconds per round
            ++asked;
            return Result<QByteArray>(twoGpus(10, 10));
        };
        Sampler sampler(*m_store, clock, fake.exec());
        sampler.setJobSource([] { return QStringList { QStringLiteral("j-1") }; });
        sampler.setIntervalSeconds(1);
        sampler.start();
        QVERIFY(sampler.isActive());
        QTRY_VERIFY_WITH_TIMEOUT(asked >= 2, 5000);
        sampler.stop();
        QVERIFY(!sampler.isActive());
    }

    void idleDetection_data()
    {
        QTest::addColumn<QList<GpuSample>>("samples");
        QTest::addColumn<int>("verdict");
        const int idle = int(IdleDetector::Verdict::Idle);
        const int busy = int(IdleDetector::Verdict::Busy);
        const int unknown = int(IdleDetector::Verdict::Unknown);
        // Window: the 10 minutes up to kT0 + 600 s, threshold 5 %.
        QList<GpuSample> quiet;
        for (qint64 t = 0; t <= 600; t += 10)
            quiet << utilSample(0, t, 2) << utilSample(1, t, 4);
        QTest::newRow("all under the threshold") << quiet << idle;

        QList<GpuSample> oneBusy = quiet;
        oneBusy << utilSample(1, 305, 5);
        QTest::newRow("one GPU at the threshold once") << oneBusy << busy;

        QList<GpuSample> gap;
        for (const GpuSample &s : std::as_const(quiet)) {
            const qint64 t = kT0.secsTo(s.at);
            if (t < 200 || t > 400)
                gap << s;
        }
        QTest::newRow("a gap is not idleness") << gap << unknown;

        QList<GpuSample> late;
        for (const GpuSample &s : std::as_const(quiet)) {
            if (kT0.secsTo(s.at) >= 300)
                late << s;
        }
        QTest::newRow("samples cover only half the window") << late << unknown;

        QList<GpuSample> unreadable = quiet;
        unreadable << utilSample(0, 300, std::nullopt);
        QTest::newRow("an unreadable utilization") << unreadable << unknown;

        QTest::newRow("no samples") << QList<GpuSample>() << unknown;
    }
    void idleDetection()
    {
        QFETCH(QList<GpuSample>, samples);
        QFETCH(int, verdict);
        QCOMPARE(int(IdleDetector::check(samples, 5, 10, kT0.addSecs(600))), verdict);
    }
};

QTEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
