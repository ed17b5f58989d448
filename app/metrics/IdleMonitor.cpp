#include "IdleMonitor.h"

#include "IdleDetector.h"
#include "IdlePolicyRepository.h"
#include "MetricStore.h"
#include "core/Clock.h"
#include "core/Notifier.h"
#include "jobs/JobManager.h"
#include "jobs/JobRecord.h"
#include "jobs/JobState.h"
#include "storage/JobRepository.h"

namespace gpudesk {

namespace {

int minutesOf(qint64 seconds)
{
    return int((seconds + 59) / 60);
}

} // namespace

IdleMonitor::IdleMonitor(MetricStore &metrics, IdlePolicyRepository &policies, JobRepository &jobs, Clock &clock,
    JobManager *manager, Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_metrics(metrics)
    , m_policies(policies)
    , m_jobs(jobs)
    , m_clock(clock)
    , m_manager(manager)
    , m_notifier(notifier)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (auto r = checkForgotten(); !r)
            Q_EMIT problem(r.error().message);
    });
}

void IdleMonitor::onSampled(const QString &jobId)
{
    if (auto r = evaluate(jobId); !r)
        Q_EMIT problem(r.error().message);
}

void IdleMonitor::stopJob(const QString &jobId, const QString &reason)
{
    m_state[jobId].stopRequested = true;
    if (m_manager)
        m_manager->stop(jobId, reason);
    if (m_notifier) {
        Notification n;
        n.kind = Notification::Kind::IdleStop;
        n.severity = Notification::Severity::Warning;
        n.at = m_clock.now();
        n.jobId = jobId;
        n.title = tr("Idle job stopped");
        n.message = reason;
        m_notifier->notify(n);
    }
    Q_EMIT idleStopped(jobId);
}

Result<void> IdleMonitor::evaluate(const QString &jobId)
{
    auto job = m_jobs.get(jobId);
    if (!job)
        return job.error();
    if (job->state != JobState::Running) {
        m_state.remove(jobId);
        return {};
    }
    auto policy = m_policies.effective(jobId);
    if (!policy)
        return policy.error();
    if (!*policy || !(*policy)->enabled)
        return {};
    const IdlePolicy &p = **policy;
    Watch &state = m_state[jobId];
    if (state.stopRequested)
        return {};

    const QDateTime now = m_clock.now();
    const int maxGap = 2 * m_sampleIntervalSeconds + 1; // one missed sample, plus jitter
    auto samples = m_metrics.samples(jobId, now.addSecs(-(p.windowSeconds + maxGap)), now.addSecs(1));
    if (!samples)
        return samples.error();
    const auto verdict = IdleDetector::checkSeconds(*samples, p.thresholdPercent, p.windowSeconds, now, maxGap);
    if (verdict == IdleDetector::Verdict::Busy) {
        state.warnedAt = QDateTime();
        return {};
    }
    if (verdict != IdleDetector::Verdict::Idle)
        return {};

    const QString idleText = tr("The GPUs of job %1 (%2) have been under %3 % for %n minute(s).", nullptr,
        minutesOf(p.windowSeconds))
                                 .arg(jobId, job->spec.name)
                                 .arg(p.thresholdPercent);
    if (p.action == IdlePolicy::Action::Stop
        || (p.action == IdlePolicy::Action::WarnThenStop && state.warnedAt.isValid()
            && state.warnedAt.secsTo(now) >= p.graceSeconds)) {
        stopJob(jobId, tr("%1 Stopped by idle auto-stop.").arg(idleText));
        return {};
    }
    if (state.warnedAt.isValid())
        return {};
    state.warnedAt = now;
    if (m_notifier) {
        Notification n;
        n.kind = Notification::Kind::IdleWarning;
        n.severity = Notification::Severity::Warning;
        n.at = now;
        n.jobId = jobId;
        n.title = tr("Idle GPUs");
        n.message = p.action == IdlePolicy::Action::WarnThenStop
            ? tr("%1 It will be stopped in %n minute(s) unless its GPUs get busy.", nullptr, minutesOf(p.graceSeconds))
                  .arg(idleText)
            : idleText;
        m_notifier->notify(n);
    }
    Q_EMIT idleWarned(jobId);
    return {};
}

Result<void> IdleMonitor::checkForgotten()
{
    if (!m_forgotten.enabled)
        return {};
    auto active = m_jobs.active();
    if (!active)
        return active.error();
    const QDateTime now = m_clock.now();
    for (const JobRecord &job : *active) {
        if (job.state != JobState::Running || m_state.value(job.id).forgottenWarned)
            continue;
        auto running = m_jobs.secondsIn(job.id, JobState::Running);
        if (!running)
            return running.error();
        if (*running < m_forgotten.runningSeconds)
            continue;
        if (m_terminalOpen && m_terminalOpen(job.id))
            continue;
        auto samples = m_metrics.samples(job.id, now.addSecs(-m_forgotten.lookbackSeconds), now.addSecs(1));
        if (!samples)
            return samples.error();
        qint64 sum = 0;
        int count = 0;
        for (const GpuSample &s : *samples) {
            if (s.reading.utilizationPercent) {
                sum += *s.reading.utilizationPercent;
                ++count;
            }
        }
        // Unmeasured is not low: without samples the job may be busy.
        if (count == 0 || sum >= qint64(m_forgotten.utilizationPercent) * count)
            continue;
        m_state[job.id].forgottenWarned = true;
        if (m_notifier) {
            Notification n;
            n.kind = Notification::Kind::ForgottenInstance;
            n.severity = Notification::Severity::Warning;
            n.at = now;
            n.jobId = job.id;
            n.title = tr("Forgotten instance?");
            n.message = tr("Job %1 (%2) has been running for %n hour(s) with no terminal open and its GPUs at %3 % on "
                           "average over the last hour. Stop it if it is not needed.",
                nullptr, int(*running / 3600))
                            .arg(job.id, job.spec.name)
                            .arg(sum / count);
            m_notifier->notify(n);
        }
        Q_EMIT forgottenInstance(job.id);
    }
    return {};
}

void IdleMonitor::start(int forgottenCheckMs)
{
    m_timer.start(forgottenCheckMs);
}

void IdleMonitor::stop()
{
    m_timer.stop();
}

} // namespace gpudesk
