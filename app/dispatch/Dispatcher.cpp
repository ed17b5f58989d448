#include "Dispatcher.h"

#include "AttemptRepository.h"
#include "core/Clock.h"
#include "jobs/JobManager.h"
#include "storage/JobRepository.h"

#include <QPointer>

namespace gpudesk {

Dispatcher::Dispatcher(JobRepository &jobs, JobManager &manager, AttemptRepository &attempts, Clock &clock,
                       QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_manager(manager)
    , m_attempts(attempts)
    , m_clock(clock)
{
    connect(&m_manager, &JobManager::jobChanged, this, &Dispatcher::onJobChanged);
    connect(&m_manager, &JobManager::orphansChanged, this, &Dispatcher::onOrphansChanged);
}

void Dispatcher::onOrphansChanged()
{
    // An instance the provider no longer knows is gone as surely as a preempted one: a job that asks
    // for recovery is relaunched the same way.
    QStringList vanished;
    for (const Orphan &o : m_manager.orphans()) {
        if (o.kind == Orphan::Kind::VanishedInstance && !m_runs.contains(o.jobId))
            vanished << o.jobId;
    }
    for (const QString &jobId : std::as_const(vanished)) {
        auto job = m_jobs.get(jobId);
        if (!job || !job->spec.isAutoPlaced() || job->spec.allowedRestarts() <= 0 || job->state != JobState::Unknown)
            continue;
        (void)m_manager.treatVanishedAsPreempted(
            jobId, tr("%1 no longer knows instance %2: taken as preempted.").arg(job->providerId, job->instanceId));
    }
}

Dispatcher::~Dispatcher() = default;

DispatchContext Dispatcher::context() const
{
    DispatchContext c = m_contextSource ? m_contextSource() : DispatchContext();
    c.now = m_clock.now();
    for (const AvoidedPlace &a : m_avoid) {
        if (a.until > c.now)
            c.avoid.append(a);
    }
    return c;
}

Result<JobRecord> Dispatcher::launch(const JobSpec &spec, const PlacementRanking &ranking)
{
    if (ranking.candidates.empty())
        return makeError(Error::Kind::NoCapacity,
                         tr("No offer matches the job: %1 %2").arg(ranking.wanted, ranking.summary()));
    JobRecord record;
    record.spec = spec;
    record.providerId = ranking.candidates.front().offer.providerId;
    record.pricePerHour = ranking.candidates.front().offer.pricePerHour;
    record.state = JobState::Submitting;
    record.message = tr("Placing: %1").arg(ranking.summary());
    auto stored = m_jobs.create(record);
    if (!stored)
        return stored;
    Run run;
    run.spec = spec;
    run.candidates = ranking.candidates;
    run.wanted = ranking.wanted;
    run.startedAt = m_clock.now();
    m_runs.insert(stored->id, run);
    Q_EMIT m_manager.jobChanged(stored->id);
    const QString jobId = stored->id;
    QMetaObject::invokeMethod(this, [this, jobId] { tryNext(jobId); }, Qt::QueuedConnection);
    return stored;
}

void Dispatcher::tryNext(const QString &jobId)
{
    if (!m_runs.contains(jobId))
        return;
    Run &run = m_runs[jobId];
    const PlacementConstraints &p = run.spec.placement;
    const int maxAttempts = p.effectiveMaxAttempts();
    if (run.next >= run.candidates.size()) {
        // Every candidate refused. Wait and go round again while the job allows waiting.
        const qint64 waited = run.startedAt.secsTo(m_clock.now());
        if (p.maxWaitMinutes > 0 && run.refusedThisPass > 0 && run.attempts < maxAttempts
            && waited + m_retryIntervalMs / 1000 < qint64(p.maxWaitMinutes) * 60) {
            run.next = 0;
            run.refusedThisPass = 0;
            if (m_contextSource) {
                const PlacementRanking again = rank(run.spec, context());
                if (!again.candidates.empty())
                    run.candidates = again.candidates;
            }
            auto noted = m_jobs.update(jobId, [&](JobRecord &r) {
                r.message = tr("Every offer refused; trying again in %n second(s).", nullptr, m_retryIntervalMs / 1000);
            });
            Q_UNUSED(noted)
            Q_EMIT m_manager.jobChanged(jobId);
            QTimer::singleShot(m_retryIntervalMs, this, [this, jobId] { tryNext(jobId); });
            return;
        }
        giveUp(jobId, exhaustedMessage(run.wanted, run.triedProviders, run.attempts));
        return;
    }
    if (run.attempts >= maxAttempts) {
        giveUp(jobId, tr("%1 Stopped after %n attempt(s), the job's limit (placement.max_attempts).", nullptr, maxAttempts)
                          .arg(exhaustedMessage(run.wanted, run.triedProviders, run.attempts)));
        return;
    }
    if (p.maxWaitMinutes > 0 && run.startedAt.secsTo(m_clock.now()) >= qint64(p.maxWaitMinutes) * 60) {
        giveUp(jobId, tr("%1 Stopped after waiting %n minute(s), the job's limit (placement.max_wait).", nullptr, p.maxWaitMinutes)
                          .arg(exhaustedMessage(run.wanted, run.triedProviders, run.attempts)));
        return;
    }

    const PlacementCandidate candidate = run.candidates[run.next++];
    ++run.attempts;
    if (!run.triedProviders.contains(candidate.providerName))
        run.triedProviders.append(candidate.providerName);

    // The spec the provider sees: this offer's provider, instance type, exact GPU model and region.
    JobSpec placed = run.spec;
    placed.providerId = candidate.offer.providerId;
    placed.instanceType = candidate.offer.instanceType;
    placed.gpuModel = candidate.offer.gpuModel;
    placed.gpuCount = candidate.offer.gpuCount;
    if (!candidate.offer.region.isEmpty() && !candidate.offer.region.contains(u';'))
        placed.region = candidate.offer.region;
    placed.placement = PlacementConstraints();

    JobAttempt attempt;
    attempt.jobId = jobId;
    attempt.round = run.round;
    attempt.providerId = candidate.offer.providerId;
    attempt.instanceType = candidate.offer.instanceType;
    attempt.gpuModel = candidate.offer.gpuModel;
    attempt.gpuCount = candidate.offer.gpuCount;
    attempt.region = candidate.offer.region;
    attempt.pricePerHour = candidate.totalPerHour;
    attempt.priceSource = candidate.priceAge;
    attempt.startedAt = m_clock.now();
    attempt.message = tr("Candidate #%1: %2").arg(candidate.rank).arg(candidate.reason);
    auto stored = m_attempts.add(attempt);
    if (!stored) {
        giveUp(jobId, stored.error().message);
        return;
    }
    run.attemptId = stored->id;

    QPointer<Dispatcher> self(this);
    auto started = m_manager.launchAttempt(jobId, placed, candidate.offer.providerId, candidate.offer.pricePerHour,
                                           [self, jobId, candidate](Result<Instance> result) {
                                               if (self)
                                                   self->onAnswer(jobId, candidate, result);
                                           });
    if (started) {
        auto token = m_attempts.forJob(jobId);
        if (token) {
            for (JobAttempt a : *token) {
                if (a.id == run.attemptId) {
                    a.clientToken = started->clientToken;
                    auto saved = m_attempts.update(a);
                    Q_UNUSED(saved)
                }
            }
        }
    }
    Q_EMIT attemptsChanged(jobId);
    if (!started) {
        finishAttempt(jobId, JobAttempt::Outcome::Error, started.error().message);
        giveUp(jobId, started.error().message);
    }
}

void Dispatcher::finishAttempt(const QString &jobId, JobAttempt::Outcome outcome, const QString &message,
                               const QString &instanceId)
{
    const qint64 id = m_runs.value(jobId).attemptId;
    auto all = m_attempts.forJob(jobId);
    if (!all)
        return;
    for (JobAttempt a : *all) {
        if (a.id != id)
            continue;
        a.outcome = outcome;
        a.message = message;
        if (!instanceId.isEmpty())
            a.instanceId = instanceId;
        if (outcome != JobAttempt::Outcome::Launched && outcome != JobAttempt::Outcome::Unknown)
            a.endedAt = m_clock.now();
        auto saved = m_attempts.update(a);
        Q_UNUSED(saved)
    }
    Q_EMIT attemptsChanged(jobId);
}

void Dispatcher::onAnswer(const QString &jobId, const PlacementCandidate &candidate, const Result<Instance> &result)
{
    if (!m_runs.contains(jobId))
        return;
    if (result) {
        finishAttempt(jobId, JobAttempt::Outcome::Launched,
                      tr("Launched %1 at %2 (%3).").arg(result->id, candidate.providerName, candidate.offer.instanceType),
                      result->id);
        m_runs.remove(jobId);
        Q_EMIT placed(jobId);
        return;
    }
    const Error &e = result.error();
    if (e.kind == Error::Kind::Network || e.kind == Error::Kind::Internal) {
        // The provider may have made the instance. Nothing else starts until we know.
        finishAttempt(jobId, JobAttempt::Outcome::Unknown,
                      tr("No answer from %1 (%2); looking for the instance by its launch token.")
                          .arg(candidate.providerName, e.message));
        auto unknown = m_manager.settle(jobId, JobState::Unknown,
                                        tr("Launch at %1 unanswered: checking whether it was made.").arg(candidate.providerName));
        Q_UNUSED(unknown)
        QPointer<Dispatcher> self(this);
        m_manager.findLaunched(jobId, [self, jobId, candidate](Result<std::optional<Instance>> found) {
            if (self)
                self->onReconciled(jobId, candidate, found);
        });
        return;
    }
    if (movesOn(e)) {
        finishAttempt(jobId, JobAttempt::Outcome::NoCapacity, e.message);
        ++m_runs[jobId].refusedThisPass;
        auto failed = m_manager.settle(jobId, JobState::Failed,
                                       tr("%1 refused: %2 Trying the next offer.").arg(candidate.providerName, e.message));
        Q_UNUSED(failed)
        moveOn(jobId);
        return;
    }
    finishAttempt(jobId, JobAttempt::Outcome::Error, e.message);
    giveUp(jobId, tr("%1 refused the launch, and that is not a capacity problem, so GPU Desk stopped there: %2")
                      .arg(candidate.providerName, e.message));
}

void Dispatcher::onReconciled(const QString &jobId, const PlacementCandidate &candidate,
                              const Result<std::optional<Instance>> &found)
{
    if (!m_runs.contains(jobId))
        return;
    if (!found) {
        // Still unknown: launching elsewhere could make a second instance. Reconcile decides later.
        giveUp(jobId,
               tr("The launch at %1 went unanswered and %1 cannot be asked whether it made the instance (%2). GPU "
                  "Desk does not launch anywhere else until it knows; the job stays unknown and is reconciled when "
                  "%1 answers.")
                   .arg(candidate.providerName, found.error().message),
               true);
        return;
    }
    if (found->has_value()) {
        const Instance &i = **found;
        finishAttempt(jobId, JobAttempt::Outcome::Launched,
                      tr("The answer was lost, but %1 made instance %2 with this attempt's token: it is the job's.")
                          .arg(candidate.providerName, i.id),
                      i.id);
        m_runs.remove(jobId);
        Q_EMIT placed(jobId);
        return;
    }
    finishAttempt(jobId, JobAttempt::Outcome::NotCreated,
                  tr("%1 has no instance with this attempt's token: nothing was made.").arg(candidate.providerName));
    auto failed = m_manager.settle(jobId, JobState::Failed,
                                   tr("The launch at %1 did not arrive. Trying the next offer.").arg(candidate.providerName));
    Q_UNUSED(failed)
    moveOn(jobId);
}

void Dispatcher::moveOn(const QString &jobId)
{
    QMetaObject::invokeMethod(this, [this, jobId] { tryNext(jobId); }, Qt::QueuedConnection);
}

void Dispatcher::giveUp(const QString &jobId, const QString &message, bool unknownOutcome)
{
    m_runs.remove(jobId);
    auto job = m_jobs.get(jobId);
    if (job && !unknownOutcome)
        (void)m_manager.settle(jobId, JobState::Failed, message);
    else if (job)
        (void)m_jobs.update(jobId, [&](JobRecord &r) { r.message = message; });
    Q_EMIT m_manager.jobChanged(jobId);
    Q_EMIT gaveUp(jobId, message);
}

void Dispatcher::onJobChanged(const QString &jobId)
{
    if (m_runs.contains(jobId))
        return; // our own steps
    auto job = m_jobs.get(jobId);
    if (!job || !job->spec.isAutoPlaced())
        return;
    if (!JobStates::isFinal(job->state))
        return;
    auto current = m_attempts.current(jobId);
    if (!current || !current->has_value() || (*current)->instanceId != job->instanceId)
        return;
    JobAttempt attempt = **current;
    attempt.endedAt = m_clock.now();
    if (job->state != JobState::Preempted) {
        attempt.outcome = JobAttempt::Outcome::Ended;
        attempt.message = tr("Ended: %1.").arg(JobStates::displayName(job->state));
        (void)m_attempts.update(attempt);
        Q_EMIT attemptsChanged(jobId);
        return;
    }
    attempt.outcome = JobAttempt::Outcome::Preempted;
    attempt.message = job->message.isEmpty() ? tr("Preempted by %1.").arg(attempt.providerId) : job->message;
    (void)m_attempts.update(attempt);
    Q_EMIT attemptsChanged(jobId);
    recover(*job, attempt);
}

void Dispatcher::recover(const JobRecord &job, const JobAttempt &preempted)
{
    const int allowed = job.spec.allowedRestarts();
    const int used = preempted.round;
    AvoidedPlace place{preempted.providerId, preempted.region, preempted.instanceType,
                       m_clock.now().addSecs(qint64(m_avoidMinutes) * 60)};
    m_avoid.append(place);
    if (allowed <= 0) {
        Q_EMIT notice(job.id, tr("Job %1 was preempted at %2 (%3). It does not ask to be recovered (recover: true).")
                                  .arg(job.id, preempted.providerId, preempted.instanceType));
        return;
    }
    if (used >= allowed) {
        Q_EMIT notice(job.id, tr("Job %1 was preempted again at %2 and has used its %n restart(s); it stays preempted.",
                                 nullptr, allowed)
                                  .arg(job.id, preempted.providerId));
        return;
    }
    const PlacementRanking ranking = rank(job.spec, context());
    Q_EMIT notice(job.id, tr("Job %1 was preempted at %2 (%3); relaunching it elsewhere (restart %4 of %5).")
                              .arg(job.id, preempted.providerId, preempted.instanceType)
                              .arg(used + 1)
                              .arg(allowed));
    if (ranking.candidates.empty()) {
        const QString message = tr("Job %1 was preempted and no other offer matches it now: %2")
                                    .arg(job.id, ranking.summary());
        (void)m_jobs.update(job.id, [&](JobRecord &r) { r.message = message; });
        Q_EMIT m_manager.jobChanged(job.id);
        Q_EMIT gaveUp(job.id, message);
        return;
    }
    Run run;
    run.spec = job.spec;
    run.candidates = ranking.candidates;
    run.wanted = ranking.wanted;
    run.round = used + 1;
    run.startedAt = m_clock.now();
    m_runs.insert(job.id, run);
    const QString jobId = job.id;
    QMetaObject::invokeMethod(this, [this, jobId] { tryNext(jobId); }, Qt::QueuedConnection);
}

} // namespace gpudesk
