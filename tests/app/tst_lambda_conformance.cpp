// Conformance of the Lambda adapter with Lambda's own OpenAPI spec (served by Prism): every request
// it sends passes Prism's validation, and the documented responses (examples, and bodies generated
// from the schemas in dynamic mode) parse.

#include "PrismServer.h"
#include "ProviderTestSupport.h"
#include "providers/lambda/LambdaJson.h"
#include "providers/lambda/LambdaProvider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using namespace gpudesk;
using gpudesk::test::await;
using gpudesk::test::PrismServer;
using gpudesk::test::why;

class TestLambdaConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void prismServesTheSpec();
    void listOffers();
    void launchInGivenRegion();
    void launchPicksARegionWithCapacity();
    void launchRegistersGpuDeskKey();
    void listAndGetInstances();
    void terminateAndRestart();
    void sshKeys();
    void sshEndpointFromInstanceIp();
    void documentedErrorsMap();
    void dynamicShapesParse();

private:
    std::unique_ptr<LambdaProvider> makeProvider(const QUrl &url);
    JobSpec spec() const;

    PrismServer m_prism { QStringLiteral("lambda/openapi-1.8.3.json") };
    PrismServer m_dynamic { QStringLiteral("lambda/openapi-1.8.3.json"), { true, true, 60000 } };
    std::unique_ptr<LambdaProvider> m_lambda;
};

void TestLambdaConformance::initTestCase()
{
    GPUDESK_START_PRISM(m_prism);
    GPUDESK_START_PRISM(m_dynamic);
}

std::unique_ptr<LambdaProvider> TestLambdaConformance::makeProvider(const QUrl &url)
{
    auto p = std::make_unique<LambdaProvider>(ProviderCredentials { QStringLiteral("test-key-lambda"), {}, {} }, url);
    // Lambda's real limits (1 s, 12 s) would make this test slow; the limiter is HttpClient's (tested there).
    p->http().setRateLimit(LambdaProvider::rateKey(), std::chrono::milliseconds(1));
    p->http().setRateLimit(LambdaProvider::launchRateKey(), std::chrono::milliseconds(1));
    return p;
}

JobSpec TestLambdaConformance::spec() const
{
    JobSpec s;
    s.name = QStringLiteral("conformance run with a rather long name");
    s.providerId = QStringLiteral("lambda");
    s.instanceType = QStringLiteral("gpu_1x_gh200");
    s.gpuModel = QStringLiteral("GH200");
    s.region = QStringLiteral("us-west-1");
    s.env = { { QStringLiteral("MODEL"), QStringLiteral("llama's") } };
    s.command = QStringLiteral("python train.py");
    return s;
}

void TestLambdaConformance::init()
{
    m_lambda = makeProvider(m_prism.url());
    m_prism.takeViolations();
}

void TestLambdaConformance::cleanup()
{
    m_lambda.reset();
    const QStringList violations = m_prism.takeViolations() + m_dynamic.takeViolations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
}

// The fixture itself: a valid request gets the documented example, a spec violation is reported.
void TestLambdaConformance::prismServesTheSpec()
{
    QNetworkAccessManager nam;
    QNetworkRequest ok(m_prism.url(QStringLiteral("/api/v1/instance-types")));
    ok.setRawHeader("Authorization", "Bearer test-key");
    QNetworkReply *reply = nam.get(ok);
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->readAll().contains("price_cents_per_hour"));
    QVERIFY(m_prism.takeViolations().isEmpty());

    QNetworkRequest bad(m_prism.url(QStringLiteral("/api/v1/instance-operations/launch")));
    bad.setRawHeader("Authorization", "Bearer test-key");
    bad.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *badReply = nam.post(bad, QByteArray(R"({"region_name":"us-west-1"})"));
    QSignalSpy badDone(badReply, &QNetworkReply::finished);
    QVERIFY(badDone.wait(10000));
    QCOMPARE(badReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QTRY_VERIFY_WITH_TIMEOUT(m_prism.log().contains(QLatin1String("ssh_key_names")), 5000);
    const QStringList violations = m_prism.takeViolations();
    QVERIFY2(!violations.isEmpty(), qPrintable(m_prism.log()));
    QVERIFY(violations.join(QLatin1Char('\n')).contains(QLatin1String("ssh_key_names")));
    reply->deleteLater();
    badReply->deleteLater();
}

void TestLambdaConformance::listOffers()
{
    auto offers = await<std::vector<Offer>>([this](auto r) { m_lambda->listOffers(r); });
    QVERIFY2(offers.ok(), qPrintable(why(offers)));
    QCOMPARE(offers->size(), size_t(1));
    const Offer &o = offers->front();
    QCOMPARE(o.providerId, QStringLiteral("lambda"));
    QCOMPARE(o.instanceType, QStringLiteral("gpu_1x_gh200"));
    QCOMPARE(o.gpuModel, QStringLiteral("GH200"));
    QCOMPARE(o.gpuMemoryGb, 96);
    QCOMPARE(o.gpuCount, 1);
    QCOMPARE(o.vcpus, 64);
    QCOMPARE(o.ramGb, 432);
    QCOMPARE(o.region, QStringLiteral("us-west-1"));
    QCOMPARE(o.pricePerHour, std::optional<Money>(Money::fromCents(149)));
    QCOMPARE(o.priceSource, PriceSource::Live);
    QCOMPARE(o.asOf, QDate::currentDate());
    QCOMPARE(o.source, QStringLiteral("Lambda API"));
}

void TestLambdaConformance::launchInGivenRegion()
{
    const QString token = QStringLiteral("5b1f7c1e-0d8a-4c47-9d55-0d2f5a8d6c11");
    auto launched = await<Instance>([&](auto r) { m_lambda->launch(spec(), token, r); });
    QVERIFY2(launched.ok(), qPrintable(why(launched)));
    QCOMPARE(launched->id, QStringLiteral("0920582c7ff041399e34823a0be62549"));
    QCOMPARE(launched->clientToken, token);
    QCOMPARE(launched->state, Instance::State::Provisioning);
    QCOMPARE(launched->region, QStringLiteral("us-west-1"));
    QVERIFY(launched->name.size() <= 64);
    QCOMPARE(LambdaJson::tokenFromName(launched->name), token);
    QVERIFY(launched->name.startsWith(QLatin1String("conformance run")));
}

void TestLambdaConformance::launchPicksARegionWithCapacity()
{
    JobSpec s = spec();
    s.region.clear();
    auto launched = await<Instance>([&](auto r) { m_lambda->launch(s, QStringLiteral("tok-2"), r); });
    QVERIFY2(launched.ok(), qPrintable(why(launched)));
    QCOMPARE(launched->region, QStringLiteral("us-west-1")); // the example's only region with capacity

    s.instanceType = QStringLiteral("gpu_8x_b200_sxm6"); // not in the example: no capacity anywhere
    auto none = await<Instance>([&](auto r) { m_lambda->launch(s, QStringLiteral("tok-3"), r); });
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, Error::Kind::NoCapacity);
}

void TestLambdaConformance::launchRegistersGpuDeskKey()
{
    m_lambda->setLaunchPublicKey(
        QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICN+lJwsONkwrdsSnQsu1ydUkIuIg5oOC+Eslvmtt60T gpudesk"));
    auto launched = await<Instance>([&](auto r) { m_lambda->launch(spec(), QStringLiteral("tok-4"), r); });
    QVERIFY2(launched.ok(), qPrintable(why(launched)));
    QTRY_VERIFY_WITH_TIMEOUT(m_prism.log().contains(QLatin1String("post /api/v1/ssh-keys")), 5000);
}

void TestLambdaConformance::listAndGetInstances()
{
    auto list = await<std::vector<Instance>>([this](auto r) { m_lambda->instances(r); });
    QVERIFY2(list.ok(), qPrintable(why(list)));
    QCOMPARE(list->size(), size_t(1));
    const Instance &i = list->front();
    QCOMPARE(i.id, QStringLiteral("0920582c7ff041399e34823a0be62549"));
    QCOMPARE(i.name, QStringLiteral("My Instance"));
    QCOMPARE(i.providerState, QStringLiteral("booting"));
    QCOMPARE(i.state, Instance::State::Provisioning);
    QCOMPARE(i.instanceType, QStringLiteral("gpu_8x_h100_sxm5gdr"));
    QCOMPARE(i.gpuModel, QStringLiteral("H100 SXM"));
    QCOMPARE(i.gpuCount, 8);
    QVERIFY(!i.region.isEmpty()); // Prism fills it from the PublicRegionCode enum
    QCOMPARE(i.pricePerHour, std::optional<Money>(Money::fromCents(3592)));
    QVERIFY(i.clientToken.isEmpty());

    auto one = await<Instance>(
        [this](auto r) { m_lambda->instance(QStringLiteral("0920582c7ff041399e34823a0be62549"), r); });
    QVERIFY2(one.ok(), qPrintable(why(one)));
    QCOMPARE(one->id, QStringLiteral("0920582c7ff041399e34823a0be62549"));

    auto access = await<QString>([this](auto r) { m_lambda->checkAccess(r); });
    QVERIFY2(access.ok(), qPrintable(why(access)));
    QVERIFY(access->contains(QLatin1String("Lambda")));
}

void TestLambdaConformance::terminateAndRestart()
{
    auto terminated
        = await<void>([this](auto r) { m_lambda->terminate(QStringLiteral("0920582c7ff041399e34823a0be62549"), r); });
    QVERIFY2(terminated.ok(), qPrintable(why(terminated)));
    auto restarted
        = await<void>([this](auto r) { m_lambda->restart(QStringLiteral("0920582c7ff041399e34823a0be62549"), r); });
    QVERIFY2(restarted.ok(), qPrintable(why(restarted)));
    // No stop/start at Lambda: refused without a request, and the capabilities say so.
    QVERIFY(!m_lambda->capabilities().stop);
    QVERIFY(!m_lambda->capabilities().start);
    auto stopped = await<void>([this](auto r) { m_lambda->stop(QStringLiteral("x"), r); });
    QVERIFY(!stopped.ok());
    QVERIFY(stopped.error().message.contains(QLatin1String("Lambda")));
}

void TestLambdaConformance::sshKeys()
{
    auto names = await<QStringList>([this](auto r) { m_lambda->sshKeyNames(r); });
    QVERIFY2(names.ok(), qPrintable(why(names)));
    QVERIFY(names->contains(QStringLiteral("yubikey")) || !names->isEmpty());
    auto added = await<QString>([this](auto r) {
        m_lambda->registerSshKey(QStringLiteral("gpudesk"),
            QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICN+lJwsONkwrdsSnQsu1ydUkIuIg5oOC+Eslvmtt60T gpudesk"),
            r);
    });
    QVERIFY2(added.ok(), qPrintable(why(added)));
    QVERIFY(!added->isEmpty());
}

void TestLambdaConformance::sshEndpointFromInstanceIp()
{
    auto ep = await<SshEndpoint>(
        [this](auto r) { m_lambda->sshEndpoint(QStringLiteral("0920582c7ff041399e34823a0be62549"), r); });
    QVERIFY2(ep.ok(), qPrintable(why(ep)));
    QCOMPARE(ep->host, QStringLiteral("198.51.100.2"));
    QCOMPARE(ep->port, 22);
    QCOMPARE(ep->user, QStringLiteral("ubuntu"));
}

// Prism answers the other documented responses when asked with "Prefer: code=…".
void TestLambdaConformance::documentedErrorsMap()
{
    m_lambda->setExtraHeaders({ { QByteArrayLiteral("Prefer"), QByteArrayLiteral("code=401") } });
    auto unauthorized = await<std::vector<Instance>>([this](auto r) { m_lambda->instances(r); });
    QVERIFY(!unauthorized.ok());
    QCOMPARE(unauthorized.error().kind, Error::Kind::Auth);
    QVERIFY2(unauthorized.error().message.contains(QLatin1String("Lambda rejected the API key (401)")),
        qPrintable(unauthorized.error().message));
    QVERIFY(unauthorized.error().message.contains(QStringLiteral("Settings → Providers → Lambda")));
    QVERIFY(!unauthorized.error().message.contains(QLatin1String("test-key-lambda")));
    QVERIFY(!unauthorized.error().detail.contains(QLatin1String("test-key-lambda")));

    m_lambda->setExtraHeaders({ { QByteArrayLiteral("Prefer"), QByteArrayLiteral("code=403") } });
    auto forbidden = await<std::vector<Offer>>([this](auto r) { m_lambda->listOffers(r); });
    QVERIFY(!forbidden.ok());
    QCOMPARE(forbidden.error().kind, Error::Kind::Auth);

    m_lambda->setExtraHeaders({ { QByteArrayLiteral("Prefer"), QByteArrayLiteral("code=404") } });
    auto missing = await<Instance>([this](auto r) { m_lambda->instance(QStringLiteral("nope"), r); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

// Bodies generated from the schemas (random values, optional fields left out) parse or are refused
// with a Provider error; the schema allows negative prices (no "minimum"), which GPU Desk refuses.
void TestLambdaConformance::dynamicShapesParse()
{
    auto lambda = makeProvider(m_dynamic.url());
    for (int round = 0; round < 3; ++round) {
        auto offers = await<std::vector<Offer>>([&](auto r) { lambda->listOffers(r); });
        if (offers.ok()) {
            for (const Offer &o : *offers)
                QVERIFY(o.pricePerHour.has_value() && !o.pricePerHour->isNegative() && !o.region.isEmpty());
        } else {
            // Say what came back: a CI run once got a Network error here instead.
            QVERIFY2(offers.error().kind == Error::Kind::Provider, qPrintable(why(offers)));
            QVERIFY2(offers.error().message.contains(QLatin1String("price_cents_per_hour")), qPrintable(why(offers)));
        }
        auto list = await<std::vector<Instance>>([&](auto r) { lambda->instances(r); });
        QVERIFY2(list.ok(), qPrintable(why(list)));
        for (const Instance &i : *list)
            QVERIFY(!i.id.isEmpty() && !i.providerState.isEmpty());
        auto one = await<Instance>([&](auto r) { lambda->instance(QStringLiteral("abc"), r); });
        QVERIFY2(one.ok(), qPrintable(why(one)));
    }
}

QTEST_GUILESS_MAIN(TestLambdaConformance)
#include "tst_lambda_conformance.moc"
