#include "MetricStore.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <map>
#include <tuple>

namespace gpudesk {

namespace {

// Running min/max/sum/count of one metric in one bucket; merged into the stored row by upsert.
struct Accumulator
{
    std::optional<qint64> min;
    std::optional<qint64> max;
    qint64 sum = 0;
    int count = 0;

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
    Accumulator util, mem, power, temp;
    std::optional<qint64> memTotal;
};

template <typename T> QVariant nullable(const std::optional<T> &v)
{
    return v ? QVariant(qint64(*v)) : QVariant(QMetaType::fromType<qint64>());
}

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
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
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

// SQLite's two-argument MIN/MAX return NULL when either side is NULL: merge around NULLs.
QString merged(const char *fn, const QString &column)
{
    return QStringLiteral("%2 = %1(COALESCE(%2, excluded.%2), COALESCE(excluded.%2, %2))")
        .arg(QLatin1String(fn), column);
}

QString upsertSql()
{
    QStringList sets;
    for (const char *metric : { "util", "mem", "power", "temp" }) {
        const QString m = QLatin1String(metric);
        sets << merged("MIN", m + QStringLiteral("_min")) << merged("MAX", m + QStringLiteral("_max"))
             << QStringLiteral("%1_sum = COALESCE(%1_sum, 0) + COALESCE(excluded.%1_sum, 0)").arg(m)
             << QStringLiteral("%1_n = %1_n + excluded.%1_n").arg(m);
    }
    sets << QStringLiteral("mem_total = COALESCE(excluded.mem_total, mem_total)");
    return QStringLiteral("INSERT INTO gpu_rollups (series_id, resolution, t, util_min, util_max, util_sum, util_n, "
                          "mem_min, mem_max, mem_sum, mem_n, power_min, power_max, power_sum, power_n, temp_min, "
                          "temp_max, temp_sum, temp_n, mem_total) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
                          "ON CONFLICT (series_id, resolution, t) DO UPDATE SET ")
        + sets.join(QStringLiteral(", "));
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
    int inserted = 0;
    auto r = m_db.transaction([&]() -> Result<void> {
        QSqlQuery raw(m_db.handle());
        raw.prepare(QStringLiteral("INSERT OR IGNORE INTO gpu_samples (series_id, t, %1) VALUES (?,?,?,?,?,?,?)")
                        .arg(QLatin1String(kSampleColumns)));
        // Folded in memory first: a batch of many samples writes each bucket once.
        std::map<std::tuple<qint64, int, qint64>, Bucket> buckets;
        for (const GpuSample &s : samples) {
            const auto series = seriesId(s.jobId, s.reading.index, s.reading.name);
            if (!series)
                return series.error();
            const qint64 t = s.at.toSecsSinceEpoch();
            const GpuReading &g = s.reading;
            raw.bindValue(0, *series);
            raw.bindValue(1, t);
            raw.bindValue(2, nullable(g.utilizationPercent));
            raw.bindValue(3, nullable(g.memoryUsedMiB));
            raw.bindValue(4, nullable(g.memoryTotalMiB));
            raw.bindValue(5, nullable(g.powerCentiWatts));
            raw.bindValue(6, nullable(g.temperatureC));
            if (!raw.exec())
                return sqlError(raw.lastError().text());
            if (raw.numRowsAffected() != 1)
                continue; // already stored: already in the rollups too
            ++inserted;
            for (const int resolution : { int(Resolution::Minute), int(Resolution::Hour) }) {
                Bucket &b = buckets[{ *series, resolution, t - t % resolution }];
                b.util.add(g.utilizationPercent);
                b.mem.add(g.memoryUsedMiB);
                b.power.add(g.powerCentiWatts);
                b.temp.add(g.temperatureC);
                if (g.memoryTotalMiB)
                    b.memTotal = g.memoryTotalMiB;
            }
        }
        QSqlQuery up(m_db.handle());
        up.prepare(upsertSql());
        for (const auto &[key, b] : buckets) {
            int column = 0;
            up.bindValue(column++, std::get<0>(key));
            up.bindValue(column++, std::get<1>(key));
            up.bindValue(column++, std::get<2>(key));
            for (const Accumulator *a : { &b.util, &b.mem, &b.power, &b.temp }) {
                up.bindValue(column++, nullable(a->min));
                up.bindValue(column++, nullable(a->max));
                up.bindValue(column++, a->sum);
                up.bindValue(column++, a->count);
            }
            up.bindValue(column++, nullable(b.memTotal));
            if (!up.exec())
                return sqlError(up.lastError().text());
        }
        return {};
    });
    if (!r) {
        // Series rows made inside the rolled-back transaction are gone again.
        m_seriesIds.clear();
        return r.error();
    }
    return inserted;
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
