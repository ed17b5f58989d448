#include "Sampler.h"

#include "MetricStore.h"
#include "NvidiaSmiParser.h"
#include "core/Clock.h"

#include <QPointer>
#include <QTimeZone>

namespace gpudesk {

Sampler::Sampler(MetricStore &store, Clock &clock, Exec exec, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_exec(std::move(exec))
{
    connect(&m_timer, &QTimer::timeout, this, &Sampler::sampleNow);
}

void Sampler::setJobSource(std::function<QStringList()> jobs)
{
    m_jobs = std::move(jobs);
}

void Sampler::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = std::max(1, seconds);
    if (m_timer.isActive())
        m_timer.start(m_intervalSeconds * 1000);
}

void Sampler::start()
{
    m_timer.start(m_intervalSeconds * 1000);
}

void Sampler::stop()
{
    m_timer.stop();
}

void Sampler::sampleNow()
{
    if (!m_jobs || !m_exec)
        return;
    const qint64 now = m_clock.now().toSecsSinceEpoch();
    const QStringList jobs = m_jobs();
    for (const QString &jobId : jobs) {
        if (auto it = m_pending.constFind(jobId); it != m_pending.cend() && now - *it < qint64(3) * m_intervalSeconds)
            continue;
        m_pending.insert(jobId, now);
        QPointer<Sampler> self(this);
        m_exec(jobId, NvidiaSmiParser::command(), [self, jobId, now](Result<QByteArray> output) {
            if (self)
                self->receive(jobId, now, output);
        });
    }
}

void Sampler::receive(const QString &jobId, qint64 requestedAt, const Result<QByteArray> &output)
{
    // Only the newest run of a job counts: an answer that was given up on is dropped.
    if (m_pending.value(jobId, -1) != requestedAt)
        return;
    m_pending.remove(jobId);
    if (!output) {
        Q_EMIT sampleFailed(jobId, output.error().message);
        return;
    }
    auto gpus = NvidiaSmiParser::parse(*output);
    if (!gpus) {
        Q_EMIT sampleFailed(jobId, gpus.error().message);
        return;
    }
    // Stamped with the time the run was asked for: samples of one round share one time.
    const QDateTime at = QDateTime::fromSecsSinceEpoch(requestedAt, QTimeZone::utc());
    QList<GpuSample> samples;
    samples.reserve(gpus->size());
    for (const GpuReading &g : std::as_const(*gpus))
        samples.append(GpuSample { jobId, at, g });
    if (auto stored = m_store.insert(samples); !stored) {
        Q_EMIT sampleFailed(jobId, stored.error().message);
        return;
    }
    Q_EMIT sampled(jobId, samples);
}

} // namespace gpudesk
