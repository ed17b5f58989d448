#pragma once

#include "IdlePolicy.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gpudesk {

class Database;

// idle_policies: the default idle auto-stop policy (job "") and each job's own.
class IdlePolicyRepository
{
    Q_DECLARE_TR_FUNCTIONS(IdlePolicyRepository)

public:
    explicit IdlePolicyRepository(Database &db);

    Result<void> set(const IdlePolicy &policy);
    Result<void> remove(const QString &jobId);
    Result<std::optional<IdlePolicy>> get(const QString &jobId) const;
    Result<QList<IdlePolicy>> list() const;
    // The job's own policy, else the default; nullopt when neither exists (no auto-stop).
    Result<std::optional<IdlePolicy>> effective(const QString &jobId) const;

private:
    Database &m_db;
};

} // namespace gpudesk
