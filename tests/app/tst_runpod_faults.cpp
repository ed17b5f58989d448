// The RunPod adapter against a fault-injecting server on 127.0.0.1: every HTTP failure gives the
// right Error (kind, text) and no partial result; a create whose answer is lost is not repeated.

#include "FaultHttpServer.h"
#include "ProviderTestSupport.h"
#include "providers/runpod/RunPodJson.h"
#include "providers/runpod/RunPodProvider.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace gpudesk;
using gpudesk::test::await;
using gpudesk::test::FaultHttpServer;
using gpudesk::test::HttpAnswer;
using gpudesk::test::HttpCall;
using gpudesk::test::LogCapture;
using gpudesk::test::why;

Q_DECLARE_METATYPE(gpudesk::Error::Kind)
Q_DECLARE_METATYPE(gpudesk::test::HttpAnswer)

namespace {

const QString kKey = QStringLiteral("canary-runpod-key-91c2");

HttpAnswer problem(int status, const QByteArray &title, const QByteArray &detail)
{
    HttpAnswer a = HttpAnswer::json(status,
        R"({"title":")" + title + R"(","status":)" + QByteArray::number(status) + R"(,"detail":")" + detail + R"("})");
    a.contentType = "application/problem+json";
    return a;
}

const QByteArray kGpus = R"json({"gpus":[{"id":"NVIDIA H100 80GB HBM3","name":"H100 SXM","pool":null,
"manufacturer":"NVIDIA","memory":80,"secure":true,"community":false,"price":{"secure":2.99,"community":0},
"maxCount":{"secure":8,"community":0}}]})json";

} // namespace

class TestRunPodFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void missingKeySendsNothing();
    void baseUrlMayCarryTheVersion();
    void httpFaults_data();
    void httpFaults();
    void tooManyRequestsHonoursRetryAfter();
    void createIsNeverResentBlindly();
    void slowAnswerTimesOut();
    void noInstancesAvailableIsNoCapacity();
    void missingFieldsAreProviderErrors();
    void launchIsIdempotentPerToken();
    void pricesAreExact();

private:
    std::unique_ptr<RunPodProvider> makeProvider(const QString &key = kKey);
    JobSpec spec() const;

    std::unique_ptr<FaultHttpServer> m_server;
};

void TestRunPodFaults::init()
{
    LogCapture::start();
    m_server = std::make_unique<FaultHttpServer>();
    QVERIFY(m_server->listen());
}

void TestRunPodFaults::cleanup()
{
    m_server.reset();
    const QStringList leaks = LogCapture::leaks({ kKey });
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.value(0)));
}

std::unique_ptr<RunPodProvider> TestRunPodFaults::makeProvider(const QString &key)
{
    auto p = std::make_unique<RunPodProvider>(ProviderCredentials { key, {}, {} }, m_server->url());
    gpudesk::test::useFastRetries(p->http(),
        { 3, std::chrono::milliseconds(10), std::chrono::milliseconds(50), std::chrono::milliseconds(5000) });
    return p;
}

JobSpec TestRunPodFaults::spec() const
{
    JobSpec s;
    s.name = QStringLiteral("faulty");
    s.providerId = QStringLiteral("runpod");
    s.instanceType = QStringLiteral("NVIDIA H100 80GB HBM3");
    s.image = QStringLiteral("runpod/pytorch:1.0.2-cu1281-torch280-ubuntu2404");
    return s;
}

void TestRunPodFaults::missingKeySendsNothing()
{
    auto runpod = makeProvider(QString());
    QVERIFY(runpod->needsCredentials());
    auto offers = await<std::vector<Offer>>([&](auto r) { runpod->listOffers(r); });
    QCOMPARE(offers.error().kind, Error::Kind::Auth);
    QVERIFY(offers.error().message.contains(QStringLiteral("Settings → Providers → RunPod")));
    auto launched = await<Instance>([&](auto r) { runpod->launch(spec(), QStringLiteral("t"), r); });
    QCOMPARE(launched.error().kind, Error::Kind::Auth);
    QCOMPARE(m_server->callCount(), 0);
}

void TestRunPodFaults::baseUrlMayCarryTheVersion()
{
    m_server->setHandler([](const HttpCall &) { return HttpAnswer::json(200, R"({"pods":[]})"); });
    for (const QString &base : { QStringLiteral("/v2"), QStringLiteral("/") }) {
        RunPodProvider runpod(ProviderCredentials { kKey, {}, {} }, m_server->url(base));
        auto list = await<std::vector<Instance>>([&](auto r) { runpod.instances(r); });
        QVERIFY2(list.ok(), qPrintable(why(list)));
        QCOMPARE(m_server->calls().last().path(), QStringLiteral("/v2/pods"));
    }
}

void TestRunPodFaults::httpFaults_data()
{
    QTest::addColumn<HttpAnswer>("answer");
    QTest::addColumn<gpudesk::Error::Kind>("errorKind");
    QTest::addColumn<QString>("says");

    HttpAnswer truncated = HttpAnswer::json(200, R"({"pods":[{"id":"a","sta)");
    HttpAnswer malformed = HttpAnswer::json(200, R"({"pods": [nope]})");
    HttpAnswer html = HttpAnswer::json(200, "<html><body>Sign in to the Wi-Fi</body></html>");
    html.contentType = "text/html";
    HttpAnswer wrongShape = HttpAnswer::json(200, R"({"pods":{"id":"a"}})");
    HttpAnswer midBody = HttpAnswer::json(200, R"({"pods":[{"id":"a","status":"RUNNING"}]})");
    midBody.kind = HttpAnswer::Kind::CloseMidBody;
    midBody.cutAfter = 12;

    QTest::newRow("401") << problem(401, "Unauthorized", "invalid bearer token") << Error::Kind::Auth
                         << QStringLiteral("RunPod rejected the API key (401)");
    QTest::newRow("403") << problem(403, "Forbidden", "access denied") << Error::Kind::Auth << QStringLiteral("(403)");
    QTest::newRow("404") << problem(404, "Not Found", "pod not found") << Error::Kind::NotFound
                         << QStringLiteral("(404)");
    QTest::newRow("500") << problem(500, "Internal Server Error", "upstream failed") << Error::Kind::Provider
                         << QStringLiteral("500");
    QTest::newRow("503") << problem(503, "Service Unavailable", "maintenance") << Error::Kind::Provider
                         << QStringLiteral("503");
    QTest::newRow("truncated JSON") << truncated << Error::Kind::Provider << QStringLiteral("could not read");
    QTest::newRow("malformed JSON") << malformed << Error::Kind::Provider << QStringLiteral("could not read");
    QTest::newRow("wrong content type") << html << Error::Kind::Provider << QStringLiteral("instead of JSON");
    QTest::newRow("JSON of the wrong shape")
        << wrongShape << Error::Kind::Provider << QStringLiteral("RunPod sent a response");
    QTest::newRow("reset mid-body") << midBody << Error::Kind::Network << QStringLiteral("RunPod");
    QTest::newRow("reset") << HttpAnswer::of(HttpAnswer::Kind::Reset) << Error::Kind::Network
                           << QStringLiteral("RunPod");
}

void TestRunPodFaults::httpFaults()
{
    QFETCH(HttpAnswer, answer);
    QFETCH(gpudesk::Error::Kind, errorKind);
    QFETCH(QString, says);

    m_server->setHandler([answer](const HttpCall &) { return answer; });
    auto runpod = makeProvider();
    auto list = await<std::vector<Instance>>([&](auto r) { runpod->instances(r); });
    QVERIFY(!list.ok());
    QCOMPARE(list.error().kind, errorKind);
    QVERIFY2(list.error().message.contains(says), qPrintable(list.error().message));
    QVERIFY(!list.error().message.contains(kKey));
    QVERIFY(!list.error().detail.contains(kKey));
    QCOMPARE(runpod->http().pending(), 0);
    for (const HttpCall &c : m_server->calls())
        QVERIFY(c.header("content-type").isEmpty()); // RunPod answers 415 to a Content-Type on a GET
}

void TestRunPodFaults::tooManyRequestsHonoursRetryAfter()
{
    HttpAnswer limited = problem(429, "Too Many Requests", "rate limited");
    limited.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    m_server->enqueue(limited);
    m_server->setHandler([](const HttpCall &) { return HttpAnswer::json(200, kGpus); });
    auto runpod = makeProvider();
    QElapsedTimer timer;
    timer.start();
    auto offers = await<std::vector<Offer>>([&](auto r) { runpod->listOffers(r); });
    QVERIFY2(offers.ok(), qPrintable(why(offers)));
    QCOMPARE(m_server->callCount(), 2);
    QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
}

void TestRunPodFaults::createIsNeverResentBlindly()
{
    int creates = 0;
    m_server->setHandler([&creates](const HttpCall &call) {
        if (call.method == "GET")
            return HttpAnswer::json(200, R"({"pods":[]})");
        ++creates;
        return HttpAnswer::of(HttpAnswer::Kind::CloseBeforeResponse);
    });
    auto runpod = makeProvider();
    auto launched = await<Instance>([&](auto r) { runpod->launch(spec(), QStringLiteral("tok-lost"), r); });
    QVERIFY(!launched.ok());
    QCOMPARE(launched.error().kind, Error::Kind::Network); // outcome unknown: JobManager reconciles
    // Qt's HTTP layer would resend a POST whose connection closed before any answer byte; HttpClient
    // sends creates with a body Qt cannot replay.
    QCOMPARE(creates, 1);

    creates = 0;
    m_server->setHandler([&creates](const HttpCall &call) {
        if (call.method == "GET")
            return HttpAnswer::json(200, R"({"pods":[]})");
        ++creates;
        return problem(503, "Service Unavailable", "try later");
    });
    auto failed = await<Instance>([&](auto r) { runpod->launch(spec(), QStringLiteral("tok-503"), r); });
    QVERIFY(!failed.ok());
    QCOMPARE(creates, 1);
}

void TestRunPodFaults::slowAnswerTimesOut()
{
    HttpAnswer slow = HttpAnswer::json(200, kGpus);
    slow.delayMs = 3000;
    m_server->setHandler([slow](const HttpCall &) { return slow; });
    auto runpod = makeProvider();
    runpod->setRequestTimeout(std::chrono::milliseconds(200));
    auto offers = await<std::vector<Offer>>([&](auto r) { runpod->listOffers(r); });
    QVERIFY(!offers.ok());
    QCOMPARE(offers.error().kind, Error::Kind::Network);
    QVERIFY2(offers.error().message.contains(QLatin1String("did not answer")), qPrintable(offers.error().message));
}

void TestRunPodFaults::noInstancesAvailableIsNoCapacity()
{
    m_server->setHandler([](const HttpCall &call) {
        if (call.method == "GET")
            return HttpAnswer::json(200, R"({"pods":[]})");
        return problem(
            400, "Bad Request", "There are no longer any instances available with the requested specifications.");
    });
    auto runpod = makeProvider();
    auto launched = await<Instance>([&](auto r) { runpod->launch(spec(), QStringLiteral("tok-cap"), r); });
    QVERIFY(!launched.ok());
    QCOMPARE(launched.error().kind, Error::Kind::NoCapacity);

    // A rule violation is not capacity.
    m_server->setHandler([](const HttpCall &call) {
        if (call.method == "GET")
            return HttpAnswer::json(200, R"({"pods":[]})");
        return problem(400, "Bad Request", "gpu.count exceeds maxCount");
    });
    auto refused = await<Instance>([&](auto r) { runpod->launch(spec(), QStringLiteral("tok-rule"), r); });
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().kind != Error::Kind::NoCapacity);
    QVERIFY2(refused.error().message.contains(QLatin1String("gpu.count exceeds maxCount")),
        qPrintable(refused.error().message));
}

void TestRunPodFaults::missingFieldsAreProviderErrors()
{
    const QList<QByteArray> pods {
        R"({"pods":[{"name":"no id","status":"RUNNING"}]})",
        R"({"pods":[{"id":"p-1"}]})",
        R"({"pods":[17]})",
        R"([])",
    };
    auto runpod = makeProvider();
    for (const QByteArray &body : pods) {
        m_server->setHandler([body](const HttpCall &) { return HttpAnswer::json(200, body); });
        auto list = await<std::vector<Instance>>([&](auto r) { runpod->instances(r); });
        QVERIFY2(!list.ok(), body.constData());
        QCOMPARE(list.error().kind, Error::Kind::Provider);
        QVERIFY(list.error().message.startsWith(QLatin1String("RunPod")));
    }
    const QList<QByteArray> gpus {
        R"({"gpus":[{"id":"g","secure":true,"price":{"secure":"2.99"}}]})",
        R"({"gpus":[{"id":"g","secure":true,"price":{"secure":-1}}]})",
        R"({"gpus":[{"id":"g","secure":true}]})",
        R"({"gpus":[{"secure":true,"price":{"secure":1}}]})",
        R"({"data":[]})",
    };
    for (const QByteArray &body : gpus) {
        m_server->setHandler([body](const HttpCall &) { return HttpAnswer::json(200, body); });
        auto offers = await<std::vector<Offer>>([&](auto r) { runpod->listOffers(r); });
        QVERIFY2(!offers.ok(), body.constData());
        QCOMPARE(offers.error().kind, Error::Kind::Provider);
    }
}

void TestRunPodFaults::launchIsIdempotentPerToken()
{
    QJsonArray podsList;
    int creates = 0;
    m_server->setHandler([&](const HttpCall &call) {
        if (call.method == "GET")
            return HttpAnswer::json(200, QJsonDocument(QJsonObject { { QStringLiteral("pods"), podsList } }).toJson());
        ++creates;
        QJsonObject pod = QJsonDocument::fromJson(call.body).object();
        pod.insert(QStringLiteral("id"), QStringLiteral("pod-%1").arg(creates));
        pod.insert(QStringLiteral("status"), QStringLiteral("PROVISIONING"));
        podsList.append(pod);
        HttpAnswer created = HttpAnswer::json(201, QJsonDocument(pod).toJson());
        return created;
    });
    auto runpod = makeProvider();
    auto first = await<Instance>([&](auto r) { runpod->launch(spec(), QStringLiteral("tok-same"), r); });
    QVERIFY2(first.ok(), qPrintable(why(first)));
    QCOMPARE(first->clientToken, QStringLiteral("tok-same"));
    QCOMPARE(first->state, Instance::State::Provisioning);
    auto again = await<Instance>([&](auto r) { runpod->launch(spec(), QStringLiteral("tok-same"), r); });
    QVERIFY2(again.ok(), qPrintable(why(again)));
    QCOMPARE(again->id, first->id);
    QCOMPARE(creates, 1);
}

void TestRunPodFaults::pricesAreExact()
{
    QCOMPARE(RunPodJson::dollars(QJsonValue(2.99)), std::optional<Money>(Money::fromMicros(2'990'000)));
    QCOMPARE(RunPodJson::dollars(QJsonValue(0.1)), std::optional<Money>(Money::fromMicros(100'000)));
    QCOMPARE(RunPodJson::dollars(QJsonValue(0.000123)), std::optional<Money>(Money::fromMicros(123)));
    QCOMPARE(RunPodJson::dollars(QJsonValue(QStringLiteral("2.99"))), std::optional<Money>());
    QCOMPARE(RunPodJson::state(QStringLiteral("EXITED")), Instance::State::Stopped);
    QCOMPARE(RunPodJson::state(QStringLiteral("ERROR")), Instance::State::Failed);
    QCOMPARE(RunPodJson::state(QStringLiteral("STARTING")), Instance::State::Provisioning);
}

QTEST_GUILESS_MAIN(TestRunPodFaults)
#include "tst_runpod_faults.moc"
