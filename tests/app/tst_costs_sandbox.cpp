// Budgets and idle auto-stop end to end on the real Sandbox: pods launched through JobManager,
// sampled over SSH by the sampler (the pod's simulated nvidia-smi reads 0 % for a sleeping pod),
// stopped by IdleMonitor or BudgetMonitor through JobManager, with the reason in the job's events.
// Short windows and a 1-second sampler keep it to seconds.

#include "billing/BudgetMonitor.h"
#include "billing/BudgetRepository.h"
#include "billing/Ledger.h"
#include "core/Notifier.h"
#include "jobs/JobManager.h"
#include "metrics/IdleMonitor.h"
#include "metrics/IdlePolicyRepository.h"
#include "metrics/MetricStore.h"
#include "metrics/Sampler.h"
#include "reports/ReportBuilder.h"
#include "services/Services.h"
#include "SandboxTestSupport.h"
#include "storage/JobRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

namespace {

bool eventsMention(Services &services, const QString &jobId, const QString &text)
{
    auto events = services.jobs()->events(jobId);
    if (!events)
        return false;
    for (const JobEvent &e : *events) {
        if (e.message.contains(text))
            return true;
    }
    return false;
}

// Terminates the test's jobs and stops its Sandbox daemon.
bool cleanUp(Services &services, const QStringList &ids)
{
    for (const QString &id : ids)
        services.jobManager()->terminate(id);
    for (const QString &id : ids) {
        if (!QTest::qWaitFor([&] { return services.jobs()->get(id)->state == JobState::Terminated; }, 60000))
            return false;
    }
    return test::shutdownSandbox(services);
}

bool stoppedOrStopping(Services &services, const QString &jobId)
{
    const JobState s = services.jobs()->get(jobId)->state;
    return s == JobState::Stopping || s == JobState::Stopped;
}

} // namespace

class TestCostsSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("GPUDESK_SANDBOXD", GPUDESK_SANDBOXD_PATH); }

    void idlePodIsStopped()
    {
        QTemporaryDir dir;
        Services services;
        QVERIFY(services.open(dir.path()).ok());
        // Default policy: under 5 % for 6 seconds stops the job.
        IdlePolicy policy;
        policy.thresholdPercent = 5;
        policy.windowSeconds = 6;
        policy.action = IdlePolicy::Action::Stop;
        QVERIFY(services.idlePolicies()->set(policy));
        services.sampler()->setIntervalSeconds(1);
        services.idleMonitor()->setSampleIntervalSeconds(1);
        QSignalSpy stopped(services.idleMonitor(), &IdleMonitor::idleStopped);

        auto launched = services.jobManager()->launch(test::sleepingPod(QStringLiteral("idle"), QStringLiteral("H100 SXM"), 2));
        QVERIFY2(launched.ok(), launched.ok() ? "" : qPrintable(launched.error().message));
        const QString id = launched->id;
        QVERIFY2(test::waitRunning(services, id), qPrintable(services.jobs()->get(id)->message));
        services.sampler()->start();
        QVERIFY2(QTest::qWaitFor([&] { return stopped.count() > 0; }, 60000), "the idle pod was not stopped");
        services.sampler()->stop();
        QCOMPARE(stopped.first().at(0).toString(), id);
        QVERIFY(QTest::qWaitFor([&] { return services.jobs()->get(id)->state == JobState::Stopped; }, 60000));
        QVERIFY(eventsMention(services, id, QStringLiteral("idle auto-stop")));
        const auto &recent = services.notifier()->recent();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.last().kind, Notification::Kind::IdleStop);
        QCOMPARE(recent.last().jobId, id);
        // The window was covered: samples of both GPUs at most 3 s apart over 6 s, all idle.
        auto samples = services.metrics()->samples(id, QDateTime::currentDateTimeUtc().addSecs(-600),
            QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY2(samples->size() >= 6, qPrintable(QString::number(samples->size())));
        for (const GpuSample &s : *samples)
            QVERIFY(s.reading.utilizationPercent && *s.reading.utilizationPercent < 5);

        // The report counts the idle GPUs' time as wasted (simulated dollars: the Sandbox).
        ReportBuilder builder(*services.ledger(), services.metrics(), services.jobs());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto report = builder.build(now.addSecs(-3600), now.addSecs(60), ReportGroupBy::Job, now);
        QVERIFY(report);
        QCOMPARE(report->rows.size(), 1);
        QCOMPARE(report->rows.first().label, QStringLiteral("idle"));
        QVERIFY(report->rows.first().idleGpuSeconds > 0);
        QVERIFY(report->rows.first().idleGpuSeconds <= report->rows.first().gpuSeconds + 2);
        QVERIFY(!report->rows.first().wastedSimulated.isZero());
        QVERIFY(report->rows.first().wasted.isZero());

        QVERIFY(cleanUp(services, { id }));
    }

    // A job's own warn-only policy wins over the default's stop: one warning, and the job runs on.
    void policyPerJob()
    {
        QTemporaryDir dir;
        Services services;
        QVERIFY(services.open(dir.path()).ok());
        IdlePolicy def;
        def.windowSeconds = 3;
        def.action = IdlePolicy::Action::Stop;
        QVERIFY(services.idlePolicies()->set(def));
        services.sampler()->setIntervalSeconds(1);
        services.idleMonitor()->setSampleIntervalSeconds(1);

        auto launched = services.jobManager()->launch(test::sleepingPod(QStringLiteral("kept"), QStringLiteral("A100 80GB SXM"), 1));
        QVERIFY(launched.ok());
        const QString id = launched->id;
        IdlePolicy warnOnly;
        warnOnly.jobId = id;
        warnOnly.windowSeconds = 3;
        warnOnly.action = IdlePolicy::Action::Warn;
        QVERIFY(services.idlePolicies()->set(warnOnly));
        QSignalSpy warned(services.idleMonitor(), &IdleMonitor::idleWarned);
        QSignalSpy stopped(services.idleMonitor(), &IdleMonitor::idleStopped);
        QVERIFY(test::waitRunning(services, id));
        services.sampler()->start();
        QVERIFY(QTest::qWaitFor([&] { return warned.count() > 0; }, 60000));
        QTest::qWait(4000); // more idle samples: still one warning, no stop
        services.sampler()->stop();
        QCOMPARE(warned.count(), 1);
        QCOMPARE(stopped.count(), 0);
        QCOMPARE(services.jobs()->get(id)->state, JobState::Running);
        QCOMPARE(services.notifier()->recent().last().kind, Notification::Kind::IdleWarning);

        QVERIFY(cleanUp(services, { id }));
    }

    // A Sandbox budget of a tenth of a cent with auto-stop: 100 % within seconds stops both jobs.
    void budgetStopsItsJobs()
    {
        QTemporaryDir dir;
        Services services;
        QVERIFY(services.open(dir.path()).ok());
        Budget budget;
        budget.monthly = Money::fromMicros(1000);
        budget.providerId = QStringLiteral("sandbox");
        budget.autoStop = true;
        auto stored = services.budgets()->set(budget);
        QVERIFY(stored);
        QSignalSpy alerted(services.budgetMonitor(), &BudgetMonitor::alerted);

        QStringList ids;
        for (const QString &name : { QStringLiteral("b1"), QStringLiteral("b2") }) {
            auto launched = services.jobManager()->launch(test::sleepingPod(name, QStringLiteral("H100 SXM"), 1));
            QVERIFY(launched.ok());
            ids << launched->id;
        }
        for (const QString &id : ids)
            QVERIFY(test::waitRunning(services, id));
        services.budgetMonitor()->start(500);
        QVERIFY2(QTest::qWaitFor([&] { return alerted.count() > 0; }, 60000), "no budget alert");
        services.budgetMonitor()->stop();
        const auto alert = alerted.first().at(0).value<BudgetAlert>();
        QCOMPARE(alert.threshold, 100);
        QCOMPARE(alert.budgetId, stored->id);
        for (const QString &id : ids) {
            QVERIFY(QTest::qWaitFor([&] { return services.jobs()->get(id)->state == JobState::Stopped; }, 60000));
            QVERIFY(eventsMention(services, id, QStringLiteral("budget auto-stop")));
        }
        QVERIFY(stoppedOrStopping(services, ids.first()));
        bool stopNotified = false;
        for (const Notification &n : services.notifier()->recent())
            stopNotified = stopNotified || (n.kind == Notification::Kind::BudgetStop && n.message.contains(ids.last()));
        QVERIFY(stopNotified);
        // Once per month: evaluating again fires nothing.
        QVERIFY(services.budgetMonitor()->evaluate()->isEmpty());

        QVERIFY(cleanUp(services, ids));
    }
};

QTEST_GUILESS_MAIN(TestCostsSandbox)
#include "tst_costs_sandbox.moc"
