#pragma once

#include "ChartWidget.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

class QDateTimeAxis;
class QGraphicsLineItem;
class QLineSeries;
class QValueAxis;

namespace gpudesk {

// Lines over time (GPU utilization, memory, power, temperature). It keeps every point it is given
// and draws a copy reduced to the plot's width in pixels (Downsampler::forDisplay, rebuilt on
// resize), each line through QXYSeries::replace(); a missing stretch of samples is a gap, not a
// line across it. Hovering shows the exact stored values nearest the pointer, for every series.
class TimeSeriesChart : public ChartWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        QColor color; // invalid: the palette colour of its position
        QList<QPointF> points; // x: milliseconds since the epoch (UTC), y: the value; sorted by x
        // Optional, one per point: the bucket's (min, max) when a point stands for many samples.
        QList<QPointF> ranges;
    };

    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    // The value axis: fixed range (utilization 0-100 %), or from the data when max <= min.
    void setValueRange(double min, double max);
    void setValueAxisTitle(const QString &title);
    // How a value reads in the tooltip and on the axis, e.g. "%1 %" or "%1 W": `decimals` digits in
    // the tooltip, `axisDecimals` on the axis (-1: the same).
    void setValueFormat(const QString &pattern, int decimals = 0, int axisDecimals = -1);
    QString formatValue(double value) const;
    // The time window shown; points outside it are kept but not drawn.
    void setTimeRange(const QDateTime &from, const QDateTime &to);
    QDateTime timeFrom() const;
    QDateTime timeTo() const;
    // Neighbouring points further apart than this are a gap (0, the default: 2.5 x the series'
    // typical spacing).
    void setMaxGap(qint64 milliseconds);

    // The legend (shown when there are two series or more); off where the page shows one for several charts.
    void setLegendVisible(bool visible);
    // Off: every point goes to QtCharts as given (split at gaps only); a benchmark's baseline.
    void setDownsampling(bool on);

    void setSeries(QList<Series> series);
    // Live tail: adds points after the last ones of series `index` (creating it when missing); a
    // point at the time of the last one replaces it (a rollup bucket that has grown).
    void appendPoints(int index, const QString &name, const QList<QPointF> &points, const QList<QPointF> &ranges = {});
    const QList<Series> &series() const { return m_series; }

    // What the chart draws now: points over every line segment, and segments (gaps split a line).
    int displayedPointCount() const;
    int displayedSegmentCount() const;
    // The tooltip text for the pointer at time `msecs` (plain text, one line per series with a point
    // near it); empty when no series has one.
    QString hoverText(qint64 msecs) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void setHoverDecorationsVisible(bool visible) override;

private:
    void rebuild();
    void scheduleRebuild();
    int plotColumns() const;
    void updateTimeAxisFormat();
    void updateValueRange();
    void hoverAt(const QPoint &viewportPos);
    void clearHover();
    QString seriesValueText(const Series &s, qsizetype i) const;
    static double autoGap(const QList<QPointF> &points);
    static constexpr qsizetype kMaxRunsPerSeries = 48;

    QList<Series> m_series;
    QList<QLineSeries *> m_lines; // pool, reused between rebuilds
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QGraphicsLineItem *m_crosshair;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_maxGap = 0;
    std::optional<std::pair<double, double>> m_fixedRange;
    QString m_valuePattern = QStringLiteral("%1");
    int m_decimals = 0;
    int m_builtColumns = 0;
    int m_displayedPoints = 0;
    int m_displayedSegments = 0;
    bool m_rebuildPending = false;
    bool m_downsampling = true;
    bool m_legendVisible = true;
};

} // namespace gpudesk
