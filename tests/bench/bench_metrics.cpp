// gpudesk-bench-metrics: a month of one 8-GPU job sampled every 10 s, through MetricStore and
// through a naive baseline measured in the same run: raw SQLite (C API) prepared-statement inserts
// in one transaction into a rowid table (text job id, REAL values, an index on job, GPU and time),
// whose charts must aggregate raw rows with GROUP BY.
//
//   gpudesk-bench-metrics [--days N] [--gpus N] [--smoke]
//
// Prints the ingest rate of both (and the ratio, target >= 0.5x: the median of the per-day ratios, the
// two filled day by day in turns so other load on the machine slows both alike), the database size per GPU-month
// (all raw samples kept, and after the default 7-day raw retention), and the 30-day range query at
// 1-hour and 1-minute resolution (median of 5) against the baseline's GROUP BY. The last line is
// machine-readable:
//   metrics: store_sps=<a> baseline_sps=<b> ingest_ratio=<a/b> store_mb_per_gpu_month=<c>
//            retained_mb_per_gpu_month=<r> baseline_mb_per_gpu_month=<d> hour_ms=<h> hour_baseline_ms=<hb>
//            minute_ms=<m> minute_baseline_ms=<mb>
// Exit code 1 only when the store's hourly averages differ from the baseline's (same data, same maths).

#include "BenchSupport.h"
#include "metrics/MetricStore.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <sqlite3.h>

#include <cmath>
#include <random>
#include <vector>

using namespace gpudesk;
using namespace gpudesk::bench;

namespace {

constexpr quint32 kSeed = 20261125u; // same seed as the other benchmarks
constexpr int kStepSeconds = 10;
constexpr int kQueryRuns = 5;
const QString kJob = QStringLiteral("j-bench001");

// Deterministic readings: a training job's utilization wandering around 85 %, memory steady,
// power following utilization, now and then a GPU whose power cannot be read.
class Generator
{
public:
    explicit Generator(quint32 seed) : m_rng(seed) { }

    GpuReading next(int gpu)
    {
        GpuReading g;
        g.index = gpu;
        g.name = QStringLiteral("NVIDIA H100 80GB HBM3");
        const int util = int(m_rng() % 31) + 70;
        g.utilizationPercent = util;
        g.memoryUsedMiB = 70'000 + qint64(m_rng() % 5000);
        g.memoryTotalMiB = 81'559;
        if (m_rng() % 50 != 0)
            g.powerCentiWatts = 20'000 + util * 400 + int(m_rng() % 1000);
        g.temperatureC = 40 + util / 4;
        return g;
    }

private:
    std::mt19937 m_rng;
};

struct Naive
{
    sqlite3 *db = nullptr;
    ~Naive() { sqlite3_close(db); }

    bool exec(const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }
};

double mb(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

// Live bytes of a SQLite file: pages in use (freed pages after a delete are reused, not returned).
qint64 usedBytes(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    auto pragma = [&q](const char *name) {
        q.exec(QString::fromLatin1(name));
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    return (pragma("PRAGMA page_count") - pragma("PRAGMA freelist_count")) * pragma("PRAGMA page_size");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MetricStore vs raw SQLite inserts and GROUP BY queries"));
    parser.addHelpOption();
    const QCommandLineOption daysOption(
        QStringLiteral("days"), QStringLiteral("Days of samples (default 30)."), QStringLiteral("N"));
    const QCommandLineOption gpusOption(
        QStringLiteral("gpus"), QStringLiteral("GPUs of the job (default 8)."), QStringLiteral("N"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("One day only: checks the store agrees with the baseline."));
    parser.addOption(daysOption);
    parser.addOption(gpusOption);
    parser.addOption(smokeOption);
    parser.process(app);

    const bool smoke = parser.isSet(smokeOption);
    const int days = parser.isSet(daysOption) ? parser.value(daysOption).toInt() : (smoke ? 1 : 30);
    const int gpus = parser.isSet(gpusOption) ? parser.value(gpusOption).toInt() : 8;
    if (days < 1 || gpus < 1) {
        out() << QStringLiteral("error: --days and --gpus need whole numbers >= 1\n");
        out().flush();
        return 2;
    }
    const QString note = smoke ? QStringLiteral(" (smoke run: timings are not meaningful)") : QString();

    QTemporaryDir dir;
    const QDateTime start(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime end = start.addDays(days);
    const int rounds = days * 86'400 / kStepSeconds;
    const qint64 total = qint64(rounds) * gpus;
    out() << QStringLiteral("%1 GPU(s) x %2 day(s) every %3 s = %4 samples%5\n")
                 .arg(gpus)
                 .arg(days)
                 .arg(kStepSeconds)
                 .arg(total)
                 .arg(note);
    out().flush();

    // ---- Both stores, filled day by day in turns, so a busy machine slows both alike.
    // MetricStore: one transaction per hour of samples (how a backlog is ingested). The baseline:
    // raw SQLite, one prepared statement, one transaction per day.
    Database db;
    if (auto r = db.open(QDir(dir.path()).filePath(QStringLiteral("store.sqlite"))); !r) {
        out() << QStringLiteral("error: %1 %2\n").arg(r.error().message, r.error().detail);
        return 1;
    }
    MetricStore store(db);
    Naive naive;
    const QByteArray naivePath = QDir(dir.path()).filePath(QStringLiteral("naive.sqlite")).toUtf8();
    sqlite3_open(naivePath.constData(), &naive.db);
    naive.exec("PRAGMA journal_mode=WAL");
    naive.exec("PRAGMA synchronous=NORMAL");
    naive.exec("CREATE TABLE samples (id INTEGER PRIMARY KEY, job_id TEXT NOT NULL, gpu INTEGER NOT NULL, "
               "t INTEGER NOT NULL, util REAL, mem_used INTEGER, mem_total INTEGER, power REAL, temp REAL)");
    naive.exec("CREATE INDEX samples_job ON samples(job_id, gpu, t)");
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(naive.db,
        "INSERT INTO samples (job_id, gpu, t, util, mem_used, mem_total, power, temp) VALUES (?,?,?,?,?,?,?,?)", -1,
        &insert, nullptr);
    const QByteArray job = kJob.toUtf8();

    Generator storeGen(kSeed);
    Generator naiveGen(kSeed);
    const int roundsPerBatch = 3600 / kStepSeconds;
    const int roundsPerDay = 86'400 / kStepSeconds;
    QElapsedTimer timer;
    double storeMs = 0;
    double naiveMs = 0;
    std::vector<double> dayRatios;
    QList<GpuSample> batch;
    batch.reserve(roundsPerBatch * gpus);
    for (int day = 0; day < days; ++day) {
        const int first = day * roundsPerDay;
        timer.start();
        for (int r = first; r < first + roundsPerDay; ++r) {
            const QDateTime at = start.addSecs(qint64(r) * kStepSeconds);
            for (int g = 0; g < gpus; ++g)
                batch.append(GpuSample { kJob, at, storeGen.next(g) });
            if (batch.size() >= roundsPerBatch * gpus || r == first + roundsPerDay - 1) {
                if (auto n = store.insert(batch); !n) {
                    out() << QStringLiteral("error: %1 %2\n").arg(n.error().message, n.error().detail);
                    return 1;
                }
                batch.clear();
            }
        }
        const double storeDayMs = nsToMs(timer.nsecsElapsed());

        timer.restart();
        naive.exec("BEGIN");
        for (int r = first; r < first + roundsPerDay; ++r) {
            const qint64 t = start.toSecsSinceEpoch() + qint64(r) * kStepSeconds;
            for (int g = 0; g < gpus; ++g) {
                const GpuReading v = naiveGen.next(g);
                sqlite3_bind_text(insert, 1, job.constData(), int(job.size()), SQLITE_STATIC);
                sqlite3_bind_int(insert, 2, g);
                sqlite3_bind_int64(insert, 3, t);
                sqlite3_bind_double(insert, 4, double(*v.utilizationPercent));
                sqlite3_bind_int64(insert, 5, *v.memoryUsedMiB);
                sqlite3_bind_int64(insert, 6, *v.memoryTotalMiB);
                if (v.powerCentiWatts)
                    sqlite3_bind_double(insert, 7, *v.powerCentiWatts / 100.0);
                else
                    sqlite3_bind_null(insert, 7);
                sqlite3_bind_double(insert, 8, double(*v.temperatureC));
                sqlite3_step(insert);
                sqlite3_reset(insert);
            }
        }
        naive.exec("COMMIT");
        const double naiveDayMs = nsToMs(timer.nsecsElapsed());
        storeMs += storeDayMs;
        naiveMs += naiveDayMs;
        dayRatios.push_back(naiveDayMs / storeDayMs);
    }
    sqlite3_finalize(insert);
    const double storeRate = double(total) / (storeMs / 1000.0);
    const double naiveRate = double(total) / (naiveMs / 1000.0);
    const double ingestRatio = median(dayRatios);
    {
        QSqlQuery q(db.handle());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    const qint64 storeBytes = usedBytes(db.handle());
    naive.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const qint64 naiveBytes = QFileInfo(QString::fromUtf8(naivePath)).size();

    // ---- Range queries over the whole period.
    auto storeQuery = [&](MetricStore::Resolution resolution, qsizetype *points) {
        std::vector<double> runs;
        for (int i = 0; i < kQueryRuns; ++i) {
            timer.restart();
            auto rows = store.series(kJob, start, end, resolution);
            runs.push_back(nsToMs(timer.nsecsElapsed()));
            *points = rows ? rows->size() : -1;
        }
        return timingOf(runs).medianMs;
    };
    // The baseline's chart query: aggregate raw rows per bucket. Also returns the hourly averages.
    auto naiveQuery = [&](int bucket, qsizetype *points, std::vector<double> *avgs) {
        std::vector<double> runs;
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(naive.db,
            "SELECT gpu, t / ?1 * ?1, MIN(util), MAX(util), AVG(util), MIN(mem_used), MAX(mem_used), "
            "AVG(mem_used), MIN(power), MAX(power), AVG(power), MIN(temp), MAX(temp), AVG(temp) "
            "FROM samples WHERE job_id = ?2 AND t >= ?3 AND t < ?4 GROUP BY gpu, t / ?1 "
            "ORDER BY gpu, t / ?1",
            -1, &q, nullptr);
        for (int i = 0; i < kQueryRuns; ++i) {
            timer.restart();
            sqlite3_bind_int(q, 1, bucket);
            sqlite3_bind_text(q, 2, job.constData(), int(job.size()), SQLITE_STATIC);
            sqlite3_bind_int64(q, 3, start.toSecsSinceEpoch());
            sqlite3_bind_int64(q, 4, end.toSecsSinceEpoch());
            qsizetype n = 0;
            if (avgs)
                avgs->clear();
            while (sqlite3_step(q) == SQLITE_ROW) {
                ++n;
                if (avgs)
                    avgs->push_back(sqlite3_column_double(q, 4));
            }
            sqlite3_reset(q);
            runs.push_back(nsToMs(timer.nsecsElapsed()));
            *points = n;
        }
        sqlite3_finalize(q);
        return timingOf(runs).medianMs;
    };

    qsizetype hourPoints = 0, minutePoints = 0, naiveHourPoints = 0, naiveMinutePoints = 0;
    std::vector<double> naiveHourAvgs;
    const double hourMs = storeQuery(MetricStore::Resolution::Hour, &hourPoints);
    const double minuteMs = storeQuery(MetricStore::Resolution::Minute, &minutePoints);
    const double naiveHourMs = naiveQuery(3600, &naiveHourPoints, &naiveHourAvgs);
    const double naiveMinuteMs = naiveQuery(60, &naiveMinutePoints, nullptr);

    // Same data, same maths: the hourly utilization averages must agree.
    bool agree = hourPoints == naiveHourPoints && minutePoints == naiveMinutePoints;
    if (auto hours = store.series(kJob, start, end, MetricStore::Resolution::Hour); hours && agree) {
        for (qsizetype i = 0; i < hours->size(); ++i) {
            const auto avg = hours->at(i).utilizationPercent.avg;
            if (!avg || std::abs(*avg - naiveHourAvgs[size_t(i)]) > 1e-9)
                agree = false;
        }
    }

    // ---- After the default retention (raw kept 7 days): what a month costs at rest.
    timer.restart();
    auto deleted = store.applyRetention(end);
    const double retentionMs = nsToMs(timer.nsecsElapsed());
    const qint64 retainedBytes = usedBytes(db.handle());

    const double gpuMonths = double(gpus) * days / 30.0;
    const std::vector<int> w = { 34, 14, 14, 8 };
    out() << row(
        { QStringLiteral(""), QStringLiteral("MetricStore"), QStringLiteral("naive"), QStringLiteral("ratio") }, w)
          << '\n';
    out() << row({ QStringLiteral("ingest, samples/s"), QString::number(storeRate, 'f', 0),
                     QString::number(naiveRate, 'f', 0), QString::number(ingestRatio, 'f', 2) },
        w) << '\n';
    out() << row(
        { QStringLiteral("size per GPU-month, MB (all raw)"), QString::number(mb(storeBytes) / gpuMonths, 'f', 2),
            QString::number(mb(naiveBytes) / gpuMonths, 'f', 2),
            QString::number(double(naiveBytes) / double(storeBytes), 'f', 2) },
        w) << '\n';
    out() << row({ QStringLiteral("size per GPU-month, MB (7-day raw)"),
                     QString::number(mb(retainedBytes) / gpuMonths, 'f', 2), QStringLiteral("-"), QStringLiteral("-") },
        w) << '\n';
    out() << row({ QStringLiteral("range, 1-h buckets, ms"), ms(hourMs), ms(naiveHourMs),
                     QString::number(naiveHourMs / std::max(hourMs, 1e-6), 'f', 1) },
        w) << '\n';
    out() << row({ QStringLiteral("range, 1-min buckets, ms"), ms(minuteMs), ms(naiveMinuteMs),
                     QString::number(naiveMinuteMs / std::max(minuteMs, 1e-6), 'f', 1) },
        w) << '\n';
    out() << QStringLiteral("points: %1 hourly, %2 per minute; retention deleted %3 rows in %4 ms; hourly averages "
                            "%5 the baseline's\n")
                 .arg(hourPoints)
                 .arg(minutePoints)
                 .arg(deleted ? *deleted : -1)
                 .arg(ms(retentionMs), agree ? QStringLiteral("match") : QStringLiteral("DIFFER FROM"));
    out() << QStringLiteral("metrics: store_sps=%1 baseline_sps=%2 ingest_ratio=%3 store_mb_per_gpu_month=%4 "
                            "retained_mb_per_gpu_month=%5 baseline_mb_per_gpu_month=%6 hour_ms=%7 "
                            "hour_baseline_ms=%8 minute_ms=%9 minute_baseline_ms=%10\n")
                 .arg(QString::number(storeRate, 'f', 0), QString::number(naiveRate, 'f', 0),
                     QString::number(ingestRatio, 'f', 2), QString::number(mb(storeBytes) / gpuMonths, 'f', 2),
                     QString::number(mb(retainedBytes) / gpuMonths, 'f', 2),
                     QString::number(mb(naiveBytes) / gpuMonths, 'f', 2), ms(hourMs), ms(naiveHourMs), ms(minuteMs))
                 .arg(ms(naiveMinuteMs));
    out().flush();
    return agree ? 0 : 1;
}
