// gpudesk-bench-chart: prepare and render a 30-day, 8-GPU utilization chart offscreen (1500 x 500
// pixels), the way the Jobs view draws one, against baselines measured in the same run:
//
//   empty   the same chart with axes and no data: the floor every render pays
//   store   the app's path: MetricStore::series() at MetricStore::resolutionFor(the plot width)
//           (hour rollups for 30 days) -> JobUtilizationView::toSeries -> setSeries -> render
//   memory  every raw sample (10 s) held in memory -> setSeries (M4 to the pixel width) -> render
//   raw     baseline: the same raw samples handed to QtCharts whole (downsampling off) -> render
//
// "Render" is QWidget::render() of the chart into a QImage after the posted events are handled,
// i.e. the paint a window would do. Each timing includes building the series. Target: store and
// memory <= 50 ms (median of 7; raw: median of 3).
//
//   gpudesk-bench-chart [--days N] [--gpus N] [--smoke]
//
// The last line is machine-readable:
//   chart: empty_ms=<e> store_ms=<s> memory_ms=<m> raw_ms=<r> raw_over_memory=<r/m> points_drawn=<p> raw_points=<n>
// Exit code 1 when the drawn points exceed 4 per pixel column per GPU (the downsampler's bound) or
// the store path shows a different number of GPUs than were stored.

#include "BenchSupport.h"
#include "charts/Downsampler.h"
#include "charts/TimeSeriesChart.h"
#include "jobs/JobUtilizationView.h"
#include "metrics/MetricStore.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTimeZone>

#include <random>
#include <vector>

using namespace gpudesk;
using namespace gpudesk::bench;

namespace {

constexpr quint32 kSeed = 20261125u; // same seed as the other benchmarks
constexpr int kStepSeconds = 10;
const QString kJob = QStringLiteral("j-bench001");

// A training job: utilization wandering 70-100 %, a dip to 0 now and then (a checkpoint being written).
int utilization(std::mt19937 &rng)
{
    return rng() % 500 == 0 ? 0 : 70 + int(rng() % 31);
}

double timeRender(TimeSeriesChart &chart, QImage &image, const std::function<void()> &prepare)
{
    QElapsedTimer timer;
    timer.start();
    prepare();
    QCoreApplication::sendPostedEvents();
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        chart.render(&painter);
    }
    return nsToMs(timer.nsecsElapsed());
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A 30-day 8-GPU utilization chart, prepared and rendered"));
    parser.addHelpOption();
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days of samples (default 30)."),
                                        QStringLiteral("N"));
    const QCommandLineOption gpusOption(QStringLiteral("gpus"), QStringLiteral("GPUs of the job (default 8)."),
                                        QStringLiteral("N"));
    const QCommandLineOption smokeOption(QStringLiteral("smoke"),
                                         QStringLiteral("One day, two GPUs: checks the bounds, timings not meaningful."));
    parser.addOption(daysOption);
    parser.addOption(gpusOption);
    parser.addOption(smokeOption);
    parser.process(app);

    const bool smoke = parser.isSet(smokeOption);
    const int days = parser.isSet(daysOption) ? parser.value(daysOption).toInt() : (smoke ? 1 : 30);
    const int gpus = parser.isSet(gpusOption) ? parser.value(gpusOption).toInt() : (smoke ? 2 : 8);
    if (days < 1 || gpus < 1) {
        out() << QStringLiteral("error: --days and --gpus need whole numbers >= 1\n");
        out().flush();
        return 2;
    }
    const int runs = smoke ? 1 : 7;
    const int rawRuns = smoke ? 1 : 3;

    const QDateTime start(QDate(2026, 10, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime end = start.addDays(days);
    const int rounds = days * 86'400 / kStepSeconds;
    out() << QStringLiteral("%1 GPU(s) x %2 day(s) every %3 s = %4 samples%5\n")
                 .arg(gpus)
                 .arg(days)
                 .arg(kStepSeconds)
                 .arg(qint64(rounds) * gpus)
                 .arg(smoke ? QStringLiteral(" (smoke run: timings are not meaningful)") : QString());
    out().flush();

    // The same samples in memory and in a MetricStore.
    QTemporaryDir dir;
    Database db;
    if (auto r = db.open(QDir(dir.path()).filePath(QStringLiteral("metrics.sqlite"))); !r) {
        out() << QStringLiteral("error: %1 %2\n").arg(r.error().message, r.error().detail);
        return 1;
    }
    MetricStore store(db);
    store.setRetention({0, 0, 0});
    QList<TimeSeriesChart::Series> raw(gpus);
    for (int g = 0; g < gpus; ++g) {
        raw[g].name = QStringLiteral("GPU %1").arg(g);
        raw[g].points.reserve(rounds);
    }
    std::mt19937 rng(kSeed);
    QList<GpuSample> batch;
    QElapsedTimer ingest;
    ingest.start();
    for (int r = 0; r < rounds; ++r) {
        const QDateTime at = start.addSecs(qint64(r) * kStepSeconds);
        for (int g = 0; g < gpus; ++g) {
            GpuReading reading;
            reading.index = g;
            reading.name = QStringLiteral("NVIDIA H100 80GB HBM3");
            reading.utilizationPercent = utilization(rng);
            reading.memoryUsedMiB = 70'000;
            reading.memoryTotalMiB = 81'559;
            batch.append(GpuSample{kJob, at, reading});
            raw[g].points.append(QPointF(double(at.toMSecsSinceEpoch()), double(*reading.utilizationPercent)));
        }
        if (batch.size() >= 360 * gpus || r == rounds - 1) {
            if (auto n = store.insert(batch); !n) {
                out() << QStringLiteral("error: %1 %2\n").arg(n.error().message, n.error().detail);
                return 1;
            }
            batch.clear();
        }
    }
    out() << QStringLiteral("setup (not timed): stored in %1 s\n").arg(ingest.elapsed() / 1000.0, 0, 'f', 1);
    out().flush();

    TimeSeriesChart chart;
    chart.setTitle(QStringLiteral("GPU utilization"));
    chart.setValueFormat(QStringLiteral("%1 %"));
    chart.setValueRange(0, 100);
    chart.resize(1500, 500);
    chart.show();
    QCoreApplication::processEvents();
    chart.setTimeRange(start, end);
    QCoreApplication::processEvents();
    QImage image(chart.size(), QImage::Format_ARGB32_Premultiplied);

    std::vector<double> emptyMs, storeMs, memoryMs, rawMs;
    int storeGpus = 0;
    MetricStore::Resolution resolution = MetricStore::Resolution::Raw;
    int pointsDrawn = 0;
    for (int i = 0; i < runs + 1; ++i) { // the first of each is a warm-up
        const double e = timeRender(chart, image, [&] { chart.setSeries({}); });
        const double s = timeRender(chart, image, [&] {
            resolution = MetricStore::resolutionFor(start, end, 1400, kStepSeconds);
            auto points = store.series(kJob, start, end, resolution);
            const auto series = JobUtilizationView::toSeries(points ? *points : QList<MetricPoint>(),
                                                             JobUtilizationView::Metric::Utilization);
            storeGpus = int(series.size());
            chart.setSeries(series);
        });
        const double m = timeRender(chart, image, [&] { chart.setSeries(raw); });
        pointsDrawn = chart.displayedPointCount();
        if (i > 0) {
            emptyMs.push_back(e);
            storeMs.push_back(s);
            memoryMs.push_back(m);
        }
    }
    // The downsampling alone (what "memory" spends before QtCharts sees a point).
    std::vector<double> m4Ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        qsizetype kept = 0;
        for (const TimeSeriesChart::Series &s : std::as_const(raw))
            for (const auto &run : Downsampler::forDisplay(s.points, double(start.toMSecsSinceEpoch()),
                                                           double(end.toMSecsSinceEpoch()), 1400, 25'000.0))
                kept += run.size();
        m4Ms.push_back(nsToMs(timer.nsecsElapsed()));
        if (kept == 0)
            return 1;
    }
    chart.setDownsampling(false);
    const int columns = chart.width();
    for (int i = 0; i < rawRuns; ++i)
        rawMs.push_back(timeRender(chart, image, [&] { chart.setSeries(raw); }));
    const int rawPoints = chart.displayedPointCount();
    chart.setDownsampling(true);

    const Timing empty = timingOf(emptyMs);
    const Timing fromStore = timingOf(storeMs);
    const Timing memory = timingOf(memoryMs);
    const Timing baseline = timingOf(rawMs);
    const QString resolutionName = resolution == MetricStore::Resolution::Hour     ? QStringLiteral("hour rollups")
                                   : resolution == MetricStore::Resolution::Minute ? QStringLiteral("minute rollups")
                                                                                   : QStringLiteral("raw samples");
    const std::vector<int> widths = {44, 10, 10, 10, 12};
    out() << row({QStringLiteral("1500x500, median (min-max) ms"), QStringLiteral("median"), QStringLiteral("min"),
                  QStringLiteral("max"), QStringLiteral("target")},
                 widths)
          << '\n';
    const auto line = [&](const QString &name, const Timing &t, const QString &target) {
        out() << row({name, ms(t.medianMs), ms(t.minMs), ms(t.maxMs), target}, widths) << '\n';
    };
    line(QStringLiteral("empty chart (floor)"), empty, QString());
    line(QStringLiteral("store: %1 -> chart").arg(resolutionName), fromStore, QStringLiteral("<= 50"));
    line(QStringLiteral("memory: raw samples, M4 -> chart"), memory, QStringLiteral("<= 50"));
    line(QStringLiteral("baseline: raw samples, no downsampling"), baseline, QString());
    line(QStringLiteral("(of memory: M4 alone, 1400 columns)"), timingOf(m4Ms), QString());
    out() << QStringLiteral("points drawn: %1 (downsampled) vs %2 (raw); raw / memory = %3x\n")
                 .arg(pointsDrawn)
                 .arg(rawPoints)
                 .arg(baseline.medianMs / memory.medianMs, 0, 'f', 1);
    out() << QStringLiteral("chart: empty_ms=%1 store_ms=%2 memory_ms=%3 raw_ms=%4 raw_over_memory=%5 points_drawn=%6 "
                            "raw_points=%7\n")
                 .arg(ms(empty.medianMs), ms(fromStore.medianMs), ms(memory.medianMs), ms(baseline.medianMs))
                 .arg(baseline.medianMs / memory.medianMs, 0, 'f', 2)
                 .arg(pointsDrawn)
                 .arg(rawPoints);
    out().flush();

    bool ok = true;
    if (pointsDrawn > 4 * columns * gpus + 8 * gpus) {
        out() << QStringLiteral("FAIL: %1 points drawn for %2 columns x %3 GPUs\n").arg(pointsDrawn).arg(columns).arg(gpus);
        ok = false;
    }
    if (storeGpus != gpus) {
        out() << QStringLiteral("FAIL: the store path shows %1 GPUs, %2 were stored\n").arg(storeGpus).arg(gpus);
        ok = false;
    }
    out().flush();
    return ok ? 0 : 1;
}
