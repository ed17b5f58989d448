#pragma once

// Writes a realistic history of jobs through GPU Desk's own API, for UI tests and the README's
// screenshots: each job is created and moved through its states in the JobRepository while a
// ManualClock walks through time, the Ledger observes every change (so its usage intervals are the
// ones the app would write), and utilization samples go through MetricStore::insert as the sampler
// stores them. Nothing here is live: the screenshots made from it say so.

#include "billing/Ledger.h"
#include "core/Clock.h"
#include "metrics/MetricStore.h"
#include "services/Services.h"
#include "storage/JobRepository.h"

#include <QDateTime>
#include <QList>
#include <QMap>

#include <algorithm>
#include <random>

namespace gpudesk::test {

struct DemoJob
{
    QString name;
    QString project;
    QString provider;
    QString gpuModel;
    int gpus = 1;
    Money ratePerHour;
    QDateTime start;
    qint64 seconds = 0; // running time; 0 = still running at the end
    int busyPercent = 85; // typical utilization while working
    QList<std::pair<qint64, qint64>> idle; // [from, to) offsets in seconds where the GPUs sit idle
    QString id; // filled by writeDemo()
};

inline GpuReading demoReading(std::mt19937 &rng, int gpu, bool idle, int busy)
{
    GpuReading r;
    r.index = gpu;
    r.name = QStringLiteral("NVIDIA H100 80GB HBM3");
    const int util = idle ? int(rng() % 3) : std::clamp(busy - 8 + int(rng() % 17) - gpu % 3, 0, 100);
    r.utilizationPercent = util;
    r.memoryTotalMiB = 81'559;
    r.memoryUsedMiB = idle ? 1'200 + qint64(rng() % 200) : 62'000 + qint64(gpu) * 900 + qint64(rng() % 2'500);
    r.powerCentiWatts = 7'000 + util * 560 + int(rng() % 1'500);
    r.temperatureC = 33 + util / 3 + int(rng() % 3);
    return r;
}

// Writes the jobs (in time order of their events) and their samples every `sampleSeconds`;
// leaves the clock at `end`. Returns false with `error` set when the app refused something.
inline bool writeDemo(Services &services, ManualClock &clock, QList<DemoJob> &jobs, const QDateTime &end,
                      QString *error, int sampleSeconds = 30)
{
    struct Event
    {
        QDateTime at;
        int job;
        bool start;
    };
    QList<Event> events;
    for (int i = 0; i < jobs.size(); ++i) {
        events.append({jobs[i].start, i, true});
        if (jobs[i].seconds > 0)
            events.append({jobs[i].start.addSecs(jobs[i].seconds), i, false});
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    JobRepository &repo = *services.jobs();
    Ledger &ledger = *services.ledger();
    const auto fail = [error](const Error &e) {
        *error = e.message + QLatin1Char(' ') + e.detail;
        return false;
    };
    for (const Event &e : std::as_const(events)) {
        clock.set(e.at);
        DemoJob &d = jobs[e.job];
        if (e.start) {
            JobRecord job;
            job.spec.name = d.name;
            job.spec.project = d.project;
            job.spec.providerId = d.provider;
            job.spec.gpuModel = d.gpuModel;
            job.spec.gpuCount = d.gpus;
            job.spec.image = QStringLiteral("nvcr.io/nvidia/pytorch:24.10-py3");
            job.spec.command = QStringLiteral("torchrun --nproc-per-node=%1 train.py").arg(d.gpus);
            job.providerId = d.provider;
            job.state = JobState::Submitting;
            job.pricePerHour = d.ratePerHour;
            auto created = repo.create(job);
            if (!created)
                return fail(created.error());
            d.id = created->id;
            auto running = repo.transition(d.id, JobState::Submitting, JobState::Running, QString(),
                                           [&d](JobRecord &r) { r.instanceId = QStringLiteral("i-") + d.id.mid(2); });
            if (!running)
                return fail(running.error());
            if (auto r = ledger.observe(*running); !r)
                return fail(r.error());
        } else {
            auto stopped = repo.transition(d.id, JobState::Running, JobState::Terminated, QString(), {});
            if (!stopped)
                return fail(stopped.error());
            if (auto r = ledger.observe(*stopped); !r)
                return fail(r.error());
        }
    }
    clock.set(end);
    if (auto r = ledger.checkpoint(end); !r)
        return fail(r.error());

    std::mt19937 rng(20261125u);
    for (const DemoJob &d : std::as_const(jobs)) {
        const QDateTime last = d.seconds > 0 ? d.start.addSecs(d.seconds) : end;
        QList<GpuSample> batch;
        for (QDateTime t = d.start.addSecs(sampleSeconds); t < last; t = t.addSecs(sampleSeconds)) {
            const qint64 offset = d.start.secsTo(t);
            const bool idle = std::any_of(d.idle.cbegin(), d.idle.cend(),
                                          [offset](const auto &s) { return offset >= s.first && offset < s.second; });
            for (int g = 0; g < d.gpus; ++g)
                batch.append(GpuSample{d.id, t, demoReading(rng, g, idle, d.busyPercent)});
            if (batch.size() > 4000) {
                if (auto n = services.metrics()->insert(batch); !n)
                    return fail(n.error());
                batch.clear();
            }
        }
        if (auto n = services.metrics()->insert(batch); !n)
            return fail(n.error());
    }
    return true;
}

} // namespace gpudesk::test
