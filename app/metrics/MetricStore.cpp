#include "MetricStore.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <map>
#include <tuple>

namespace gpudesk {

namespace {

template <typename T> std::optional<T> optionalOf(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return T(v.toLongLong());
}

MetricPoint::Stat statOf(const QSqlQuery &q, int column)
{
    MetricPoint::Stat s;
    s.count = q.value(column + 3).toInt();
    if (s.count == 0)
        return s;
    s.min = optionalOf<qint64>(q.value(column));
    s.max = optionalOf<qint64>(q.value(column + 1));
    s.avg = double(q.value(column + 2).toLongLong()) / s.count;
    return s;
}

MetricPoint::Stat single(std::optional<qint64> v)
{
    MetricPoint::Stat s;
    if (v) {
        s.min = s.max = *v;
        s.avg = double(*v);
        s.count = 1;
    }
    return s;
}

QDateTime fromSeconds(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC); // inline, no QTimeZone object per sample
}

// Columns of gpu_samples after series_id and t, in this order everywhere.
const char kSampleColumns[] = "util, mem_used, mem_total, power_cw, temp";

GpuSample sampleOf(const QSqlQuery &q, const QString &jobId)
{
    // gpu_index, gpu_name, t, util, mem_used, mem_total, power_cw, temp
    GpuSample s;
    s.jobId = jobId;
    s.reading.index = q.value(0).toInt();
    s.reading.name = q.value(1).toString();
    s.at = fromSeconds(q.value(2).toLongLong());
    s.reading.utilizationPercent = optionalOf<int>(q.value(3));
    s.reading.memoryUsedMiB = optionalOf<qint64>(q.value(4));
    s.reading.memoryTotalMiB = optionalOf<qint64>(q.value(5));
    s.reading.powerCentiWatts = optionalOf<int>(q.value(6));
    s.reading.temperatureC = optionalOf<int>(q.value(7));
    return s;
}

// Appends a sample as a row of literals: every value is an integer we format, so nothing from
// outside reaches the SQL text, and one multi-row statement costs far less than a bound one per row.
void appendRow(QString &sql, qint64 series, qint64 t, const GpuReading &g)
{
    auto value = [&sql](std::optional<qint64> v) {
        sql += u',';
        if (v)
            sql += QString::number(*v);
        else
            sql += QLatin1String("NULL");
    };
    sql += u'(';
    sql += QString::number(series);
    sql += u',';
    sql += QString::number(t);
    value(g.utilizationPercent ? std::optional<qint64>(*g.utilizationPercent) : std::nullopt);
    value(g.memoryUsedMiB);
    value(g.memoryTotalMiB);
    value(g.powerCentiWatts ? std::optional<qint64>(*g.powerCentiWatts) : std::nullopt);
    value(g.temperatureC ? std::optional<qint64>(*g.temperatureC) : std::nullopt);
    sql += u')';
}

const char kRollupColumns[] = "series_id, resolution, t, util_min, util_max, util_sum, util_n, mem_min, mem_max, "
                              "mem_sum, mem_n, power_min, power_max, power_sum, power_n, temp_min, temp_max, "
                              "temp_sum, temp_n, mem_total";

// Rollups are recomputed from what is stored (raw rows for minutes, minutes for hours) rather than
// accumulated: a sample stored twice, or a batch retried, can never be counted twice.
// `aggregate` is the SELECT list of one metric (%1: its column in `source`).
QString rollupSql(
    int resolution, std::initializer_list<const char *> metrics, const char *aggregate, const char *source)
{
    QString select;
    for (const char *metric : metrics)
        select += QString::fromLatin1(aggregate).arg(QLatin1String(metric));
    const QString bucket = QStringLiteral("t - t % %1").arg(resolution);
    return QStringLiteral("INSERT OR REPLACE INTO gpu_rollups (%1) SELECT series_id, %2, %3%4, MAX(mem_total) "
                          "FROM %5 AND t >= ? AND t < ? GROUP BY %3")
        .arg(QLatin1String(kRollupColumns), QString::number(resolution), bucket, select, QLatin1String(source));
}

QString minuteRollupSql()
{
    return rollupSql(60, { "util", "mem_used", "power_cw", "temp" }, ", MIN(%1), MAX(%1), SUM(%1), COUNT(%1)",
        "gpu_samples WHERE series_id = ?");
}

QString hourRollupSql()
{
    return rollupSql(3600, { "util", "mem", "power", "temp" }, ", MIN(%1_min), MAX(%1_max), SUM(%1_sum), SUM(%1_n)",
        "gpu_rollups WHERE series_id = ? AND resolution = 60");
}

// Min/max/sum/count of one metric over the new samples of one bucket.
struct Accumulator
{
    std::optional<qint64> min;
    std::optional<qint64> max;
    qint64 sum = 0;
    qint64 count = 0;

    void add(std::optional<qint64> v)
    {
        if (!v)
            return;
        min = min ? std::min(*min, *v) : *v;
        max = max ? std::max(*max, *v) : *v;
        sum += *v;
        ++count;
    }
};

struct Bucket
{
    qint64 series = 0;
    int resolution = 0;
    qint64 t = 0;
    Accumulator metrics[4]; // util, mem, power, temp
    std::optional<qint64> memTotal;
};

// SQLite's two-argument MIN/MAX give NULL when either side is NULL: merge around NULLs.
QString mergeSql()
{
    QStringList sets;
    for (const char *metric : { "util", "mem", "power", "temp" }) {
        const QString m = QLatin1String(metric);
        sets << QStringLiteral("%1_min = MIN(COALESCE(%1_min, excluded.%1_min), COALESCE(excluded.%1_min, %1_min))")
                    .arg(m)
             << QStringLiteral("%1_max = MAX(COALESCE(%1_max, excluded.%1_max), COALESCE(excluded.%1_max, %1_max))")
                    .arg(m)
             << QStringLiteral("%1_sum = COALESCE(%1_sum, 0) + COALESCE(excluded.%1_sum, 0)").arg(m)
             << QStringLiteral("%1_n = %1_n + excluded.%1_n").arg(m);
    }
    sets << QStringLiteral("mem_total = COALESCE(excluded.mem_total, mem_total)");
    return QStringLiteral(" ON CONFLICT (series_id, resolution, t) DO UPDATE SET ") + sets.join(QStringLiteral(", "));
}

void appendBucket(QString &sql, const Bucket &b)
{
    auto value = [&sql](std::optional<qint64> v) {
        sql += u',';
        sql += v ? QString::number(*v) : QStringLiteral("NULL");
    };
    sql += u'(';
    sql += QString::number(b.series);
    value(b.resolution);
    value(b.t);
    for (const Accumulator &a : b.metrics) {
        value(a.min);
        value(a.max);
        value(a.count ? std::optional<qint64>(a.sum) : std::nullopt);
        value(a.count);
    }
    value(b.memTotal);
    sql += u')';
}

} // namespace

MetricStore::MetricStore(Database &db) : m_db(db)
{ }

Error MetricStore::sqlError(const QString &detail) const
{
    return makeError(Error::Kind::Database,
        tr("Could not read or write GPU utilization. Check the disk and the database file."), detail);
}

Result<qint64> MetricStore::seriesId(const QString &jobId, int gpuIndex, const QString &name)
{
    const auto key = qMakePair(jobId, gpuIndex);
    if (auto it = m_seriesIds.constFind(key); it != m_seriesIds.cend())
        return *it;
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO gpu_series (job_id, gpu_index, gpu_name) VALUES (?,?,?) "
                             "ON CONFLICT (job_id, gpu_index) DO NOTHING"));
    q.addBindValue(jobId);
    q.addBindValue(gpuIndex);
    q.addBindValue(name.isNull() ? QStringLiteral("") : name);
    if (!q.exec())
        return sqlError(q.lastError().text());
    q.prepare(QStringLiteral("SELECT id FROM gpu_series WHERE job_id = ? AND gpu_index = ?"));
    q.addBindValue(jobId);
    q.addBindValue(gpuIndex);
    if (!q.exec() || !q.next())
        return sqlError(q.lastError().text());
    const qint64 id = q.value(0).toLongLong();
    m_seriesIds.insert(key, id);
    return id;
}

Result<int> MetricStore::insert(const QList<GpuSample> &samples)
{
    constexpr qsizetype kRowsPerStatement = 256;
    int inserted = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        // The time span each series received, to recompute only the rollups it touched.
        QHash<qint64, QPair<qint64, qint64>> spans;
        QSqlQuery q(m_db.handle());
        const QString head = QStringLiteral("INSERT OR IGNORE INTO gpu_samples (series_id, t, %1) VALUES ")
                                 .arg(QLatin1String(kSampleColumns));
        QString sql;
        qsizetype rows = 0;
        auto flush = [&]() -> Result<void> {
            if (rows == 0)
                return {};
            if (!q.exec(sql))
                return sqlError(q.lastError().text());
            inserted += q.numRowsAffected();
            rows = 0;
            return {};
        };
        for (const GpuSample &s : samples) {
            const auto series = seriesId(s.jobId, s.reading.index, s.reading.name);
            if (!series)
                return series.error();
            const qint64 t = s.at.toSecsSinceEpoch();
            auto span = spans.find(*series);
            if (span == spans.end())
                spans.insert(*series, qMakePair(t, t));
            else
                *span = qMakePair(std::min(span->first, t), std::max(span->second, t));
            if (rows == 0)
                sql = head;
            else
                sql += u',';
            appendRow(sql, *series, t, s.reading);
            if (++rows == kRowsPerStatement) {
                if (auto f = flush(); !f)
                    return f;
            }
        }
        if (auto f = flush(); !f)
            return f;
        // Every sample was new (the usual case): fold the batch into the rollups in memory. Otherwise
        // some were stored before: recompute from the stored rows, which cannot count one twice.
        return inserted == samples.size() ? mergeRollups(samples) : recomputeRollups(spans);
    });
    if (!r) {
        // Series rows made inside the rolled-back transaction are gone again.
        m_seriesIds.clear();
        return r.error();
    }
    return inserted;
}

Result<void> MetricStore::mergeRollups(const QList<GpuSample> &samples)
{
    std::map<std::tuple<qint64, int, qint64>, Bucket> buckets;
    for (const GpuSample &s : samples) {
        const qint64 series = m_seriesIds.value(qMakePair(s.jobId, s.reading.index));
        const qint64 t = s.at.toSecsSinceEpoch();
        const GpuReading &g = s.reading;
        for (const int resolution : { int(Resolution::Minute), int(Resolution::Hour) }) {
            Bucket &b = buckets[{ series, resolution, t - t % resolution }];
            b.series = series;
            b.resolution = resolution;
            b.t = t - t % resolution;
            b.metrics[0].add(g.utilizationPercent ? std::optional<qint64>(*g.utilizationPercent) : std::nullopt);
            b.metrics[1].add(g.memoryUsedMiB);
            b.metrics[2].add(g.powerCentiWatts ? std::optional<qint64>(*g.powerCentiWatts) : std::nullopt);
            b.metrics[3].add(g.temperatureC ? std::optional<qint64>(*g.temperatureC) : std::nullopt);
            if (g.memoryTotalMiB)
                b.memTotal = g.memoryTotalMiB;
        }
    }
    QSqlQuery q(m_db.handle());
    const QString head = QStringLiteral("INSERT INTO gpu_rollups (%1) VALUES ").arg(QLatin1String(kRollupColumns));
    const QString tail = mergeSql();
    QString sql;
    qsizetype rows = 0;
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        if (rows == 0)
            sql = head;
        else
            sql += u',';
        appendBucket(sql, it->second);
        if (++rows == 256 || std::next(it) == buckets.cend()) {
            if (!q.exec(sql + tail))
                return sqlError(q.lastError().text());
            rows = 0;
        }
    }
    return {};
}

Result<void> MetricStore::recomputeRollups(const QHash<qint64, QPair<qint64, qint64>> &spans)
{
    QSqlQuery minutes(m_db.handle());
    minutes.prepare(minuteRollupSql());
    QSqlQuery hours(m_db.handle());
    hours.prepare(hourRollupSql());
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        // Whole hours, so each hour rollup is recomputed from all of its minutes.
        const qint64 first = it->first - it->first % 3600;
        const qint64 last = it->second - it->second % 3600 + 3600;
        for (QSqlQuery *rollup : { &minutes, &hours }) {
            rollup->bindValue(0, it.key());
            rollup->bindValue(1, first);
            rollup->bindValue(2, last);
            if (!rollup->exec())
                return sqlError(rollup->lastError().text());
        }
    }
    return {};
}

Result<QList<GpuSample>> MetricStore::loadSamples(
    const QString &jobId, const QString &condition, const QVariantList &bind) const
{
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.gpu_index, s.gpu_name, r.t, r.util, r.mem_used, r.mem_total, r.power_cw, "
                             "r.temp FROM gpu_series s JOIN gpu_samples r ON r.series_id = s.id ")
        + condition);
    for (const QVariant &v : bind)
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q.lastError().text());
    QList<GpuSample> out;
    while (q.next())
        out.append(sampleOf(q, jobId));
    return out;
}

Result<QList<MetricPoint>> MetricStore::series(
    const QString &jobId, const QDateTime &from, const QDateTime &to, Resolution resolution) const
{
    QList<MetricPoint> out;
    if (resolution == Resolution::Raw) {
        auto raw = loadSamples(jobId,
            QStringLiteral("WHERE s.job_id = ? AND r.t >= ? AND r.t < ? ORDER BY s.gpu_index, r.t"),
            { jobId, from.toSecsSinceEpoch(), to.toSecsSinceEpoch() });
        if (!raw)
            return raw.error();
        out.reserve(raw->size());
        for (const GpuSample &s : std::as_const(*raw)) {
            MetricPoint p;
            p.gpuIndex = s.reading.index;
            p.at = s.at;
            p.utilizationPercent = single(s.reading.utilizationPercent);
            p.memoryUsedMiB = single(s.reading.memoryUsedMiB);
            p.powerCentiWatts = single(s.reading.powerCentiWatts);
            p.temperatureC = single(s.reading.temperatureC);
            p.memoryTotalMiB = s.reading.memoryTotalMiB;
            out.append(p);
        }
        return out;
    }
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.gpu_index, r.t, util_min, util_max, util_sum, util_n, mem_min, mem_max, "
                             "mem_sum, mem_n, power_min, power_max, power_sum, power_n, temp_min, temp_max, "
                             "temp_sum, temp_n, mem_total FROM gpu_series s "
                             "JOIN gpu_rollups r ON r.series_id = s.id AND r.resolution = ? "
                             "WHERE s.job_id = ? AND r.t >= ? AND r.t < ? ORDER BY s.gpu_index, r.t"));
    q.addBindValue(int(resolution));
    q.addBindValue(jobId);
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (!q.exec())
        return sqlError(q.lastError().text());
    while (q.next()) {
        MetricPoint p;
        p.gpuIndex = q.value(0).toInt();
        p.at = fromSeconds(q.value(1).toLongLong());
        p.utilizationPercent = statOf(q, 2);
        p.memoryUsedMiB = statOf(q, 6);
        p.powerCentiWatts = statOf(q, 10);
        p.temperatureC = statOf(q, 14);
        p.memoryTotalMiB = optionalOf<qint64>(q.value(18));
        out.append(p);
    }
    return out;
}

MetricStore::Resolution MetricStore::resolutionFor(
    const QDateTime &from, const QDateTime &to, int maxPoints, int sampleIntervalSeconds)
{
    const qint64 span = std::max<qint64>(0, from.secsTo(to));
    const qint64 most = std::max(1, maxPoints);
    if (span / std::max(1, sampleIntervalSeconds) <= most)
        return Resolution::Raw;
    if (span / int(Resolution::Minute) <= most)
        return Resolution::Minute;
    return Resolution::Hour;
}

Result<QList<GpuSample>> MetricStore::samples(const QString &jobId, const QDateTime &from, const QDateTime &to) const
{
    return loadSamples(jobId, QStringLiteral("WHERE s.job_id = ? AND r.t >= ? AND r.t < ? ORDER BY r.t, s.gpu_index"),
        { jobId, from.toSecsSinceEpoch(), to.toSecsSinceEpoch() });
}

Result<QList<GpuSample>> MetricStore::latest(const QString &jobId) const
{
    return loadSamples(jobId,
        QStringLiteral("AND r.t = (SELECT MAX(t) FROM gpu_samples WHERE series_id = s.id) "
                       "WHERE s.job_id = ? ORDER BY s.gpu_index"),
        { jobId });
}

Result<QList<MetricStore::IdleMinute>> MetricStore::idleMinutes(
    const QDateTime &from, const QDateTime &to, int thresholdPercent) const
{
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.job_id, r.t, COUNT(*) FROM gpu_rollups r JOIN gpu_series s ON s.id = r.series_id "
                             "WHERE r.resolution = ? AND r.t >= ? AND r.t < ? AND r.util_n > 0 AND r.util_max < ? "
                             "GROUP BY s.job_id, r.t ORDER BY s.job_id, r.t"));
    q.addBindValue(int(Resolution::Minute));
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    q.addBindValue(thresholdPercent);
    if (!q.exec())
        return sqlError(q.lastError().text());
    QList<IdleMinute> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt() });
    return out;
}

Result<int> MetricStore::applyRetention(const QDateTime &now)
{
    const qint64 t = now.toSecsSinceEpoch();
    int deleted = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.handle());
        // Per series, so each delete is a range of the primary key rather than a scan of the table.
        const struct
        {
            const char *sql;
            int days;
            int resolution;
        } rules[] = {
            { "DELETE FROM gpu_samples WHERE series_id IN (SELECT id FROM gpu_series) AND t < ?", m_retention.rawDays,
                0 },
            { "DELETE FROM gpu_rollups WHERE series_id IN (SELECT id FROM gpu_series) AND resolution = ? AND t < ?",
                m_retention.minuteDays, int(Resolution::Minute) },
            { "DELETE FROM gpu_rollups WHERE series_id IN (SELECT id FROM gpu_series) AND resolution = ? AND t < ?",
                m_retention.hourDays, int(Resolution::Hour) },
        };
        for (const auto &rule : rules) {
            if (rule.days <= 0)
                continue;
            q.prepare(QString::fromLatin1(rule.sql));
            if (rule.resolution != 0)
                q.addBindValue(rule.resolution);
            q.addBindValue(t - qint64(rule.days) * 86'400);
            if (!q.exec())
                return sqlError(q.lastError().text());
            deleted += q.numRowsAffected();
        }
        return {};
    });
    if (!r)
        return r.error();
    return deleted;
}

Result<void> MetricStore::removeJob(const QString &jobId)
{
    auto r = m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.handle());
        for (const char *sql :
            { "DELETE FROM gpu_samples WHERE series_id IN (SELECT id FROM gpu_series WHERE job_id = ?)",
                "DELETE FROM gpu_rollups WHERE series_id IN (SELECT id FROM gpu_series WHERE job_id = ?)",
                "DELETE FROM gpu_series WHERE job_id = ?" }) {
            q.prepare(QString::fromLatin1(sql));
            q.addBindValue(jobId);
            if (!q.exec())
                return sqlError(q.lastError().text());
        }
        return {};
    });
    m_seriesIds.clear();
    return r;
}

} // namespace gpudesk
