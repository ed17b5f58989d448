#pragma once

#include "JobAttempt.h"
#include "core/Result.h"

#include <QCoreApplication>

#include <vector>

namespace gpudesk {

class Database;

// The job_attempts table: every placement attempt of every job, in order.
class AttemptRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttemptRepository)

public:
    explicit AttemptRepository(Database &db);

    // Stores a new attempt; fills its id and, when 0, its number (the job's next).
    Result<JobAttempt> add(JobAttempt attempt);
    // Rewrites a stored attempt (by id).
    Result<void> update(const JobAttempt &attempt);
    Result<std::vector<JobAttempt>> forJob(const QString &jobId) const;
    // The job's attempt that made its current instance (Launched, newest), if any.
    Result<std::optional<JobAttempt>> current(const QString &jobId) const;

private:
    Database &m_db;
};

} // namespace gpudesk
