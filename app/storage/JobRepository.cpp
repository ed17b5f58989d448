#include "JobRepository.h"

#include "Database.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>

namespace gpudesk {

namespace {

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

// QtSql binds a null QString as SQL NULL; NOT NULL text columns get "" instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const char kColumns[] = "id, spec_json, state, provider_id, client_token, instance_id, price_micros, message, "
                        "exit_code, created_at, updated_at, state_changed_at";

} // namespace

JobRepository::JobRepository(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString JobRepository::newJobId()
{
    // Short enough to type, random enough not to collide in one user's history (2^32).
    return QStringLiteral("j-%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
}

Result<void> JobRepository::write(const JobRecord &job, bool insert)
{
    QSqlQuery q(m_db.handle());
    if (insert)
        q.prepare(QStringLiteral("INSERT INTO jobs (name, project, spec_json, state, provider_id, client_token, "
                                 "instance_id, price_micros, message, exit_code, created_at, updated_at, "
                                 "state_changed_at, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    else
        q.prepare(QStringLiteral("UPDATE jobs SET name=?, project=?, spec_json=?, state=?, provider_id=?, "
                                 "client_token=?, instance_id=?, price_micros=?, message=?, exit_code=?, "
                                 "created_at=?, updated_at=?, state_changed_at=? WHERE id=?"));
    q.addBindValue(text(job.spec.name));
    q.addBindValue(text(job.spec.project));
    q.addBindValue(QString::fromUtf8(QJsonDocument(JobSpecJson::toJson(job.spec)).toJson(QJsonDocument::Compact)));
    q.addBindValue(JobStates::key(job.state));
    q.addBindValue(text(job.providerId));
    q.addBindValue(text(job.clientToken));
    q.addBindValue(job.instanceId.isEmpty() ? QVariant() : QVariant(job.instanceId));
    q.addBindValue(job.pricePerHour ? QVariant(qint64(job.pricePerHour->micros())) : QVariant());
    q.addBindValue(text(job.message));
    q.addBindValue(job.exitCode ? QVariant(*job.exitCode) : QVariant());
    q.addBindValue(isoTime(job.createdAt));
    q.addBindValue(isoTime(job.updatedAt));
    q.addBindValue(isoTime(job.stateChangedAt));
    q.addBindValue(job.id);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not save job %1.").arg(job.id), q.lastError().text());
    return {};
}

Result<void> JobRepository::addEvent(const QString &jobId, std::optional<JobState> from, JobState to,
                                     const QString &message, const QDateTime &at)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO job_events (job_id, at, from_state, to_state, message) VALUES (?,?,?,?,?)"));
    q.addBindValue(jobId);
    q.addBindValue(isoTime(at));
    q.addBindValue(from ? QVariant(JobStates::key(*from)) : QVariant());
    q.addBindValue(JobStates::key(to));
    q.addBindValue(text(message));
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not save the history of job %1.").arg(jobId),
                         q.lastError().text());
    return {};
}

Result<JobRecord> JobRepository::create(JobRecord job)
{
    const QDateTime now = m_clock.now();
    if (job.id.isEmpty())
        job.id = newJobId();
    if (job.clientToken.isEmpty())
        job.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (job.providerId.isEmpty())
        job.providerId = job.spec.providerId;
    job.createdAt = job.updatedAt = job.stateChangedAt = now;
    auto r = m_db.transaction([&]() -> Result<void> {
        if (auto w = write(job, true); !w)
            return w;
        return addEvent(job.id, std::nullopt, job.state, job.message, now);
    });
    if (!r)
        return r.error();
    return job;
}

Result<JobRecord> JobRepository::transition(const QString &jobId, JobState expected, JobState to,
                                            const QString &message, const std::function<void(JobRecord &)> &update)
{
    JobRecord result;
    auto r = m_db.transaction([&]() -> Result<void> {
        auto job = get(jobId);
        if (!job)
            return job.error();
        if (job->state != expected)
            return makeError(Error::Kind::InvalidInput,
                             tr("Job %1 is %2, not %3: it changed meanwhile. Look at it again.")
                                 .arg(jobId, JobStates::displayName(job->state), JobStates::displayName(expected)));
        if (!JobStates::canTransition(expected, to))
            return makeError(Error::Kind::InvalidInput, tr("Job %1 cannot go from %2 to %3.")
                                                            .arg(jobId, JobStates::displayName(expected),
                                                                 JobStates::displayName(to)));
        const QDateTime now = m_clock.now();
        result = *job;
        if (update)
            update(result);
        result.state = to;
        result.stateChangedAt = now;
        result.updatedAt = now;
        if (!message.isEmpty())
            result.message = message;
        if (auto w = write(result, false); !w)
            return w;
        return addEvent(jobId, expected, to, message, now);
    });
    if (!r)
        return r.error();
    return result;
}

Result<JobRecord> JobRepository::update(const QString &jobId, const std::function<void(JobRecord &)> &change)
{
    JobRecord result;
    auto r = m_db.transaction([&]() -> Result<void> {
        auto job = get(jobId);
        if (!job)
            return job.error();
        result = *job;
        change(result);
        result.id = jobId;
        result.state = job->state; // states move only through transition()
        result.updatedAt = m_clock.now();
        return write(result, false);
    });
    if (!r)
        return r.error();
    return result;
}

Result<std::vector<JobRecord>> JobRepository::load(const QString &where, const QVariantList &bind, int limit) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM jobs WHERE %2 ORDER BY created_at DESC, id%3")
                  .arg(QString::fromLatin1(kColumns), where,
                       limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()));
    for (const QVariant &v : bind)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not read the jobs."), q.lastError().text());
    std::vector<JobRecord> jobs;
    while (q.next()) {
        JobRecord job;
        job.id = q.value(0).toString();
        auto spec = JobSpecJson::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (!spec)
            return spec.error();
        job.spec = *spec;
        const auto state = JobStates::fromKey(q.value(2).toString());
        if (!state)
            return makeError(Error::Kind::Corrupt, tr("Job %1 has an unknown state \"%2\" in the database.")
                                                       .arg(job.id, q.value(2).toString()));
        job.state = *state;
        job.providerId = q.value(3).toString();
        job.clientToken = q.value(4).toString();
        job.instanceId = q.value(5).toString();
        if (!q.value(6).isNull())
            job.pricePerHour = Money::fromMicros(q.value(6).toLongLong());
        job.message = q.value(7).toString();
        if (!q.value(8).isNull())
            job.exitCode = q.value(8).toInt();
        job.createdAt = fromIso(q.value(9).toString());
        job.updatedAt = fromIso(q.value(10).toString());
        job.stateChangedAt = fromIso(q.value(11).toString());
        jobs.push_back(std::move(job));
    }
    return jobs;
}

Result<JobRecord> JobRepository::get(const QString &jobId) const
{
    auto jobs = load(QStringLiteral("id = ?"), {jobId}, 1);
    if (!jobs)
        return jobs.error();
    if (jobs->empty())
        return makeError(Error::Kind::NotFound, tr("There is no job %1. \"gpudesk-cli jobs\" lists them.").arg(jobId));
    return std::move(jobs->front());
}

Result<JobRecord> JobRepository::find(const QString &idOrName) const
{
    if (auto exact = load(QStringLiteral("id = ?"), {idOrName}, 1); !exact || !exact->empty())
        return exact ? Result<JobRecord>(std::move(exact->front())) : Result<JobRecord>(exact.error());
    // A unique prefix of an id; LIKE wildcards in what the user typed are literal.
    QString escaped = idOrName;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    auto byPrefix = load(QStringLiteral("id LIKE ? ESCAPE '\\'"), {QVariant(escaped + u'%')}, 2);
    if (!byPrefix)
        return byPrefix.error();
    if (byPrefix->size() > 1)
        return makeError(Error::Kind::InvalidInput, tr("\"%1\" matches several jobs: use more of the id.").arg(idOrName));
    if (byPrefix->size() == 1)
        return std::move(byPrefix->front());
    // An exact name: the newest job of that name.
    auto byName = load(QStringLiteral("name = ?"), {idOrName}, 1);
    if (!byName)
        return byName.error();
    if (!byName->empty())
        return std::move(byName->front());
    return makeError(Error::Kind::NotFound, tr("There is no job %1. \"gpudesk-cli jobs\" lists them.").arg(idOrName));
}

Result<std::vector<JobRecord>> JobRepository::list() const
{
    return load(QStringLiteral("1"), {}, 0);
}

Result<std::vector<JobRecord>> JobRepository::active() const
{
    auto all = list();
    if (!all)
        return all.error();
    std::vector<JobRecord> out;
    for (JobRecord &j : *all) {
        if (!JobStates::isFinal(j.state) && j.state != JobState::Draft)
            out.push_back(std::move(j));
    }
    return out;
}

Result<std::vector<JobEvent>> JobRepository::events(const QString &jobId) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT at, from_state, to_state, message FROM job_events WHERE job_id = ? ORDER BY id"));
    q.addBindValue(jobId);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not read the history of job %1.").arg(jobId),
                         q.lastError().text());
    std::vector<JobEvent> events;
    while (q.next()) {
        JobEvent e;
        e.at = fromIso(q.value(0).toString());
        if (!q.value(1).isNull())
            e.from = JobStates::fromKey(q.value(1).toString());
        e.to = JobStates::fromKey(q.value(2).toString()).value_or(JobState::Unknown);
        e.message = q.value(3).toString();
        events.push_back(std::move(e));
    }
    return events;
}

Result<qint64> JobRepository::secondsIn(const QString &jobId, JobState state) const
{
    auto history = events(jobId);
    if (!history)
        return history.error();
    qint64 total = 0;
    std::optional<QDateTime> since;
    for (const JobEvent &e : *history) {
        if (since) {
            total += since->secsTo(e.at);
            since.reset();
        }
        if (e.to == state)
            since = e.at;
    }
    if (since)
        total += since->secsTo(m_clock.now());
    return total;
}

} // namespace gpudesk
