// Crusoe adapter: the HMAC request signature against independently computed vectors, snapshot
// prices for instance types, the create-VM body, launch → find by name, and faults from
// FaultHttpServer.
//
// Test vectors (computed with Python's hmac/hashlib/base64, not with this code):
//   secret  = base64url("gpudesk-test-secret-not-a-real-key!") = Z3B1ZGVzay10ZXN0LXNlY3JldC1ub3QtYS1yZWFsLWtleSE
//   HMAC-SHA256(raw secret,
//   "/v1alpha5/projects/p-123/compute/vms/instances\nnames=gd-abc\nGET\n2026-11-25T14:00:00Z\n")
//     → base64url, no padding: 7dx5scS7motfja8qSWWH1XeJwh0tU9nxz54FNg7wk40
//   HMAC-SHA256(raw secret, "/v1alpha5/projects/p-123/compute/vms/types\n\nGET\n2026-11-25T14:00:00Z\n")
//     → rUZfey7-7s9fE020GeRuaAk7hilXoZZoHXkhLkDDxsk
#include "FaultHttpServer.h"
#include "ProviderTestSupport.h"
#include "providers/crusoe/CrusoeProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace gpudesk;
using namespace gpudesk::test;
using namespace std::chrono_literals;

namespace {

const QString kKeyId = QStringLiteral("AKID-test");
const QString kSecret = QStringLiteral("Z3B1ZGVzay10ZXN0LXNlY3JldC1ub3QtYS1yZWFsLWtleSE");
const QString kProject = QStringLiteral("p-123");
const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(14, 0), Qt::UTC);

ProviderCredentials crusoeCreds()
{
    ProviderCredentials c;
    c.key = kKeyId;
    c.secret = kSecret;
    c.account = kProject;
    return c;
}

std::unique_ptr<CrusoeProvider> makeCrusoe(const QUrl &base, const ProviderCredentials &c = crusoeCreds())
{
    auto p = std::make_unique<CrusoeProvider>(c, base);
    useFastRetries(p->http()); // two attempts, 5-20 ms apart
    p->setRequestTimeout(300ms);
    p->setNow([] { return kNow; });
    return p;
}

Offer snapshotRow(const QString &model, const char *perGpu, QDate asOf, Billing billing = Billing::OnDemand)
{
    Offer o;
    o.providerId = QStringLiteral("crusoe");
    o.gpuModel = model;
    o.gpuMemoryGb = 80;
    o.pricePerHour = Money::parse(QString::fromLatin1(perGpu));
    o.billing = billing;
    o.asOf = asOf;
    o.source = QStringLiteral("test snapshot");
    return o;
}

} // namespace

class TestCrusoe : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void signatureMatchesIndependentVector();
    void canonicalQueryIsSorted();
    void missingCredentialsFailWithoutRequest();
    void snapshotPricesInstanceTypes();
    void createBodyRunsCommandInDocker();
    void signedRequestsAndLaunchFindsVmByName();
    void retryIsSignedAfresh();
    void lostCreateAnswerIsAdoptedNotRepeated();
    void sshToPublicAddress();
    void faults_data();
    void faults();
};

void TestCrusoe::init()
{
    LogCapture::start();
}

void TestCrusoe::cleanup()
{
    QVERIFY2(LogCapture::leaks({ kSecret, kKeyId }).isEmpty(), "a secret reached the log");
}

void TestCrusoe::signatureMatchesIndependentVector()
{
    QCOMPARE(CrusoeProvider::signature(kSecret, QStringLiteral("/v1alpha5/projects/p-123/compute/vms/instances"),
                 QStringLiteral("names=gd-abc"), "GET", QStringLiteral("2026-11-25T14:00:00Z")),
        QByteArray("7dx5scS7motfja8qSWWH1XeJwh0tU9nxz54FNg7wk40"));
    QCOMPARE(CrusoeProvider::signature(kSecret, QStringLiteral("/v1alpha5/projects/p-123/compute/vms/types"), QString(),
                 "GET", QStringLiteral("2026-11-25T14:00:00Z")),
        QByteArray("rUZfey7-7s9fE020GeRuaAk7hilXoZZoHXkhLkDDxsk"));
}

void TestCrusoe::canonicalQueryIsSorted()
{
    QCOMPARE(CrusoeProvider::canonicalQuery(QUrl(QStringLiteral("http://x/p?b=2&a=1&c=x%20y"))),
        QStringLiteral("a=1&b=2&c=x%20y"));
    QCOMPARE(CrusoeProvider::canonicalQuery(QUrl(QStringLiteral("http://x/p"))), QString());
}

void TestCrusoe::missingCredentialsFailWithoutRequest()
{
    FaultHttpServer server;
    QVERIFY(server.listen());
    ProviderCredentials noSecret = crusoeCreds();
    noSecret.secret.clear();
    auto p = makeCrusoe(server.url(), noSecret);
    QVERIFY(!p->hasCredentials());
    std::optional<Result<std::vector<Offer>>> got;
    p->listOffers([&](Result<std::vector<Offer>> r) { got = std::move(r); });
    QVERIFY(!got);
    QTRY_VERIFY(got.has_value());
    QCOMPARE(got->error().kind, Error::Kind::Auth);
    QVERIFY(got->error().message.contains(QLatin1String("Crusoe")));
    QCOMPARE(server.callCount(), 0);
}

void TestCrusoe::snapshotPricesInstanceTypes()
{
    const std::vector<Offer> rows {
        snapshotRow(QStringLiteral("H100 SXM"), "3.9", QDate(2026, 9, 20)),
        snapshotRow(QStringLiteral("H100 SXM"), "2.5", QDate(2026, 2, 26)),
        snapshotRow(QStringLiteral("H100 SXM"), "1.6", QDate(2026, 9, 20), Billing::Spot),
        snapshotRow(QStringLiteral("A100 80GB SXM"), "2.3", QDate(2026, 9, 20)),
        snapshotRow(QStringLiteral("A100 80GB PCIe"), "2.0", QDate(2026, 9, 20)),
        snapshotRow(QStringLiteral("L40S"), "1.5", QDate(2026, 9, 20)),
    };
    QCOMPARE(CrusoeProvider::snapshotRow(rows, QStringLiteral("H100-80GB-SXM-IB"))->pricePerHour, Money::parse(u"3.9"));
    QCOMPARE(CrusoeProvider::snapshotRow(rows, QStringLiteral("A100-80GB-SXM-IB"))->gpuModel,
        QStringLiteral("A100 80GB SXM"));
    QCOMPARE(
        CrusoeProvider::snapshotRow(rows, QStringLiteral("A100-80GB"))->gpuModel, QStringLiteral("A100 80GB PCIe"));
    QCOMPARE(CrusoeProvider::snapshotRow(rows, QStringLiteral("L40S-48GB"))->gpuModel, QStringLiteral("L40S"));
    QVERIFY(!CrusoeProvider::snapshotRow(rows, QStringLiteral("B200-180GB-SXM")));

    FaultHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(HttpAnswer::json(200, R"({"items":[
        {"product_name":"h100-80gb-sxm-ib.8x","gpu_type":"H100-80GB-SXM-IB","num_gpu":8,"cpu_cores":176,"memory_gb":1440,"disk_gb":"7680"},
        {"product_name":"c1a.16x","gpu_type":"","num_gpu":0,"cpu_cores":16,"memory_gb":64},
        {"product_name":"b200-180gb-sxm-ib.8x","gpu_type":"B200-180GB-SXM-IB","num_gpu":"8"}]})"));
    auto p = makeCrusoe(server.url());
    p->setSnapshot(rows);
    std::optional<Result<std::vector<Offer>>> got;
    p->listOffers([&](Result<std::vector<Offer>> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(why(*got)));
    QCOMPARE(got->value().size(), size_t(2)); // the CPU type is no GPU offer
    const Offer &h100 = got->value().front();
    QCOMPARE(h100.instanceType, QStringLiteral("h100-80gb-sxm-ib.8x"));
    QCOMPARE(h100.gpuModel, QStringLiteral("H100 SXM"));
    QCOMPARE(h100.gpuCount, 8);
    QCOMPARE(h100.diskGb, 7680);
    QCOMPARE(h100.pricePerHour, Money::parse(u"31.2")); // 8 × $3.90, the newest on-demand row
    QCOMPARE(h100.priceSource, PriceSource::Snapshot);
    QCOMPARE(h100.asOf, QDate(2026, 9, 20));
    QVERIFY(h100.source.contains(QLatin1String("snapshot")));
    const Offer &b200 = got->value().back();
    QVERIFY(!b200.pricePerHour);
    QCOMPARE(b200.priceSource, PriceSource::Quote);
}

void TestCrusoe::createBodyRunsCommandInDocker()
{
    JobSpec s;
    s.instanceType = QStringLiteral("h100-80gb-sxm-ib.8x");
    s.region = QStringLiteral("us-east1-a");
    s.image = QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3");
    s.command = QStringLiteral("python -c 'print(1)'");
    s.env = { { QStringLiteral("K"), QStringLiteral("v w") } };
    const QJsonObject b
        = CrusoeProvider::createBody(s, QStringLiteral("gd-tok"), QStringLiteral("ssh-ed25519 AAAA k\n"));
    QCOMPARE(b.value(QStringLiteral("name")).toString(), QStringLiteral("gd-tok"));
    QCOMPARE(b.value(QStringLiteral("type")).toString(), s.instanceType);
    QCOMPARE(b.value(QStringLiteral("location")).toString(), s.region);
    QCOMPARE(b.value(QStringLiteral("ssh_public_key")).toString(), QStringLiteral("ssh-ed25519 AAAA k"));
    const QString script = b.value(QStringLiteral("startup_script")).toString();
    QVERIFY2(
        script.contains(QLatin1String("docker run --rm --gpus all --network host -e 'K=v w' "
                                      "'nvcr.io/nvidia/pytorch:24.05-py3' bash -lc 'python -c '\\''print(1)'\\'''")),
        qPrintable(script));
}

void TestCrusoe::signedRequestsAndLaunchFindsVmByName()
{
    FaultHttpServer server;
    QVERIFY(server.listen());
    QStringList badSignatures;
    bool created = false;
    const QString ts = QStringLiteral("2026-11-25T14:00:00Z");
    server.setHandler([&](const HttpCall &call) {
        // The server side recomputes the signature the way Crusoe documents it.
        const QByteArray expected = "Bearer 1.0:" + kKeyId.toUtf8() + ':'
            + CrusoeProvider::signature(
                kSecret, call.path(), call.query().toString(QUrl::FullyEncoded), call.method, ts);
        if (call.header("authorization") != expected || call.header("x-crusoe-timestamp") != ts.toUtf8())
            badSignatures << QString::fromUtf8(call.method + ' ' + call.target);
        const QString base = QStringLiteral("/v1alpha5/projects/p-123/compute/vms/instances");
        if (call.method == "POST" && call.path() == base) {
            created = true;
            return HttpAnswer::json(200, R"({"operation":{"operation_id":"op-1","state":"IN_PROGRESS","metadata":{},
                                             "started_at":"2026-11-25T14:00:00Z","completed_at":""}})");
        }
        if (call.method == "GET" && call.path() == base) {
            if (!created)
                return HttpAnswer::json(200, R"({"items":[]})");
            return HttpAnswer::json(200, R"({"items":[{"id":"vm-1","name":"gd-tok","state":"STATE_CREATING",
                "type":"h100-80gb-sxm-ib.8x","location":"us-east1-a","created_at":"2026-11-25T14:00:01Z"}]})");
        }
        return HttpAnswer::json(404, R"({"code":"not_found","message":"no such thing"})");
    });
    auto p = makeCrusoe(server.url(QStringLiteral("/v1alpha5")));
    p->setDefaultSshPublicKey(QStringLiteral("ssh-ed25519 AAAAtest gpudesk"));
    JobSpec s;
    s.instanceType = QStringLiteral("h100-80gb-sxm-ib.8x");
    s.region = QStringLiteral("us-east1-a");
    s.command = QStringLiteral("nvidia-smi");
    std::optional<Result<Instance>> got;
    p->launch(s, QStringLiteral("tok"), [&](Result<Instance> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(why(*got)));
    QCOMPARE(got->value().id, QStringLiteral("vm-1"));
    QCOMPARE(got->value().clientToken, QStringLiteral("tok"));
    QCOMPARE(got->value().state, Instance::State::Provisioning);
    QCOMPARE(server.callCount(), 2);
    QCOMPARE(server.calls().at(1).query().queryItemValue(QStringLiteral("names")), QStringLiteral("gd-tok"));
    QVERIFY2(badSignatures.isEmpty(), qPrintable(badSignatures.join(QLatin1Char('\n'))));

    // Deleting a VM that is already gone is success.
    std::optional<Result<void>> gone;
    p->terminate(QStringLiteral("vm-404"), [&](Result<void> r) { gone = std::move(r); });
    QTRY_VERIFY(gone.has_value());
    QVERIFY(gone->ok());
    QCOMPARE(server.calls().last().method, QByteArray("DELETE"));
    QVERIFY2(badSignatures.isEmpty(), qPrintable(badSignatures.join(QLatin1Char('\n'))));
}

void TestCrusoe::retryIsSignedAfresh()
{
    FaultHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(HttpAnswer::json(503, "{}"));
    server.enqueue(HttpAnswer::json(200, R"({"items":[]})"));
    ProviderCredentials c = crusoeCreds();
    auto p = makeCrusoe(server.url(), c);
    int tick = 0;
    p->setNow([&tick] { return kNow.addSecs(tick++); });
    std::optional<Result<std::vector<Instance>>> got;
    p->instances([&](Result<std::vector<Instance>> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(why(*got)));
    QCOMPARE(server.callCount(), 2);
    QVERIFY(server.calls().at(0).header("x-crusoe-timestamp") != server.calls().at(1).header("x-crusoe-timestamp"));
    QVERIFY(server.calls().at(0).header("authorization") != server.calls().at(1).header("authorization"));
}

void TestCrusoe::lostCreateAnswerIsAdoptedNotRepeated()
{
    // Crusoe creates the VM, then the connection closes before the answer. Qt may resend the POST
    // (refused: the name exists) or report the drop; the launch ends with the one VM, found by name.
    FaultHttpServer server;
    QVERIFY(server.listen());
    int creates = 0;
    server.setHandler([&creates](const HttpCall &call) {
        const QString base = QStringLiteral("/projects/p-123/compute/vms/instances");
        if (call.method == "POST" && call.path() == base) {
            if (creates++ == 0)
                return HttpAnswer::of(HttpAnswer::Kind::CloseBeforeResponse);
            return HttpAnswer::json(409, R"({"code":"already_exists","message":"instance name already in use"})");
        }
        if (call.method == "GET" && call.path() == base && creates > 0) {
            return HttpAnswer::json(200, R"({"items":[{"id":"vm-7","name":"gd-tok-lost","state":"STATE_CREATING",
                "type":"a40.1x","location":"us-east1-a"}]})");
        }
        return HttpAnswer::json(404, R"({"code":"not_found","message":"no"})");
    });
    auto p = makeCrusoe(server.url());
    p->setDefaultSshPublicKey(QStringLiteral("ssh-ed25519 AAAAtest gpudesk"));
    JobSpec s;
    s.instanceType = QStringLiteral("a40.1x");
    s.region = QStringLiteral("us-east1-a");
    std::optional<Result<Instance>> got;
    p->launch(s, QStringLiteral("tok-lost"), [&](Result<Instance> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
    QVERIFY2(got->ok(), qPrintable(why(*got)));
    QCOMPARE(got->value().id, QStringLiteral("vm-7"));
    QCOMPARE(got->value().clientToken, QStringLiteral("tok-lost"));
    int posts = 0;
    for (const HttpCall &c : server.calls())
        posts += c.method == "POST" ? 1 : 0;
    QCOMPARE(posts, creates); // only the first create could make a VM; the rest were refused
}

void TestCrusoe::sshToPublicAddress()
{
    FaultHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(HttpAnswer::json(200, R"({"id":"vm-1","name":"gd-t","state":"STATE_RUNNING","network_interfaces":[
        {"id":"n1","ips":[{"private_ipv4":{"address":"10.0.0.4"},"public_ipv4":{"address":"203.0.113.9","id":"ip1","type":"dynamic"}}]}]})"));
    server.enqueue(HttpAnswer::json(200, R"({"id":"vm-1","state":"STATE_CREATING","network_interfaces":[]})"));
    auto p = makeCrusoe(server.url());
    std::optional<Result<SshEndpoint>> got;
    p->sshEndpoint(QStringLiteral("vm-1"), [&](Result<SshEndpoint> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(why(*got)));
    QCOMPARE(got->value().host, QStringLiteral("203.0.113.9"));
    QCOMPARE(got->value().port, 22);
    got.reset();
    p->sshEndpoint(QStringLiteral("vm-1"), [&](Result<SshEndpoint> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(server.calls().first().path(), QStringLiteral("/projects/p-123/compute/vms/instances/vm-1"));
}

void TestCrusoe::faults_data()
{
    QTest::addColumn<QList<HttpAnswer>>("answers");
    QTest::addColumn<int>("kind");
    const QByteArray vm = R"({"id":"vm-1","name":"gd-t","state":"STATE_RUNNING","type":"a40.1x","location":"us"})";
    HttpAnswer throttled = HttpAnswer::json(429, R"({"code":"429","message":"rate limited"})");
    throttled.headers = { { "Retry-After", "1" } };
    HttpAnswer hang = HttpAnswer::of(HttpAnswer::Kind::Hang);
    HttpAnswer cut = HttpAnswer::json(200, vm);
    cut.kind = HttpAnswer::Kind::CloseMidBody;
    cut.cutAfter = 9;
    QTest::newRow("401") << QList<HttpAnswer> { HttpAnswer::json(401, R"({"code":"401","message":"bad_credential"})") }
                         << int(Error::Kind::Auth);
    QTest::newRow("429 then ok") << QList<HttpAnswer> { throttled, HttpAnswer::json(200, vm) } << -1;
    QTest::newRow("500") << QList<HttpAnswer> { HttpAnswer::json(500, "{}"), HttpAnswer::json(500, "{}") }
                         << int(Error::Kind::Provider);
    QTest::newRow("timeout") << QList<HttpAnswer> { hang, hang } << int(Error::Kind::Network);
    QTest::newRow("malformed") << QList<HttpAnswer> { HttpAnswer::json(200, "{\"id\":") } << int(Error::Kind::Provider);
    QTest::newRow("not a VM") << QList<HttpAnswer> { HttpAnswer::json(200, R"({"state":"STATE_RUNNING"})") }
                              << int(Error::Kind::Provider);
    QTest::newRow("truncated") << QList<HttpAnswer> { cut, cut } << int(Error::Kind::Network);
    QTest::newRow("reset") << QList<HttpAnswer> { HttpAnswer::of(HttpAnswer::Kind::Reset),
        HttpAnswer::of(HttpAnswer::Kind::Reset) }
                           << int(Error::Kind::Network);
}

void TestCrusoe::faults()
{
    QFETCH(QList<HttpAnswer>, answers);
    QFETCH(int, kind);
    FaultHttpServer server;
    QVERIFY(server.listen());
    serveThenRepeatLast(server, answers);
    auto p = makeCrusoe(server.url());
    std::optional<Result<Instance>> got;
    p->instance(QStringLiteral("vm-1"), [&](Result<Instance> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
    if (kind == -1) {
        QVERIFY2(got->ok(), qPrintable(why(*got)));
        QCOMPARE(got->value().state, Instance::State::Running);
        QCOMPARE(got->value().clientToken, QStringLiteral("t"));
        return;
    }
    QVERIFY(!got->ok());
    QCOMPARE(int(got->error().kind), kind);
    QVERIFY2(got->error().message.contains(QLatin1String("Crusoe")), qPrintable(why(*got)));
    for (const QString &text : { got->error().message, got->error().detail })
        QVERIFY2(!text.contains(kSecret), "the secret key leaked into an error");
}

QTEST_GUILESS_MAIN(TestCrusoe)
#include "tst_crusoe.moc"
