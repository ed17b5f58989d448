#include "JobUtilizationView.h"

#include "core/Clock.h"
#include "metrics/GpuSample.h"
#include "metrics/Sampler.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QVBoxLayout>

#include <algorithm>

namespace gpudesk {

namespace {

// A stat in the chart's unit: MiB -> GiB, centiwatts -> W.
double scaled(JobUtilizationView::Metric metric, double v)
{
    switch (metric) {
    case JobUtilizationView::Metric::Memory:
        return v / 1024.0;
    case JobUtilizationView::Metric::Power:
        return v / 100.0;
    case JobUtilizationView::Metric::Utilization:
    case JobUtilizationView::Metric::Temperature:
        break;
    }
    return v;
}

const MetricPoint::Stat &statOf(const MetricPoint &p, JobUtilizationView::Metric metric)
{
    switch (metric) {
    case JobUtilizationView::Metric::Memory:
        return p.memoryUsedMiB;
    case JobUtilizationView::Metric::Power:
        return p.powerCentiWatts;
    case JobUtilizationView::Metric::Temperature:
        return p.temperatureC;
    case JobUtilizationView::Metric::Utilization:
        break;
    }
    return p.utilizationPercent;
}

QString gpuName(int index)
{
    return JobUtilizationView::tr("GPU %1").arg(index);
}

} // namespace

QList<qint64> JobUtilizationView::windows()
{
    return {3600, 6 * 3600, 86'400, 7 * 86'400, 30 * 86'400, 0};
}

JobUtilizationView::JobUtilizationView(MetricStore &store, Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_range(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_legend(new QLabel(this))
{
    setObjectName(QStringLiteral("jobUtilization"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->setSpacing(4);

    auto *bar = new QHBoxLayout();
    m_range->setObjectName(QStringLiteral("utilizationRange"));
    const QStringList names = {tr("Last hour"), tr("Last 6 hours"), tr("Last 24 hours"), tr("Last 7 days"),
                               tr("Last 30 days"), tr("Whole job")};
    const QList<qint64> spans = windows();
    for (int i = 0; i < spans.size(); ++i)
        m_range->addItem(names.at(i), spans.at(i));
    m_range->setCurrentIndex(int(spans.size()) - 1);
    connect(m_range, &QComboBox::activated, this, [this](int index) {
        m_window = m_range->itemData(index).toLongLong();
        reload();
    });
    m_status->setObjectName(QStringLiteral("utilizationStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #546e7a;"));
    m_status->setTextFormat(Qt::RichText);
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_range);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);
    m_legend->setObjectName(QStringLiteral("utilizationLegend"));
    m_legend->setTextFormat(Qt::RichText);
    bar->addWidget(m_legend);
    outer->addLayout(bar);

    auto *grid = new QGridLayout();
    grid->setSpacing(6);
    const auto add = [this, grid](const QString &title, const QString &format, int decimals, int row, int column) {
        auto *chart = new TimeSeriesChart(this);
        chart->setTitle(title);
        chart->setValueFormat(format, decimals, 0);
        chart->setEmptyText(tr("No samples in this range yet. While the job runs, GPU Desk reads nvidia-smi on "
                               "its machine every few seconds."));
        chart->setMinimumSize(320, 180);
        chart->setLegendVisible(false); // one legend above the four charts
        grid->addWidget(chart, row, column);
        m_charts.append(chart);
        return chart;
    };
    add(tr("GPU utilization"), tr("%1 %"), 0, 0, 0)->setValueRange(0, 100);
    add(tr("GPU memory used"), tr("%1 GiB"), 2, 0, 1);
    add(tr("Power draw"), tr("%1 W"), 2, 1, 0);
    add(tr("Temperature"), tr("%1 °C"), 0, 1, 1);
    m_charts.at(0)->setObjectName(QStringLiteral("utilizationChart"));
    m_charts.at(1)->setObjectName(QStringLiteral("memoryChart"));
    m_charts.at(2)->setObjectName(QStringLiteral("powerChart"));
    m_charts.at(3)->setObjectName(QStringLiteral("temperatureChart"));
    outer->addLayout(grid, 1);
    updateStatus();
}

void JobUtilizationView::setSampler(Sampler *sampler)
{
    if (m_sampler)
        disconnect(m_sampler, nullptr, this, nullptr);
    m_sampler = sampler;
    if (sampler) {
        connect(sampler, &Sampler::sampled, this, &JobUtilizationView::onSampled);
        connect(sampler, &Sampler::sampleFailed, this, [this](const QString &jobId, const QString &message) {
            if (jobId == m_jobId && !m_endedAt.isValid())
                updateStatus(message);
        });
    }
}

TimeSeriesChart *JobUtilizationView::chart(Metric metric) const
{
    return m_charts.at(int(metric));
}

void JobUtilizationView::setJob(const QString &jobId, const QDateTime &startedAt, const QDateTime &endedAt,
                                bool simulated)
{
    if (jobId == m_jobId && startedAt == m_startedAt && endedAt == m_endedAt && simulated == m_simulated)
        return;
    m_jobId = jobId;
    m_startedAt = startedAt;
    m_endedAt = endedAt;
    m_simulated = simulated;
    reload();
}

void JobUtilizationView::setWindow(qint64 seconds)
{
    m_window = std::max<qint64>(0, seconds);
    const int index = m_range->findData(m_window);
    if (index >= 0)
        m_range->setCurrentIndex(index);
    reload();
}

QDateTime JobUtilizationView::windowEnd() const
{
    return m_endedAt.isValid() ? m_endedAt.toUTC() : m_clock.now().toUTC();
}

QDateTime JobUtilizationView::windowStart(const QDateTime &end) const
{
    QDateTime start = m_window > 0 ? end.addSecs(-m_window) : m_startedAt.toUTC();
    if (!start.isValid() || start.secsTo(end) < 600)
        start = end.addSecs(-600); // a job that just began still gets a readable axis
    return start;
}

void JobUtilizationView::reload()
{
    m_lastSample = QDateTime();
    if (m_jobId.isEmpty()) {
        for (TimeSeriesChart *c : std::as_const(m_charts))
            c->setSeries({});
        updateStatus();
        return;
    }
    const QDateTime end = windowEnd();
    const QDateTime start = windowStart(end);
    const int interval = m_sampler ? m_sampler->intervalSeconds() : 10;
    m_resolution = resolutionNow();
    auto points = m_store.series(m_jobId, start, end.addSecs(1), m_resolution);
    if (!points) {
        for (TimeSeriesChart *c : std::as_const(m_charts))
            c->setSeries({});
        updateStatus(points.error().message);
        return;
    }
    // Neighbours further apart than this are a gap (the sampler failed or the job was stopped).
    const qint64 step = m_resolution == MetricStore::Resolution::Raw ? interval : int(m_resolution);
    const qint64 maxGap = std::max<qint64>(35, step * 5 / 2) * 1000;
    qint64 memoryTotal = 0;
    for (const MetricPoint &p : std::as_const(*points)) {
        memoryTotal = std::max(memoryTotal, p.memoryTotalMiB.value_or(0));
        if (!m_lastSample.isValid() || p.at > m_lastSample)
            m_lastSample = p.at;
    }
    for (int m = 0; m < m_charts.size(); ++m) {
        TimeSeriesChart *c = m_charts.at(m);
        c->setMaxGap(maxGap);
        c->setTimeRange(start, end);
        c->setSeries(toSeries(*points, Metric(m)));
    }
    if (memoryTotal > 0)
        chart(Metric::Memory)->setValueRange(0, double(memoryTotal) / 1024.0);
    else
        chart(Metric::Memory)->setValueRange(0, 0);
    updateLegend();
    updateStatus();
}

MetricStore::Resolution JobUtilizationView::resolutionNow() const
{
    // The finest resolution with at most one point per pixel of the charts' plots.
    const QDateTime end = windowEnd();
    const int pixels = std::max(300, m_charts.constFirst()->width() - 80);
    return MetricStore::resolutionFor(windowStart(end), end, pixels, m_sampler ? m_sampler->intervalSeconds() : 10);
}

void JobUtilizationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_jobId.isEmpty() && resolutionNow() != m_resolution) {
        // Later: the charts take their new size once this event is over.
        QMetaObject::invokeMethod(this, [this] {
            if (!m_jobId.isEmpty() && resolutionNow() != m_resolution)
                reload();
        }, Qt::QueuedConnection);
    }
}

QList<TimeSeriesChart::Series> JobUtilizationView::toSeries(const QList<MetricPoint> &points, Metric metric)
{
    QMap<int, TimeSeriesChart::Series> byGpu;
    QMap<int, bool> hasRange;
    for (const MetricPoint &p : points) {
        const MetricPoint::Stat &stat = statOf(p, metric);
        if (!stat.avg)
            continue; // nothing read: a gap, never a zero
        TimeSeriesChart::Series &s = byGpu[p.gpuIndex];
        if (s.name.isEmpty()) {
            s.name = gpuName(p.gpuIndex);
            s.color = ChartWidget::paletteColor(p.gpuIndex);
        }
        const double x = double(p.at.toMSecsSinceEpoch());
        s.points.append(QPointF(x, scaled(metric, *stat.avg)));
        const double low = scaled(metric, double(stat.min.value_or(qint64(*stat.avg))));
        const double high = scaled(metric, double(stat.max.value_or(qint64(*stat.avg))));
        s.ranges.append(QPointF(low, high));
        hasRange[p.gpuIndex] = hasRange.value(p.gpuIndex) || stat.count > 1;
    }
    QList<TimeSeriesChart::Series> out;
    for (auto it = byGpu.begin(); it != byGpu.end(); ++it) {
        if (!hasRange.value(it.key()))
            it->ranges.clear(); // raw samples: the value is the whole story
        out.append(*it);
    }
    return out;
}

void JobUtilizationView::onSampled(const QString &jobId, const QList<GpuSample> &samples)
{
    if (jobId != m_jobId || m_endedAt.isValid() || samples.isEmpty())
        return;
    const QDateTime end = windowEnd();
    const QDateTime start = windowStart(end);
    if (resolutionNow() != m_resolution) {
        reload(); // the job has grown past what this resolution shows well
        return;
    }
    // Re-read from the newest bucket shown: for rollups it has grown, for raw samples it is just the new ones.
    QDateTime from = m_lastSample.isValid() ? m_lastSample : start;
    for (const GpuSample &s : samples)
        from = std::min(from, s.at);
    auto points = m_store.series(m_jobId, from, end.addSecs(1), m_resolution);
    if (!points) {
        updateStatus(points.error().message);
        return;
    }
    for (const MetricPoint &p : std::as_const(*points)) {
        if (!m_lastSample.isValid() || p.at > m_lastSample)
            m_lastSample = p.at;
    }
    for (int m = 0; m < m_charts.size(); ++m) {
        TimeSeriesChart *c = m_charts.at(m);
        c->setTimeRange(start, end);
        for (const TimeSeriesChart::Series &tail : toSeries(*points, Metric(m))) {
            int index = 0;
            while (index < c->series().size() && c->series().at(index).name != tail.name)
                ++index;
            c->appendPoints(index, tail.name, tail.points, tail.ranges);
        }
    }
    updateStatus();
}

void JobUtilizationView::updateLegend()
{
    QStringList entries;
    for (const TimeSeriesChart::Series &s : m_charts.constFirst()->series())
        entries << QStringLiteral("<span style='color:%1'>&#9632;</span>&nbsp;%2")
                       .arg(s.color.name(), s.name.toHtmlEscaped());
    m_legend->setText(entries.join(QStringLiteral("&nbsp;&nbsp; ")));
}

void JobUtilizationView::updateStatus(const QString &problem)
{
    QStringList parts;
    if (m_simulated)
        parts << tr("<b>Sandbox</b>: simulated nvidia-smi readings that follow the pod's CPU use, not a real GPU.");
    if (m_jobId.isEmpty()) {
        parts << tr("Select a job to see its GPUs over time.");
    } else {
        switch (m_resolution) {
        case MetricStore::Resolution::Raw:
            parts << tr("Every sample.");
            break;
        case MetricStore::Resolution::Minute:
            parts << tr("1-minute averages; hover for the minimum and maximum.");
            break;
        case MetricStore::Resolution::Hour:
            parts << tr("Hourly averages; hover for the minimum and maximum.");
            break;
        }
        if (!m_endedAt.isValid() && m_lastSample.isValid())
            parts << tr("Live, last sample at %1.").arg(QLocale().toString(m_lastSample.toLocalTime().time(), QStringLiteral("HH:mm:ss")));
        else if (!m_endedAt.isValid())
            parts << tr("Live: waiting for the first sample.");
    }
    if (!problem.isEmpty())
        parts << QStringLiteral("<span style='color:#c62828'>%1</span>").arg(problem.toHtmlEscaped());
    m_status->setText(parts.join(QLatin1Char(' ')));
}

} // namespace gpudesk
