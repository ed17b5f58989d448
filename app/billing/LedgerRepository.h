#pragma once

#include "UsageInterval.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <vector>

namespace gpudesk {

class Database;

// usage_intervals: the stored form of the ledger. Each call is one statement or one transaction, so
// a kill -9 leaves every interval either as it was or as it became.
class LedgerRepository
{
    Q_DECLARE_TR_FUNCTIONS(LedgerRepository)

public:
    explicit LedgerRepository(Database &db);

    // Stores a new interval; returns it with its id.
    Result<UsageInterval> insert(UsageInterval interval);
    // Writes every field of an existing interval (by id).
    Result<void> update(const UsageInterval &interval);
    // Moves last_checkpoint of every open interval to `at` in one statement.
    Result<int> checkpointOpen(const QDateTime &at);

    Result<std::vector<UsageInterval>> open() const;
    Result<std::optional<UsageInterval>> openFor(const QString &jobId) const;
    Result<std::optional<UsageInterval>> latestFor(const QString &jobId) const;
    Result<std::vector<UsageInterval>> forJob(const QString &jobId) const;
    // Intervals that overlap [from, to): started before `to` and not ended before `from`.
    Result<std::vector<UsageInterval>> overlapping(const QDateTime &from, const QDateTime &to) const;

private:
    Result<std::vector<UsageInterval>> load(const QString &where, const QVariantList &bind) const;
    Result<std::optional<UsageInterval>> first(const QString &where, const QVariantList &bind) const;

    Database &m_db;
};

} // namespace gpudesk
