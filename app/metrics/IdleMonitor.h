#pragma once

#include "IdlePolicy.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace gpudesk {

class Clock;
class IdlePolicyRepository;
class JobManager;
class JobRepository;
class MetricStore;
class Notifier;

// Idle auto-stop and forgotten-instance warnings, from the sampler's samples.
//
// Idle: after each sample of a running job (connect Sampler::sampled to onSampled), IdleDetector
// reads the job's effective IdlePolicy window; all GPUs under the threshold for the whole window
// (gaps and unreadable samples make it Unknown, never idle) warns and/or stops the job through
// JobManager, with the reason in the job's event log. A busy sample resets the warning.
//
// Forgotten: on a timer, a job running longer than the policy's hours, with no terminal open and a
// mean utilization under the policy's percent over the last hour, gets one notification.
class IdleMonitor : public QObject
{
    Q_OBJECT

public:
    struct ForgottenPolicy
    {
        bool enabled = true;
        qint64 runningSeconds = 8 * 3600;
        int utilizationPercent = 10;
        qint64 lookbackSeconds = 3600;
    };

    IdleMonitor(MetricStore &metrics, IdlePolicyRepository &policies, JobRepository &jobs, Clock &clock,
        JobManager *manager = nullptr, Notifier *notifier = nullptr, QObject *parent = nullptr);

    // The sampler's interval: a gap longer than two of them (one missed sample) makes the verdict Unknown.
    void setSampleIntervalSeconds(int seconds) { m_sampleIntervalSeconds = seconds; }
    void setForgottenPolicy(const ForgottenPolicy &policy) { m_forgotten = policy; }
    const ForgottenPolicy &forgottenPolicy() const { return m_forgotten; }
    // Whether a terminal is open on the job (the desktop app's terminal tabs); default: none.
    void setTerminalCheck(std::function<bool(const QString &jobId)> check) { m_terminalOpen = std::move(check); }

    // Applies the job's idle policy to its samples now.
    Result<void> evaluate(const QString &jobId);
    // Checks every running job for the forgotten-instance warning.
    Result<void> checkForgotten();

    // Checks for forgotten instances on a timer (idle checks follow the samples).
    void start(int forgottenCheckMs = 5 * 60'000);
    void stop();

public Q_SLOTS:
    void onSampled(const QString &jobId);

Q_SIGNALS:
    void idleWarned(const QString &jobId);
    void idleStopped(const QString &jobId);
    void forgottenInstance(const QString &jobId);
    void problem(const QString &message);

private:
    struct Watch
    {
        QDateTime warnedAt; // the current idle stretch was warned about
        bool stopRequested = false;
        bool forgottenWarned = false;
    };

    void stopJob(const QString &jobId, const QString &reason);

    MetricStore &m_metrics;
    IdlePolicyRepository &m_policies;
    JobRepository &m_jobs;
    Clock &m_clock;
    JobManager *m_manager = nullptr;
    Notifier *m_notifier = nullptr;
    int m_sampleIntervalSeconds = 10;
    ForgottenPolicy m_forgotten;
    std::function<bool(const QString &)> m_terminalOpen;
    QHash<QString, Watch> m_state;
    QTimer m_timer;
};

} // namespace gpudesk
