#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "jobs/JobRecord.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace gpudesk {

class Database;

// Jobs and their state history. Every change is one transaction that checks the state it expects
// (so two writers cannot both move a job), updates the row and appends the event: after a crash or
// kill -9 the database holds each job at a state it really reached, with the full history.
class JobRepository
{
    Q_DECLARE_TR_FUNCTIONS(JobRepository)

public:
    JobRepository(Database &db, Clock &clock);

    // Stores a new job (its state as given, usually Submitting) with its creation event.
    // Fills id (if empty), clientToken (if empty) and timestamps.
    Result<JobRecord> create(JobRecord job);

    // Moves a job from `expected` to `to` and lets `update` adjust other fields in the same
    // transaction. Fails (InvalidInput) if the job is not in `expected` or the move is not allowed.
    Result<JobRecord> transition(const QString &jobId, JobState expected, JobState to, const QString &message,
                                 const std::function<void(JobRecord &)> &update = {});
    // Changes fields that are not the state (instance id once the provider answered, price, message).
    Result<JobRecord> update(const QString &jobId, const std::function<void(JobRecord &)> &update);

    Result<JobRecord> get(const QString &jobId) const;
    // By id, or by a unique prefix of it, or by exact name (newest first): what users type.
    Result<JobRecord> find(const QString &idOrName) const;
    Result<std::vector<JobRecord>> list() const;
    Result<std::vector<JobRecord>> active() const; // not final: may have an instance somewhere
    Result<std::vector<JobEvent>> events(const QString &jobId) const;

    // Seconds spent in `state` (Running by default) up to now, from the history.
    Result<qint64> secondsIn(const QString &jobId, JobState state = JobState::Running) const;

    static QString newJobId();

private:
    // Jobs matching `where` (with `bind` values), newest first; `limit` 0 = all. One query.
    Result<std::vector<JobRecord>> load(const QString &where, const QVariantList &bind, int limit) const;
    Result<void> write(const JobRecord &job, bool insert);
    Result<void> addEvent(const QString &jobId, std::optional<JobState> from, JobState to, const QString &message,
                          const QDateTime &at);

    Database &m_db;
    Clock &m_clock;
};

} // namespace gpudesk
