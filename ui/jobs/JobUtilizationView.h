#pragma once

#include "charts/TimeSeriesChart.h"
#include "metrics/MetricPoint.h"
#include "metrics/MetricStore.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace gpudesk {

class Clock;
class Sampler;
struct GpuSample;

// The selected job's GPUs over time: utilization, memory, power and temperature, one line per
// GPU, read from MetricStore at the finest resolution that fits the charts' width (raw samples for
// an hour, minute or hour rollups for days), with a live tail: each new sample of the job is
// added as the sampler stores it.
class JobUtilizationView : public QWidget
{
    Q_OBJECT

public:
    enum class Metric {
        Utilization,
        Memory,
        Power,
        Temperature,
    };

    // Windows the range box offers, in seconds; 0 is the whole job.
    static QList<qint64> windows();

    JobUtilizationView(MetricStore &store, Clock &clock, QWidget *parent = nullptr);

    // Follows the sampler's new samples (may be null: no live tail).
    void setSampler(Sampler *sampler);
    // Shows a job: `startedAt` begins "whole job"; `endedAt` invalid while it runs (live).
    // `simulated`: the Sandbox's nvidia-smi (said so above the charts).
    void setJob(const QString &jobId, const QDateTime &startedAt, const QDateTime &endedAt, bool simulated);
    QString jobId() const { return m_jobId; }
    // Seconds shown back from the end (0: the whole job).
    void setWindow(qint64 seconds);
    void reload();

    TimeSeriesChart *chart(Metric metric) const;
    MetricStore::Resolution resolution() const { return m_resolution; }

    // One chart series per GPU for `metric` from the store's points (ordered by GPU then time).
    static QList<TimeSeriesChart::Series> toSeries(const QList<MetricPoint> &points, Metric metric);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    MetricStore::Resolution resolutionNow() const;
    void onSampled(const QString &jobId, const QList<GpuSample> &samples);
    void updateStatus(const QString &problem = QString());
    void updateLegend();
    QDateTime windowEnd() const;
    QDateTime windowStart(const QDateTime &end) const;

    MetricStore &m_store;
    Clock &m_clock;
    QPointer<Sampler> m_sampler;
    QComboBox *m_range;
    QLabel *m_status;
    QLabel *m_legend;
    QList<TimeSeriesChart *> m_charts; // in Metric order
    QString m_jobId;
    QDateTime m_startedAt;
    QDateTime m_endedAt;
    bool m_simulated = false;
    qint64 m_window = 0;
    MetricStore::Resolution m_resolution = MetricStore::Resolution::Raw;
    QDateTime m_lastSample;
};

} // namespace gpudesk
