#pragma once

#include "GpuSample.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace gpudesk {

class Clock;
class MetricStore;

// Every N seconds (default 10), for each job the job source names, runs NvidiaSmiParser::command()
// on the job's machine through the injected exec (SSH in the app, a fake in tests; the Sandbox's
// shim answers the same command), parses the answer and stores it. A failed run or an unreadable
// answer stores nothing: the sample is a gap, never zeros. A job whose previous run has not
// answered is skipped, unless that run is older than three intervals (its answer is then ignored).
class Sampler : public QObject
{
    Q_OBJECT

public:
    using ExecReply = std::function<void(Result<QByteArray>)>;
    using Exec = std::function<void(const QString &jobId, const QString &command, ExecReply reply)>;

    Sampler(MetricStore &store, Clock &clock, Exec exec, QObject *parent = nullptr);

    // The jobs to sample now (the running ones); asked at every round.
    void setJobSource(std::function<QStringList()> jobs);
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }

    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

    // One round now, whatever the timer says.
    void sampleNow();
    bool isPending(const QString &jobId) const { return m_pending.contains(jobId); }

Q_SIGNALS:
    void sampled(const QString &jobId, const QList<gpudesk::GpuSample> &samples);
    // The run or its answer failed: a gap. `message` is translated and says what to check.
    void sampleFailed(const QString &jobId, const QString &message);

private:
    void receive(const QString &jobId, qint64 requestedAt, const Result<QByteArray> &output);

    MetricStore &m_store;
    Clock &m_clock;
    Exec m_exec;
    std::function<QStringList()> m_jobs;
    int m_intervalSeconds = 10;
    QTimer m_timer;
    QHash<QString, qint64> m_pending; // job -> when its outstanding run was asked (s since epoch)
};

} // namespace gpudesk
