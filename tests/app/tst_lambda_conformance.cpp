// Conformance of the Lambda adapter with Lambda's own OpenAPI spec (served by Prism).

#include "PrismServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>

using gpudesk::test::PrismServer;

class TestLambdaConformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void prismServesTheSpec();

private:
    PrismServer m_prism { QStringLiteral("lambda/openapi-1.8.3.json") };
};

void TestLambdaConformance::initTestCase()
{
    GPUDESK_START_PRISM(m_prism);
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

QTEST_GUILESS_MAIN(TestLambdaConformance)
#include "tst_lambda_conformance.moc"
