#include "IdlePolicyRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gpudesk {

namespace {

IdlePolicy policyOf(const QSqlQuery &q)
{
    IdlePolicy p;
    p.jobId = q.value(0).toString();
    p.enabled = q.value(1).toInt() != 0;
    p.thresholdPercent = q.value(2).toInt();
    p.windowSeconds = q.value(3).toLongLong();
    p.action = IdlePolicy::parseAction(q.value(4).toString()).value_or(IdlePolicy::Action::Warn);
    p.graceSeconds = q.value(5).toLongLong();
    return p;
}

const char kColumns[] = "job_id, enabled, threshold_percent, window_seconds, action, grace_seconds";

} // namespace

QString IdlePolicy::actionKey(Action action)
{
    switch (action) {
    case Action::Warn:
        return QStringLiteral("warn");
    case Action::Stop:
        return QStringLiteral("stop");
    case Action::WarnThenStop:
        return QStringLiteral("warn-then-stop");
    }
    return {};
}

std::optional<IdlePolicy::Action> IdlePolicy::parseAction(const QString &key)
{
    for (Action a : { Action::Warn, Action::Stop, Action::WarnThenStop }) {
        if (actionKey(a) == key)
            return a;
    }
    return std::nullopt;
}

IdlePolicyRepository::IdlePolicyRepository(Database &db) : m_db(db)
{ }

Result<void> IdlePolicyRepository::set(const IdlePolicy &p)
{
    if (p.windowSeconds <= 0 || p.thresholdPercent < 0 || p.thresholdPercent > 100 || p.graceSeconds < 0)
        return makeError(Error::Kind::InvalidInput,
            tr("An idle policy needs a threshold from 0 to 100 % and a duration of more than 0 minutes."));
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO idle_policies (%1) VALUES (?,?,?,?,?,?)").arg(QLatin1String(kColumns)));
    q.addBindValue(p.jobId.isNull() ? QStringLiteral("") : p.jobId);
    q.addBindValue(p.enabled ? 1 : 0);
    q.addBindValue(p.thresholdPercent);
    q.addBindValue(p.windowSeconds);
    q.addBindValue(IdlePolicy::actionKey(p.action));
    q.addBindValue(p.graceSeconds);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not store the idle policy."), q.lastError().text());
    return {};
}

Result<void> IdlePolicyRepository::remove(const QString &jobId)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM idle_policies WHERE job_id = ?"));
    q.addBindValue(jobId.isNull() ? QStringLiteral("") : jobId);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not remove the idle policy."), q.lastError().text());
    return {};
}

Result<std::optional<IdlePolicy>> IdlePolicyRepository::get(const QString &jobId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM idle_policies WHERE job_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(jobId.isNull() ? QStringLiteral("") : jobId);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not read the idle policies."), q.lastError().text());
    if (!q.next())
        return std::optional<IdlePolicy>();
    return std::optional<IdlePolicy>(policyOf(q));
}

Result<QList<IdlePolicy>> IdlePolicyRepository::list() const
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT %1 FROM idle_policies ORDER BY job_id").arg(QLatin1String(kColumns))))
        return makeError(Error::Kind::Database, tr("Could not read the idle policies."), q.lastError().text());
    QList<IdlePolicy> out;
    while (q.next())
        out.append(policyOf(q));
    return out;
}

Result<std::optional<IdlePolicy>> IdlePolicyRepository::effective(const QString &jobId) const
{
    auto own = get(jobId);
    if (!own || *own)
        return own;
    return get(QString());
}

} // namespace gpudesk
