#include "TimeSeriesChart.h"

#include "Downsampler.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLineItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QTimeZone>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <vector>

namespace gpudesk {

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : ChartWidget(parent)
    , m_timeAxis(new QDateTimeAxis())
    , m_valueAxis(new QValueAxis())
    , m_crosshair(new QGraphicsLineItem(chart()))
{
    styleAxis(m_timeAxis);
    styleAxis(m_valueAxis);
    m_valueAxis->setMinorTickCount(0);
    chart()->addAxis(m_timeAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);

    QPen pen(QColor(0x37, 0x47, 0x4f, 140));
    pen.setWidthF(1.0);
    pen.setStyle(Qt::DashLine);
    m_crosshair->setPen(pen);
    m_crosshair->setZValue(100);
    m_crosshair->hide();

    view()->viewport()->setMouseTracking(true);
    view()->viewport()->installEventFilter(this);
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        if (plotColumns() != m_builtColumns)
            scheduleRebuild();
    });

    const QDateTime now = QDateTime::currentDateTimeUtc();
    setTimeRange(now.addSecs(-3600), now);
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setValueRange(double min, double max)
{
    if (max > min)
        m_fixedRange = std::make_pair(min, max);
    else
        m_fixedRange.reset();
    updateValueRange();
}

void TimeSeriesChart::setValueAxisTitle(const QString &title)
{
    m_valueAxis->setTitleText(title);
}

void TimeSeriesChart::setValueFormat(const QString &pattern, int decimals, int axisDecimals)
{
    m_valuePattern = pattern;
    m_decimals = std::max(0, decimals);
    // The axis takes a printf format ("%1 %" -> "%.0f %%"), read as Latin-1 by QtCharts: a unit
    // such as "°C" goes to the axis title instead.
    const QString number = QStringLiteral("%.%1f").arg(axisDecimals < 0 ? m_decimals : axisDecimals);
    QString unit = pattern;
    unit.remove(QStringLiteral("%1"));
    unit = unit.trimmed();
    const bool latin = std::all_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return c.unicode() < 128; });
    if (latin) {
        QString printf = pattern;
        printf.replace(QLatin1Char('%'), QStringLiteral("%%"));
        printf.replace(QStringLiteral("%%1"), number);
        m_valueAxis->setLabelFormat(printf);
    } else {
        m_valueAxis->setLabelFormat(number);
        if (m_valueAxis->titleText().isEmpty())
            m_valueAxis->setTitleText(unit);
    }
}

QString TimeSeriesChart::formatValue(double value) const
{
    return m_valuePattern.arg(QLocale().toString(value, 'f', m_decimals));
}

void TimeSeriesChart::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from.toMSecsSinceEpoch();
    m_to = std::max(m_from + 1000, to.toMSecsSinceEpoch());
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
    updateTimeAxisFormat();
    rebuild();
}

QDateTime TimeSeriesChart::timeFrom() const
{
    return QDateTime::fromMSecsSinceEpoch(m_from, QTimeZone::utc());
}

QDateTime TimeSeriesChart::timeTo() const
{
    return QDateTime::fromMSecsSinceEpoch(m_to, QTimeZone::utc());
}

void TimeSeriesChart::setMaxGap(qint64 milliseconds)
{
    m_maxGap = std::max<qint64>(0, milliseconds);
    rebuild();
}

void TimeSeriesChart::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    chart()->legend()->setVisible(m_legendVisible && m_series.size() > 1);
}

void TimeSeriesChart::setDownsampling(bool on)
{
    m_downsampling = on;
    rebuild();
}

void TimeSeriesChart::setSeries(QList<Series> series)
{
    m_series = std::move(series);
    rebuild();
}

void TimeSeriesChart::appendPoints(int index, const QString &name, const QList<QPointF> &points,
                                   const QList<QPointF> &ranges)
{
    while (m_series.size() <= index)
        m_series.append(Series{});
    Series &s = m_series[index];
    if (s.name.isEmpty())
        s.name = name;
    // Ranges are kept only while every point has one.
    const bool keepRanges = !ranges.isEmpty() && ranges.size() == points.size() && s.ranges.size() == s.points.size();
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double last = s.points.isEmpty() ? -INFINITY : s.points.constLast().x();
        if (points.at(i).x() < last)
            continue; // already there
        if (points.at(i).x() == last) {
            // The live tail re-reads its newest bucket, which has grown since: it replaces it.
            s.points.last() = points.at(i);
            if (keepRanges)
                s.ranges.last() = ranges.at(i);
            continue;
        }
        s.points.append(points.at(i));
        if (keepRanges)
            s.ranges.append(ranges.at(i));
    }
    if (!keepRanges)
        s.ranges.clear();
    rebuild();
}

int TimeSeriesChart::plotColumns() const
{
    const double w = chart()->plotArea().width();
    return std::max(16, int(w > 0 ? w : width() - 80));
}

void TimeSeriesChart::scheduleRebuild()
{
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QMetaObject::invokeMethod(this, [this] {
        m_rebuildPending = false;
        if (plotColumns() != m_builtColumns)
            rebuild();
    }, Qt::QueuedConnection);
}

void TimeSeriesChart::rebuild()
{
    const int columns = plotColumns();
    m_builtColumns = columns;
    m_displayedPoints = 0;
    m_displayedSegments = 0;
    clearHover();
    int used = 0;
    bool any = false;
    const auto lineAt = [this](int k) {
        while (m_lines.size() <= k) {
            auto *line = new QLineSeries();
            chart()->addSeries(line);
            line->attachAxis(m_timeAxis);
            line->attachAxis(m_valueAxis);
            m_lines.append(line);
        }
        return m_lines.at(k);
    };
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const Series &s = m_series.at(i);
        double gap = m_maxGap > 0 ? double(m_maxGap) : autoGap(s.points);
        QList<QList<QPointF>> runs;
        for (;;) {
            runs = m_downsampling ? Downsampler::forDisplay(s.points, double(m_from), double(m_to), columns, gap)
                                  : Downsampler::splitAtGaps(s.points, gap);
            // Each run is a QtCharts series: a line broken into hundreds of pieces would cost more
            // than it shows. Only gaps wider than this many are drawn.
            if (runs.size() <= kMaxRunsPerSeries)
                break;
            gap *= 2;
        }
        qsizetype drawn = 0;
        for (const QList<QPointF> &run : std::as_const(runs))
            drawn += run.size();
        if (runs.isEmpty())
            runs.append(QList<QPointF>()); // keeps its legend entry
        QPen pen(s.color.isValid() ? s.color : paletteColor(int(i)));
        // A dense line is drawn one pixel wide: QPainter's fast path, and its detail stays visible.
        pen.setWidthF(double(drawn) > columns * 0.5 ? 1.0 : 1.8);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        for (qsizetype r = 0; r < runs.size(); ++r) {
            QLineSeries *line = lineAt(used++);
            line->setName(s.name);
            line->setPen(pen);
            line->replace(runs.at(r));
            line->setVisible(true);
            for (QLegendMarker *marker : chart()->legend()->markers(line))
                marker->setVisible(r == 0 && !s.name.isEmpty());
            m_displayedPoints += int(runs.at(r).size());
            if (!runs.at(r).isEmpty()) {
                ++m_displayedSegments;
                any = true;
            }
        }
    }
    for (qsizetype k = used; k < m_lines.size(); ++k) {
        m_lines.at(k)->clear();
        m_lines.at(k)->setVisible(false);
        for (QLegendMarker *marker : chart()->legend()->markers(m_lines.at(k)))
            marker->setVisible(false);
    }
    chart()->legend()->setVisible(m_legendVisible && m_series.size() > 1);
    updateValueRange();
    setHasData(any);
}

double TimeSeriesChart::autoGap(const QList<QPointF> &points)
{
    // 2.5 x the typical spacing (the median of up to 512 spacings spread over the series).
    if (points.size() < 3)
        return INFINITY;
    std::vector<double> deltas;
    const qsizetype step = std::max<qsizetype>(1, points.size() / 512);
    for (qsizetype i = step; i < points.size(); i += step)
        deltas.push_back(points.at(i).x() - points.at(i - 1).x());
    std::nth_element(deltas.begin(), deltas.begin() + qsizetype(deltas.size() / 2), deltas.end());
    return std::max(1.0, deltas.at(deltas.size() / 2) * 2.5);
}

void TimeSeriesChart::updateValueRange()
{
    if (m_fixedRange) {
        m_valueAxis->setRange(m_fixedRange->first, m_fixedRange->second);
        m_valueAxis->setTickCount(6);
        return;
    }
    double lo = 0.0;
    double hi = 0.0;
    bool seen = false;
    for (const Series &s : std::as_const(m_series)) {
        for (qsizetype i = 0; i < s.points.size(); ++i) {
            const QPointF &p = s.points.at(i);
            if (p.x() < double(m_from) || p.x() >= double(m_to) || !std::isfinite(p.y()))
                continue;
            const double low = s.ranges.size() == s.points.size() ? s.ranges.at(i).x() : p.y();
            const double high = s.ranges.size() == s.points.size() ? s.ranges.at(i).y() : p.y();
            lo = seen ? std::min(lo, std::min(low, p.y())) : std::min(low, p.y());
            hi = seen ? std::max(hi, std::max(high, p.y())) : std::max(high, p.y());
            seen = true;
        }
    }
    // Quantities here (W, MiB, °C) start at zero: a chart starting elsewhere exaggerates changes.
    lo = std::min(0.0, lo);
    if (!seen || hi <= lo)
        hi = lo + 1.0;
    m_valueAxis->setRange(lo, hi * 1.05);
    m_valueAxis->applyNiceNumbers();
}

void TimeSeriesChart::updateTimeAxisFormat()
{
    const qint64 span = m_to - m_from;
    constexpr qint64 day = 86'400'000;
    if (span <= day)
        m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    else if (span <= 3 * day)
        m_timeAxis->setFormat(QStringLiteral("ddd HH:mm"));
    else
        m_timeAxis->setFormat(QStringLiteral("MMM d"));
    m_timeAxis->setTickCount(std::clamp(width() / 130, 3, 9));
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    ChartWidget::resizeEvent(event);
    updateTimeAxisFormat();
    scheduleRebuild();
}

int TimeSeriesChart::displayedPointCount() const
{
    return m_displayedPoints;
}

int TimeSeriesChart::displayedSegmentCount() const
{
    return m_displayedSegments;
}

QString TimeSeriesChart::seriesValueText(const Series &s, qsizetype i) const
{
    const QString value = formatValue(s.points.at(i).y());
    if (s.ranges.size() != s.points.size())
        return tr("%1: %2").arg(s.name, value);
    const QPointF range = s.ranges.at(i);
    return tr("%1: %2 (min %3, max %4)").arg(s.name, value, formatValue(range.x()), formatValue(range.y()));
}

QString TimeSeriesChart::hoverText(qint64 msecs) const
{
    const double columnWidth = double(m_to - m_from) / std::max(1, m_builtColumns);
    QStringList lines;
    std::optional<qint64> at;
    for (const Series &s : m_series) {
        const double gap = m_maxGap > 0 ? double(m_maxGap) : autoGap(s.points);
        const double tolerance = std::max(8.0 * columnWidth, std::isfinite(gap) ? gap / 2.0 : 0.0);
        const auto it = std::lower_bound(s.points.cbegin(), s.points.cend(), double(msecs),
                                         [](const QPointF &p, double x) { return p.x() < x; });
        qsizetype best = -1;
        double bestDistance = tolerance;
        for (auto candidate : {it, it == s.points.cbegin() ? s.points.cend() : it - 1}) {
            if (candidate == s.points.cend())
                continue;
            const double d = std::abs(candidate->x() - double(msecs));
            if (d <= bestDistance && std::isfinite(candidate->y())) {
                bestDistance = d;
                best = candidate - s.points.cbegin();
            }
        }
        if (best < 0)
            continue;
        if (!at)
            at = qint64(s.points.at(best).x());
        lines << seriesValueText(s, best);
    }
    if (lines.isEmpty())
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(*at).toLocalTime();
    lines.prepend(QLocale().toString(when, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    return lines.join(QLatin1Char('\n'));
}

bool TimeSeriesChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view()->viewport()) {
        if (event->type() == QEvent::MouseMove)
            hoverAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        else if (event->type() == QEvent::Leave)
            clearHover();
    }
    return ChartWidget::eventFilter(watched, event);
}

void TimeSeriesChart::hoverAt(const QPoint &viewportPos)
{
    const QPointF inChart = chart()->mapFromScene(view()->mapToScene(viewportPos));
    const QRectF plot = chart()->plotArea();
    if (!plot.contains(inChart) || m_lines.isEmpty()) {
        clearHover();
        return;
    }
    const QPointF value = chart()->mapToValue(inChart, m_lines.constFirst());
    const QString text = hoverText(qint64(value.x()));
    if (text.isEmpty()) {
        clearHover();
        return;
    }
    m_crosshair->setLine(inChart.x(), plot.top(), inChart.x(), plot.bottom());
    m_crosshair->show();
    QToolTip::showText(view()->viewport()->mapToGlobal(viewportPos + QPoint(14, 14)), text, view()->viewport());
    Q_EMIT hovered(text);
}

void TimeSeriesChart::clearHover()
{
    if (!m_crosshair->isVisible())
        return;
    m_crosshair->hide();
    QToolTip::hideText();
    Q_EMIT hovered(QString());
}

void TimeSeriesChart::setHoverDecorationsVisible(bool visible)
{
    if (!visible)
        m_crosshair->setData(0, m_crosshair->isVisible());
    m_crosshair->setVisible(visible && m_crosshair->data(0).toBool());
}

} // namespace gpudesk
