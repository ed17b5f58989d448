#pragma once

#include "BillingRule.h"
#include "LedgerRepository.h"
#include "LedgerTotal.h"
#include "UsageInterval.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimeZone>
#include <QTimer>

#include <functional>

namespace gpudesk {

class Clock;
class Database;
class JobRepository;
struct JobRecord;

// What every job costs. An interval opens when a job enters a billable state (JobStates::mayBill)
// and closes when it leaves; cost = rate x billed duration under the provider's BillingRule, in
// integer micro-dollars. Open intervals are checkpointed (timer, <= 60 s) so a crash loses at most
// the time since the last checkpoint: recover() closes what a crash left open at its checkpoint,
// and sync() reopens it when the job's record says it is still billable (it kept running at the
// provider while GPU Desk was down), so nothing is counted twice.
//
// Period figures split an interval's cost over the days (or the window) it ran in proportion to
// its running time, by cumulative rounding, so the parts always add up to the whole exactly.
class Ledger : public QObject
{
    Q_OBJECT

public:
    enum class GroupBy {
        Day,
        Provider,
        Project,
        Gpu,
        Job,
    };

    // `jobs` may be null (tests of the maths); onJobChanged() and sync() then do nothing.
    Ledger(Database &db, Clock &clock, JobRepository *jobs = nullptr, QObject *parent = nullptr);

    static QString recoveredReason() { return QStringLiteral("recovered"); }

    // Billed seconds and cost of an interval under `rule`, up to `now` while it is open.
    static qint64 billedSeconds(const UsageInterval &interval, const BillingRule &rule, const QDateTime &now);
    static Money cost(const UsageInterval &interval, const BillingRule &rule, const QDateTime &now);
    // The same under this ledger's rules (BillingRules::forProvider unless replaced).
    Money cost(const UsageInterval &interval, const QDateTime &now) const;
    // The rule this ledger prices a provider's intervals under.
    BillingRule rule(const QString &providerId) const { return m_rules(providerId); }
    // Tests price intervals under rules the table does not hold (per hour, minimum charges).
    void setRules(std::function<BillingRule(const QString &providerId)> rules);

    // Opens, updates or closes the job's interval to match its stored state.
    Result<void> observe(const JobRecord &job);
    // Moves every open interval's checkpoint to `now`.
    Result<int> checkpoint(const QDateTime &now);
    // After a crash: closes every open interval at its last checkpoint. Returns them as closed.
    Result<std::vector<UsageInterval>> recover(const QDateTime &now);
    // Observes every job that is not final (after recover(), at start-up).
    Result<void> sync();
    // The provider says the job's instance ended at `endedAt`: the job's last interval ends there
    // (earlier than GPU Desk noticed, or later than a recovered checkpoint).
    Result<void> providerEnded(const QString &jobId, const QDateTime &endedAt);

    // At start-up, in this order: recover(now), sync(), startCheckpointTimer(). What the app calls
    // once the database is open (before JobManager::reconcile, so reconcile's changes land on
    // the reopened intervals).
    Result<void> resume();

    // Checkpoints on a timer with the clock's time; interval <= 60 s keeps the crash promise.
    void startCheckpointTimer(int milliseconds = 30'000);
    void stopCheckpointTimer();

    Result<std::vector<UsageInterval>> intervals(const QDateTime &from, const QDateTime &to) const;
    Result<std::vector<UsageInterval>> intervalsForJob(const QString &jobId) const;
    Result<std::vector<UsageInterval>> openIntervals() const;

    // Spend in [from, to), counting open intervals up to `now`.
    Result<LedgerTotal> spend(const QDateTime &from, const QDateTime &to, const QDateTime &now) const;
    // Spend since midnight / the first of the month in `zone`, up to `now`.
    Result<LedgerTotal> spendToday(const QDateTime &now, const QTimeZone &zone = QTimeZone::utc()) const;
    Result<LedgerTotal> spendThisMonth(const QDateTime &now, const QTimeZone &zone = QTimeZone::utc()) const;
    // The summed hourly rate of the open intervals (real in cost, Sandbox in simulatedCost).
    Result<LedgerTotal> burnRate() const;
    // Spend in [from, to) grouped; days are calendar days in `zone`. Sorted by key.
    Result<QList<LedgerTotal>> totals(GroupBy groupBy, const QDateTime &from, const QDateTime &to, const QDateTime &now,
        const QTimeZone &zone = QTimeZone::utc()) const;

public Q_SLOTS:
    // Connect to JobManager::jobChanged: reads the job and observes it.
    void onJobChanged(const QString &jobId);

Q_SIGNALS:
    // An interval opened, closed or changed rate (not on checkpoints).
    void changed();
    // A ledger write failed; the message says what to do.
    void problem(const QString &message);

private:
    Result<void> open(const JobRecord &job, const QDateTime &start);
    Result<void> close(UsageInterval interval, const QDateTime &end, const QString &reason);
    void report(const Result<void> &r);
    // Emits changed() when `r` succeeded; returns it.
    Result<void> announce(Result<void> r);

    Database &m_db;
    Clock &m_clock;
    JobRepository *m_jobs = nullptr;
    LedgerRepository m_repo;
    std::function<BillingRule(const QString &)> m_rules;
    QTimer m_checkpointTimer;
};

} // namespace gpudesk
