#include "LedgerRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace gpudesk {

namespace {

const char kColumns[] = "id, job_id, instance_id, provider_id, project, gpu_model, gpu_count, nodes, rate_micros, "
                        "simulated, started_at_ms, ended_at_ms, last_checkpoint_ms, end_reason";

QVariant ms(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant &v)
{
    if (v.isNull())
        return {};
    // Qt::UTC keeps the value inline; a QTimeZone-based one is a heap object per field and row.
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// QtSql binds a null QString as SQL NULL; the NOT NULL text columns get "" instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindFields(QSqlQuery &q, const UsageInterval &i)
{
    q.addBindValue(text(i.jobId));
    q.addBindValue(text(i.instanceId));
    q.addBindValue(text(i.providerId));
    q.addBindValue(text(i.project));
    q.addBindValue(text(i.gpuModel));
    q.addBindValue(i.gpuCount);
    q.addBindValue(i.nodes);
    q.addBindValue(i.ratePerHour ? QVariant(qint64(i.ratePerHour->micros())) : QVariant());
    q.addBindValue(i.simulated ? 1 : 0);
    q.addBindValue(ms(i.startedAt));
    q.addBindValue(ms(i.endedAt));
    q.addBindValue(ms(i.lastCheckpointAt));
    q.addBindValue(text(i.endReason));
}

UsageInterval fromRow(const QSqlQuery &q)
{
    UsageInterval i;
    i.id = q.value(0).toLongLong();
    i.jobId = q.value(1).toString();
    i.instanceId = q.value(2).toString();
    i.providerId = q.value(3).toString();
    i.project = q.value(4).toString();
    i.gpuModel = q.value(5).toString();
    i.gpuCount = q.value(6).toInt();
    i.nodes = q.value(7).toInt();
    if (!q.value(8).isNull())
        i.ratePerHour = Money::fromMicros(q.value(8).toLongLong());
    i.simulated = q.value(9).toInt() != 0;
    i.startedAt = fromMs(q.value(10));
    i.endedAt = fromMs(q.value(11));
    i.lastCheckpointAt = fromMs(q.value(12));
    i.endReason = q.value(13).toString();
    return i;
}

} // namespace

LedgerRepository::LedgerRepository(Database &db) : m_db(db)
{ }

Result<UsageInterval> LedgerRepository::insert(UsageInterval interval)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO usage_intervals (job_id, instance_id, provider_id, project, gpu_model, "
                             "gpu_count, nodes, rate_micros, simulated, started_at_ms, ended_at_ms, "
                             "last_checkpoint_ms, end_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindFields(q, interval);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not record the usage of job %1.").arg(interval.jobId),
            q.lastError().text());
    interval.id = q.lastInsertId().toLongLong();
    return interval;
}

Result<void> LedgerRepository::update(const UsageInterval &interval)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE usage_intervals SET job_id=?, instance_id=?, provider_id=?, project=?, "
                             "gpu_model=?, gpu_count=?, nodes=?, rate_micros=?, simulated=?, started_at_ms=?, "
                             "ended_at_ms=?, last_checkpoint_ms=?, end_reason=? WHERE id=?"));
    bindFields(q, interval);
    q.addBindValue(interval.id);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not record the usage of job %1.").arg(interval.jobId),
            q.lastError().text());
    return {};
}

Result<int> LedgerRepository::checkpointOpen(const QDateTime &at)
{
    QSqlQuery q(m_db.handle());
    // Never moves a checkpoint backwards (a clock stepping back must not shrink recorded usage).
    q.prepare(QStringLiteral("UPDATE usage_intervals SET last_checkpoint_ms = MAX(last_checkpoint_ms, ?) "
                             "WHERE ended_at_ms IS NULL"));
    q.addBindValue(ms(at));
    if (!q.exec())
        return makeError(
            Error::Kind::Database, tr("Could not record the usage of running jobs."), q.lastError().text());
    return q.numRowsAffected();
}

Result<std::vector<UsageInterval>> LedgerRepository::load(const QString &where, const QVariantList &bind) const
{
    QSqlQuery q(m_db.handle());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM usage_intervals WHERE %2").arg(QLatin1String(kColumns), where));
    for (const QVariant &v : bind)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not read the cost ledger."), q.lastError().text());
    std::vector<UsageInterval> out;
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

Result<std::vector<UsageInterval>> LedgerRepository::open() const
{
    return load(QStringLiteral("ended_at_ms IS NULL ORDER BY id"), {});
}

Result<std::optional<UsageInterval>> LedgerRepository::first(const QString &where, const QVariantList &bind) const
{
    auto rows = load(where + QStringLiteral(" LIMIT 1"), bind);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<UsageInterval>();
    return std::optional<UsageInterval>(rows->front());
}

Result<std::optional<UsageInterval>> LedgerRepository::openFor(const QString &jobId) const
{
    return first(QStringLiteral("job_id = ? AND ended_at_ms IS NULL ORDER BY id DESC"), { jobId });
}

Result<std::optional<UsageInterval>> LedgerRepository::latestFor(const QString &jobId) const
{
    return first(QStringLiteral("job_id = ? ORDER BY started_at_ms DESC, id DESC"), { jobId });
}

Result<std::vector<UsageInterval>> LedgerRepository::forJob(const QString &jobId) const
{
    return load(QStringLiteral("job_id = ? ORDER BY started_at_ms, id"), { jobId });
}

Result<std::vector<UsageInterval>> LedgerRepository::overlapping(const QDateTime &from, const QDateTime &to) const
{
    return load(QStringLiteral("started_at_ms < ? AND (ended_at_ms IS NULL OR ended_at_ms >= ?) "
                               "ORDER BY started_at_ms, id"),
        { ms(to), ms(from) });
}

} // namespace gpudesk
