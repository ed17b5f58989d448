// gpudesk-bench-report: 100,000 ledger rows (usage intervals of 5,000 jobs over a month, across
// providers, projects and GPUs) to a PDF report: ReportBuilder (read, clip, group by day) plus
// ReportExporter::pdf, the whole path of `gpudesk-cli report --format pdf`. Target: < 1 s.
//
//   gpudesk-bench-report [--rows N] [--smoke]
//
// Baseline in the same run, over the same database: the plainest export there is, every ledger row
// read with one SELECT and written as CSV (no clipping, no grouping, no drawing). Also the report
// grouped by job (5,000 rows, a PDF of ~100 pages) and the same report as CSV. Medians of 5 runs.
// The last line is machine-readable:
//   report: rows=<n> pdf_day_ms=<a> build_day_ms=<b> pdf_job_ms=<c> pdf_job_pages_kb=<k>
//           csv_job_ms=<d> baseline_csv_ms=<e> target_ms=1000
// Exit code 1 when the day and job reports' totals differ (same rows, same money).

#include "BenchSupport.h"
#include "billing/Ledger.h"
#include "billing/LedgerRepository.h"
#include "core/Clock.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportExporter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <random>

using namespace gpudesk;
using namespace gpudesk::bench;

namespace {

constexpr quint32 kSeed = 20261125u; // same seed as the other benchmarks
constexpr int kRuns = 5;

QDateTime utc(int y, int mo, int d)
{
    return QDateTime(QDate(y, mo, d), QTime(0, 0), QTimeZone::utc());
}

template <typename F> Timing time(int runs, F &&f)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        samples.push_back(nsToMs(t.nsecsElapsed()));
    }
    return timingOf(samples);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("ledger rows"), QStringLiteral("N"),
        QStringLiteral("100000"));
    QCommandLineOption smokeOption(QStringLiteral("smoke"), QStringLiteral("1,000 rows, one run"));
    parser.addOptions({ rowsOption, smokeOption });
    parser.process(app);
    const bool smoke = parser.isSet(smokeOption);
    const int rows = smoke ? 1000 : parser.value(rowsOption).toInt();
    const int runs = smoke ? 1 : kRuns;

    QTemporaryDir dir;
    Database db;
    if (!db.open(QDir(dir.path()).filePath(QStringLiteral("bench.sqlite")))) {
        out() << "cannot open the database\n";
        return 1;
    }
    ManualClock clock(utc(2026, 12, 1));
    Ledger ledger(db, clock);
    LedgerRepository repo(db);

    // 5,000 jobs (fewer in smoke runs), each a run of intervals (stop/start) over November.
    const QStringList providers { QStringLiteral("lambda"), QStringLiteral("runpod"), QStringLiteral("vast"),
        QStringLiteral("crusoe"), QStringLiteral("lepton"), QStringLiteral("sandbox") };
    const QStringList projects { QStringLiteral("vision"), QStringLiteral("nlp"), QStringLiteral("speech"), QString() };
    const QStringList gpus { QStringLiteral("H100 SXM"), QStringLiteral("H200"), QStringLiteral("A100 80GB SXM"),
        QStringLiteral("L40S"), QStringLiteral("B200") };
    const int jobs = std::max(1, rows / 20);
    std::mt19937 rng(kSeed);
    QElapsedTimer fill;
    fill.start();
    // Written in start order, as a ledger grows (an interval is stored when its job starts).
    std::vector<UsageInterval> intervals;
    intervals.reserve(size_t(rows));
    const qint64 month = utc(2026, 11, 1).toMSecsSinceEpoch();
    for (int n = 0; n < rows; ++n) {
        const int job = n % jobs;
        UsageInterval i;
        i.jobId = QStringLiteral("j-%1").arg(job, 6, 10, QLatin1Char('0'));
        i.providerId = providers.at(job % providers.size());
        i.simulated = i.providerId == QStringLiteral("sandbox");
        i.project = projects.at(job % projects.size());
        i.gpuModel = gpus.at(job % gpus.size());
        i.gpuCount = 1 << (job % 4);
        i.ratePerHour = Money::fromMicros(qint64(500'000 + rng() % 4'000'000) * i.gpuCount);
        // Starts anywhere in the month, 1 minute to 40 hours long (some cross into December).
        i.startedAt = QDateTime::fromMSecsSinceEpoch(month + qint64(rng() % (30ull * 86'400'000)), QTimeZone::utc());
        i.endedAt = i.startedAt.addSecs(60 + qint64(rng() % (40 * 3600)));
        i.lastCheckpointAt = i.endedAt;
        intervals.push_back(i);
    }
    std::sort(intervals.begin(), intervals.end(),
        [](const UsageInterval &a, const UsageInterval &b) { return a.startedAt < b.startedAt; });
    auto filled = db.transaction([&]() -> Result<void> {
        for (const UsageInterval &i : intervals) {
            if (auto r = repo.insert(i); !r)
                return r.error();
        }
        return {};
    });
    if (!filled) {
        out() << "filling failed: " << filled.error().detail << "\n";
        return 1;
    }
    out() << "ledger: " << rows << " intervals of " << jobs << " jobs written in " << ms(nsToMs(fill.nsecsElapsed()))
          << " ms (setup, not timed)\n";

    ReportBuilder builder(ledger);
    const QTimeZone zone = QTimeZone::utc();
    const auto [from, to] = Report::monthPeriod(QDate(2026, 11, 1), zone);

    const Timing load = time(runs, [&] { auto loaded = ledger.intervals(from, to); Q_UNUSED(loaded) });
    Report byDay;
    const Timing buildDay = time(runs, [&] { byDay = *builder.build(from, to, ReportGroupBy::Day, clock.now(), zone); });
    qsizetype pdfBytes = 0;
    const Timing pdfDay = time(runs, [&] {
        const Report r = *builder.build(from, to, ReportGroupBy::Day, clock.now(), zone);
        pdfBytes = ReportExporter::pdf(r).size();
    });
    Report byJob;
    qsizetype jobPdfBytes = 0;
    const Timing pdfJob = time(runs, [&] {
        byJob = *builder.build(from, to, ReportGroupBy::Job, clock.now(), zone);
        jobPdfBytes = ReportExporter::pdf(byJob).size();
    });
    const Timing csvJob = time(runs, [&] {
        const Report r = *builder.build(from, to, ReportGroupBy::Job, clock.now(), zone);
        const QByteArray csv = ReportExporter::csv(r);
        Q_UNUSED(csv)
    });
    // Baseline: one SELECT of every row, written as CSV as it comes.
    qsizetype baselineBytes = 0;
    const Timing baseline = time(runs, [&] {
        QSqlQuery q(db.handle());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT job_id, provider_id, project, gpu_model, gpu_count, rate_micros, started_at_ms, "
                              "ended_at_ms FROM usage_intervals"));
        QByteArray csv = "job,provider,project,gpu,gpus,rate_micros,started_ms,ended_ms\r\n";
        while (q.next()) {
            for (int c = 0; c < 8; ++c) {
                if (c)
                    csv += ',';
                csv += q.value(c).toString().toUtf8();
            }
            csv += "\r\n";
        }
        baselineBytes = csv.size();
    });

    const std::vector<int> w { 44, 12, 12, 12 };
    out() << row({ QStringLiteral("path (median of %1)").arg(runs), QStringLiteral("median ms"), QStringLiteral("min"),
                   QStringLiteral("max") },
        w) << "\n";
    auto line = [&](const QString &name, const Timing &t) {
        out() << row({ name, ms(t.medianMs), ms(t.minMs), ms(t.maxMs) }, w) << "\n";
    };
    line(QStringLiteral("ledger: load the month's intervals"), load);
    line(QStringLiteral("report by day: build"), buildDay);
    line(QStringLiteral("report by day: build + PDF (target < 1000)"), pdfDay);
    line(QStringLiteral("report by job: build + PDF"), pdfJob);
    line(QStringLiteral("report by job: build + CSV"), csvJob);
    line(QStringLiteral("baseline: SELECT all rows + raw CSV"), baseline);
    out() << "by day: " << byDay.rows.size() << " rows, PDF " << pdfBytes / 1024 << " KiB; by job: " << byJob.rows.size()
          << " rows, PDF " << jobPdfBytes / 1024 << " KiB; baseline CSV " << baselineBytes / 1024 << " KiB\n";
    out() << "PDF by day " << (pdfDay.medianMs < 1000 ? "meets" : "MISSES") << " the target (< 1000 ms); "
          << QString::number(pdfDay.medianMs / std::max(0.001, baseline.medianMs), 'f', 2)
          << "x the baseline's time\n";
    out() << "report: rows=" << rows << " pdf_day_ms=" << ms(pdfDay.medianMs) << " build_day_ms=" << ms(buildDay.medianMs)
          << " pdf_job_ms=" << ms(pdfJob.medianMs) << " pdf_job_kb=" << jobPdfBytes / 1024
          << " csv_job_ms=" << ms(csvJob.medianMs) << " baseline_csv_ms=" << ms(baseline.medianMs)
          << " target_ms=1000\n";
    out().flush();

    const bool same = byDay.total.estimated == byJob.total.estimated && byDay.total.simulated == byJob.total.simulated;
    if (!same) {
        out() << "the day and job reports disagree: " << byDay.total.estimated.toString(6) << " vs "
              << byJob.total.estimated.toString(6) << "\n";
        return 1;
    }
    return 0;
}
