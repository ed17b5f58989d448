#include "FakeProvider.h"
#include "core/Clock.h"
#include "jobs/JobManager.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gpudesk;
using gpudesk::test::FakeProvider;

class TestJobManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void stateMachineRules();
    void repositoryChecksTheExpectedState();
    void repositoryFindsByPrefixAndName();
    void launchRunsAndRecordsHistory();
    void launchRefusedFails();
    void launchWithLostAnswerIsReconciledByToken();
    void crashBeforeProviderAnsweredIsReconciled();
    void launchThatNeverArrivedFails();
    void orphansAreDetected();
    void stopStartTerminate();
    void maxRuntimeStopsTheJob();
    void maxCostStopsTheJob();
    void recordsSurviveARestart();

private:
    JobSpec spec(const QString &name = QStringLiteral("train")) const;
    bool waitIdle();
    std::unique_ptr<JobManager> makeManager();

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobRepository> m_jobs;
    std::unique_ptr<FakeProvider> m_fake;
    std::unique_ptr<JobManager> m_manager;
};

JobSpec TestJobManager::spec(const QString &name) const
{
    JobSpec s;
    s.name = name;
    s.providerId = QStringLiteral("fake");
    s.gpuModel = QStringLiteral("H100 SXM");
    s.gpuCount = 1;
    s.image = QStringLiteral("pytorch/pytorch:2.4.0-cuda12.4-cudnn9-runtime");
    s.command = QStringLiteral("python train.py");
    return s;
}

std::unique_ptr<JobManager> TestJobManager::makeManager()
{
    FakeProvider *fake = m_fake.get();
    ProviderAccess access{[fake](const QString &id) -> Provider * { return id == fake->id() ? fake : nullptr; },
                          [fake] { return QList<Provider *>{fake}; }};
    return std::make_unique<JobManager>(*m_jobs, access, *m_clock);
}

void TestJobManager::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("gpudesk.sqlite")));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("gpudesk.sqlite"))).ok());
    m_jobs = std::make_unique<JobRepository>(*m_db, *m_clock);
    m_fake = std::make_unique<FakeProvider>();
    m_manager = makeManager();
}

void TestJobManager::cleanup()
{
    m_manager.reset();
    m_fake.reset();
    m_jobs.reset();
    m_db.reset();
}

bool TestJobManager::waitIdle()
{
    // Replies come from the event loop; run it until no provider call is in flight.
    return QTest::qWaitFor([this] { return !m_manager->busy(); }, 5000);
}

void TestJobManager::stateMachineRules()
{
    using S = JobState;
    QVERIFY(JobStates::canTransition(S::Draft, S::Submitting));
    QVERIFY(!JobStates::canTransition(S::Draft, S::Running));
    QVERIFY(JobStates::canTransition(S::Submitting, S::Running));
    QVERIFY(JobStates::canTransition(S::Running, S::Stopping));
    QVERIFY(JobStates::canTransition(S::Stopping, S::Stopped));
    QVERIFY(JobStates::canTransition(S::Stopped, S::Pending));
    QVERIFY(JobStates::canTransition(S::Unknown, S::Running));
    QVERIFY(JobStates::canTransition(S::Succeeded, S::Terminated));
    QVERIFY(!JobStates::canTransition(S::Terminated, S::Running));
    QVERIFY(!JobStates::canTransition(S::Failed, S::Running));
    QVERIFY(!JobStates::canTransition(S::Running, S::Running));
    for (JobState s : JobStates::all()) {
        QCOMPARE(JobStates::fromKey(JobStates::key(s)), std::optional<JobState>(s));
        QVERIFY(!JobStates::displayName(s).isEmpty());
        QVERIFY2(!JobStates::canTransition(S::Terminated, s), qPrintable(JobStates::key(s)));
    }
    QVERIFY(JobStates::mayBill(S::Running));
    QVERIFY(JobStates::mayBill(S::Unknown));
    QVERIFY(!JobStates::mayBill(S::Stopped));
    QCOMPARE(JobStates::fromInstance(Instance::State::Preempted), S::Preempted);
}

void TestJobManager::repositoryChecksTheExpectedState()
{
    JobRecord r;
    r.spec = spec();
    r.state = JobState::Submitting;
    auto job = m_jobs->create(r);
    QVERIFY2(job.ok(), job.ok() ? "" : qPrintable(job.error().message + u' ' + job.error().detail));
    QVERIFY(job->id.startsWith(QStringLiteral("j-")));
    QVERIFY(!job->clientToken.isEmpty());
    QCOMPARE(job->providerId, QStringLiteral("fake"));

    // A writer that believes the job is still pending loses.
    auto stale = m_jobs->transition(job->id, JobState::Pending, JobState::Running, QString());
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().message.contains(QStringLiteral("changed meanwhile")), qPrintable(stale.error().message));
    // Moves the state machine forbids are refused.
    auto forbidden = m_jobs->transition(job->id, JobState::Submitting, JobState::Stopped, QString());
    QVERIFY(!forbidden.ok());

    m_clock->advanceSeconds(10);
    QVERIFY(m_jobs->transition(job->id, JobState::Submitting, JobState::Running, QStringLiteral("up")).ok());
    m_clock->advanceSeconds(90);
    QVERIFY(m_jobs->transition(job->id, JobState::Running, JobState::Stopping, QString()).ok());
    m_clock->advanceSeconds(5);
    QVERIFY(m_jobs->transition(job->id, JobState::Stopping, JobState::Stopped, QString()).ok());
    QCOMPARE(*m_jobs->secondsIn(job->id), qint64(90));
    QCOMPARE(*m_jobs->secondsIn(job->id, JobState::Stopping), qint64(5));

    const auto events = m_jobs->events(job->id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), size_t(4));
    QVERIFY(!events->front().from.has_value());
    QCOMPARE(events->front().to, JobState::Submitting);
    QCOMPARE(events->at(1).message, QStringLiteral("up"));
    QCOMPARE(events->back().to, JobState::Stopped);
    QCOMPARE(m_jobs->get(job->id)->message, QStringLiteral("up"));
}

void TestJobManager::repositoryFindsByPrefixAndName()
{
    JobRecord a;
    a.spec = spec(QStringLiteral("alpha"));
    a.state = JobState::Submitting;
    a.id = QStringLiteral("j-aaaa1111");
    JobRecord b = a;
    b.spec.name = QStringLiteral("beta");
    b.id = QStringLiteral("j-aaaa2222");
    QVERIFY(m_jobs->create(a).ok());
    QVERIFY(m_jobs->create(b).ok());
    QCOMPARE(m_jobs->find(QStringLiteral("j-aaaa1111"))->id, a.id);
    QCOMPARE(m_jobs->find(QStringLiteral("j-aaaa2"))->id, b.id);
    QCOMPARE(m_jobs->find(QStringLiteral("alpha"))->id, a.id);
    auto ambiguous = m_jobs->find(QStringLiteral("j-aaaa"));
    QVERIFY(!ambiguous.ok());
    QVERIFY2(ambiguous.error().message.contains(QStringLiteral("several")), qPrintable(ambiguous.error().message));
    auto missing = m_jobs->find(QStringLiteral("nope"));
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    // LIKE wildcards in what the user typed are literal.
    QCOMPARE(m_jobs->find(QStringLiteral("j-%")).error().kind, Error::Kind::NotFound);
    // The stored spec comes back whole.
    QCOMPARE(m_jobs->get(a.id)->spec, a.spec);
}

void TestJobManager::launchRunsAndRecordsHistory()
{
    JobSpec s = spec();
    s.env = {{QStringLiteral("A"), QStringLiteral("1")}};
    s.maxCost = Money::fromDollars(50);
    auto job = m_manager->launch(s, Money::fromCents(249));
    QVERIFY(job.ok());
    QCOMPARE(job->state, JobState::Submitting); // stored before the provider is asked
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Submitting);
    QVERIFY(waitIdle());
    const auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Running);
    QCOMPARE(after->instanceId, QStringLiteral("i-1"));
    // The price the provider reports for the instance wins over the offer's.
    QCOMPARE(after->pricePerHour, std::optional<Money>(Money::fromDollars(2)));
    QCOMPARE(after->spec, s);
    QCOMPARE(m_fake->launchCalls, 1);
    QCOMPARE(m_fake->instancesById.value(QStringLiteral("i-1")).clientToken, after->clientToken);
    const auto events = *m_jobs->events(job->id);
    QCOMPARE(events.size(), size_t(2));
    QCOMPARE(events.at(1).from, std::optional<JobState>(JobState::Submitting));
    QCOMPARE(events.at(1).to, JobState::Running);
}

void TestJobManager::launchRefusedFails()
{
    m_fake->failNext = makeError(Error::Kind::Provider, QStringLiteral("Fake has no H100 capacity. Try another offer."));
    QSignalSpy failed(m_manager.get(), &JobManager::operationFailed);
    auto job = m_manager->launch(spec());
    QVERIFY(job.ok());
    QVERIFY(waitIdle());
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Failed);
    QCOMPARE(m_jobs->get(job->id)->message, QStringLiteral("Fake has no H100 capacity. Try another offer."));
    QCOMPARE(failed.count(), 1);
    QVERIFY(m_fake->instancesById.isEmpty());
}

void TestJobManager::launchWithLostAnswerIsReconciledByToken()
{
    // The provider created the instance but the answer was lost (timeout): the job is "unknown"
    // until the instance list shows it under our token. Never a second launch.
    m_fake->failNext = makeError(Error::Kind::Network, QStringLiteral("Fake did not answer in 30 s."));
    auto job = m_manager->launch(spec());
    QVERIFY(waitIdle());
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Unknown);
    m_fake->add(QStringLiteral("i-77"), Instance::State::Running, job->clientToken);

    QSignalSpy reconciled(m_manager.get(), &JobManager::reconciled);
    m_manager->reconcile();
    QVERIFY(reconciled.wait(5000) || reconciled.count() == 1);
    QVERIFY(waitIdle());
    const auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Running);
    QCOMPARE(after->instanceId, QStringLiteral("i-77"));
    QCOMPARE(m_fake->launchCalls, 1);
    QVERIFY(m_manager->orphans().isEmpty());
}

void TestJobManager::crashBeforeProviderAnsweredIsReconciled()
{
    // What a kill -9 between "stored as submitting" and "provider answered" leaves behind.
    JobRecord r;
    r.spec = spec();
    r.state = JobState::Submitting;
    auto job = m_jobs->create(r);
    m_fake->add(QStringLiteral("i-5"), Instance::State::Provisioning, job->clientToken);

    auto restarted = makeManager();
    m_manager = std::move(restarted);
    QSignalSpy reconciled(m_manager.get(), &JobManager::reconciled);
    m_manager->reconcile();
    QVERIFY(reconciled.wait(5000) || reconciled.count() == 1);
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Provisioning);
    QCOMPARE(m_jobs->get(job->id)->instanceId, QStringLiteral("i-5"));
}

void TestJobManager::launchThatNeverArrivedFails()
{
    JobRecord r;
    r.spec = spec();
    r.state = JobState::Submitting;
    auto job = m_jobs->create(r);
    QSignalSpy reconciled(m_manager.get(), &JobManager::reconciled);
    m_manager->reconcile();
    QVERIFY(reconciled.wait(5000) || reconciled.count() == 1);
    const auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Failed);
    QVERIFY2(after->message.contains(QStringLiteral("did not reach")), qPrintable(after->message));
}

void TestJobManager::orphansAreDetected()
{
    auto job = m_manager->launch(spec());
    QVERIFY(waitIdle());
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Running);
    // An instance nobody owns, a finished one (ignored), and our job's instance vanishes.
    m_fake->add(QStringLiteral("i-stray"), Instance::State::Running);
    m_fake->add(QStringLiteral("i-old"), Instance::State::Terminated);
    m_fake->instancesById.remove(QStringLiteral("i-1"));

    QSignalSpy changed(m_manager.get(), &JobManager::orphansChanged);
    QSignalSpy reconciled(m_manager.get(), &JobManager::reconciled);
    m_manager->reconcile();
    QVERIFY(reconciled.wait(5000) || reconciled.count() == 1);
    QVERIFY(changed.count() >= 1);
    const auto orphans = m_manager->orphans();
    QCOMPARE(orphans.size(), 2);
    bool stray = false;
    bool vanished = false;
    for (const Orphan &o : orphans) {
        stray |= o.kind == Orphan::Kind::UnownedInstance && o.instance.id == QStringLiteral("i-stray");
        vanished |= o.kind == Orphan::Kind::VanishedInstance && o.jobId == job->id;
    }
    QVERIFY(stray);
    QVERIFY(vanished);
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Unknown);

    // The user closes the vanished record; it leaves the orphan list.
    QVERIFY(m_manager->forget(job->id).ok());
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Terminated);
    QCOMPARE(m_manager->orphans().size(), 1);
}

void TestJobManager::stopStartTerminate()
{
    auto job = m_manager->launch(spec());
    QVERIFY(waitIdle());
    m_manager->stop(job->id);
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Stopping); // stored before the provider acts
    QVERIFY(waitIdle());
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Stopped);
    QCOMPARE(m_fake->stopCalls, 1);

    m_manager->start(job->id);
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Pending);
    QVERIFY(waitIdle());
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Running);

    // A failed stop puts the job back where it was, with the provider's message.
    m_fake->failNext = makeError(Error::Kind::Provider, QStringLiteral("Fake refused to stop i-1."));
    QSignalSpy failed(m_manager.get(), &JobManager::operationFailed);
    m_manager->stop(job->id);
    QVERIFY(waitIdle());
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Running);
    QCOMPARE(failed.count(), 1);

    m_manager->terminate(job->id);
    QVERIFY(waitIdle());
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Terminated);
    QCOMPARE(m_fake->instancesById.value(QStringLiteral("i-1")).state, Instance::State::Terminated);
    // Terminated is final.
    m_manager->start(job->id);
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Terminated);
}

void TestJobManager::maxRuntimeStopsTheJob()
{
    JobSpec s = spec();
    s.maxRuntimeMinutes = 60;
    auto job = m_manager->launch(s, Money::fromDollars(2));
    QVERIFY(waitIdle());
    QSignalSpy guard(m_manager.get(), &JobManager::guardTriggered);
    m_clock->advanceSeconds(59 * 60);
    m_manager->refresh(job->id);
    QVERIFY(waitIdle());
    QCOMPARE(guard.count(), 0);
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Running);

    m_clock->advanceSeconds(61);
    m_manager->refresh(job->id);
    QVERIFY(waitIdle());
    QCOMPARE(guard.count(), 1);
    QVERIFY(guard.first().at(1).toString().contains(QStringLiteral("maximum runtime")));
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Stopped);
    QCOMPARE(m_fake->stopCalls, 1);
}

void TestJobManager::maxCostStopsTheJob()
{
    JobSpec s = spec();
    s.maxCost = Money::fromDollars(3); // at $2/h: reached after 90 minutes
    auto job = m_manager->launch(s, Money::fromDollars(2));
    QVERIFY(waitIdle());
    QSignalSpy guard(m_manager.get(), &JobManager::guardTriggered);
    m_clock->advanceSeconds(89 * 60);
    QCOMPARE(*m_manager->costSoFar(job->id), Money::fromCents(296) + Money::fromMicros(6667));
    m_manager->refresh(job->id);
    QVERIFY(waitIdle());
    QCOMPARE(guard.count(), 0);
    m_clock->advanceSeconds(60);
    m_manager->refresh(job->id);
    QVERIFY(waitIdle());
    QCOMPARE(guard.count(), 1);
    QVERIFY(guard.first().at(1).toString().contains(QStringLiteral("$3.00")));
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Stopped);
}

void TestJobManager::recordsSurviveARestart()
{
    auto job = m_manager->launch(spec());
    QVERIFY(waitIdle());
    m_manager.reset();
    m_jobs.reset();
    m_db.reset();

    Database db;
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("gpudesk.sqlite"))).ok());
    JobRepository jobs(db, *m_clock);
    const auto again = jobs.get(job->id);
    QVERIFY(again.ok());
    QCOMPARE(again->state, JobState::Running);
    QCOMPARE(again->instanceId, QStringLiteral("i-1"));
    QCOMPARE(jobs.list()->size(), size_t(1));
    QCOMPARE(jobs.active()->size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestJobManager)
#include "tst_jobmanager.moc"
