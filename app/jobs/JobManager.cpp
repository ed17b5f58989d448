#include "JobManager.h"

#include "core/Clock.h"
#include "storage/JobRepository.h"

#include <QPointer>
#include <QUuid>

#include <csignal>

namespace gpudesk {

JobManager::JobManager(JobRepository &jobs, ProviderAccess providers, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_providers(std::move(providers))
    , m_clock(clock)
{
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, &JobManager::refreshAll);
}

void JobManager::setPollInterval(int milliseconds)
{
    m_poll.setInterval(milliseconds);
}

void JobManager::startPolling()
{
    m_poll.start();
}

void JobManager::stopPolling()
{
    m_poll.stop();
}

void JobManager::begin()
{
    ++m_inFlight;
}

void JobManager::end()
{
    if (--m_inFlight == 0)
        Q_EMIT idle();
}

Provider *JobManager::providerFor(const JobRecord &job)
{
    Provider *p = m_providers.byId ? m_providers.byId(job.providerId) : nullptr;
    if (!p)
        Q_EMIT operationFailed(job.id, tr("Job %1 runs on provider \"%2\", which GPU Desk has not set up. Check "
                                          "Settings → Providers.")
                                           .arg(job.id, job.providerId));
    return p;
}

Result<JobRecord> JobManager::moveTo(const JobRecord &job, JobState to, const QString &message,
                                     const std::function<void(JobRecord &)> &update)
{
    if (job.state == to) {
        if (update)
            return m_jobs.update(job.id, update);
        return job;
    }
    if (!JobStates::canTransition(job.state, to)) {
        // Providers may skip states we would pass through (a pod found stopped while we thought it
        // was still submitting): go through "unknown", which may lead anywhere.
        if (!JobStates::canTransition(job.state, JobState::Unknown) || !JobStates::canTransition(JobState::Unknown, to))
            return makeError(Error::Kind::InvalidInput, tr("Job %1 cannot go from %2 to %3.")
                                                            .arg(job.id, JobStates::displayName(job.state),
                                                                 JobStates::displayName(to)));
        auto via = m_jobs.transition(job.id, job.state, JobState::Unknown, QString());
        if (!via)
            return via.error();
        return m_jobs.transition(job.id, JobState::Unknown, to, message, update);
    }
    return m_jobs.transition(job.id, job.state, to, message, update);
}

Result<JobRecord> JobManager::launch(const JobSpec &spec, std::optional<Money> pricePerHour)
{
    JobRecord record;
    record.spec = spec;
    record.providerId = spec.providerId;
    record.state = JobState::Submitting;
    record.pricePerHour = pricePerHour;
    auto stored = m_jobs.create(record);
    if (!stored)
        return stored;
    const QString jobId = stored->id;
    Q_EMIT jobChanged(jobId);

    Provider *provider = providerFor(*stored);
    if (!provider) {
        auto failed = m_jobs.transition(jobId, JobState::Submitting, JobState::Failed,
                                        tr("No provider \"%1\" is set up.").arg(spec.providerId));
        Q_EMIT jobChanged(jobId);
        return failed;
    }
    m_launching.insert(jobId);
    begin();
    QPointer<JobManager> self(this);
    provider->launch(spec, stored->clientToken, [self, jobId](Result<Instance> result) {
        if (!self)
            return;
        // Failpoint for the crash tests: die by SIGKILL the moment the provider has answered, before the
        // answer is stored (the window in which a lost record would mean an unbilled-for instance).
        if (qEnvironmentVariable("GPUDESK_FAILPOINT") == QLatin1String("launch-answered"))
            ::raise(SIGKILL);
        self->m_launching.remove(jobId);
        if (result)
            self->adopt(jobId, *result);
        else
            self->fail(jobId, result.error());
        self->end();
    });
    return stored;
}

Result<JobRecord> JobManager::launchAttempt(const QString &jobId, const JobSpec &placed, const QString &providerId,
                                            std::optional<Money> pricePerHour, std::function<void(Result<Instance>)> done)
{
    auto job = m_jobs.get(jobId);
    if (!job)
        return job.error();
    if (m_launching.contains(jobId))
        return makeError(Error::Kind::InvalidInput, tr("Job %1 is still being launched.").arg(jobId));
    auto setPlace = [&](JobRecord &r) {
        r.providerId = providerId;
        r.pricePerHour = pricePerHour;
        r.instanceId.clear();
        r.exitCode.reset();
    };
    Result<JobRecord> ready = *job;
    if (job->state == JobState::Submitting && job->instanceId.isEmpty()) {
        ready = m_jobs.update(jobId, setPlace);
    } else if (job->state == JobState::Failed || job->state == JobState::Preempted) {
        ready = m_jobs.transition(jobId, job->state, JobState::Submitting, QString(), [&](JobRecord &r) {
            setPlace(r);
            r.clientToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        });
    } else {
        return makeError(Error::Kind::InvalidInput, tr("Job %1 is %2 and cannot be launched again.")
                                                        .arg(jobId, JobStates::displayName(job->state)));
    }
    if (!ready)
        return ready;
    Q_EMIT jobChanged(jobId);
    Provider *provider = providerFor(*ready);
    if (!provider)
        return makeError(Error::Kind::NotFound, tr("No provider \"%1\" is set up.").arg(providerId));
    m_launching.insert(jobId);
    begin();
    QPointer<JobManager> self(this);
    provider->launch(placed, ready->clientToken, [self, jobId, done = std::move(done)](Result<Instance> result) {
        if (!self)
            return;
        if (result) {
            self->m_launching.remove(jobId);
            self->adopt(jobId, *result);
        } else if (result.error().kind != Error::Kind::Network && result.error().kind != Error::Kind::Internal) {
            self->m_launching.remove(jobId); // refused: nothing was made
        }
        done(result);
        self->end();
    });
    return ready;
}

void JobManager::findLaunched(const QString &jobId, std::function<void(Result<std::optional<Instance>>)> done)
{
    auto job = m_jobs.get(jobId);
    Provider *provider = job ? providerFor(*job) : nullptr;
    if (!job || !provider) {
        m_launching.remove(jobId);
        const Error e = job ? makeError(Error::Kind::NotFound, tr("No provider \"%1\" is set up.").arg(job->providerId)) : job.error();
        QTimer::singleShot(0, this, [done = std::move(done), e] { done(e); });
        return;
    }
    const QString token = job->clientToken;
    begin();
    QPointer<JobManager> self(this);
    provider->instances([self, jobId, token, done = std::move(done)](Result<std::vector<Instance>> result) {
        if (!self)
            return;
        self->m_launching.remove(jobId);
        if (!result) {
            done(result.error());
        } else {
            std::optional<Instance> found;
            for (const Instance &i : *result) {
                if (!token.isEmpty() && i.clientToken == token)
                    found = i;
            }
            if (found)
                self->adopt(jobId, *found);
            done(found);
        }
        self->end();
    });
}

Result<JobRecord> JobManager::settle(const QString &jobId, JobState to, const QString &message)
{
    auto job = m_jobs.get(jobId);
    if (!job)
        return job;
    auto moved = moveTo(*job, to, message, [&](JobRecord &r) { r.message = message; });
    Q_EMIT jobChanged(jobId);
    return moved;
}

void JobManager::adopt(const QString &jobId, const Instance &instance)
{
    if (auto job = m_jobs.get(jobId)) {
        auto moved = moveTo(*job, JobStates::fromInstance(instance.state), QString(), [&](JobRecord &r) {
            r.instanceId = instance.id;
            if (instance.pricePerHour)
                r.pricePerHour = instance.pricePerHour;
        });
        if (!moved)
            Q_EMIT operationFailed(jobId, moved.error().message);
    }
    Q_EMIT jobChanged(jobId);
}

void JobManager::fail(const QString &jobId, const Error &error)
{
    auto job = m_jobs.get(jobId);
    if (!job) {
        Q_EMIT operationFailed(jobId, error.message);
        return;
    }
    // A network failure leaves the outcome unknown: the provider may have acted. Reconcile decides.
    const bool outcomeUnknown = error.kind == Error::Kind::Network || error.kind == Error::Kind::Internal;
    if (job->state == JobState::Submitting) {
        auto moved = m_jobs.transition(jobId, JobState::Submitting, outcomeUnknown ? JobState::Unknown : JobState::Failed,
                                       error.message);
        if (!moved)
            Q_EMIT operationFailed(jobId, moved.error().message);
    } else {
        auto noted = m_jobs.update(jobId, [&](JobRecord &r) { r.message = error.message; });
        Q_UNUSED(noted)
    }
    Q_EMIT operationFailed(jobId, error.message);
    Q_EMIT jobChanged(jobId);
}

void JobManager::apply(const QString &jobId, const Instance &instance)
{
    auto job = m_jobs.get(jobId);
    if (!job)
        return;
    const JobState target = JobStates::fromInstance(instance.state);
    auto moved = moveTo(*job, target, instance.message, [&](JobRecord &r) {
        if (r.instanceId.isEmpty())
            r.instanceId = instance.id;
        if (instance.exitCode)
            r.exitCode = instance.exitCode;
        if (!r.pricePerHour && instance.pricePerHour)
            r.pricePerHour = instance.pricePerHour;
    });
    if (!moved) {
        Q_EMIT operationFailed(jobId, moved.error().message);
        return;
    }
    if (moved->state != job->state || moved->exitCode != job->exitCode)
        Q_EMIT jobChanged(jobId);
    if (instance.endedAt.isValid() && !JobStates::mayBill(moved->state))
        Q_EMIT instanceEnded(jobId, instance.endedAt);
    if (moved->state == JobState::Running)
        checkGuards(*moved);
}

Result<Money> JobManager::costSoFar(const QString &jobId) const
{
    auto job = m_jobs.get(jobId);
    if (!job)
        return job.error();
    if (!job->pricePerHour)
        return Money();
    auto seconds = m_jobs.secondsIn(jobId, JobState::Running);
    if (!seconds)
        return seconds.error();
    return job->pricePerHour->forSeconds(*seconds);
}

void JobManager::checkGuards(const JobRecord &job)
{
    QString reason;
    if (job.spec.maxRuntimeMinutes > 0) {
        auto seconds = m_jobs.secondsIn(job.id, JobState::Running);
        if (seconds && *seconds >= qint64(job.spec.maxRuntimeMinutes) * 60)
            reason = tr("Job %1 reached its maximum runtime of %n minute(s) and is being stopped.", nullptr,
                        job.spec.maxRuntimeMinutes)
                         .arg(job.id);
    }
    if (reason.isEmpty() && job.spec.maxCost) {
        auto cost = costSoFar(job.id);
        if (cost && *cost >= *job.spec.maxCost)
            reason = tr("Job %1 reached its maximum cost of %2 (%3 so far) and is being stopped.")
                         .arg(job.id, job.spec.maxCost->toString(2), cost->toString(2));
    }
    if (reason.isEmpty())
        return;
    auto noted = m_jobs.update(job.id, [&](JobRecord &r) { r.message = reason; });
    Q_UNUSED(noted)
    Q_EMIT guardTriggered(job.id, reason);
    stop(job.id);
}

void JobManager::refresh(const QString &jobId)
{
    auto job = m_jobs.get(jobId);
    if (!job || job->instanceId.isEmpty() || job->state == JobState::Terminated)
        return;
    Provider *provider = providerFor(*job);
    if (!provider)
        return;
    begin();
    QPointer<JobManager> self(this);
    provider->instance(job->instanceId, [self, jobId](Result<Instance> result) {
        if (!self)
            return;
        if (result) {
            self->apply(jobId, *result);
        } else if (result.error().kind == Error::Kind::NotFound) {
            auto current = self->m_jobs.get(jobId);
            if (current && current->state == JobState::Stopping) {
                auto moved = self->moveTo(*current, JobState::Terminated, result.error().message);
                Q_UNUSED(moved)
                Q_EMIT self->jobChanged(jobId);
            } else if (current && !JobStates::isFinal(current->state)) {
                auto moved = self->moveTo(*current, JobState::Unknown,
                                          tr("%1 no longer knows instance %2.").arg(current->providerId, current->instanceId));
                Q_UNUSED(moved)
                Orphan o;
                o.kind = Orphan::Kind::VanishedInstance;
                o.providerId = current->providerId;
                o.jobId = jobId;
                if (!self->m_orphans.contains(o)) {
                    self->m_orphans.append(o);
                    Q_EMIT self->orphansChanged();
                }
                Q_EMIT self->jobChanged(jobId);
            }
        } else {
            auto current = self->m_jobs.get(jobId);
            if (current && result.error().kind == Error::Kind::Network && !JobStates::isFinal(current->state)) {
                auto moved = self->moveTo(*current, JobState::Unknown, result.error().message);
                Q_UNUSED(moved)
                Q_EMIT self->jobChanged(jobId);
            }
            Q_EMIT self->operationFailed(jobId, result.error().message);
        }
        self->end();
    });
}

void JobManager::refreshAll()
{
    auto active = m_jobs.active();
    if (!active) {
        Q_EMIT operationFailed(QString(), active.error().message);
        return;
    }
    bool needsReconcile = false;
    for (const JobRecord &job : *active) {
        if (!job.instanceId.isEmpty())
            refresh(job.id);
        else if (!m_launching.contains(job.id))
            needsReconcile = true;
    }
    if (needsReconcile)
        reconcile();
}

void JobManager::stop(const QString &jobId, const QString &reason)
{
    auto job = m_jobs.get(jobId);
    if (!job) {
        Q_EMIT operationFailed(jobId, job.error().message);
        return;
    }
    if (!JobStates::canTransition(job->state, JobState::Stopping) || job->instanceId.isEmpty()) {
        Q_EMIT operationFailed(jobId, tr("Job %1 is %2 and cannot be stopped now.")
                                          .arg(jobId, JobStates::displayName(job->state)));
        return;
    }
    Provider *provider = providerFor(*job);
    if (!provider)
        return;
    act(*job, provider, JobState::Stopping, &Provider::stop, reason);
}

void JobManager::start(const QString &jobId)
{
    auto job = m_jobs.get(jobId);
    if (!job) {
        Q_EMIT operationFailed(jobId, job.error().message);
        return;
    }
    if (job->state != JobState::Stopped) {
        Q_EMIT operationFailed(jobId, tr("Job %1 is %2: only a stopped job can be started.")
                                          .arg(jobId, JobStates::displayName(job->state)));
        return;
    }
    Provider *provider = providerFor(*job);
    if (!provider)
        return;
    act(*job, provider, JobState::Pending, &Provider::start);
}

void JobManager::act(const JobRecord &job, Provider *provider, JobState intermediate,
                     void (Provider::*action)(const QString &, Reply<void>), const QString &message)
{
    const QString jobId = job.id;
    const JobState before = job.state;
    auto moved = m_jobs.transition(jobId, before, intermediate, message);
    if (!moved) {
        Q_EMIT operationFailed(jobId, moved.error().message);
        return;
    }
    Q_EMIT jobChanged(jobId);
    begin();
    QPointer<JobManager> self(this);
    (provider->*action)(job.instanceId, [self, jobId, before, intermediate](Result<void> result) {
        if (!self)
            return;
        if (result) {
            self->refresh(jobId);
        } else {
            // Refused: back to where it was. Unreachable: the provider may have acted, so "unknown".
            auto current = self->m_jobs.get(jobId);
            if (current && current->state == intermediate) {
                auto back = self->m_jobs.transition(
                    jobId, intermediate, result.error().kind == Error::Kind::Network ? JobState::Unknown : before,
                    result.error().message);
                Q_UNUSED(back)
            }
            Q_EMIT self->operationFailed(jobId, result.error().message);
            Q_EMIT self->jobChanged(jobId);
        }
        self->end();
    });
}

void JobManager::terminate(const QString &jobId)
{
    auto job = m_jobs.get(jobId);
    if (!job) {
        Q_EMIT operationFailed(jobId, job.error().message);
        return;
    }
    if (job->state == JobState::Terminated)
        return;
    if (job->instanceId.isEmpty()) {
        if (m_launching.contains(jobId)) {
            Q_EMIT operationFailed(jobId, tr("Job %1 is still being launched: terminate it once the provider has "
                                             "answered.").arg(jobId));
            return;
        }
        // Nothing was created that we know of; reconcile() looks for it by its launch token first.
        auto moved = moveTo(*job, JobState::Terminated, tr("No instance was created."));
        if (!moved)
            Q_EMIT operationFailed(jobId, moved.error().message);
        Q_EMIT jobChanged(jobId);
        return;
    }
    Provider *provider = providerFor(*job);
    if (!provider)
        return;
    begin();
    QPointer<JobManager> self(this);
    provider->terminate(job->instanceId, [self, jobId](Result<void> result) {
        if (!self)
            return;
        auto current = self->m_jobs.get(jobId);
        if (result || result.error().kind == Error::Kind::NotFound) {
            if (current && current->state != JobState::Terminated) {
                auto moved = self->moveTo(*current, JobState::Terminated, QString());
                if (!moved)
                    Q_EMIT self->operationFailed(jobId, moved.error().message);
            }
            for (qsizetype i = self->m_orphans.size() - 1; i >= 0; --i) {
                if (self->m_orphans.at(i).jobId == jobId)
                    self->m_orphans.removeAt(i);
            }
        } else {
            Q_EMIT self->operationFailed(jobId, result.error().message);
        }
        Q_EMIT self->jobChanged(jobId);
        self->end();
    });
}

namespace {

template<typename T>
void replyLater(QObject *context, const Reply<T> &reply, Error error)
{
    QTimer::singleShot(0, context, [reply, error = std::move(error)] { reply(error); });
}

} // namespace

void JobManager::logs(const QString &jobId, qint64 maxBytes, Reply<QByteArray> reply)
{
    auto job = m_jobs.get(jobId);
    if (!job)
        return replyLater(this, reply, job.error());
    Provider *provider = providerFor(*job);
    if (!provider || job->instanceId.isEmpty())
        return replyLater(this, reply, makeError(Error::Kind::NotFound, tr("Job %1 has no instance, so it has no logs yet.").arg(jobId)));
    provider->logs(job->instanceId, maxBytes, std::move(reply));
}

void JobManager::sshEndpoint(const QString &jobId, Reply<SshEndpoint> reply)
{
    auto job = m_jobs.get(jobId);
    if (!job)
        return replyLater(this, reply, job.error());
    Provider *provider = providerFor(*job);
    if (!provider || job->instanceId.isEmpty() || job->state != JobState::Running)
        return replyLater(this, reply, makeError(Error::Kind::InvalidInput,
                                                 tr("Job %1 is %2: SSH is available while it runs.")
                                                     .arg(jobId, JobStates::displayName(job->state))));
    const QString identity = !job->spec.sshKey.isEmpty() ? job->spec.sshKey : m_launchIdentityFile;
    provider->sshEndpoint(job->instanceId, [identity, reply = std::move(reply)](Result<SshEndpoint> endpoint) {
        if (endpoint && endpoint->identityFile.isEmpty())
            endpoint->identityFile = identity;
        reply(std::move(endpoint));
    });
}

void JobManager::terminateOrphan(const QString &providerId, const QString &instanceId)
{
    Provider *provider = m_providers.byId ? m_providers.byId(providerId) : nullptr;
    if (!provider)
        return;
    begin();
    QPointer<JobManager> self(this);
    provider->terminate(instanceId, [self, providerId, instanceId](Result<void> result) {
        if (!self)
            return;
        if (result || result.error().kind == Error::Kind::NotFound) {
            for (qsizetype i = self->m_orphans.size() - 1; i >= 0; --i) {
                const Orphan &o = self->m_orphans.at(i);
                if (o.kind == Orphan::Kind::UnownedInstance && o.providerId == providerId && o.instance.id == instanceId)
                    self->m_orphans.removeAt(i);
            }
            Q_EMIT self->orphansChanged();
        } else {
            Q_EMIT self->operationFailed(QString(), result.error().message);
        }
        self->end();
    });
}

Result<JobRecord> JobManager::treatVanishedAsPreempted(const QString &jobId, const QString &message)
{
    auto moved = settle(jobId, JobState::Preempted, message);
    if (!moved)
        return moved;
    for (qsizetype i = m_orphans.size() - 1; i >= 0; --i) {
        if (m_orphans.at(i).kind == Orphan::Kind::VanishedInstance && m_orphans.at(i).jobId == jobId)
            m_orphans.removeAt(i);
    }
    Q_EMIT orphansChanged();
    return moved;
}

Result<void> JobManager::forget(const QString &jobId)
{
    auto job = m_jobs.get(jobId);
    if (!job)
        return job.error();
    if (job->state != JobState::Terminated) {
        auto moved = moveTo(*job, JobState::Terminated, tr("Closed by the user; the provider had no instance for it."));
        if (!moved)
            return moved.error();
    }
    for (qsizetype i = m_orphans.size() - 1; i >= 0; --i) {
        if (m_orphans.at(i).jobId == jobId)
            m_orphans.removeAt(i);
    }
    Q_EMIT orphansChanged();
    Q_EMIT jobChanged(jobId);
    return {};
}

void JobManager::reconcile()
{
    const QList<Provider *> providers = m_providers.all ? m_providers.all() : QList<Provider *>();
    auto pending = std::make_shared<int>(0);
    QPointer<JobManager> self(this);
    for (Provider *provider : providers) {
        if (!provider->capabilities().listInstances)
            continue;
        ++*pending;
        begin();
        provider->instances([self, provider = QPointer<Provider>(provider), pending](Result<std::vector<Instance>> result) {
            if (!self)
                return;
            if (result && provider)
                self->reconcileProvider(provider, *result);
            else if (!result)
                Q_EMIT self->operationFailed(QString(), result.error().message);
            if (--*pending == 0)
                Q_EMIT self->reconciled();
            self->end();
        });
    }
    if (*pending == 0)
        Q_EMIT reconciled();
}

void JobManager::reconcileProvider(Provider *provider, const std::vector<Instance> &instances)
{
    auto all = m_jobs.list();
    if (!all) {
        Q_EMIT operationFailed(QString(), all.error().message);
        return;
    }
    const QString providerId = provider->id();
    QHash<QString, const Instance *> byId;
    QHash<QString, const Instance *> byToken;
    for (const Instance &i : instances) {
        byId.insert(i.id, &i);
        if (!i.clientToken.isEmpty())
            byToken.insert(i.clientToken, &i);
    }
    QSet<QString> owned;
    for (const JobRecord &job : *all) {
        if (job.providerId != providerId)
            continue;
        const Instance *match = nullptr;
        if (!job.instanceId.isEmpty())
            match = byId.value(job.instanceId);
        if (!match)
            match = byToken.value(job.clientToken);
        if (match)
            owned.insert(match->id);
        if (JobStates::isFinal(job.state) || job.state == JobState::Draft)
            continue;
        if (match) {
            apply(job.id, *match);
            continue;
        }
        if (m_launching.contains(job.id))
            continue;
        if (job.instanceId.isEmpty()) {
            // The launch never reached the provider (or the app died before it answered and the provider
            // has no instance with our token): nothing runs, nothing bills.
            auto moved = moveTo(job, JobState::Failed, tr("The launch did not reach %1: no instance was created.")
                                                           .arg(provider->displayName()));
            Q_UNUSED(moved)
            Q_EMIT jobChanged(job.id);
            continue;
        }
        Orphan o;
        o.kind = Orphan::Kind::VanishedInstance;
        o.providerId = providerId;
        o.jobId = job.id;
        if (!m_orphans.contains(o))
            m_orphans.append(o);
        auto moved = moveTo(job, JobState::Unknown, tr("%1 no longer knows instance %2.").arg(provider->displayName(), job.instanceId));
        Q_UNUSED(moved)
        Q_EMIT jobChanged(job.id);
    }
    // Instances nobody owns. Finished ones cost nothing and are left alone.
    for (qsizetype i = m_orphans.size() - 1; i >= 0; --i) {
        if (m_orphans.at(i).kind == Orphan::Kind::UnownedInstance && m_orphans.at(i).providerId == providerId)
            m_orphans.removeAt(i);
    }
    for (const Instance &i : instances) {
        // Finished instances (terminated, or a command that ended) cost nothing: not orphans.
        if (owned.contains(i.id) || JobStates::isFinal(JobStates::fromInstance(i.state)))
            continue;
        Orphan o;
        o.kind = Orphan::Kind::UnownedInstance;
        o.providerId = providerId;
        o.instance = i;
        m_orphans.append(o);
    }
    Q_EMIT orphansChanged();
}

} // namespace gpudesk
