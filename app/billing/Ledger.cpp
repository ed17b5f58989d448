#include "Ledger.h"

#include "BillingRules.h"
#include "CostShare.h"
#include "core/Clock.h"
#include "jobs/JobRecord.h"
#include "jobs/JobState.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace gpudesk {

namespace {

qint64 msOf(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

void add(LedgerTotal &total, const UsageInterval &i, const CostShare &share)
{
    if (!share.hit)
        return;
    if (i.simulated)
        total.simulatedCost += share.cost;
    else
        total.cost += share.cost;
    total.gpuSeconds += share.ms * std::max(0, i.gpuCount) * std::max(1, i.nodes) / 1000;
    if (!i.ratePerHour)
        ++total.unpricedIntervals;
}

QString groupKey(Ledger::GroupBy groupBy, const UsageInterval &i)
{
    switch (groupBy) {
    case Ledger::GroupBy::Provider:
        return i.providerId;
    case Ledger::GroupBy::Project:
        // JobSpec: an empty project is the "default" project.
        return i.project.isEmpty() ? QStringLiteral("default") : i.project;
    case Ledger::GroupBy::Gpu:
        return i.gpuModel;
    case Ledger::GroupBy::Job:
        return i.jobId;
    case Ledger::GroupBy::Day:
        break;
    }
    return {};
}

QDateTime startOfDay(const QDate &d, const QTimeZone &zone)
{
    return CostShare::startOfDay(d, zone);
}

} // namespace

Ledger::Ledger(Database &db, Clock &clock, JobRepository *jobs, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock), m_jobs(jobs), m_repo(db), m_rules(&BillingRules::forProvider)
{
    connect(&m_checkpointTimer, &QTimer::timeout, this, [this] {
        if (auto r = checkpoint(m_clock.now()); !r)
            Q_EMIT problem(r.error().message);
    });
}

qint64 Ledger::billedSeconds(const UsageInterval &interval, const BillingRule &rule, const QDateTime &now)
{
    const qint64 duration = msOf(interval.effectiveEnd(now)) - msOf(interval.startedAt);
    // A minimum charge applies to an instance that existed, even for an instant.
    if (duration <= 0)
        return rule.minimumSeconds;
    return rule.billedSeconds(duration);
}

Money Ledger::cost(const UsageInterval &interval, const BillingRule &rule, const QDateTime &now)
{
    if (!interval.ratePerHour)
        return {};
    return interval.ratePerHour->forSeconds(billedSeconds(interval, rule, now));
}

Money Ledger::cost(const UsageInterval &interval, const QDateTime &now) const
{
    return cost(interval, m_rules(interval.providerId), now);
}

void Ledger::setRules(std::function<BillingRule(const QString &)> rules)
{
    m_rules = std::move(rules);
}

void Ledger::report(const Result<void> &r)
{
    if (!r)
        Q_EMIT problem(r.error().message);
}

Result<void> Ledger::announce(Result<void> r)
{
    if (r)
        Q_EMIT changed();
    return r;
}

Result<void> Ledger::open(const JobRecord &job, const QDateTime &start)
{
    UsageInterval i;
    i.jobId = job.id;
    i.instanceId = job.instanceId;
    i.providerId = job.providerId;
    i.project = job.spec.project;
    i.gpuModel = job.spec.gpuModel;
    i.gpuCount = job.spec.gpuCount;
    i.nodes = job.spec.nodes;
    i.ratePerHour = job.pricePerHour;
    i.simulated = m_rules(job.providerId).simulated;
    i.startedAt = start.toUTC();
    i.lastCheckpointAt = std::max(i.startedAt, m_clock.now().toUTC());
    auto stored = m_repo.insert(i);
    if (!stored)
        return stored.error();
    return {};
}

Result<void> Ledger::close(UsageInterval interval, const QDateTime &end, const QString &reason)
{
    interval.endedAt = std::max(interval.startedAt, end.toUTC());
    interval.lastCheckpointAt = std::max(interval.lastCheckpointAt, interval.endedAt);
    interval.endReason = reason;
    return m_repo.update(interval);
}

Result<void> Ledger::observe(const JobRecord &job)
{
    auto openNow = m_repo.openFor(job.id);
    if (!openNow)
        return openNow.error();

    if (!JobStates::mayBill(job.state)) {
        if (*openNow)
            return announce(close(**openNow, job.stateChangedAt, JobStates::key(job.state)));
        // Left its billable state while GPU Desk was down: the recovered interval (closed at its
        // checkpoint) ran on until the job's stored end.
        auto latest = m_repo.latestFor(job.id);
        if (!latest)
            return latest.error();
        if (*latest && (*latest)->endReason == recoveredReason() && job.stateChangedAt > (*latest)->endedAt)
            return announce(close(**latest, job.stateChangedAt, JobStates::key(job.state)));
        return {};
    }

    if (*openNow) {
        UsageInterval i = **openNow;
        bool dirty = false;
        if (!job.instanceId.isEmpty() && job.instanceId != i.instanceId) {
            i.instanceId = job.instanceId;
            dirty = true;
        }
        if (job.pricePerHour && job.pricePerHour != i.ratePerHour) {
            // The job's price became known, or the provider's own answer corrected the offer's:
            // it prices the whole interval. Splitting instead would bill a minimum charge or an
            // hour's rounding twice for one instance.
            i.ratePerHour = job.pricePerHour;
            dirty = true;
        }
        return dirty ? announce(m_repo.update(i)) : Result<void>();
    }

    auto latest = m_repo.latestFor(job.id);
    if (!latest)
        return latest.error();
    if (*latest && (*latest)->endReason == recoveredReason() && job.stateChangedAt <= (*latest)->endedAt) {
        // Still the billable stretch a crash interrupted: it continues, as one interval (split in two,
        // a per-hour or minimum-charge rule would bill the rounding twice).
        UsageInterval i = **latest;
        i.endedAt = QDateTime();
        i.endReason.clear();
        i.lastCheckpointAt = std::max(i.lastCheckpointAt, m_clock.now().toUTC());
        return announce(m_repo.update(i));
    }
    QDateTime start = job.stateChangedAt.toUTC();
    if (*latest && (*latest)->endedAt.isValid() && (*latest)->endedAt > start)
        start = (*latest)->endedAt;
    return announce(open(job, start));
}

void Ledger::onJobChanged(const QString &jobId)
{
    if (!m_jobs)
        return;
    auto job = m_jobs->get(jobId);
    if (!job) {
        Q_EMIT problem(job.error().message);
        return;
    }
    report(observe(*job));
}

Result<int> Ledger::checkpoint(const QDateTime &now)
{
    return m_repo.checkpointOpen(now.toUTC());
}

Result<std::vector<UsageInterval>> Ledger::recover(const QDateTime &now)
{
    auto open = m_repo.open();
    if (!open)
        return open.error();
    std::vector<UsageInterval> closed;
    auto r = m_db.transaction([&]() -> Result<void> {
        for (UsageInterval i : *open) {
            // A checkpoint later than now means the clock stepped back: never end in the future.
            const QDateTime end = std::min(i.lastCheckpointAt, std::max(now.toUTC(), i.startedAt));
            i.endedAt = std::max(i.startedAt, end);
            i.endReason = recoveredReason();
            if (auto u = m_repo.update(i); !u)
                return u;
            closed.push_back(i);
        }
        return {};
    });
    if (!r)
        return r.error();
    if (!closed.empty())
        Q_EMIT changed();
    return closed;
}

Result<void> Ledger::sync()
{
    if (!m_jobs)
        return {};
    auto active = m_jobs->active();
    if (!active)
        return active.error();
    for (const JobRecord &job : *active) {
        if (auto r = observe(job); !r)
            return r;
    }
    return {};
}

Result<void> Ledger::providerEnded(const QString &jobId, const QDateTime &endedAt)
{
    auto latest = m_repo.latestFor(jobId);
    if (!latest)
        return latest.error();
    // An open interval is the job's own business: it closes when the job leaves its billable state.
    if (!*latest || (*latest)->isOpen())
        return {};
    UsageInterval i = **latest;
    i.endedAt = std::max(i.startedAt, endedAt.toUTC());
    if (i.endedAt == (*latest)->endedAt)
        return {};
    return announce(m_repo.update(i));
}

Result<void> Ledger::resume()
{
    if (auto recovered = recover(m_clock.now()); !recovered)
        return recovered.error();
    if (auto synced = sync(); !synced)
        return synced;
    startCheckpointTimer();
    return {};
}

void Ledger::startCheckpointTimer(int milliseconds)
{
    m_checkpointTimer.start(std::min(milliseconds, 60'000));
}

void Ledger::stopCheckpointTimer()
{
    m_checkpointTimer.stop();
}

Result<std::vector<UsageInterval>> Ledger::intervals(const QDateTime &from, const QDateTime &to) const
{
    return m_repo.overlapping(from, to);
}

Result<std::vector<UsageInterval>> Ledger::intervalsForJob(const QString &jobId) const
{
    return m_repo.forJob(jobId);
}

Result<std::vector<UsageInterval>> Ledger::openIntervals() const
{
    return m_repo.open();
}

Result<LedgerTotal> Ledger::spend(const QDateTime &from, const QDateTime &to, const QDateTime &now) const
{
    auto rows = m_repo.overlapping(from, to);
    if (!rows)
        return rows.error();
    LedgerTotal total;
    for (const UsageInterval &i : *rows)
        add(total, i, CostShare::of(i, cost(i, now), msOf(from), msOf(to), now));
    return total;
}

Result<LedgerTotal> Ledger::spendToday(const QDateTime &now, const QTimeZone &zone) const
{
    const QDate today = now.toTimeZone(zone).date();
    return spend(startOfDay(today, zone), now, now);
}

Result<LedgerTotal> Ledger::spendThisMonth(const QDateTime &now, const QTimeZone &zone) const
{
    const QDate today = now.toTimeZone(zone).date();
    return spend(startOfDay(QDate(today.year(), today.month(), 1), zone), now, now);
}

Result<LedgerTotal> Ledger::burnRate() const
{
    auto rows = m_repo.open();
    if (!rows)
        return rows.error();
    LedgerTotal total;
    for (const UsageInterval &i : *rows) {
        if (!i.ratePerHour)
            ++total.unpricedIntervals;
        else if (i.simulated)
            total.simulatedCost += *i.ratePerHour;
        else
            total.cost += *i.ratePerHour;
    }
    return total;
}

Result<QList<LedgerTotal>> Ledger::totals(
    GroupBy groupBy, const QDateTime &from, const QDateTime &to, const QDateTime &now, const QTimeZone &zone) const
{
    auto rows = m_repo.overlapping(from, to);
    if (!rows)
        return rows.error();
    std::map<QString, LedgerTotal> groups;
    for (const UsageInterval &i : *rows) {
        const Money whole = cost(i, now);
        if (groupBy != GroupBy::Day) {
            const CostShare share = CostShare::of(i, whole, msOf(from), msOf(to), now);
            if (!share.hit)
                continue;
            const QString key = groupKey(groupBy, i);
            LedgerTotal &g = groups[key];
            g.key = key;
            add(g, i, share);
            continue;
        }
        const QDateTime end = std::min(to, std::max(i.effectiveEnd(now), i.startedAt));
        QDate day = std::max(from, i.startedAt).toTimeZone(zone).date();
        const QDate lastDay = end.toTimeZone(zone).date();
        for (; day.isValid() && day <= lastDay; day = day.addDays(1)) {
            const qint64 a = std::max(msOf(from), msOf(startOfDay(day, zone)));
            const qint64 b = std::min(msOf(to), msOf(startOfDay(day.addDays(1), zone)));
            const CostShare share = CostShare::of(i, whole, a, b, now);
            if (!share.hit)
                continue;
            const QString key = day.toString(Qt::ISODate);
            LedgerTotal &g = groups[key];
            g.key = key;
            add(g, i, share);
        }
    }
    QList<LedgerTotal> out;
    out.reserve(qsizetype(groups.size()));
    for (auto &entry : groups)
        out.append(entry.second);
    return out;
}

} // namespace gpudesk
