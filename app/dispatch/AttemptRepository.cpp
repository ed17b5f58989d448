#include "AttemptRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace gpudesk {

namespace {

QVariant isoTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime fromIso(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const char kColumns[] = "id, job_id, n, round, provider_id, instance_type, gpu_model, gpu_count, region, price_micros, "
                        "price_source, client_token, instance_id, outcome, message, started_at, ended_at";

void bindValues(QSqlQuery &q, const JobAttempt &a)
{
    q.addBindValue(a.jobId);
    q.addBindValue(a.n);
    q.addBindValue(a.round);
    q.addBindValue(text(a.providerId));
    q.addBindValue(text(a.instanceType));
    q.addBindValue(text(a.gpuModel));
    q.addBindValue(a.gpuCount);
    q.addBindValue(text(a.region));
    q.addBindValue(a.pricePerHour ? QVariant(qint64(a.pricePerHour->micros())) : QVariant());
    q.addBindValue(text(a.priceSource));
    q.addBindValue(text(a.clientToken));
    q.addBindValue(text(a.instanceId));
    q.addBindValue(JobAttempt::outcomeKey(a.outcome));
    q.addBindValue(text(a.message));
    q.addBindValue(isoTime(a.startedAt));
    q.addBindValue(isoTime(a.endedAt));
}

} // namespace

AttemptRepository::AttemptRepository(Database &db)
    : m_db(db)
{
}

Result<JobAttempt> AttemptRepository::add(JobAttempt attempt)
{
    QSqlQuery q(m_db.handle());
    if (attempt.n <= 0) {
        q.prepare(QStringLiteral("SELECT COALESCE(MAX(n), 0) + 1 FROM job_attempts WHERE job_id = ?"));
        q.addBindValue(attempt.jobId);
        if (!q.exec() || !q.next())
            return makeError(Error::Kind::Database, tr("Could not number the attempts of job %1.").arg(attempt.jobId),
                             q.lastError().text());
        attempt.n = q.value(0).toInt();
    }
    q.prepare(QStringLiteral("INSERT INTO job_attempts (job_id, n, round, provider_id, instance_type, gpu_model, "
                             "gpu_count, region, price_micros, price_source, client_token, instance_id, outcome, "
                             "message, started_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindValues(q, attempt);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not store attempt %1 of job %2.").arg(attempt.n).arg(attempt.jobId),
                         q.lastError().text());
    attempt.id = q.lastInsertId().toLongLong();
    return attempt;
}

Result<void> AttemptRepository::update(const JobAttempt &attempt)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("UPDATE job_attempts SET job_id = ?, n = ?, round = ?, provider_id = ?, instance_type = ?, "
                             "gpu_model = ?, gpu_count = ?, region = ?, price_micros = ?, price_source = ?, "
                             "client_token = ?, instance_id = ?, outcome = ?, message = ?, started_at = ?, ended_at = ? "
                             "WHERE id = ?"));
    bindValues(q, attempt);
    q.addBindValue(attempt.id);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not store attempt %1 of job %2.").arg(attempt.n).arg(attempt.jobId),
                         q.lastError().text());
    return {};
}

Result<std::vector<JobAttempt>> AttemptRepository::forJob(const QString &jobId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM job_attempts WHERE job_id = ? ORDER BY n").arg(QString::fromLatin1(kColumns)));
    q.addBindValue(jobId);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not read the attempts of job %1.").arg(jobId), q.lastError().text());
    std::vector<JobAttempt> out;
    while (q.next()) {
        JobAttempt a;
        a.id = q.value(0).toLongLong();
        a.jobId = q.value(1).toString();
        a.n = q.value(2).toInt();
        a.round = q.value(3).toInt();
        a.providerId = q.value(4).toString();
        a.instanceType = q.value(5).toString();
        a.gpuModel = q.value(6).toString();
        a.gpuCount = q.value(7).toInt();
        a.region = q.value(8).toString();
        if (!q.value(9).isNull())
            a.pricePerHour = Money::fromMicros(q.value(9).toLongLong());
        a.priceSource = q.value(10).toString();
        a.clientToken = q.value(11).toString();
        a.instanceId = q.value(12).toString();
        a.outcome = JobAttempt::outcomeFromKey(q.value(13).toString()).value_or(JobAttempt::Outcome::Unknown);
        a.message = q.value(14).toString();
        a.startedAt = fromIso(q.value(15));
        a.endedAt = fromIso(q.value(16));
        out.push_back(a);
    }
    return out;
}

Result<std::optional<JobAttempt>> AttemptRepository::current(const QString &jobId) const
{
    auto all = forJob(jobId);
    if (!all)
        return all.error();
    for (auto it = all->rbegin(); it != all->rend(); ++it) {
        if (it->outcome == JobAttempt::Outcome::Launched)
            return std::optional<JobAttempt>(*it);
    }
    return std::optional<JobAttempt>();
}

} // namespace gpudesk
