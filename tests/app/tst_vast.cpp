// Vast.ai adapter: defensive parsing (numbers as strings, nulls, missing fields), the accept-ask
// body, paging, "no_such_ask" as no capacity, and faults from FaultHttpServer.
#include "FaultHttpServer.h"
#include "ProviderTestSupport.h"
#include "providers/vast/VastProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace gpudesk;
using namespace gpudesk::test;
using namespace std::chrono_literals;

namespace {

const QString kKey = QStringLiteral("vast-secret-key-canary-77");

std::unique_ptr<VastProvider> makeVast(const FaultHttpServer &server, const QString &key = kKey)
{
    ProviderCredentials c;
    c.key = key;
    auto p = std::make_unique<VastProvider>(c, server.url());
    useFastRetries(p->http()); // two attempts, 5-20 ms apart
    p->setRequestTimeout(300ms);
    return p;
}

} // namespace

class TestVast : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void missingKeyFailsWithoutRequest();
    void askIdAndLabel();
    void askBodyCarriesTokenEnvAndCommand();
    void offersParsedDefensively();
    void instancesPagedByToken();
    void vanishedAskIsNoCapacity();
    void successFalseIsAnError();
    void lostLaunchAnswerIsAdoptedNotRepeated();
    void sshDirectOrProxy();
    void faults_data();
    void faults();
};

void TestVast::init()
{
    LogCapture::start();
}

void TestVast::cleanup()
{
    QVERIFY2(LogCapture::leaks({ kKey }).isEmpty(), "a secret reached the log");
}

void TestVast::missingKeyFailsWithoutRequest()
{
    FaultHttpServer server;
    QVERIFY(server.listen());
    auto p = makeVast(server, QString());
    QVERIFY(p->needsCredentials());
    QVERIFY(!p->hasCredentials());
    std::optional<Result<std::vector<Instance>>> got;
    p->instances([&](Result<std::vector<Instance>> r) { got = std::move(r); });
    QVERIFY(!got);
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->error().kind, Error::Kind::Auth);
    QVERIFY(got->error().message.contains(QLatin1String("Vast.ai")));
    QCOMPARE(server.callCount(), 0);
}

void TestVast::askIdAndLabel()
{
    QCOMPARE(VastProvider::askIdOf(QStringLiteral("2x RTX 4090 #987")), qint64(987));
    QCOMPARE(VastProvider::askIdOf(QStringLiteral("987")), qint64(987));
    QCOMPARE(VastProvider::askIdOf(QStringLiteral("1x-H100_SXM-32-65536")), qint64(0));
    QCOMPARE(VastProvider::tokenFromLabel(VastProvider::labelForToken(QStringLiteral("t-1"))), QStringLiteral("t-1"));
    QCOMPARE(VastProvider::tokenFromLabel(QStringLiteral("my own box")), QString());
}

void TestVast::askBodyCarriesTokenEnvAndCommand()
{
    JobSpec s;
    s.image = QStringLiteral("pytorch/pytorch");
    s.setup = QStringLiteral("pip install -r req.txt");
    s.command = QStringLiteral("python train.py");
    s.env = { { QStringLiteral("A"), QStringLiteral("1") }, { QStringLiteral("B"), QStringLiteral("two words") } };
    s.ports = { 8888 };
    const QJsonObject b = VastProvider::askBody(s, QStringLiteral("tok"));
    QCOMPARE(b.value(QStringLiteral("label")).toString(), QStringLiteral("gpudesk-tok"));
    QCOMPARE(b.value(QStringLiteral("image")).toString(), QStringLiteral("pytorch/pytorch"));
    QCOMPARE(b.value(QStringLiteral("env")).toString(), QStringLiteral("-e A=1 -e B=\"two words\" -p 8888:8888"));
    QCOMPARE(b.value(QStringLiteral("onstart")).toString(), QStringLiteral("pip install -r req.txt\npython train.py"));
    QVERIFY(!b.contains(QStringLiteral("disk")));
}

void TestVast::offersParsedDefensively()
{
    FaultHttpServer server;
    QVERIFY(server.listen());
    // Numbers as strings, a null price (skipped), a missing geolocation, more decimals than Money holds.
    server.enqueue(HttpAnswer::json(200, R"({"offers":[
        {"id":"11","ask_contract_id":"11","gpu_name":"RTX_4090","num_gpus":"2","gpu_ram":"24564","dph_total":"0.8012345","geolocation":"Quebec, CA"},
        {"id":12,"gpu_name":"H100 SXM","num_gpus":8,"gpu_ram":81559,"dph_total":null},
        {"id":13,"gpu_name":"A100 PCIE","num_gpus":1,"gpu_ram":null,"dph_total":1.1}
    ]})"));
    auto p = makeVast(server);
    std::optional<Result<std::vector<Offer>>> got;
    p->listOffers([&](Result<std::vector<Offer>> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(why(*got)));
    QCOMPARE(got->value().size(), size_t(2));
    QCOMPARE(got->value().at(0).gpuModel, QStringLiteral("RTX 4090"));
    QCOMPARE(got->value().at(0).gpuCount, 2);
    QCOMPARE(got->value().at(0).gpuMemoryGb, 23);
    QCOMPARE(got->value().at(0).pricePerHour, Money::fromMicros(801234));
    QCOMPARE(got->value().at(0).instanceType, QStringLiteral("2x RTX 4090 #11"));
    QCOMPARE(got->value().at(1).pricePerHour, Money::fromMicros(1100000));
    QCOMPARE(got->value().at(1).region, QString());

    // The search is a POST with the documented filter objects and the key only in the header.
    const HttpCall &call = server.calls().first();
    QCOMPARE(call.method, QByteArray("POST"));
    QCOMPARE(call.path(), QStringLiteral("/api/v0/bundles"));
    QCOMPARE(call.header("authorization"), "Bearer " + kKey.toUtf8());
    QVERIFY(!call.target.contains(kKey.toUtf8()));
    const QJsonObject body = QJsonDocument::fromJson(call.body).object();
    QCOMPARE(body.value(QStringLiteral("rentable")).toObject().value(QStringLiteral("eq")), QJsonValue(true));
}

void TestVast::instancesPagedByToken()
{
    FaultHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const HttpCall &call) {
        const QString after = call.query().queryItemValue(QStringLiteral("after_token"));
        if (after.isEmpty()) {
            return HttpAnswer::json(200, R"({"success":true,"instances":[
                {"id":1,"actual_status":"running","intended_status":"running","label":"gpudesk-aaa","num_gpus":"1","gpu_name":"RTX 4090","dph_total":"0.4"},
                {"id":2,"actual_status":null,"intended_status":"running","label":null}],"next_token":"p2"})");
        }
        if (after == QLatin1String("p2")) {
            return HttpAnswer::json(200, R"({"instances":[
                {"id":"3","actual_status":"exited","intended_status":"stopped","label":"gpudesk-ccc"}],"next_token":null})");
        }
        return HttpAnswer::json(400, R"({"success":false,"error":"invalid_args","msg":"bad token"})");
    });
    auto p = makeVast(server);
    std::optional<Result<std::vector<Instance>>> got;
    p->instances([&](Result<std::vector<Instance>> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(why(*got)));
    QCOMPARE(got->value().size(), size_t(3));
    QCOMPARE(got->value().at(0).clientToken, QStringLiteral("aaa"));
    QCOMPARE(got->value().at(0).state, Instance::State::Running);
    QCOMPARE(got->value().at(0).pricePerHour, Money::fromMicros(400000));
    QCOMPARE(got->value().at(1).state, Instance::State::Pending);
    QCOMPARE(got->value().at(1).clientToken, QString());
    QCOMPARE(got->value().at(2).state, Instance::State::Stopped);
    QCOMPARE(got->value().at(2).clientToken, QStringLiteral("ccc"));
    QCOMPARE(server.callCount(), 2);
    QCOMPARE(server.calls().first().path(), QStringLiteral("/api/v1/instances"));
}

void TestVast::vanishedAskIsNoCapacity()
{
    FaultHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(HttpAnswer::json(410,
        R"({"success":false,"error":"no_such_ask","msg":"error 410/3907: no_such_ask Instance type 55 is no longer available."})"));
    auto p = makeVast(server);
    JobSpec s;
    s.instanceType = QStringLiteral("1x RTX 4090 #55");
    s.image = QStringLiteral("ubuntu");
    std::optional<Result<Instance>> got;
    p->launch(s, QStringLiteral("tok"), [&](Result<Instance> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().kind, Error::Kind::NoCapacity);
    // The accept was sent once; the refusal was then checked against the listing (no instance of ours).
    QCOMPARE(server.callCount(), 2);
    QCOMPARE(server.calls().at(1).path(), QStringLiteral("/api/v1/instances"));
    QCOMPARE(server.calls().first().method, QByteArray("PUT"));
    QCOMPARE(server.calls().first().path(), QStringLiteral("/api/v0/asks/55"));
    QCOMPARE(QJsonDocument::fromJson(server.calls().first().body).object().value(QStringLiteral("label")).toString(),
        QStringLiteral("gpudesk-tok"));
}

void TestVast::successFalseIsAnError()
{
    FaultHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(HttpAnswer::json(200, R"({"success":false,"error":"invalid_args","msg":"bad state"})"));
    auto p = makeVast(server);
    std::optional<Result<void>> got;
    p->stop(QStringLiteral("9"), [&](Result<void> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().kind, Error::Kind::Provider);
    QVERIFY2(got->error().message.contains(QLatin1String("bad state")), qPrintable(why(*got)));
    QCOMPARE(QJsonDocument::fromJson(server.calls().first().body).object().value(QStringLiteral("state")).toString(),
        QStringLiteral("stopped"));
}

void TestVast::lostLaunchAnswerIsAdoptedNotRepeated()
{
    // Vast rents the ask, then the connection closes before the answer. Whatever Qt does next (resend
    // the PUT, which finds the ask taken, or report the drop), the launch must end with the one
    // instance that exists, found by its label, and never rent a second one.
    FaultHttpServer server;
    QVERIFY(server.listen());
    int rented = 0;
    server.setHandler([&rented](const HttpCall &call) {
        if (call.method == "PUT" && call.path() == QLatin1String("/api/v0/asks/55")) {
            if (rented++ == 0)
                return HttpAnswer::of(HttpAnswer::Kind::CloseBeforeResponse);
            return HttpAnswer::json(404,
                R"({"success":false,"error":"invalid_args","msg":"error 404/3603: no_such_ask Instance type by id 55 is not available."})");
        }
        if (call.method == "GET" && call.path() == QLatin1String("/api/v1/instances")) {
            return HttpAnswer::json(200, R"({"instances":[{"id":900,"label":"gpudesk-tok-lost","actual_status":null,
                "intended_status":"running"}],"next_token":null})");
        }
        return HttpAnswer::json(404, R"({"success":false,"msg":"no"})");
    });
    auto p = makeVast(server);
    JobSpec s;
    s.instanceType = QStringLiteral("55");
    s.image = QStringLiteral("ubuntu");
    std::optional<Result<Instance>> got;
    p->launch(s, QStringLiteral("tok-lost"), [&](Result<Instance> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
    QVERIFY2(got->ok(), qPrintable(why(*got)));
    QCOMPARE(got->value().id, QStringLiteral("900"));
    QCOMPARE(got->value().clientToken, QStringLiteral("tok-lost"));
    QVERIFY(rented >= 1);
    int puts = 0;
    for (const HttpCall &c : server.calls())
        puts += c.method == "PUT" ? 1 : 0;
    QCOMPARE(puts, rented); // every accept was answered by the server: only the first could rent
}

void TestVast::sshDirectOrProxy()
{
    FaultHttpServer server;
    QVERIFY(server.listen());
    // The live API's Docker-style port map (the spec says a list of integers) gives direct SSH...
    server.enqueue(
        HttpAnswer::json(200, R"({"instances":{"id":5,"public_ipaddr":"198.51.100.4 ","ssh_host":"ssh5.vast.ai",
        "ssh_port":12345,"ports":{"22/tcp":[{"HostIp":"0.0.0.0","HostPort":"41234"}]}}})"));
    // ...and without it, Vast's SSH proxy.
    server.enqueue(
        HttpAnswer::json(200, R"({"instances":{"id":5,"ssh_host":"ssh5.vast.ai","ssh_port":"12345","ports":[22]}})"));
    server.enqueue(HttpAnswer::json(200, R"({"instances":{"id":5,"ssh_host":null}})"));
    auto p = makeVast(server);
    const QList<SshEndpoint> expected { { QStringLiteral("198.51.100.4"), 41234, QStringLiteral("root"), {}, {}, {} },
        { QStringLiteral("ssh5.vast.ai"), 12345, QStringLiteral("root"), {}, {}, {} } };
    for (const SshEndpoint &want : expected) {
        std::optional<Result<SshEndpoint>> got;
        p->sshEndpoint(QStringLiteral("5"), [&](Result<SshEndpoint> r) { got = std::move(r); });
        QTRY_VERIFY(got.has_value());
        QVERIFY2(got->ok(), qPrintable(why(*got)));
        QCOMPARE(got->value(), want);
    }
    std::optional<Result<SshEndpoint>> none;
    p->sshEndpoint(QStringLiteral("5"), [&](Result<SshEndpoint> r) { none = std::move(r); });
    QTRY_VERIFY(none.has_value());
    QVERIFY(!none->ok());
    QCOMPARE(none->error().kind, Error::Kind::Provider);
}

void TestVast::faults_data()
{
    QTest::addColumn<QList<HttpAnswer>>("answers");
    QTest::addColumn<int>("kind"); // -1: success after the faults
    const QByteArray ok = R"({"instances":{"id":77,"actual_status":"loading","intended_status":"running"}})";
    HttpAnswer slowDown = HttpAnswer::json(429, R"({"detail":"API requests too frequent endpoint threshold=2.0"})");
    slowDown.headers = { { "Retry-After", "1" } };
    HttpAnswer hang = HttpAnswer::of(HttpAnswer::Kind::Hang);
    HttpAnswer cut = HttpAnswer::json(200, ok);
    cut.kind = HttpAnswer::Kind::CloseMidBody;
    cut.cutAfter = 12;
    const HttpAnswer reset = HttpAnswer::of(HttpAnswer::Kind::Reset);
    QTest::newRow("401") << QList<HttpAnswer> {
        HttpAnswer::json(401, R"({"success":false,"error":"auth_error","msg":"Invalid user key"})")
    } << int(Error::Kind::Auth);
    QTest::newRow("429 Retry-After") << QList<HttpAnswer> { slowDown, HttpAnswer::json(200, ok) } << -1;
    QTest::newRow("500") << QList<HttpAnswer> { HttpAnswer::json(500, "oops"), HttpAnswer::json(500, "oops") }
                         << int(Error::Kind::Provider);
    QTest::newRow("timeout") << QList<HttpAnswer> { hang, hang } << int(Error::Kind::Network);
    QTest::newRow("malformed") << QList<HttpAnswer> { HttpAnswer::json(200, "{\"instances\": {\"id\": 7,") }
                               << int(Error::Kind::Provider);
    QTest::newRow("no id") << QList<HttpAnswer> { HttpAnswer::json(200, R"({"instances":{"label":"x"}})") }
                           << int(Error::Kind::Provider);
    QTest::newRow("truncated") << QList<HttpAnswer> { cut, cut } << int(Error::Kind::Network);
    HttpAnswer portal = HttpAnswer::json(200, "<html>Sign in to the hotel Wi-Fi</html>");
    portal.contentType = "text/html";
    QTest::newRow("403") << QList<HttpAnswer> { HttpAnswer::json(403, R"({"success":false,"msg":"not yours"})") }
                         << int(Error::Kind::Auth);
    QTest::newRow("404") << QList<HttpAnswer> { HttpAnswer::json(404, R"({"success":false,"msg":"no such instance"})") }
                         << int(Error::Kind::NotFound);
    QTest::newRow("503") << QList<HttpAnswer> { HttpAnswer::json(503, "{}") } << int(Error::Kind::Provider);
    QTest::newRow("wrong content type") << QList<HttpAnswer> { portal } << int(Error::Kind::Provider);
    QTest::newRow("reset") << QList<HttpAnswer> { reset, reset } << int(Error::Kind::Network);
}

void TestVast::faults()
{
    QFETCH(QList<HttpAnswer>, answers);
    QFETCH(int, kind);
    FaultHttpServer server;
    QVERIFY(server.listen());
    serveThenRepeatLast(server, answers);
    auto p = makeVast(server);
    std::optional<Result<Instance>> got;
    p->instance(QStringLiteral("77"), [&](Result<Instance> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
    if (kind == -1) {
        QVERIFY2(got->ok(), qPrintable(why(*got)));
        QCOMPARE(got->value().id, QStringLiteral("77"));
        QCOMPARE(got->value().state, Instance::State::Provisioning);
        return;
    }
    QVERIFY(!got->ok());
    QCOMPARE(int(got->error().kind), kind);
    QVERIFY2(got->error().message.contains(QLatin1String("Vast.ai")), qPrintable(why(*got)));
    QVERIFY(!got->error().message.contains(kKey));
    QVERIFY(!got->error().detail.contains(kKey));
}

QTEST_GUILESS_MAIN(TestVast)
#include "tst_vast.moc"
