// ui/charts: the downsampler's promises (extremes kept, output bounded by the pixel width, gaps
// split), the time-series chart built from it (bounded points per line, gaps, exact hover values,
// a live tail), the stacked bar chart's exact tooltips, and export to PNG and SVG files that are
// what they claim to be. Also: no QtCharts include outside ui/charts.

#include "charts/Downsampler.h"
#include "charts/StackedBarChart.h"
#include "charts/TimeSeriesChart.h"

#include <QAbstractScrollArea>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace gpudesk;

namespace {

// A month of one GPU every 10 s: utilization wandering 60-95 % with rare spikes to 100 and dips to 0.
QList<QPointF> monthOfSamples(qint64 startMs, quint32 seed)
{
    std::mt19937 rng(seed);
    QList<QPointF> points;
    const int n = 30 * 86'400 / 10;
    points.reserve(n);
    for (int i = 0; i < n; ++i)
        points.append(QPointF(double(startMs + qint64(i) * 10'000), double(60 + int(rng() % 36))));
    return points;
}

bool sortedByX(const QList<QPointF> &points)
{
    return std::is_sorted(points.cbegin(), points.cend(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void m4KeepsEveryColumnsExtremesAndBoundsOutput();
    void m4LeavesSmallInputAlone();
    void m4SkipsNonFiniteAndOutOfRange();
    void gapsSplitRuns();
    void forDisplayHidesSubPixelGapsOnly();
    void timeSeriesChartDrawsBoundedLines();
    void timeSeriesChartShowsGaps();
    void hoverShowsExactStoredValues();
    void hoverThroughTheMouse();
    void liveTailAppends();
    void stackedBarTooltipsAreExact();
    void exportWritesRealPngAndSvg();
    void exportReportsUnwritablePath();
    void qtChartsOnlyInUiCharts();
};

void TestCharts::m4KeepsEveryColumnsExtremesAndBoundsOutput()
{
    const qint64 start = 1'700'000'000'000;
    QList<QPointF> points = monthOfSamples(start, 7);
    // Plant extremes the eye must see: a one-sample spike and a one-sample dip.
    points[100'000].setY(100.0);
    points[200'001].setY(0.0);
    const double x0 = double(start);
    const double x1 = double(start + 30LL * 86'400'000);
    const int columns = 1500;
    const QList<QPointF> out = Downsampler::m4(points, x0, x1, columns);

    QVERIFY(out.size() <= 4 * columns);
    QVERIFY(out.size() >= columns); // every column has data
    QVERIFY(sortedByX(out));
    QVERIFY(out.contains(points.at(100'000)));
    QVERIFY(out.contains(points.at(200'001)));
    QVERIFY(out.contains(points.constFirst()));
    QVERIFY(out.contains(points.constLast()));

    // Per column: the output's min and max equal the input's (a line through it covers the same pixels).
    const double width = (x1 - x0) / columns;
    QList<double> inLow(columns, INFINITY), inHigh(columns, -INFINITY), outLow(columns, INFINITY),
        outHigh(columns, -INFINITY);
    for (const QPointF &p : points) {
        const int c = std::min(columns - 1, int((p.x() - x0) / width));
        inLow[c] = std::min(inLow[c], p.y());
        inHigh[c] = std::max(inHigh[c], p.y());
    }
    for (const QPointF &p : out) {
        QVERIFY(points.contains(p)); // only real points, never invented ones
        const int c = std::min(columns - 1, int((p.x() - x0) / width));
        outLow[c] = std::min(outLow[c], p.y());
        outHigh[c] = std::max(outHigh[c], p.y());
    }
    QCOMPARE(outLow, inLow);
    QCOMPARE(outHigh, inHigh);
}

void TestCharts::m4LeavesSmallInputAlone()
{
    const QList<QPointF> points = {{0, 1}, {1, 5}, {2, 3}, {3, 3}};
    QCOMPARE(Downsampler::m4(points, 0, 10, 1), points);
    QCOMPARE(Downsampler::m4(points, 0, 10, 0), QList<QPointF>());
    QCOMPARE(Downsampler::m4(points, 10, 0, 5), QList<QPointF>());
}

void TestCharts::m4SkipsNonFiniteAndOutOfRange()
{
    QList<QPointF> points;
    for (int i = 0; i < 100; ++i)
        points.append(QPointF(i, i % 2 ? NAN : double(i)));
    points.append(QPointF(200, 1e9)); // after the window
    const QList<QPointF> out = Downsampler::m4(points, 0, 100, 5);
    QVERIFY(out.size() <= 20);
    for (const QPointF &p : out) {
        QVERIFY(std::isfinite(p.y()));
        QVERIFY(p.x() < 100);
    }
    QVERIFY(out.contains(QPointF(98, 98)));
}

void TestCharts::gapsSplitRuns()
{
    const QList<QPointF> points = {{0, 1}, {10, 2}, {20, 3}, {100, 4}, {110, 5}, {500, 6}};
    const auto runs = Downsampler::splitAtGaps(points, 30);
    QCOMPARE(runs.size(), 3);
    QCOMPARE(runs.at(0), (QList<QPointF>{{0, 1}, {10, 2}, {20, 3}}));
    QCOMPARE(runs.at(1), (QList<QPointF>{{100, 4}, {110, 5}}));
    QCOMPARE(runs.at(2), (QList<QPointF>{{500, 6}}));
    QCOMPARE(Downsampler::splitAtGaps({}, 30).size(), 0);
}

void TestCharts::forDisplayHidesSubPixelGapsOnly()
{
    // 10 s samples over a day on 100 columns (864 s each): a 60 s hole is invisible, a 2 h one is not.
    QList<QPointF> points;
    for (int s = 0; s < 86'400; s += 10) {
        if ((s >= 3'600 && s < 3'660) || (s >= 40'000 && s < 47'200))
            continue;
        points.append(QPointF(s * 1000.0, 50.0));
    }
    const auto runs = Downsampler::forDisplay(points, 0, 86'400'000.0, 100, 30'000.0);
    QCOMPARE(runs.size(), 2);
    int total = 0;
    for (const auto &run : runs)
        total += int(run.size());
    QVERIFY(total <= 4 * 100 + 4 * 2);
    QVERIFY(runs.at(0).constLast().x() < 40'000'000.0);
    QVERIFY(runs.at(1).constFirst().x() >= 47'200'000.0);
}

void TestCharts::timeSeriesChartDrawsBoundedLines()
{
    TimeSeriesChart chart;
    chart.resize(900, 360);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const qint64 start = 1'700'000'000'000;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc());
    chart.setTimeRange(from, from.addDays(30));
    chart.setValueRange(0, 100);
    QList<TimeSeriesChart::Series> series;
    for (int gpu = 0; gpu < 8; ++gpu)
        series.append({QStringLiteral("GPU %1").arg(gpu), QColor(), monthOfSamples(start, quint32(gpu)), {}});
    chart.setSeries(series);
    QCoreApplication::processEvents();
    QCOMPARE(chart.series().size(), 8);
    QCOMPARE(chart.displayedSegmentCount(), 8);
    // At most 4 points per pixel column of the plot, per line; far fewer than the 2 million given.
    QVERIFY2(chart.displayedPointCount() <= 8 * 4 * 900, qPrintable(QString::number(chart.displayedPointCount())));
    QVERIFY(chart.displayedPointCount() > 8 * 100);

    chart.setSeries({});
    QCOMPARE(chart.displayedPointCount(), 0);
    QVERIFY(chart.findChild<QWidget *>(QStringLiteral("chartEmpty")) != nullptr);
}

void TestCharts::timeSeriesChartShowsGaps()
{
    TimeSeriesChart chart;
    chart.resize(800, 300);
    const QDateTime from = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc());
    chart.setTimeRange(from, from.addSecs(3600));
    chart.setMaxGap(30'000);
    QList<QPointF> points;
    for (int s = 0; s < 3600; s += 10) {
        if (s >= 1200 && s < 1800) // the sampler failed for ten minutes: a gap, never zeros
            continue;
        points.append(QPointF(double(from.toMSecsSinceEpoch() + s * 1000LL), 42.0));
    }
    chart.setSeries({{QStringLiteral("GPU 0"), QColor(), points, {}}});
    QCOMPARE(chart.displayedSegmentCount(), 2);
    QCOMPARE(chart.hoverText(from.addSecs(1500).toMSecsSinceEpoch()), QString());
}

void TestCharts::hoverShowsExactStoredValues()
{
    TimeSeriesChart chart;
    chart.resize(800, 300);
    chart.setValueFormat(QStringLiteral("%1 W"), 2);
    const QDateTime from = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc());
    chart.setTimeRange(from, from.addDays(1));
    chart.setMaxGap(2 * 3'600'000);
    QList<QPointF> a, ranges, b;
    for (int h = 0; h < 24; ++h) {
        const double t = double(from.addSecs(h * 3600).toMSecsSinceEpoch());
        a.append(QPointF(t, 300.25 + h));
        ranges.append(QPointF(100.5 + h, 699.75));
        b.append(QPointF(t, 50.0 + h));
    }
    chart.setSeries({{QStringLiteral("GPU 0"), QColor(), a, ranges}, {QStringLiteral("GPU 1"), QColor(), b, {}}});
    // Near 05:00 (a few minutes past): the 05:00 hour, both GPUs, with GPU 0's bucket min and max.
    const QString text = chart.hoverText(from.addSecs(5 * 3600 + 240).toMSecsSinceEpoch());
    QVERIFY2(text.contains(QStringLiteral("GPU 0: 305.25 W (min 105.50 W, max 699.75 W)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("GPU 1: 55.00 W")), qPrintable(text));
    QVERIFY(text.startsWith(QLocale().toString(from.addSecs(5 * 3600).toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    // Before the first point by more than the tolerance: nothing.
    QCOMPARE(chart.hoverText(from.addDays(-1).toMSecsSinceEpoch()), QString());
}

void TestCharts::hoverThroughTheMouse()
{
    TimeSeriesChart chart;
    chart.resize(800, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setValueFormat(QStringLiteral("%1 %"));
    const QDateTime from = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc());
    chart.setTimeRange(from, from.addSecs(600));
    chart.setValueRange(0, 100);
    QList<QPointF> points;
    for (int s = 0; s < 600; s += 10)
        points.append(QPointF(double(from.addSecs(s).toMSecsSinceEpoch()), double(s / 10)));
    chart.setSeries({{QStringLiteral("GPU 0"), QColor(), points, {}}});
    QCoreApplication::processEvents();
    QString shown;
    connect(&chart, &ChartWidget::hovered, &chart, [&shown](const QString &t) { shown = t; });
    auto *viewport = chart.findChild<QAbstractScrollArea *>()->viewport();
    QTest::mouseMove(viewport, QPoint(viewport->width() / 2, viewport->height() / 2));
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QRegularExpression(QStringLiteral("GPU 0: \\d+ %"))), qPrintable(shown));
    // The value named is the stored point nearest the pointer's time: about the middle, 30 %.
    const int value = QRegularExpression(QStringLiteral("GPU 0: (\\d+) %")).match(shown).captured(1).toInt();
    QVERIFY2(value >= 25 && value <= 35, qPrintable(shown));
}

void TestCharts::liveTailAppends()
{
    TimeSeriesChart chart;
    chart.resize(600, 300);
    const QDateTime from = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc());
    chart.setTimeRange(from, from.addSecs(300));
    const double t0 = double(from.toMSecsSinceEpoch());
    chart.appendPoints(0, QStringLiteral("GPU 0"), {{t0, 10}, {t0 + 10'000, 20}});
    chart.appendPoints(1, QStringLiteral("GPU 1"), {{t0, 1}});
    // The tail re-reads its last bucket, grown since: it replaces it, never duplicates it; older points are left alone.
    chart.appendPoints(0, QStringLiteral("GPU 0"), {{t0, 99}, {t0 + 10'000, 25}, {t0 + 20'000, 30}});
    QCOMPARE(chart.series().size(), 2);
    QCOMPARE(chart.series().at(0).points, (QList<QPointF>{{t0, 10}, {t0 + 10'000, 25}, {t0 + 20'000, 30}}));
    QCOMPARE(chart.series().at(1).name, QStringLiteral("GPU 1"));
    QCOMPARE(chart.displayedPointCount(), 4);
    QVERIFY(chart.hoverText(qint64(t0 + 20'000)).contains(QStringLiteral("GPU 0: 30")));
}

void TestCharts::stackedBarTooltipsAreExact()
{
    StackedBarChart chart;
    chart.resize(700, 300);
    chart.setValueFormat(QStringLiteral("$%1"), 2);
    const QStringList labels = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")};
    const QStringList names = {QStringLiteral("Nov 1"), QStringLiteral("Nov 2"), QStringLiteral("Nov 3")};
    chart.setData(labels, names,
                  {{QStringLiteral("Lambda"), QColor(), {1.005, 2.0, 0.0}, {QStringLiteral("$1.01"), QStringLiteral("$2.00"), QStringLiteral("$0.00")}},
                   {QStringLiteral("RunPod"), QColor(), {3.5, 0.0, 4.25}, {}}},
                  {QStringLiteral("$4.51"), QStringLiteral("$2.00"), QStringLiteral("$4.25")});
    QCOMPARE(chart.categoryCount(), 3);
    QCOMPARE(chart.hoverText(0, 0), QStringLiteral("Nov 1\nLambda: $1.01\nTotal: $4.51"));
    QCOMPARE(chart.hoverText(1, 2), QStringLiteral("Nov 3\nRunPod: $4.25\nTotal: $4.25"));
    QCOMPARE(chart.hoverText(2, 0), QString());
}

void TestCharts::exportWritesRealPngAndSvg()
{
    QTemporaryDir dir;
    TimeSeriesChart chart;
    chart.setTitle(QStringLiteral("GPU utilization"));
    chart.resize(640, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QDateTime from = QDateTime::fromSecsSinceEpoch(1'700'000'000, QTimeZone::utc());
    chart.setTimeRange(from, from.addSecs(3600));
    chart.setValueRange(0, 100);
    QList<QPointF> points;
    for (int s = 0; s < 3600; s += 10)
        points.append(QPointF(double(from.addSecs(s).toMSecsSinceEpoch()), 50 + 40 * std::sin(s / 300.0)));
    chart.setSeries({{QStringLiteral("GPU 0"), QColor(0x00, 0x72, 0xb2), points, {}}});
    QCoreApplication::processEvents();

    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(chart.exportPng(png).ok());
    QImageReader reader(png);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1280, 640)); // twice the pixel density
    // Something was drawn: the line's blue is in there, not just a white page.
    int blue = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            blue += c.blue() > 150 && c.red() < 60 && c.green() < 150;
        }
    }
    QVERIFY2(blue > 200, qPrintable(QString::number(blue)));

    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(chart.exportSvg(svg).ok());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString root;
    int paths = 0;
    QString text;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root.isEmpty())
            root = xml.name().toString();
        if (xml.name() == QLatin1String("path") || xml.name() == QLatin1String("polyline"))
            ++paths;
        if (xml.name() == QLatin1String("text"))
            text += xml.readElementText(QXmlStreamReader::IncludeChildElements) + QLatin1Char(' ');
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QStringLiteral("svg"));
    QVERIFY(paths > 0);
    QVERIFY2(text.contains(QStringLiteral("GPU utilization")), qPrintable(text));
}

void TestCharts::exportReportsUnwritablePath()
{
    TimeSeriesChart chart;
    chart.resize(300, 200);
    const auto r = chart.exportPng(QStringLiteral("/nonexistent-dir/x/chart.png"));
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.contains(QStringLiteral("chart.png")));
    QVERIFY(!chart.exportSvg(QStringLiteral("/nonexistent-dir/x/chart.svg")).ok());
}

void TestCharts::qtChartsOnlyInUiCharts()
{
    // QtCharts is deprecated from Qt 6.10: one folder uses it, so a move to Qt Graphs stays cheap.
    const QString ui = QStringLiteral(GPUDESK_SOURCE_DIR "/ui");
    const QRegularExpression include(
        QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtCharts/|QChart|QChartView|Q\\w*Series|QBarSet|Q\\w*Axis|QLegend)\\b"),
        QRegularExpression::MultilineOption);
    int scanned = 0;
    int chartsFiles = 0; // proves the pattern finds QtCharts includes where they belong
    QStringList offenders;
    QDirIterator it(ui, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        ++scanned;
        if (!QString::fromUtf8(f.readAll()).contains(include))
            continue;
        if (path.startsWith(ui + QStringLiteral("/charts/")))
            ++chartsFiles;
        else
            offenders << path;
    }
    QVERIFY(scanned > 20);
    QVERIFY(chartsFiles >= 3);
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
