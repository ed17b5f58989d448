#pragma once

// What the tests that run real Sandbox pods share: a job spec for a pod that just sleeps, waiting
// for a job to run (polling the provider as the app does), and stopping this test's daemon.

#include "jobs/JobManager.h"
#include "jobs/JobSpec.h"
#include "providers/ProviderRegistry.h"
#include "providers/sandbox/SandboxProvider.h"
#include "services/Services.h"
#include "storage/JobRepository.h"

#include <QTest>

namespace gpudesk::test {

inline JobSpec sleepingPod(const QString &name, const QString &gpuModel, int gpus)
{
    JobSpec spec;
    spec.name = name;
    spec.providerId = QStringLiteral("sandbox");
    spec.gpuModel = gpuModel;
    spec.gpuCount = gpus;
    spec.image = QStringLiteral("ubuntu:24.04");
    spec.command = QStringLiteral("exec sleep 600");
    return spec;
}

// True once the job is Running; refreshes it whenever the manager is idle.
inline bool waitRunning(Services &services, const QString &jobId, int timeoutMs = 60000)
{
    JobManager *manager = services.jobManager();
    return QTest::qWaitFor(
        [&] {
            if (!manager->busy())
                manager->refresh(jobId);
            return services.jobs()->get(jobId)->state == JobState::Running;
        },
        timeoutMs);
}

// Stops this test's gpudesk-sandboxd (and any pod left), so nothing outlives the test.
inline bool shutdownSandbox(Services &services)
{
    auto *sandbox = services.providers()->provider<SandboxProvider>(QStringLiteral("sandbox"));
    if (!sandbox)
        return false;
    bool done = false;
    sandbox->shutdownDaemon(true, [&done](Result<void>) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 20000);
}

} // namespace gpudesk::test
