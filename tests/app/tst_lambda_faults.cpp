// The Lambda adapter against a fault-injecting server on 127.0.0.1: every HTTP failure gives the
// right Error (kind, text) and no partial result; a launch whose answer is lost is adopted by
// JobManager's reconcile, never launched twice.

#include "FaultHttpServer.h"
#include "ProviderTestSupport.h"
#include "core/Clock.h"
#include "jobs/JobManager.h"
#include "providers/lambda/LambdaJson.h"
#include "providers/lambda/LambdaProvider.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace gpudesk;
using gpudesk::test::await;
using gpudesk::test::FaultHttpServer;
using gpudesk::test::HttpAnswer;
using gpudesk::test::HttpCall;
using gpudesk::test::LogCapture;
using gpudesk::test::why;

Q_DECLARE_METATYPE(gpudesk::Error::Kind)

namespace {

const QString kKey = QStringLiteral("canary-lambda-key-7f3a");

const QByteArray kInstanceTypes = R"json({"data":{"gpu_1x_a10":{"instance_type":{"name":"gpu_1x_a10",
"description":"1x A10 (24 GB PCIe)","gpu_description":"A10 (24 GB PCIe)","price_cents_per_hour":75,
"specs":{"vcpus":30,"memory_gib":200,"storage_gib":1400,"gpus":1}},
"regions_with_capacity_available":[{"name":"us-east-1","description":"Virginia, USA"}]}}})json";

// A small Lambda that keeps instances: launch creates one (then may lose the answer), list/get/terminate
// see it. Enough state for the lost-response and idempotency tests.
class FakeLambda
{
public:
    explicit FakeLambda(FaultHttpServer &server)
    {
        server.setHandler([this](const HttpCall &call) { return answer(call); });
    }

    bool loseLaunchAnswer = false;
    HttpAnswer::Kind loseHow = HttpAnswer::Kind::CloseBeforeResponse;
    int launches = 0;
    QJsonArray instances;

private:
    HttpAnswer answer(const HttpCall &call)
    {
        const QString path = call.path();
        if (call.header("authorization") != "Bearer " + kKey.toUtf8())
            return HttpAnswer::json(401,
                R"({"error":{"code":"global/invalid-api-key","message":"API key was invalid, expired, or deleted."}})");
        if (call.method == "GET" && path == QLatin1String("/api/v1/instances"))
            return HttpAnswer::json(200, QJsonDocument(QJsonObject { { QStringLiteral("data"), instances } }).toJson());
        if (call.method == "GET" && path == QLatin1String("/api/v1/instance-types"))
            return HttpAnswer::json(200, kInstanceTypes);
        if (call.method == "POST" && path == QLatin1String("/api/v1/instance-operations/launch")) {
            ++launches;
            const QJsonObject body = QJsonDocument::fromJson(call.body).object();
            const QString id = QStringLiteral("inst-%1").arg(launches);
            instances.append(QJsonObject {
                { QStringLiteral("id"), id },
                { QStringLiteral("name"), body.value(QStringLiteral("name")) },
                { QStringLiteral("status"), QStringLiteral("booting") },
                { QStringLiteral("tags"), body.value(QStringLiteral("tags")) },
                { QStringLiteral("ssh_key_names"), body.value(QStringLiteral("ssh_key_names")) },
                { QStringLiteral("file_system_names"), QJsonArray() },
                { QStringLiteral("region"),
                    QJsonObject { { QStringLiteral("name"), body.value(QStringLiteral("region_name")) } } },
                { QStringLiteral("instance_type"),
                    QJsonDocument::fromJson(kInstanceTypes)
                        .object()[QStringLiteral("data")][QStringLiteral("gpu_1x_a10")]
                                 [QStringLiteral("instance_type")] },
            });
            if (loseLaunchAnswer) {
                HttpAnswer lost = HttpAnswer::json(200, R"({"data":{"instance_ids":[")" + id.toUtf8() + R"("]}})");
                lost.kind = loseHow;
                lost.cutAfter = 5;
                return lost;
            }
            return HttpAnswer::json(200,
                QJsonDocument(QJsonObject { { QStringLiteral("data"),
                                  QJsonObject { { QStringLiteral("instance_ids"), QJsonArray { id } } } } })
                    .toJson());
        }
        return HttpAnswer::json(404, R"({"error":{"code":"global/object-does-not-exist","message":"Not found."}})");
    }
};

} // namespace

class TestLambdaFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void missingKeySendsNothing();
    void baseUrlMayCarryTheApiPrefix();
    void httpFaults_data();
    void httpFaults();
    void tooManyRequestsHonoursRetryAfter();
    void serverErrorsRetriedOnlyWhenIdempotent();
    void slowAnswerTimesOut();
    void insufficientCapacityIsNoCapacity();
    void missingFieldsAreProviderErrors();
    void rateLimitsAreLambdas();
    void launchLimiterSpacesLaunches();
    void launchIsIdempotentPerToken();
    void lostLaunchAnswerIsAdoptedOnReconcile_data();
    void lostLaunchAnswerIsAdoptedOnReconcile();

private:
    std::unique_ptr<LambdaProvider> makeProvider(const QString &key = kKey);
    JobSpec spec() const;

    std::unique_ptr<FaultHttpServer> m_server;
};

void TestLambdaFaults::init()
{
    LogCapture::start();
    m_server = std::make_unique<FaultHttpServer>();
    QVERIFY(m_server->listen());
}

void TestLambdaFaults::cleanup()
{
    m_server.reset();
    const QStringList leaks = LogCapture::leaks({ kKey });
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.value(0)));
}

std::unique_ptr<LambdaProvider> TestLambdaFaults::makeProvider(const QString &key)
{
    auto p = std::make_unique<LambdaProvider>(ProviderCredentials { key, {}, {} }, m_server->url());
    p->http().setRateLimit(LambdaProvider::rateKey(), std::chrono::milliseconds(1));
    p->http().setRateLimit(LambdaProvider::launchRateKey(), std::chrono::milliseconds(1));
    gpudesk::test::useFastRetries(p->http(),
        { 3, std::chrono::milliseconds(10), std::chrono::milliseconds(50), std::chrono::milliseconds(5000) });
    return p;
}

JobSpec TestLambdaFaults::spec() const
{
    JobSpec s;
    s.name = QStringLiteral("lost answer");
    s.providerId = QStringLiteral("lambda");
    s.instanceType = QStringLiteral("gpu_1x_a10");
    s.gpuModel = QStringLiteral("A10");
    s.region = QStringLiteral("us-east-1");
    s.command = QStringLiteral("nvidia-smi");
    return s;
}

void TestLambdaFaults::missingKeySendsNothing()
{
    auto lambda = makeProvider(QString());
    QVERIFY(lambda->needsCredentials());
    QVERIFY(!lambda->hasCredentials());
    auto offers = await<std::vector<Offer>>([&](auto r) { lambda->listOffers(r); });
    QVERIFY(!offers.ok());
    QCOMPARE(offers.error().kind, Error::Kind::Auth);
    QVERIFY(offers.error().message.contains(QStringLiteral("Settings → Providers → Lambda")));
    auto launched = await<Instance>([&](auto r) { lambda->launch(spec(), QStringLiteral("t"), r); });
    QCOMPARE(launched.error().kind, Error::Kind::Auth);
    QCOMPARE(m_server->callCount(), 0);
}

void TestLambdaFaults::baseUrlMayCarryTheApiPrefix()
{
    m_server->setHandler([](const HttpCall &) { return HttpAnswer::json(200, R"({"data":[]})"); });
    for (const QString &base : { QStringLiteral("/api/v1"), QStringLiteral("/api/v1/"), QStringLiteral("/") }) {
        LambdaProvider lambda(ProviderCredentials { kKey, {}, {} }, m_server->url(base));
        auto list = await<std::vector<Instance>>([&](auto r) { lambda.instances(r); });
        QVERIFY2(list.ok(), qPrintable(why(list)));
        QCOMPARE(m_server->calls().last().path(), QStringLiteral("/api/v1/instances"));
        QCOMPARE(m_server->calls().last().header("authorization"), "Bearer " + kKey.toUtf8());
    }
}

void TestLambdaFaults::httpFaults_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind"); // HttpAnswer::Kind
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<gpudesk::Error::Kind>("errorKind");
    QTest::addColumn<QString>("says");

    const int respond = int(HttpAnswer::Kind::Respond);
    QTest::newRow("401") << 401 << respond
                         << QByteArray(
                                R"({"error":{"code":"global/invalid-api-key","message":"API key was invalid."}})")
                         << QByteArray("application/json") << Error::Kind::Auth
                         << QStringLiteral("Lambda rejected the API key (401)");
    QTest::newRow("403") << 403 << respond
                         << QByteArray(
                                R"({"error":{"code":"global/account-inactive","message":"Your account is inactive."}})")
                         << QByteArray("application/json") << Error::Kind::Auth << QStringLiteral("(403)");
    QTest::newRow("404")
        << 404 << respond
        << QByteArray(
               R"({"error":{"code":"global/object-does-not-exist","message":"Specified instance does not exist."}})")
        << QByteArray("application/json") << Error::Kind::NotFound << QStringLiteral("(404)");
    QTest::newRow("500") << 500 << respond << QByteArray(R"({"error":{"code":"global/unknown","message":"boom"}})")
                         << QByteArray("application/json") << Error::Kind::Provider << QStringLiteral("500");
    QTest::newRow("503") << 503 << respond << QByteArray("<html>unavailable</html>") << QByteArray("text/html")
                         << Error::Kind::Provider << QStringLiteral("503");
    QTest::newRow("truncated JSON") << 200 << respond << QByteArray(R"({"data":[{"id":"a","sta)")
                                    << QByteArray("application/json") << Error::Kind::Provider
                                    << QStringLiteral("could not read");
    QTest::newRow("malformed JSON") << 200 << respond << QByteArray(R"({"data": [nope]})")
                                    << QByteArray("application/json") << Error::Kind::Provider
                                    << QStringLiteral("could not read");
    QTest::newRow("wrong content type") << 200 << respond
                                        << QByteArray("<html><body>Sign in to the Wi-Fi</body></html>")
                                        << QByteArray("text/html") << Error::Kind::Provider
                                        << QStringLiteral("instead of JSON");
    QTest::newRow("JSON of the wrong shape")
        << 200 << respond << QByteArray(R"({"data":{"not":"a list"}})") << QByteArray("application/json")
        << Error::Kind::Provider << QStringLiteral("Lambda sent a response");
    QTest::newRow("reset mid-body") << 200 << int(HttpAnswer::Kind::CloseMidBody)
                                    << QByteArray(R"({"data":[{"id":"a","status":"active"}]})")
                                    << QByteArray("application/json") << Error::Kind::Network
                                    << QStringLiteral("Lambda");
    QTest::newRow("reset") << 0 << int(HttpAnswer::Kind::Reset) << QByteArray() << QByteArray() << Error::Kind::Network
                           << QStringLiteral("Lambda");
}

void TestLambdaFaults::httpFaults()
{
    QFETCH(int, status);
    QFETCH(int, kind);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(gpudesk::Error::Kind, errorKind);
    QFETCH(QString, says);

    m_server->setHandler([&](const HttpCall &) {
        HttpAnswer a = HttpAnswer::json(status, body);
        a.kind = HttpAnswer::Kind(kind);
        a.contentType = contentType;
        a.cutAfter = int(body.size() / 2);
        return a;
    });
    auto lambda = makeProvider();
    auto list = await<std::vector<Instance>>([&](auto r) { lambda->instances(r); });
    QVERIFY(!list.ok());
    QCOMPARE(list.error().kind, errorKind);
    QVERIFY2(list.error().message.contains(says), qPrintable(list.error().message));
    QVERIFY2(list.error().message.contains(QLatin1String("Lambda")), qPrintable(list.error().message));
    // The key never reaches an error's text.
    QVERIFY(!list.error().message.contains(kKey));
    QVERIFY(!list.error().detail.contains(kKey));
    QVERIFY(m_server->callCount() >= 1);
    QCOMPARE(lambda->http().pending(), 0);
    if (status == 401)
        QVERIFY(list.error().message.contains(QStringLiteral("Check Settings → Providers → Lambda")));
}

void TestLambdaFaults::tooManyRequestsHonoursRetryAfter()
{
    HttpAnswer limited
        = HttpAnswer::json(429, R"({"error":{"code":"global/too-many-requests","message":"Slow down."}})");
    limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    m_server->enqueue(limited);
    m_server->setHandler([](const HttpCall &) { return HttpAnswer::json(200, kInstanceTypes); });
    auto lambda = makeProvider();
    QElapsedTimer timer;
    timer.start();
    auto offers = await<std::vector<Offer>>([&](auto r) { lambda->listOffers(r); });
    QVERIFY2(offers.ok(), qPrintable(why(offers)));
    QCOMPARE(offers->size(), size_t(1));
    QCOMPARE(m_server->callCount(), 2);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));

    // A launch refused with 429 reached nothing: it is retried too.
    m_server->clearCalls();
    m_server->setHandler(nullptr);
    FakeLambda fake(*m_server);
    limited.headers = { qMakePair(QByteArray("Retry-After"), QByteArray("0")) };
    m_server->enqueue(HttpAnswer::json(200, R"({"data":[]})")); // the token check
    m_server->enqueue(limited);
    auto launched = await<Instance>([&](auto r) { lambda->launch(spec(), QStringLiteral("tok-429"), r); });
    QVERIFY2(launched.ok(), qPrintable(why(launched)));
    QCOMPARE(fake.launches, 1);
}

void TestLambdaFaults::serverErrorsRetriedOnlyWhenIdempotent()
{
    m_server->setHandler([](const HttpCall &call) {
        if (call.method == "GET")
            return HttpAnswer::json(200, R"({"data":[]})");
        return HttpAnswer::json(500, R"({"error":{"code":"global/unknown","message":"boom"}})");
    });
    auto lambda = makeProvider();
    auto launched = await<Instance>([&](auto r) { lambda->launch(spec(), QStringLiteral("tok-500"), r); });
    QVERIFY(!launched.ok());
    QCOMPARE(launched.error().kind, Error::Kind::Provider);
    int posts = 0;
    for (const HttpCall &c : m_server->calls())
        posts += c.method == "POST" ? 1 : 0;
    QCOMPARE(posts, 1); // a launch is never resent blindly

    m_server->clearCalls();
    auto terminated = await<void>([&](auto r) { lambda->terminate(QStringLiteral("i-1"), r); });
    QVERIFY(!terminated.ok());
    QCOMPARE(m_server->callCount(), 3); // terminating twice is harmless: retried up to the policy
}

void TestLambdaFaults::slowAnswerTimesOut()
{
    HttpAnswer slow = HttpAnswer::json(200, kInstanceTypes);
    slow.delayMs = 3000;
    m_server->setHandler([slow](const HttpCall &) { return slow; });
    auto lambda = makeProvider();
    lambda->setRequestTimeout(std::chrono::milliseconds(200));
    auto offers = await<std::vector<Offer>>([&](auto r) { lambda->listOffers(r); });
    QVERIFY(!offers.ok());
    QCOMPARE(offers.error().kind, Error::Kind::Network);
    QVERIFY2(offers.error().message.contains(QLatin1String("did not answer")), qPrintable(offers.error().message));
}

void TestLambdaFaults::insufficientCapacityIsNoCapacity()
{
    m_server->setHandler([](const HttpCall &call) {
        if (call.method == "GET")
            return HttpAnswer::json(200, R"({"data":[]})");
        return HttpAnswer::json(400, R"({"error":{"code":"instance-operations/launch/insufficient-capacity",
            "message":"Not enough capacity to fulfill launch request.","suggestion":"Try another region."}})");
    });
    auto lambda = makeProvider();
    auto launched = await<Instance>([&](auto r) { lambda->launch(spec(), QStringLiteral("tok-cap"), r); });
    QVERIFY(!launched.ok());
    QCOMPARE(launched.error().kind, Error::Kind::NoCapacity);
    QCOMPARE(launched.error().code, QStringLiteral("instance-operations/launch/insufficient-capacity"));
    QVERIFY(launched.error().message.contains(QLatin1String("capacity")));
}

void TestLambdaFaults::missingFieldsAreProviderErrors()
{
    const QList<QByteArray> bodies {
        R"({"data":[{"name":"no id","status":"active"}]})",
        R"({"data":[{"id":"i-1"}]})",
        R"({"data":[{"id":"i-1","status":42}]})",
        R"({"data":[17]})",
        R"([])",
    };
    auto lambda = makeProvider();
    for (const QByteArray &body : bodies) {
        m_server->setHandler([body](const HttpCall &) { return HttpAnswer::json(200, body); });
        auto list = await<std::vector<Instance>>([&](auto r) { lambda->instances(r); });
        QVERIFY2(!list.ok(), body.constData());
        QCOMPARE(list.error().kind, Error::Kind::Provider);
        QVERIFY(list.error().message.startsWith(QLatin1String("Lambda")));
    }
    const QList<QByteArray> types {
        R"({"data":{"t":{"instance_type":{"name":"t","price_cents_per_hour":"75"},"regions_with_capacity_available":[]}}})",
        R"({"data":{"t":{"instance_type":{"name":"t","price_cents_per_hour":7.5},"regions_with_capacity_available":[]}}})",
        R"({"data":{"t":{"instance_type":{"name":"t","price_cents_per_hour":75}}}})",
        R"({"data":{"t":{"instance_type":{"price_cents_per_hour":75},"regions_with_capacity_available":[]}}})",
        R"({"data":[]})",
    };
    for (const QByteArray &body : types) {
        m_server->setHandler([body](const HttpCall &) { return HttpAnswer::json(200, body); });
        auto offers = await<std::vector<Offer>>([&](auto r) { lambda->listOffers(r); });
        QVERIFY2(!offers.ok(), body.constData());
        QCOMPARE(offers.error().kind, Error::Kind::Provider);
    }
    m_server->setHandler([](const HttpCall &) { return HttpAnswer::json(200, R"({"data":{"instance_ids":[]}})"); });
    JobSpec s = spec();
    m_server->enqueue(HttpAnswer::json(200, R"({"data":[]})"));
    auto launched = await<Instance>([&](auto r) { lambda->launch(s, QStringLiteral("tok-x"), r); });
    QVERIFY(!launched.ok());
    QCOMPARE(launched.error().kind, Error::Kind::Provider);
}

// Lambda's documented limits are configured (the limiter itself is HttpClient's, tested there).
void TestLambdaFaults::rateLimitsAreLambdas()
{
    QCOMPARE(LambdaProvider::kRequestInterval, std::chrono::milliseconds(1000));
    QCOMPARE(LambdaProvider::kLaunchInterval, std::chrono::milliseconds(12000));
}

// Two launches through the adapter are spaced by the launch bucket (here shortened to 400 ms).
void TestLambdaFaults::launchLimiterSpacesLaunches()
{
    QList<qint64> launchTimes;
    QElapsedTimer clock;
    clock.start();
    m_server->setHandler([&launchTimes, &clock](const HttpCall &call) {
        if (call.method == "POST")
            launchTimes << clock.elapsed();
        return HttpAnswer::json(200,
            call.method == "POST" ? QByteArray(R"({"data":{"instance_ids":["a"]}})") : QByteArray(R"({"data":[]})"));
    });
    auto lambda = makeProvider();
    lambda->http().setRateLimit(LambdaProvider::launchRateKey(), std::chrono::milliseconds(400));
    std::optional<Result<Instance>> first, second;
    lambda->launch(spec(), QStringLiteral("tok-a"), [&](Result<Instance> r) { first.emplace(std::move(r)); });
    lambda->launch(spec(), QStringLiteral("tok-b"), [&](Result<Instance> r) { second.emplace(std::move(r)); });
    QTRY_VERIFY_WITH_TIMEOUT(first && second, 10000);
    QVERIFY(first->ok() && second->ok());
    QCOMPARE(launchTimes.size(), 2);
    QVERIFY2(launchTimes.at(1) - launchTimes.at(0) >= 350,
        qPrintable(QStringLiteral("%1 ms apart").arg(launchTimes.at(1) - launchTimes.at(0))));
}

void TestLambdaFaults::launchIsIdempotentPerToken()
{
    FakeLambda fake(*m_server);
    auto lambda = makeProvider();
    auto first = await<Instance>([&](auto r) { lambda->launch(spec(), QStringLiteral("tok-same"), r); });
    QVERIFY2(first.ok(), qPrintable(why(first)));
    auto again = await<Instance>([&](auto r) { lambda->launch(spec(), QStringLiteral("tok-same"), r); });
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QCOMPARE(fake.launches, 1);
    QCOMPARE(again->id, first->id);
    QCOMPARE(again->clientToken, QStringLiteral("tok-same"));
}

void TestLambdaFaults::lostLaunchAnswerIsAdoptedOnReconcile_data()
{
    QTest::addColumn<int>("loseHow");
    QTest::newRow("closed before answering") << int(HttpAnswer::Kind::CloseBeforeResponse);
    QTest::newRow("closed mid-body") << int(HttpAnswer::Kind::CloseMidBody);
}

// The fake Lambda creates the instance, then closes the socket before (or while) answering: the
// launch's outcome is unknown to GPU Desk. Nothing may send the launch again; reconcile finds the
// instance by the token in its name/tag and the job adopts it. Exactly one instance exists.
void TestLambdaFaults::lostLaunchAnswerIsAdoptedOnReconcile()
{
    QFETCH(int, loseHow);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("gpudesk.sqlite"))).ok());
    JobRepository jobs(db, clock);
    FakeLambda fake(*m_server);
    fake.loseLaunchAnswer = true;
    fake.loseHow = HttpAnswer::Kind(loseHow);
    auto lambda = makeProvider();
    LambdaProvider *provider = lambda.get();
    ProviderAccess access { [provider](
                                const QString &id) -> Provider * { return id == provider->id() ? provider : nullptr; },
        [provider] { return QList<Provider *> { provider }; } };
    JobManager manager(jobs, access, clock);

    auto job = manager.launch(spec(), Money::fromCents(75));
    QVERIFY2(job.ok(), qPrintable(why(job)));
    QVERIFY(QTest::qWaitFor([&] { return !manager.busy(); }, 20000));
    auto afterLaunch = jobs.get(job->id);
    QVERIFY(afterLaunch.ok());
    QCOMPARE(afterLaunch->state, JobState::Unknown); // the answer was lost: outcome unknown, not failed
    // Qt's HTTP layer would resend a POST whose connection closed before any answer byte;
    // HttpClient sends launches with a body Qt cannot replay, so the provider sees one launch.
    QCOMPARE(fake.launches, 1);
    QCOMPARE(fake.instances.size(), 1);

    fake.loseLaunchAnswer = false;
    QSignalSpy reconciled(&manager, &JobManager::reconciled);
    manager.reconcile();
    QTRY_VERIFY_WITH_TIMEOUT(reconciled.count() == 1, 20000);
    QVERIFY(QTest::qWaitFor([&] { return !manager.busy(); }, 20000));

    auto adopted = jobs.get(job->id);
    QVERIFY(adopted.ok());
    QCOMPARE(adopted->instanceId, QStringLiteral("inst-1"));
    QCOMPARE(adopted->state, JobState::Provisioning);
    QCOMPARE(fake.launches, 1);
    QCOMPARE(fake.instances.size(), 1);
    QVERIFY(manager.orphans().isEmpty());
}

QTEST_GUILESS_MAIN(TestLambdaFaults)
#include "tst_lambda_faults.moc"
