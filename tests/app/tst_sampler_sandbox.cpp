// Utilization end to end on the real Sandbox: a running pod, GPU Desk's own SSH connection to it
// (JobConnections over SshSession), the sampler's nvidia-smi query answered by the pod's simulated
// nvidia-smi, parsed and stored; the cost ledger opened an interval for the job meanwhile.

#include "billing/Ledger.h"
#include "jobs/JobManager.h"
#include "metrics/MetricStore.h"
#include "metrics/Sampler.h"
#include "providers/ProviderRegistry.h"
#include "providers/sandbox/SandboxProvider.h"
#include "services/JobConnections.h"
#include "services/Services.h"
#include "SandboxTestSupport.h"
#include "storage/JobRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

class TestSamplerSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesARunningPodOverSsh();
};

void TestSamplerSandbox::samplesARunningPodOverSsh()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("GPUDESK_SANDBOXD", GPUDESK_SANDBOXD_PATH);
    Services services;
    QVERIFY(services.open(dir.path()).ok());
    QVERIFY(services.hasDatabase());

    auto launched = services.jobManager()->launch(test::sleepingPod(QStringLiteral("sampled"),
                                                                    QStringLiteral("A100 80GB SXM"), 2));
    QVERIFY2(launched.ok(), launched.ok() ? "" : qPrintable(launched.error().message));
    const QString id = launched->id;
    JobManager *manager = services.jobManager();
    QVERIFY2(test::waitRunning(services, id), qPrintable(services.jobs()->get(id)->message));

    Sampler *sampler = services.sampler();
    QSignalSpy sampled(sampler, &Sampler::sampled);
    QSignalSpy failed(sampler, &Sampler::sampleFailed);
    sampler->sampleNow();
    QVERIFY2(QTest::qWaitFor([&] { return sampled.count() > 0 || failed.count() > 0; }, 30000), "no sample");
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
    QCOMPARE(sampled.first().at(0).toString(), id);
    QCOMPARE(services.jobConnections()->count(), 1);

    auto latest = services.metrics()->latest(id);
    QVERIFY(latest.ok());
    QCOMPARE(latest->size(), 2);
    QCOMPARE(latest->at(0).reading.index, 0);
    QCOMPARE(latest->at(1).reading.index, 1);
    QVERIFY(latest->at(0).reading.memoryTotalMiB.has_value());
    QVERIFY(*latest->at(0).reading.memoryTotalMiB > 70000);

    // A second round reuses the connection.
    sampled.clear();
    sampler->sampleNow();
    QVERIFY(QTest::qWaitFor([&] { return sampled.count() > 0 || failed.count() > 0; }, 30000));
    QCOMPARE(services.jobConnections()->count(), 1);

    // The ledger has the job's running interval open.
    auto open = services.ledger()->openIntervals();
    QVERIFY(open.ok());
    QCOMPARE(open->size(), size_t(1));

    manager->terminate(id);
    QVERIFY(QTest::qWaitFor([&] { return services.jobs()->get(id)->state == JobState::Terminated; }, 60000));
    QTRY_COMPARE(services.jobConnections()->count(), 0);
    QVERIFY(test::shutdownSandbox(services));
}

QTEST_GUILESS_MAIN(TestSamplerSandbox)
#include "tst_sampler_sandbox.moc"
