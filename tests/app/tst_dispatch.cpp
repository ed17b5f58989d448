// app/dispatch: ranking across providers (live and snapshot prices, exclusions, tie-breakers,
// multi-node), failover past capacity refusals, stopping on other errors, an attempt whose answer
// is lost (exactly one instance in the end), the ceiling message, and relaunch after preemption
// with each instance's cost apart in the ledger. Providers are in-process fakes.

#include "FakeProvider.h"
#include "billing/Ledger.h"
#include "catalog/Catalog.h"
#include "catalog/GpuSpecTable.h"
#include "core/Clock.h"
#include "dispatch/AttemptRepository.h"
#include "dispatch/Dispatcher.h"
#include "jobs/JobManager.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace gpudesk;
using gpudesk::test::FakeProvider;

class TestDispatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rankingAcrossProvidersWithLiveAndSnapshotPrices();
    void tieBreakersAndListedPreference();
    void multiNodeKeepsAllNodesInOneRegion();
    void memoryFloorAcceptsEveryBigGpu();
    void failoverPastRefusedCandidates();
    void stopsOnANonCapacityError();
    void lostAnswerIsReconciledBeforeTheNextAttempt();
    void launchThatNeverArrivedMovesOn();
    void unreachableAfterLostAnswerStops();
    void ceilingMessages();
    void preemptionRelaunchesElsewhere();
    void noRecoveryWithoutRecover();
    void vanishedInstanceIsRelaunched();
    void waitingGoesRoundAgain();

private:
    Offer offer(const QString &provider, const QString &type, const QString &model, int count, double price,
                PriceSource source = PriceSource::Live, const QString &region = QStringLiteral("us-east-1")) const;
    JobSpec autoSpec(const QStringList &gpus) const;
    // An H100 at Alpha ($2.00/h) and one at Beta ($2.50/h).
    void useTwoOffers();
    // Launches `spec` on its ranking and waits until placement is over.
    Result<JobRecord> place(const JobSpec &spec);
    DispatchContext context() const;
    bool settle();
    int liveInstances() const;

    QTemporaryDir m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<JobRepository> m_jobs;
    std::unique_ptr<AttemptRepository> m_attempts;
    std::unique_ptr<FakeProvider> m_alpha;
    std::unique_ptr<FakeProvider> m_beta;
    std::unique_ptr<JobManager> m_manager;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<Catalog> m_catalog;
};

Offer TestDispatch::offer(const QString &provider, const QString &type, const QString &model, int count, double price,
                          PriceSource source, const QString &region) const
{
    Offer o;
    o.providerId = provider;
    o.instanceType = type;
    o.gpuModel = model;
    o.gpuCount = count;
    o.region = region;
    o.pricePerHour = Money::fromMicros(qint64(price * 1'000'000 + 0.5));
    o.priceSource = source;
    if (source == PriceSource::Snapshot)
        o.asOf = QDate(2025, 11, 22);
    return o;
}

JobSpec TestDispatch::autoSpec(const QStringList &gpus) const
{
    JobSpec s;
    s.name = QStringLiteral("train");
    s.providerId = JobSpec::autoProviderId();
    s.gpuCount = 1;
    s.image = QStringLiteral("ubuntu:24.04");
    s.command = QStringLiteral("sleep 600");
    for (const QString &g : gpus)
        s.placement.addGpu(g);
    return s;
}

void TestDispatch::useTwoOffers()
{
    m_catalog->setOffers({
        offer(QStringLiteral("alpha"), QStringLiteral("a-h100"), QStringLiteral("H100 SXM"), 1, 2.00),
        offer(QStringLiteral("beta"), QStringLiteral("b-h100"), QStringLiteral("H100 SXM"), 1, 2.50),
    });
}

Result<JobRecord> TestDispatch::place(const JobSpec &spec)
{
    auto job = m_dispatcher->launch(spec, Dispatcher::rank(spec, context()));
    if (job && !settle())
        return makeError(Error::Kind::Internal, QStringLiteral("placement did not settle"));
    return job;
}

DispatchContext TestDispatch::context() const
{
    DispatchContext c;
    c.catalog = m_catalog.get();
    c.launchable = {QStringLiteral("alpha"), QStringLiteral("beta")};
    c.unavailableWhy.insert(QStringLiteral("gamma"), QStringLiteral("Gamma has no API key (Settings → Providers)."));
    c.providerNames.insert(QStringLiteral("alpha"), QStringLiteral("Alpha"));
    c.providerNames.insert(QStringLiteral("beta"), QStringLiteral("Beta"));
    c.liveFetchedAt.insert(QStringLiteral("alpha"), m_clock->now().addSecs(-10 * 60));
    c.liveFetchedAt.insert(QStringLiteral("beta"), m_clock->now().addSecs(-3 * 3600));
    c.now = m_clock->now();
    c.userContinent = Continent::Europe;
    return c;
}

void TestDispatch::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("gpudesk.sqlite")));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("gpudesk.sqlite"))).ok());
    m_jobs = std::make_unique<JobRepository>(*m_db, *m_clock);
    m_attempts = std::make_unique<AttemptRepository>(*m_db);
    m_alpha = std::make_unique<FakeProvider>(QStringLiteral("alpha"));
    m_alpha->name = QStringLiteral("Alpha");
    m_beta = std::make_unique<FakeProvider>(QStringLiteral("beta"));
    m_beta->name = QStringLiteral("Beta");
    FakeProvider *a = m_alpha.get();
    FakeProvider *b = m_beta.get();
    ProviderAccess access{[a, b](const QString &id) -> Provider * { return id == a->id() ? a : id == b->id() ? b : nullptr; },
                          [a, b] { return QList<Provider *>{a, b}; }};
    m_manager = std::make_unique<JobManager>(*m_jobs, access, *m_clock);
    m_dispatcher = std::make_unique<Dispatcher>(*m_jobs, *m_manager, *m_attempts, *m_clock);
    m_dispatcher->setContextSource([this] { return context(); });

    auto specs = GpuSpecTable::loadBundled();
    QVERIFY(specs.ok());
    m_catalog = std::make_unique<Catalog>(*m_clock);
    m_catalog->setSpecs(*specs);
}

void TestDispatch::cleanup()
{
    m_dispatcher.reset();
    m_manager.reset();
    m_alpha.reset();
    m_beta.reset();
    m_attempts.reset();
    m_jobs.reset();
    m_db.reset();
}

bool TestDispatch::settle()
{
    return QTest::qWaitFor([this] { return !m_manager->busy() && !m_dispatcher->busy(); }, 5000);
}

int TestDispatch::liveInstances() const
{
    int n = 0;
    for (const FakeProvider *p : {m_alpha.get(), m_beta.get()}) {
        for (const Instance &i : p->instancesById) {
            if (i.state == Instance::State::Running)
                ++n;
        }
    }
    return n;
}

void TestDispatch::rankingAcrossProvidersWithLiveAndSnapshotPrices()
{
    m_catalog->setOffers({
        offer(QStringLiteral("alpha"), QStringLiteral("a-h100"), QStringLiteral("H100 SXM"), 1, 2.49),
        offer(QStringLiteral("beta"), QStringLiteral("b-h100"), QStringLiteral("H100 SXM"), 1, 2.19, PriceSource::Snapshot),
        offer(QStringLiteral("beta"), QStringLiteral("b-h200"), QStringLiteral("H200 SXM"), 1, 3.29),
        offer(QStringLiteral("gamma"), QStringLiteral("g-h100"), QStringLiteral("H100 SXM"), 1, 1.10),
        offer(QStringLiteral("alpha"), QStringLiteral("a-a100"), QStringLiteral("A100 80GB SXM"), 1, 1.29),
        offer(QStringLiteral("alpha"), QStringLiteral("a-h100x8"), QStringLiteral("H100 SXM"), 8, 19.92),
        offer(QStringLiteral("beta"), QStringLiteral("b-h200-big"), QStringLiteral("H200 SXM"), 1, 4.50),
    });
    std::vector<Offer> all = m_catalog->offers();
    Offer spot = offer(QStringLiteral("alpha"), QStringLiteral("a-h100-spot"), QStringLiteral("H100 SXM"), 1, 1.20);
    spot.billing = Billing::Spot;
    all.push_back(spot);
    m_catalog->setOffers(all);

    JobSpec spec = autoSpec({QStringLiteral("H100"), QStringLiteral("H200")});
    spec.maxPricePerHour = Money::fromDollars(4);
    const PlacementRanking r = Dispatcher::rank(spec, context());

    QCOMPARE(int(r.candidates.size()), 3);
    QCOMPARE(r.candidates[0].offer.instanceType, QStringLiteral("b-h100"));
    QCOMPARE(r.candidates[1].offer.instanceType, QStringLiteral("a-h100"));
    QCOMPARE(r.candidates[2].offer.instanceType, QStringLiteral("b-h200"));
    QCOMPARE(r.candidates[0].rank, 1);
    QCOMPARE(r.candidates[0].totalPerHour, Money::fromMicros(2'190'000));
    // Every candidate says where its price comes from and how old it is.
    QVERIFY(r.candidates[0].stalePrice);
    QVERIFY2(r.candidates[0].priceAge.contains(QStringLiteral("snapshot")) && r.candidates[0].priceAge.contains(QStringLiteral("not a live price")),
             qPrintable(r.candidates[0].priceAge));
    QVERIFY(!r.candidates[1].stalePrice);
    QCOMPARE(r.candidates[1].priceAge, QStringLiteral("live, fetched 10 minute(s) ago"));
    QVERIFY(r.candidates[2].stalePrice); // live, but three hours old
    QVERIFY2(r.candidates[2].priceAge.contains(QStringLiteral("stale")), qPrintable(r.candidates[2].priceAge));
    QVERIFY2(r.candidates[0].reason.startsWith(QStringLiteral("Cheapest match: 1 × H100 SXM at Beta, $2.19/h.")),
             qPrintable(r.candidates[0].reason));
    QVERIFY2(r.candidates[1].reason.contains(QStringLiteral("$0.30/h more than #1")), qPrintable(r.candidates[1].reason));
    for (const PlacementCandidate &c : r.candidates)
        QVERIFY2(c.reason.contains(QStringLiteral("Price: ")), qPrintable(c.reason));

    // Excluded offers of accepted GPUs, each with its reason; other GPUs are only counted.
    QHash<QString, QString> why;
    for (const ExcludedOffer &e : r.excluded)
        why.insert(e.offer.instanceType, e.reason);
    QCOMPARE(why.size(), 4);
    QCOMPARE(why.value(QStringLiteral("g-h100")), QStringLiteral("Gamma has no API key (Settings → Providers)."));
    QVERIFY2(why.value(QStringLiteral("a-h100x8")).contains(QStringLiteral("the job asks for 1")), qPrintable(why.value(QStringLiteral("a-h100x8"))));
    QVERIFY2(why.value(QStringLiteral("a-h100-spot")).contains(QStringLiteral("spot")), qPrintable(why.value(QStringLiteral("a-h100-spot"))));
    QVERIFY2(why.value(QStringLiteral("b-h200-big")).contains(QStringLiteral("above the job's maximum of $4.00/h")),
             qPrintable(why.value(QStringLiteral("b-h200-big"))));
    QCOMPARE(r.otherGpuOffers, 1); // the A100
    QCOMPARE(r.wanted, QStringLiteral("H100 or H200 under $4.00/h"));
    QCOMPARE(r.summary(), QStringLiteral("3 candidate(s) at 2 provider(s); 4 offer(s) excluded."));

    // A Vast.ai snapshot row names no listed machine to rent: excluded, with the way out.
    std::vector<Offer> withVast = m_catalog->offers();
    withVast.push_back(offer(QStringLiteral("vastai"), QStringLiteral("1x-H100_SXM-32-65536"), QStringLiteral("H100 SXM"), 1, 1.50,
                             PriceSource::Snapshot));
    withVast.push_back(offer(QStringLiteral("vastai"), QStringLiteral("1x H100 SXM #4242"), QStringLiteral("H100 SXM"), 1, 1.60));
    m_catalog->setOffers(withVast);
    DispatchContext vast = context();
    vast.launchable.append(QStringLiteral("vastai"));
    const PlacementRanking withLiveVast = Dispatcher::rank(spec, vast);
    QCOMPARE(withLiveVast.candidates.front().offer.instanceType, QStringLiteral("1x H100 SXM #4242"));
    bool snapshotExcluded = false;
    for (const ExcludedOffer &e : withLiveVast.excluded)
        snapshotExcluded = snapshotExcluded || (e.offer.instanceType == QStringLiteral("1x-H100_SXM-32-65536") && e.reason.contains(QStringLiteral("refresh its live offers")));
    QVERIFY(snapshotExcluded);

    // Spot allowed: the spot offer becomes the cheapest.
    spec.spot = true;
    QCOMPARE(Dispatcher::rank(spec, context()).candidates.front().offer.instanceType, QStringLiteral("a-h100-spot"));
    // Limited to one provider.
    spec.placement.providers = {QStringLiteral("alpha")};
    const PlacementRanking onlyAlpha = Dispatcher::rank(spec, context());
    QCOMPARE(int(onlyAlpha.candidates.size()), 2);
    for (const PlacementCandidate &c : onlyAlpha.candidates)
        QCOMPARE(c.offer.providerId, QStringLiteral("alpha"));
}

void TestDispatch::tieBreakersAndListedPreference()
{
    m_catalog->setOffers({
        offer(QStringLiteral("alpha"), QStringLiteral("a-h100-us"), QStringLiteral("H100 SXM"), 1, 2.50),
        offer(QStringLiteral("beta"), QStringLiteral("b-h100-eu"), QStringLiteral("H100 SXM"), 1, 2.50, PriceSource::Live,
              QStringLiteral("eu-north-1")),
        offer(QStringLiteral("alpha"), QStringLiteral("a-h200-us"), QStringLiteral("H200 SXM"), 1, 2.50),
        offer(QStringLiteral("alpha"), QStringLiteral("a-a100"), QStringLiteral("A100 80GB SXM"), 1, 1.29),
    });
    JobSpec spec = autoSpec({QStringLiteral("H100"), QStringLiteral("H200")});
    // Price (default): equal prices, the user's region (Europe) first, then the newer GPU.
    PlacementRanking r = Dispatcher::rank(spec, context());
    QCOMPARE(int(r.candidates.size()), 3);
    QCOMPARE(r.candidates[0].offer.instanceType, QStringLiteral("b-h100-eu"));
    QCOMPARE(r.candidates[1].offer.instanceType, QStringLiteral("a-h200-us"));
    QCOMPARE(r.candidates[2].offer.instanceType, QStringLiteral("a-h100-us"));
    QVERIFY2(r.candidates[0].reason.contains(QStringLiteral("(near you)")), qPrintable(r.candidates[0].reason));
    QVERIFY2(r.candidates[1].reason.contains(QStringLiteral("same price as #1, ranked after it: outside your region")),
             qPrintable(r.candidates[1].reason));
    QVERIFY2(r.candidates[2].reason.contains(QStringLiteral("older GPU")), qPrintable(r.candidates[2].reason));

    // Newest: the H200 first, whatever the region.
    spec.placement.prefer = PlacementConstraints::Preference::Newest;
    r = Dispatcher::rank(spec, context());
    QCOMPARE(r.candidates[0].offer.instanceType, QStringLiteral("a-h200-us"));
    QCOMPARE(r.candidates[1].offer.instanceType, QStringLiteral("b-h100-eu"));

    // Listed: the models in the order written, then price: the cheaper A100 comes after every H100.
    spec = autoSpec({QStringLiteral("H100"), QStringLiteral("A100")});
    spec.placement.prefer = PlacementConstraints::Preference::Listed;
    r = Dispatcher::rank(spec, context());
    QCOMPARE(int(r.candidates.size()), 3);
    QCOMPARE(r.candidates[0].offer.gpuModel, QStringLiteral("H100 SXM"));
    QCOMPARE(r.candidates[1].offer.gpuModel, QStringLiteral("H100 SXM"));
    QCOMPARE(r.candidates[2].offer.gpuModel, QStringLiteral("A100 80GB SXM"));
    QVERIFY2(r.candidates[2].reason.contains(QStringLiteral("GPU choice 2 of your list")), qPrintable(r.candidates[2].reason));
    // Price: the A100 first.
    spec.placement.prefer = PlacementConstraints::Preference::Price;
    QCOMPARE(Dispatcher::rank(spec, context()).candidates.front().offer.instanceType, QStringLiteral("a-a100"));
}

void TestDispatch::multiNodeKeepsAllNodesInOneRegion()
{
    m_catalog->setOffers({
        offer(QStringLiteral("alpha"), QStringLiteral("a-h100x8"), QStringLiteral("H100 SXM"), 8, 20.00, PriceSource::Live,
              QStringLiteral("us-east-1;eu-north-1")),
        offer(QStringLiteral("beta"), QStringLiteral("b-h100x8"), QStringLiteral("H100 SXM"), 8, 19.00, PriceSource::Live,
              QString()),
    });
    JobSpec spec = autoSpec({QStringLiteral("H100")});
    spec.gpuCount = 8;
    spec.nodes = 2;
    const PlacementRanking r = Dispatcher::rank(spec, context());
    QCOMPARE(int(r.candidates.size()), 2);
    QCOMPARE(r.candidates[0].offer.region, QStringLiteral("eu-north-1"));
    QCOMPARE(r.candidates[1].offer.region, QStringLiteral("us-east-1"));
    QCOMPARE(r.candidates[0].totalPerHour, Money::fromDollars(40));
    QVERIFY2(r.candidates[0].reason.contains(QStringLiteral("$40.00/h for 2 nodes")), qPrintable(r.candidates[0].reason));
    QCOMPARE(int(r.excluded.size()), 1);
    QVERIFY2(r.excluded[0].reason.contains(QStringLiteral("one region")), qPrintable(r.excluded[0].reason));
}

void TestDispatch::memoryFloorAcceptsEveryBigGpu()
{
    m_catalog->setOffers({
        offer(QStringLiteral("alpha"), QStringLiteral("a-a100-80"), QStringLiteral("A100 80GB SXM"), 1, 1.29),
        offer(QStringLiteral("alpha"), QStringLiteral("a-a100-40"), QStringLiteral("A100 40GB SXM"), 1, 0.99),
        offer(QStringLiteral("beta"), QStringLiteral("b-h200"), QStringLiteral("H200 SXM"), 1, 3.29),
        offer(QStringLiteral("beta"), QStringLiteral("b-l4"), QStringLiteral("L4"), 1, 0.49),
    });
    JobSpec spec = autoSpec({QStringLiteral("80GB+")});
    QCOMPARE(spec.placement.minGpuMemoryGb, 80);
    const PlacementRanking r = Dispatcher::rank(spec, context());
    QCOMPARE(int(r.candidates.size()), 2);
    QCOMPARE(r.candidates[0].offer.instanceType, QStringLiteral("a-a100-80"));
    QCOMPARE(r.candidates[1].offer.instanceType, QStringLiteral("b-h200"));
    QCOMPARE(r.otherGpuOffers, 2);
    QCOMPARE(r.wanted, QStringLiteral("a GPU with 80 GB or more"));
}

void TestDispatch::failoverPastRefusedCandidates()
{
    m_catalog->setOffers({
        offer(QStringLiteral("alpha"), QStringLiteral("a-h100"), QStringLiteral("H100 SXM"), 1, 2.00),
        offer(QStringLiteral("alpha"), QStringLiteral("a-h100-b"), QStringLiteral("H100 SXM"), 1, 2.10),
        offer(QStringLiteral("beta"), QStringLiteral("b-h100"), QStringLiteral("H100 SXM"), 1, 2.50),
    });
    m_alpha->refuseLaunches = makeError(Error::Kind::NoCapacity, QStringLiteral("Alpha: insufficient capacity."));
    const JobSpec spec = autoSpec({QStringLiteral("H100")});
    QSignalSpy placed(m_dispatcher.get(), &Dispatcher::placed);
    auto job = place(spec);
    QVERIFY(job.ok());
    QCOMPARE(placed.count(), 1);

    auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Running);
    QCOMPARE(after->providerId, QStringLiteral("beta"));
    QCOMPARE(after->instanceId, QStringLiteral("i-1"));
    QCOMPARE(after->spec, spec); // the record keeps the job as written
    QCOMPARE(m_alpha->launchCalls, 2);
    QCOMPARE(m_beta->launchCalls, 1);
    QCOMPARE(m_beta->instancesById.value(QStringLiteral("i-1")).instanceType, QStringLiteral("b-h100"));

    auto attempts = m_attempts->forJob(job->id);
    QVERIFY(attempts.ok());
    QCOMPARE(int(attempts->size()), 3);
    QCOMPARE(attempts->at(0).outcome, JobAttempt::Outcome::NoCapacity);
    QCOMPARE(attempts->at(0).providerId, QStringLiteral("alpha"));
    QCOMPARE(attempts->at(0).message, QStringLiteral("Alpha: insufficient capacity."));
    QCOMPARE(attempts->at(0).pricePerHour, Money::fromDollars(2));
    QVERIFY(attempts->at(0).endedAt.isValid());
    QCOMPARE(attempts->at(1).outcome, JobAttempt::Outcome::NoCapacity);
    QCOMPARE(attempts->at(2).outcome, JobAttempt::Outcome::Launched);
    QCOMPARE(attempts->at(2).instanceId, QStringLiteral("i-1"));
    QCOMPARE(attempts->at(2).n, 3);
    // Each attempt used its own launch token.
    QVERIFY(attempts->at(0).clientToken != attempts->at(1).clientToken);
    QCOMPARE(attempts->at(2).clientToken, after->clientToken);
}

void TestDispatch::stopsOnANonCapacityError()
{
    useTwoOffers();
    m_alpha->failNext = makeError(Error::Kind::Auth, QStringLiteral("Alpha refused the key: check it in Settings."));
    const JobSpec spec = autoSpec({QStringLiteral("H100")});
    QSignalSpy gaveUp(m_dispatcher.get(), &Dispatcher::gaveUp);
    auto job = place(spec);
    QVERIFY(job.ok());
    QCOMPARE(gaveUp.count(), 1);
    auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Failed);
    QVERIFY2(after->message.contains(QStringLiteral("not a capacity problem")) && after->message.contains(QStringLiteral("check it in Settings")),
             qPrintable(after->message));
    QCOMPARE(m_beta->launchCalls, 0);
    auto attempts = m_attempts->forJob(job->id);
    QCOMPARE(int(attempts->size()), 1);
    QCOMPARE(attempts->at(0).outcome, JobAttempt::Outcome::Error);
}

void TestDispatch::lostAnswerIsReconciledBeforeTheNextAttempt()
{
    useTwoOffers();
    m_alpha->loseNextLaunchAnswer = true;
    const JobSpec spec = autoSpec({QStringLiteral("H100")});
    auto job = place(spec);
    QVERIFY(job.ok());
    auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Running);
    QCOMPARE(after->providerId, QStringLiteral("alpha"));
    QCOMPARE(after->instanceId, QStringLiteral("i-1"));
    QCOMPARE(m_beta->launchCalls, 0); // never a second instance
    QCOMPARE(liveInstances(), 1);
    auto attempts = m_attempts->forJob(job->id);
    QCOMPARE(int(attempts->size()), 1);
    QCOMPARE(attempts->at(0).outcome, JobAttempt::Outcome::Launched);
    QVERIFY2(attempts->at(0).message.contains(QStringLiteral("answer was lost")), qPrintable(attempts->at(0).message));
    // The job went through "unknown" while GPU Desk looked.
    auto events = m_jobs->events(job->id);
    bool sawUnknown = false;
    for (const JobEvent &e : *events)
        sawUnknown = sawUnknown || e.to == JobState::Unknown;
    QVERIFY(sawUnknown);
}

void TestDispatch::launchThatNeverArrivedMovesOn()
{
    useTwoOffers();
    // The request never reached Alpha: nothing was made there.
    m_alpha->failNext = makeError(Error::Kind::Network, QStringLiteral("Alpha: connection refused"));
    const JobSpec spec = autoSpec({QStringLiteral("H100")});
    auto job = place(spec);
    QVERIFY(job.ok());
    auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Running);
    QCOMPARE(after->providerId, QStringLiteral("beta"));
    QCOMPARE(liveInstances(), 1);
    QCOMPARE(m_alpha->instancesById.size(), 0);
    auto attempts = m_attempts->forJob(job->id);
    QCOMPARE(int(attempts->size()), 2);
    QCOMPARE(attempts->at(0).outcome, JobAttempt::Outcome::NotCreated);
    QCOMPARE(attempts->at(1).outcome, JobAttempt::Outcome::Launched);
}

void TestDispatch::unreachableAfterLostAnswerStops()
{
    useTwoOffers();
    m_alpha->loseNextLaunchAnswer = true;
    const JobSpec spec = autoSpec({QStringLiteral("H100")});
    auto job = m_dispatcher->launch(spec, Dispatcher::rank(spec, context()));
    QVERIFY(job.ok());
    // The launch answer is lost, then Alpha cannot be asked either.
    QVERIFY(QTest::qWaitFor([this] { return m_alpha->launchCalls == 1; }, 5000));
    m_alpha->failNext = makeError(Error::Kind::Network, QStringLiteral("Alpha: timed out"));
    QVERIFY(settle());
    auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Unknown);
    QVERIFY2(after->message.contains(QStringLiteral("does not launch anywhere else until it knows")), qPrintable(after->message));
    QCOMPARE(m_beta->launchCalls, 0);
    // The next reconcile finds Alpha's instance by the token: still exactly one.
    m_manager->reconcile();
    QVERIFY(settle());
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Running);
    QCOMPARE(liveInstances(), 1);
}

void TestDispatch::ceilingMessages()
{
    m_catalog->setOffers({
        offer(QStringLiteral("alpha"), QStringLiteral("a-h100"), QStringLiteral("H100 SXM"), 1, 2.00),
        offer(QStringLiteral("alpha"), QStringLiteral("a-h200"), QStringLiteral("H200 SXM"), 1, 3.00),
        offer(QStringLiteral("beta"), QStringLiteral("b-h100"), QStringLiteral("H100 SXM"), 1, 2.50),
    });
    const Error none = makeError(Error::Kind::NoCapacity, QStringLiteral("no capacity"));
    m_alpha->refuseLaunches = none;
    m_beta->refuseLaunches = none;
    JobSpec spec = autoSpec({QStringLiteral("H100"), QStringLiteral("H200")});
    spec.maxPricePerHour = Money::fromDollars(4);
    QSignalSpy gaveUp(m_dispatcher.get(), &Dispatcher::gaveUp);
    auto job = place(spec);
    QVERIFY(job.ok());
    QCOMPARE(gaveUp.count(), 1);
    const QString expected = QStringLiteral("No H100 or H200 under $4.00/h is available at Alpha or Beta right now; 3 offer(s) tried.");
    QCOMPARE(gaveUp.at(0).at(1).toString(), expected);
    auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Failed);
    QCOMPARE(after->message, expected);
    QCOMPARE(int(m_attempts->forJob(job->id)->size()), 3);
    QCOMPARE(Dispatcher::exhaustedMessage(QStringLiteral("H100 or H200 under $4/h"),
                                          {QStringLiteral("Lambda"), QStringLiteral("RunPod"), QStringLiteral("Vast.ai")}, 7),
             QStringLiteral("No H100 or H200 under $4/h is available at Lambda, RunPod or Vast.ai right now; 7 offer(s) tried."));

    // The attempt ceiling stops earlier and says so.
    spec.placement.maxAttempts = 2;
    auto limited = m_dispatcher->launch(spec, Dispatcher::rank(spec, context()));
    QVERIFY(limited.ok());
    QVERIFY(settle());
    const QString message = m_jobs->get(limited->id)->message;
    QVERIFY2(message.startsWith(QStringLiteral("No H100 or H200 under $4.00/h is available at Alpha or Beta right now; 2 offer(s) tried.")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("max_attempts")), qPrintable(message));
    QCOMPARE(int(m_attempts->forJob(limited->id)->size()), 2);
}

void TestDispatch::preemptionRelaunchesElsewhere()
{
    useTwoOffers();
    Ledger ledger(*m_db, *m_clock, m_jobs.get());
    connect(m_manager.get(), &JobManager::jobChanged, &ledger, &Ledger::onJobChanged);
    JobSpec spec = autoSpec({QStringLiteral("H100")});
    spec.recover = true;
    auto job = place(spec);
    QVERIFY(job.ok());
    QCOMPARE(m_jobs->get(job->id)->providerId, QStringLiteral("alpha"));
    m_clock->advanceSeconds(600);

    // Alpha takes the instance back; the next status poll sees it.
    m_alpha->instancesById[QStringLiteral("i-1")].state = Instance::State::Preempted;
    QSignalSpy notices(m_dispatcher.get(), &Dispatcher::notice);
    m_manager->refreshAll();
    QVERIFY(settle());
    QCOMPARE(notices.count(), 1);
    QVERIFY2(notices.at(0).at(1).toString().contains(QStringLiteral("relaunching it elsewhere (restart 1 of 3)")),
             qPrintable(notices.at(0).at(1).toString()));

    auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Running);
    QCOMPARE(after->providerId, QStringLiteral("beta")); // the preempted place is avoided for a while
    QCOMPARE(liveInstances(), 1);
    auto attempts = m_attempts->forJob(job->id);
    QCOMPARE(int(attempts->size()), 2);
    QCOMPARE(attempts->at(0).outcome, JobAttempt::Outcome::Preempted);
    QCOMPARE(attempts->at(0).round, 0);
    QCOMPARE(attempts->at(1).outcome, JobAttempt::Outcome::Launched);
    QCOMPARE(attempts->at(1).round, 1);
    QCOMPARE(m_dispatcher->avoided().size(), 1);

    // Each instance's time is its own ledger interval, at its own provider and rate.
    m_clock->advanceSeconds(300);
    auto intervals = ledger.intervalsForJob(job->id);
    QVERIFY(intervals.ok());
    QCOMPARE(int(intervals->size()), 2);
    QCOMPARE(intervals->at(0).providerId, QStringLiteral("alpha"));
    QCOMPARE(intervals->at(0).instanceId, QStringLiteral("i-1"));
    QCOMPARE(intervals->at(0).endReason, QStringLiteral("preempted"));
    QCOMPARE(intervals->at(1).providerId, QStringLiteral("beta"));
    QCOMPARE(intervals->at(1).instanceId, QStringLiteral("i-1"));
    QVERIFY(intervals->at(1).isOpen());
}

void TestDispatch::noRecoveryWithoutRecover()
{
    useTwoOffers();
    const JobSpec spec = autoSpec({QStringLiteral("H100")});
    auto job = place(spec);
    QVERIFY(job.ok());
    m_alpha->instancesById[QStringLiteral("i-1")].state = Instance::State::Preempted;
    QSignalSpy notices(m_dispatcher.get(), &Dispatcher::notice);
    m_manager->refreshAll();
    QVERIFY(settle());
    QCOMPARE(notices.count(), 1);
    QVERIFY2(notices.at(0).at(1).toString().contains(QStringLiteral("does not ask to be recovered")), qPrintable(notices.at(0).at(1).toString()));
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Preempted);
    QCOMPARE(m_beta->launchCalls, 0);
}

void TestDispatch::vanishedInstanceIsRelaunched()
{
    useTwoOffers();
    JobSpec spec = autoSpec({QStringLiteral("H100")});
    spec.maxRestarts = 1;
    auto job = place(spec);
    QVERIFY(job.ok());
    QCOMPARE(m_jobs->get(job->id)->providerId, QStringLiteral("alpha"));
    // Alpha forgets the instance altogether (the provider answers "not found").
    m_alpha->instancesById.remove(QStringLiteral("i-1"));
    m_manager->refreshAll();
    QVERIFY(settle());
    auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Running);
    QCOMPARE(after->providerId, QStringLiteral("beta"));
    QVERIFY(m_manager->orphans().isEmpty());
    auto attempts = m_attempts->forJob(job->id);
    QCOMPARE(int(attempts->size()), 2);
    QCOMPARE(attempts->at(0).outcome, JobAttempt::Outcome::Preempted);
    QVERIFY2(attempts->at(0).message.contains(QStringLiteral("taken as preempted")), qPrintable(attempts->at(0).message));

    // The one restart is used: the next loss is reported and left alone.
    QSignalSpy notices(m_dispatcher.get(), &Dispatcher::notice);
    m_beta->instancesById[QStringLiteral("i-1")].state = Instance::State::Preempted;
    m_manager->refreshAll();
    QVERIFY(settle());
    QCOMPARE(m_jobs->get(job->id)->state, JobState::Preempted);
    QCOMPARE(notices.count(), 1);
    QVERIFY2(notices.at(0).at(1).toString().contains(QStringLiteral("has used its 1 restart(s)")), qPrintable(notices.at(0).at(1).toString()));
}

void TestDispatch::waitingGoesRoundAgain()
{
    useTwoOffers();
    const Error none = makeError(Error::Kind::NoCapacity, QStringLiteral("no capacity"));
    m_alpha->refuseLaunches = none;
    m_beta->refuseLaunches = none;
    m_dispatcher->setRetryIntervalMs(1000); // long enough for the test to act between the passes
    JobSpec spec = autoSpec({QStringLiteral("H100")});
    spec.placement.maxWaitMinutes = 10;
    auto job = m_dispatcher->launch(spec, Dispatcher::rank(spec, context()));
    QVERIFY(job.ok());
    // First pass: both refuse; the job waits to go round again.
    QVERIFY(QTest::qWaitFor([this] { return m_beta->launchCalls == 1; }, 5000));
    QVERIFY(QTest::qWaitFor([this, &job] {
        return m_jobs->get(job->id)->message.startsWith(QStringLiteral("Every offer refused; trying again"));
    }, 5000));
    m_beta->refuseLaunches.reset(); // capacity comes back at Beta
    QVERIFY(settle());
    auto after = m_jobs->get(job->id);
    QCOMPARE(after->state, JobState::Running);
    QCOMPARE(after->providerId, QStringLiteral("beta"));
    auto attempts = m_attempts->forJob(job->id);
    QCOMPARE(int(attempts->size()), 4);
    QCOMPARE(attempts->at(2).outcome, JobAttempt::Outcome::NoCapacity);
    QCOMPARE(attempts->at(3).outcome, JobAttempt::Outcome::Launched);
}

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
