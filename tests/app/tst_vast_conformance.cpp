// Vast.ai adapter against Vast's own OpenAPI spec (../shared/provider-specs/vastai/openapi.yaml)
// served by Prism: every request must validate, every documented answer must parse, including the
// spec's own inaccuracies ("offers" as an object, an os_version example that breaks its schema).
// Prism runs without --errors because with it Prism refuses to send those invalid examples (500);
// request violations are still logged, and only they fail the test (selfCheck proves they are seen).
#include "PrismServer.h"
#include "ProviderTestSupport.h"
#include "providers/vast/VastProvider.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QtTest>

using namespace gpudesk;
using namespace gpudesk::test;

namespace {

ProviderCredentials vastKey()
{
    ProviderCredentials c;
    c.key = QStringLiteral("vast-conformance-key");
    return c;
}

} // namespace

class TestVastConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void selfCheckSeesRequestViolations();
    void offersFromSearch();
    void launchListReadStopStartDestroy();
    void cleanupTestCase();

private:
    void expectNoViolations();
    std::unique_ptr<PrismServer> m_prism;
};

void TestVastConformance::initTestCase()
{
    PrismServer::Options options;
    options.errors = false;
    m_prism = std::make_unique<PrismServer>(QStringLiteral("vastai/openapi.yaml"), options);
    GPUDESK_START_PRISM(*m_prism);
}

void TestVastConformance::cleanupTestCase()
{
    m_prism.reset();
}

void TestVastConformance::expectNoViolations()
{
    QStringList requestViolations;
    for (const QString &v : m_prism->takeViolations()) {
        if (v.startsWith(QLatin1String("request")))
            requestViolations << v;
        else
            qInfo("spec inaccuracy (Prism's own example breaks the schema): %s", qPrintable(v));
    }
    QVERIFY2(requestViolations.isEmpty(), qPrintable(requestViolations.join(QLatin1Char('\n'))));
}

void TestVastConformance::selfCheckSeesRequestViolations()
{
    QNetworkAccessManager nam;
    QNetworkRequest bad(m_prism->url(QStringLiteral("/api/v0/asks/1")));
    bad.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    bad.setRawHeader("Authorization", "Bearer x");
    QNetworkReply *reply = nam.put(bad, QByteArrayLiteral(R"({"label":5})"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
    reply->deleteLater();
    bool seen = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        (seen = seen || m_prism->takeViolations().join(QLatin1Char(' ')).contains(QLatin1String("request.body"))),
        10000);
}

void TestVastConformance::offersFromSearch()
{
    VastProvider p(vastKey(), m_prism->url());
    std::optional<Result<std::vector<Offer>>> got;
    p.listOffers([&](Result<std::vector<Offer>> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 20000);
    QVERIFY2(got->ok(), qPrintable(why(*got)));
    QCOMPARE(got->value().size(), size_t(1)); // the spec's example: one offer, as an object
    const Offer &o = got->value().front();
    QCOMPARE(o.providerId, QStringLiteral("vastai"));
    QCOMPARE(o.gpuModel, QStringLiteral("Imaginary RTX 9999"));
    QCOMPARE(o.gpuCount, 4);
    QCOMPARE(o.gpuMemoryGb, 24);
    QCOMPARE(o.region, QStringLiteral("Atlantis, AT"));
    QCOMPARE(o.pricePerHour, Money::fromMicros(234567)); // dph_total 0.234567
    QCOMPARE(o.priceSource, PriceSource::Live);
    QCOMPARE(VastProvider::askIdOf(o.instanceType), qint64(12345678));
    expectNoViolations();
}

void TestVastConformance::launchListReadStopStartDestroy()
{
    VastProvider p(vastKey(), m_prism->url());
    JobSpec spec;
    spec.instanceType = QStringLiteral("4x Imaginary RTX 9999 #12345678");
    spec.image = QStringLiteral("pytorch/pytorch:latest");
    spec.command = QStringLiteral("python train.py");
    spec.env = { { QStringLiteral("HF_HOME"), QStringLiteral("/workspace/hf cache") } };
    spec.ports = { 8888 };
    spec.diskGb = 40;

    std::optional<Result<Instance>> launched;
    p.launch(spec, QStringLiteral("tok-1"), [&](Result<Instance> r) { launched = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(launched.has_value(), 20000);
    QVERIFY2(launched->ok(), qPrintable(why(*launched)));
    QCOMPARE(launched->value().id, QStringLiteral("1234568"));
    QCOMPARE(launched->value().clientToken, QStringLiteral("tok-1"));
    expectNoViolations();

    std::optional<Result<std::vector<Instance>>> all;
    p.instances([&](Result<std::vector<Instance>> r) { all = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(all.has_value(), 20000);
    QVERIFY2(all->ok(), qPrintable(why(*all)));
    QVERIFY(!all->value().empty());
    QCOMPARE(all->value().front().id, QStringLiteral("312"));
    QCOMPARE(all->value().front().state, Instance::State::Running);
    expectNoViolations();

    std::optional<Result<Instance>> one;
    p.instance(QStringLiteral("312"), [&](Result<Instance> r) { one = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(one.has_value(), 20000);
    // Prism makes up the example from the Instance schema; it must parse into an instance.
    QVERIFY2(one->ok(), qPrintable(why(*one)));
    QVERIFY(!one->value().id.isEmpty());
    expectNoViolations();

    for (int step = 0; step < 3; ++step) {
        std::optional<Result<void>> done;
        auto reply = [&](Result<void> r) { done = std::move(r); };
        if (step == 0)
            p.stop(QStringLiteral("312"), reply);
        else if (step == 1)
            p.start(QStringLiteral("312"), reply);
        else
            p.terminate(QStringLiteral("312"), reply);
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 20000);
        QVERIFY2(done->ok(), qPrintable(why(*done)));
        expectNoViolations();
    }
}

QTEST_GUILESS_MAIN(TestVastConformance)
#include "tst_vast_conformance.moc"
