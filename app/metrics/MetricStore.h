#pragma once

#include "GpuSample.h"
#include "MetricPoint.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QVariant>

namespace gpudesk {

class Database;

// GPU utilization over time, in SQLite. Raw samples live in a WITHOUT ROWID table keyed by
// (series, time), a series being one GPU of one job: the key itself serves a job's range query and
// the rows carry no repeated job id. Each insert, in its transaction, recomputes the 1-minute and
// 1-hour rollups (min/max/sum/count) of the hours it touched, so a 30-day chart reads ~720 rows per GPU instead
// of ~260,000. Retention drops raw samples (and minute rollups) older than a configurable age.
class MetricStore
{
    Q_DECLARE_TR_FUNCTIONS(MetricStore)

public:
    enum class Resolution {
        Raw = 0,
        Minute = 60,
        Hour = 3600,
    };

    struct Retention
    {
        int rawDays = 7; // 0 = keep for ever
        int minuteDays = 90;
        int hourDays = 0;
        bool operator==(const Retention &) const = default;
    };

    explicit MetricStore(Database &db);

    void setRetention(const Retention &retention) { m_retention = retention; }
    Retention retention() const { return m_retention; }

    // Stores the samples in one transaction and updates the rollups. A sample already stored
    // (same job, GPU and second) is ignored. Returns how many were new.
    Result<int> insert(const QList<GpuSample> &samples);

    // The job's GPUs over [from, to) at `resolution`, ordered by GPU then time.
    Result<QList<MetricPoint>> series(
        const QString &jobId, const QDateTime &from, const QDateTime &to, Resolution resolution) const;
    // The finest resolution that gives at most `maxPoints` points per GPU over [from, to) (a chart
    // passes its width in pixels: 30 days on 1,500 pixels read hours, an afternoon reads minutes).
    static Resolution resolutionFor(
        const QDateTime &from, const QDateTime &to, int maxPoints, int sampleIntervalSeconds = 10);
    // The raw samples over [from, to), ordered by time then GPU (what idle detection reads).
    Result<QList<GpuSample>> samples(const QString &jobId, const QDateTime &from, const QDateTime &to) const;
    // The newest sample of each of the job's GPUs.
    Result<QList<GpuSample>> latest(const QString &jobId) const;

    // Per job and minute, how many of its GPUs stayed under `thresholdPercent` for the whole minute
    // (every sample of that minute below it), over minutes starting in [from, to), ordered by job then
    // time. Read from the minute rollups (kept 90 days by default). A minute without samples is
    // missing, never idle: waste is only counted where it was measured.
    struct IdleMinute
    {
        QString jobId;
        qint64 minuteStart = 0; // seconds since the epoch, a multiple of 60
        int idleGpus = 0;
        bool operator==(const IdleMinute &) const = default;
    };
    Result<QList<IdleMinute>> idleMinutes(const QDateTime &from, const QDateTime &to, int thresholdPercent) const;

    // Deletes what the retention no longer keeps, as of `now`. Returns the rows deleted.
    Result<int> applyRetention(const QDateTime &now);
    // Forgets everything about a job.
    Result<void> removeJob(const QString &jobId);

private:
    Result<qint64> seriesId(const QString &jobId, int gpuIndex, const QString &name);
    Error sqlError(const QString &detail) const;
    // Adds new samples (none stored before) to their minute and hour rollups.
    Result<void> mergeRollups(const QList<GpuSample> &samples);
    // Rebuilds the rollups of the hours each series' span touches from the stored rows.
    Result<void> recomputeRollups(const QHash<qint64, QPair<qint64, qint64>> &spans);
    // Samples of `jobId` joined with their series; `condition` continues the JOIN (ON … WHERE … ORDER BY).
    Result<QList<GpuSample>> loadSamples(
        const QString &jobId, const QString &condition, const QVariantList &bind) const;

    Database &m_db;
    Retention m_retention;
    QHash<QPair<QString, int>, qint64> m_seriesIds;
};

} // namespace gpudesk
