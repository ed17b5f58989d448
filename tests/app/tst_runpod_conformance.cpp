// Conformance of the RunPod adapter with RunPod's own REST v2 spec (served by Prism): every request
// it sends passes Prism's validation, and the documented responses parse.

#include "PrismServer.h"
#include "ProviderTestSupport.h"
#include "providers/runpod/RunPodJson.h"
#include "providers/runpod/RunPodProvider.h"

#include <QtTest>

using namespace gpudesk;
using gpudesk::test::await;
using gpudesk::test::PrismServer;
using gpudesk::test::why;

namespace {

const QString kPodId = QStringLiteral("7h9k2m4n6p");

} // namespace

class TestRunPodConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listOffers();
    void launch();
    void listAndGetPods();
    void stopStartTerminate();
    void sshEndpointIsDirect();
    void sshKeys();
    void documentedErrorsMap();
    void dynamicShapesParse();

private:
    std::unique_ptr<RunPodProvider> makeProvider(const QUrl &url) const;
    JobSpec spec() const;

    PrismServer m_prism { QStringLiteral("runpod/openapi-rest-v2.json") };
    PrismServer m_dynamic { QStringLiteral("runpod/openapi-rest-v2.json"), { true, true, 60000 } };
    std::unique_ptr<RunPodProvider> m_runpod;
};

void TestRunPodConformance::initTestCase()
{
    GPUDESK_START_PRISM(m_prism);
    GPUDESK_START_PRISM(m_dynamic);
}

std::unique_ptr<RunPodProvider> TestRunPodConformance::makeProvider(const QUrl &url) const
{
    return std::make_unique<RunPodProvider>(ProviderCredentials { QStringLiteral("test-key-runpod"), {}, {} }, url);
}

JobSpec TestRunPodConformance::spec() const
{
    JobSpec s;
    s.name = QStringLiteral("pytorch-training");
    s.providerId = QStringLiteral("runpod");
    s.instanceType = QStringLiteral("NVIDIA GeForce RTX 4090") + RunPodJson::communitySuffix();
    s.gpuModel = QStringLiteral("RTX 4090");
    s.gpuCount = 2;
    s.image = QStringLiteral("runpod/pytorch:1.0.2-cu1281-torch280-ubuntu2404");
    s.command = QStringLiteral("python train.py --name 'x'");
    s.env = { { QStringLiteral("MODEL_NAME"), QStringLiteral("llama-3") } };
    s.ports = { 8888 };
    s.diskGb = 50;
    s.region = QStringLiteral("US-KS-2");
    return s;
}

void TestRunPodConformance::init()
{
    m_runpod = makeProvider(m_prism.url());
    m_prism.takeViolations();
}

void TestRunPodConformance::cleanup()
{
    m_runpod.reset();
    const QStringList violations = m_prism.takeViolations() + m_dynamic.takeViolations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
}

void TestRunPodConformance::listOffers()
{
    auto offers = await<std::vector<Offer>>([this](auto r) { m_runpod->listOffers(r); });
    QVERIFY2(offers.ok(), qPrintable(why(offers)));
    QCOMPARE(offers->size(), size_t(2)); // the example's RTX 4090 on Secure and Community Cloud
    const Offer &secure = offers->at(0);
    QCOMPARE(secure.providerId, QStringLiteral("runpod"));
    QCOMPARE(secure.instanceType, QStringLiteral("NVIDIA GeForce RTX 4090"));
    QCOMPARE(secure.gpuModel, QStringLiteral("RTX 4090"));
    QCOMPARE(secure.gpuMemoryGb, 24);
    QCOMPARE(secure.gpuCount, 1);
    QCOMPARE(secure.pricePerHour, std::optional<Money>(Money::fromCents(44)));
    QCOMPARE(secure.billing, Billing::OnDemand);
    QCOMPARE(secure.priceSource, PriceSource::Live);
    QCOMPARE(secure.asOf, QDate::currentDate());
    const Offer &community = offers->at(1);
    QCOMPARE(community.instanceType, QStringLiteral("NVIDIA GeForce RTX 4090") + RunPodJson::communitySuffix());
    QCOMPARE(community.pricePerHour, std::optional<Money>(Money::fromCents(31)));
    QCOMPARE(community.billing, Billing::Community);
}

void TestRunPodConformance::launch()
{
    auto launched = await<Instance>([this](auto r) { m_runpod->launch(spec(), QStringLiteral("tok-runpod-1"), r); });
    QVERIFY2(launched.ok(), qPrintable(why(launched)));
    QVERIFY(!launched->id.isEmpty());
    QVERIFY(launched->state != Instance::State::Unknown);
    // The request itself: the token in the env and the name, the community tier, 22/tcp published.
    auto body = RunPodJson::createBody(spec(), QStringLiteral("tok-runpod-1"));
    QVERIFY(body.ok());
    QCOMPARE(body->value(QStringLiteral("cloud")).toString(), QStringLiteral("COMMUNITY"));
    QCOMPARE(body->value(QStringLiteral("gpu")).toObject().value(QStringLiteral("id")).toString(),
        QStringLiteral("NVIDIA GeForce RTX 4090"));
    QCOMPARE(body->value(QStringLiteral("env")).toObject().value(RunPodJson::tokenEnvName()).toString(),
        QStringLiteral("tok-runpod-1"));
    QVERIFY(body->value(QStringLiteral("name")).toString().endsWith(QLatin1String("gpudesk-tok-runpod-1")));
    QVERIFY(body->value(QStringLiteral("ports")).toArray().contains(QStringLiteral("22/tcp")));
}

void TestRunPodConformance::listAndGetPods()
{
    auto list = await<std::vector<Instance>>([this](auto r) { m_runpod->instances(r); });
    QVERIFY2(list.ok(), qPrintable(why(list)));
    QCOMPARE(list->size(), size_t(1));
    const Instance &i = list->front();
    QCOMPARE(i.id, kPodId);
    QCOMPARE(i.name, QStringLiteral("pytorch-training"));
    QCOMPARE(i.state, Instance::State::Running);
    QCOMPARE(i.providerState, QStringLiteral("RUNNING"));
    QCOMPARE(i.gpuModel, QStringLiteral("NVIDIA GeForce RTX 4090"));
    QCOMPARE(i.gpuCount, 1);
    QCOMPARE(i.region, QStringLiteral("US-KS-2"));
    QCOMPARE(i.pricePerHour, std::optional<Money>(Money::fromCents(44)));
    QCOMPARE(i.createdAt, QDateTime(QDate(2026, 6, 1), QTime(12, 0), QTimeZone::utc()));
    QVERIFY(i.clientToken.isEmpty());

    auto one = await<Instance>([this](auto r) { m_runpod->instance(kPodId, r); });
    QVERIFY2(one.ok(), qPrintable(why(one)));
    QCOMPARE(one->id, kPodId);
}

void TestRunPodConformance::stopStartTerminate()
{
    auto stopped = await<void>([this](auto r) { m_runpod->stop(kPodId, r); });
    QVERIFY2(stopped.ok(), qPrintable(why(stopped)));
    auto started = await<void>([this](auto r) { m_runpod->start(kPodId, r); });
    QVERIFY2(started.ok(), qPrintable(why(started)));
    auto terminated = await<void>([this](auto r) { m_runpod->terminate(kPodId, r); });
    QVERIFY2(terminated.ok(), qPrintable(why(terminated)));
    const ProviderCapabilities c = m_runpod->capabilities();
    QVERIFY(c.listOffers && c.launch && c.stop && c.start && c.terminate && c.listInstances);
    QVERIFY(c.sshKeys && !c.logs);
}

void TestRunPodConformance::sshEndpointIsDirect()
{
    auto ep = await<SshEndpoint>([this](auto r) { m_runpod->sshEndpoint(kPodId, r); });
    QVERIFY2(ep.ok(), qPrintable(why(ep)));
    QCOMPARE(ep->host, QStringLiteral("195.26.233.3"));
    QCOMPARE(ep->port, 34446);
    QCOMPARE(ep->user, QStringLiteral("root"));
}

void TestRunPodConformance::sshKeys()
{
    auto keys = await<QStringList>([this](auto r) { m_runpod->sshKeys(r); });
    QVERIFY2(keys.ok(), qPrintable(why(keys)));
    QCOMPARE(keys->size(), 1);
    // Already registered (same key, other comment): nothing is sent.
    auto same = await<QString>([&](auto r) {
        m_runpod->registerSshKey(
            QStringLiteral("gpudesk"), keys->first().section(QLatin1Char(' '), 0, 1) + QStringLiteral(" gpudesk"), r);
    });
    QVERIFY2(same.ok(), qPrintable(why(same)));
    QVERIFY(!m_prism.log().contains(QLatin1String("put /v2/account/ssh-keys")));
    // A new key: the set is read and written back with it.
    auto added = await<QString>([this](auto r) {
        m_runpod->registerSshKey(QStringLiteral("gpudesk"),
            QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICN+lJwsONkwrdsSnQsu1ydUkIuIg5oOC+Eslvmtt60T gpudesk"),
            r);
    });
    QVERIFY2(added.ok(), qPrintable(why(added)));
    QCOMPARE(*added, QStringLiteral("gpudesk"));
    QTRY_VERIFY_WITH_TIMEOUT(m_prism.log().contains(QLatin1String("put /v2/account/ssh-keys")), 5000);
}

void TestRunPodConformance::documentedErrorsMap()
{
    m_runpod->setExtraHeaders({ { QByteArrayLiteral("Prefer"), QByteArrayLiteral("code=401") } });
    auto unauthorized = await<std::vector<Instance>>([this](auto r) { m_runpod->instances(r); });
    QVERIFY(!unauthorized.ok());
    QCOMPARE(unauthorized.error().kind, Error::Kind::Auth);
    QVERIFY2(unauthorized.error().message.contains(QLatin1String("RunPod rejected the API key (401)")),
        qPrintable(unauthorized.error().message));
    QVERIFY(!unauthorized.error().detail.contains(QLatin1String("test-key-runpod")));

    m_runpod->setExtraHeaders({ { QByteArrayLiteral("Prefer"), QByteArrayLiteral("code=404") } });
    auto missing = await<Instance>([this](auto r) { m_runpod->instance(QStringLiteral("nope"), r); });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);

    m_runpod->setExtraHeaders({ { QByteArrayLiteral("Prefer"), QByteArrayLiteral("code=409") } });
    auto conflict = await<void>([this](auto r) { m_runpod->start(kPodId, r); });
    QVERIFY(!conflict.ok());
    QVERIFY(conflict.error().message.contains(QLatin1String("RunPod")));
}

// Bodies generated from the schemas (random values, optional fields left out) parse or are refused
// with a Provider error; the schema allows negative prices (no "minimum"), which GPU Desk refuses.
void TestRunPodConformance::dynamicShapesParse()
{
    auto runpod = makeProvider(m_dynamic.url());
    for (int round = 0; round < 3; ++round) {
        auto offers = await<std::vector<Offer>>([&](auto r) { runpod->listOffers(r); });
        if (offers.ok()) {
            for (const Offer &o : *offers)
                QVERIFY(o.pricePerHour.has_value() && !o.pricePerHour->isNegative());
        } else {
            QCOMPARE(offers.error().kind, Error::Kind::Provider);
            QVERIFY2(offers.error().message.contains(QLatin1String("price")), qPrintable(why(offers)));
        }
        auto list = await<std::vector<Instance>>([&](auto r) { runpod->instances(r); });
        QVERIFY2(list.ok(), qPrintable(why(list)));
        for (const Instance &i : *list)
            QVERIFY(!i.id.isEmpty() && !i.providerState.isEmpty());
        auto one = await<Instance>([&](auto r) { runpod->instance(QStringLiteral("abc"), r); });
        QVERIFY2(one.ok(), qPrintable(why(one)));
    }
}

QTEST_GUILESS_MAIN(TestRunPodConformance)
#include "tst_runpod_conformance.moc"
