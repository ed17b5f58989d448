#include "core/Redaction.h"

#include <QStringList>
#include <QTest>

using gpudesk::Redaction;

namespace {

struct Captured
{
    QtMsgType type;
    QString message;
};

QList<Captured> &captured()
{
    static QList<Captured> list;
    return list;
}

void captureHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    captured().append({ type, message });
}

const QString kRedacted = QStringLiteral("[REDACTED]");

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void masksSecrets_data();
    void masksSecrets();
    void masksKeyAndSecretPairs_data();
    void masksKeyAndSecretPairs();
    void keepsFourCharactersOfLongSecrets();
    void masksShortSecretsCompletely();
    void leavesOrdinaryTextAlone_data();
    void leavesOrdinaryTextAlone();
    void isIdempotent();
    void masksEveryOccurrence();
    void registeredSecrets();
    void messageHandlerRedactsLogOutput();
};

void TestRedaction::cleanup()
{
    Redaction::clearRegisteredSecrets();
}

void TestRedaction::masksSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("keptContext");

    QTest::newRow("authorization bearer")
        << QStringLiteral("Authorization: Bearer abc123DEF456ghi789") << QStringLiteral("abc123DEF456ghi789")
        << QStringLiteral("Authorization: Bearer ");
    QTest::newRow("authorization basic lower-case")
        << QStringLiteral("authorization: basic dXNlcjpwYXNzd29yZA==") << QStringLiteral("dXNlcjpwYXNzd29yZA==")
        << QStringLiteral("authorization: basic ");
    QTest::newRow("x-api-key header") << QStringLiteral("X-Api-Key: 0f1e2d3c4b5a69788796a5b4")
                                      << QStringLiteral("0f1e2d3c4b5a69788796a5b4") << QStringLiteral("X-Api-Key: ");
    QTest::newRow("access key header") << QStringLiteral("CRUSOE-ACCESS-KEY: AKCRUSOE1234567890")
                                       << QStringLiteral("AKCRUSOE1234567890") << QStringLiteral("CRUSOE-ACCESS-KEY: ");
    QTest::newRow("json api_key") << QStringLiteral(R"({"api_key": "q9ZxLmN2pQ4rT7vW", "region": "us-east-1"})")
                                  << QStringLiteral("q9ZxLmN2pQ4rT7vW") << QStringLiteral(R"("region": "us-east-1"})");
    QTest::newRow("json apiKey camel case") << QStringLiteral(R"({"apiKey":"Zz9Yy8Xx7Ww6Vv5U"})")
                                            << QStringLiteral("Zz9Yy8Xx7Ww6Vv5U") << QStringLiteral(R"({"apiKey":")");
    QTest::newRow("query api_key") << QStringLiteral(
        "GET https://api.example.com/v1/offers?api_key=Zq9xLmN2pQ4rT7&limit=5")
                                   << QStringLiteral("Zq9xLmN2pQ4rT7") << QStringLiteral("&limit=5");
    QTest::newRow("query token") << QStringLiteral("https://example.com/x?token=tok_9f8e7d6c5b4a&page=2")
                                 << QStringLiteral("tok_9f8e7d6c5b4a") << QStringLiteral("&page=2");
    QTest::newRow("password pair") << QStringLiteral("password: hunter2hunter2") << QStringLiteral("hunter2hunter2")
                                   << QStringLiteral("password: ");
    QTest::newRow("sk- key in prose") << QStringLiteral("using key sk-proj-abcdefghijklmnop1234 for the call")
                                      << QStringLiteral("sk-proj-abcdefghijklmnop1234")
                                      << QStringLiteral(" for the call");
    QTest::newRow("lambda secret_ key") << QStringLiteral("key is secret_mylambdakey_0123456789abcdef.")
                                        << QStringLiteral("secret_mylambdakey_0123456789abcdef")
                                        << QStringLiteral("key is ");
    QTest::newRow("runpod rpa_ key") << QStringLiteral("RUNPOD rpa_ABCDEFGHIJKLMNOPQRST ok")
                                     << QStringLiteral("rpa_ABCDEFGHIJKLMNOPQRST") << QStringLiteral(" ok");
    QTest::newRow("bare bearer token") << QStringLiteral("sent bearer eyJhbGciOiJIUzI1NiJ9.e30.sig to the API")
                                       << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.sig")
                                       << QStringLiteral(" to the API");
}

void TestRedaction::masksSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, keptContext);

    const QString out = Redaction::redact(text);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(kRedacted), qPrintable(out));
    QVERIFY2(out.contains(keptContext), qPrintable(out));
}

void TestRedaction::masksKeyAndSecretPairs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");

    // Credential names that providers use (Crusoe: access key + secret key; S3-style storage).
    QTest::newRow("secret_key=") << QStringLiteral("secret_key=wJalrXUtnFEMIK7MDENGbPxRfiCY")
                                 << QStringLiteral("wJalrXUtnFEMIK7MDENGbPxRfiCY");
    QTest::newRow("json secret_key") << QStringLiteral(R"({"secret_key": "wJalrXUtnFEMIK7MDENG"})")
                                     << QStringLiteral("wJalrXUtnFEMIK7MDENG");
    QTest::newRow("json access_key") << QStringLiteral(R"({"access_key": "AKIAIOSFODNN7EXAMPLE"})")
                                     << QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    QTest::newRow("aws_secret_access_key")
        << QStringLiteral("aws_secret_access_key = wJalrXUtnFEMI/K7MDENGbPxRfiCYEXAMPLE")
        << QStringLiteral("wJalrXUtnFEMI/K7MDENGbPxRfiCYEXAMPLE");
    // These already work and must keep working.
    QTest::newRow("client_secret=") << QStringLiteral("client_secret=abcdefghijklmnop")
                                    << QStringLiteral("abcdefghijklmnop");
    QTest::newRow("access-key header") << QStringLiteral("X-Access-Key: AKIAIOSFODNN7EXAMPLE")
                                       << QStringLiteral("AKIAIOSFODNN7EXAMPLE");
}

void TestRedaction::masksKeyAndSecretPairs()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);

    const QString out = Redaction::redact(text);
    QVERIFY2(!out.contains(secret), qPrintable(out));
}

void TestRedaction::keepsFourCharactersOfLongSecrets()
{
    const QString out = Redaction::redact(QStringLiteral("Authorization: Bearer abc123DEF456ghi789"));
    QCOMPARE(out, QStringLiteral("Authorization: Bearer abc1\u2026[REDACTED]"));
}

void TestRedaction::masksShortSecretsCompletely()
{
    // Eight characters or fewer: showing four would show half the secret.
    QCOMPARE(Redaction::redact(QStringLiteral("X-Api-Key: abcd1234")), QStringLiteral("X-Api-Key: [REDACTED]"));
    QCOMPARE(Redaction::redact(QStringLiteral("api_key=k3y")), QStringLiteral("api_key=[REDACTED]"));
}

void TestRedaction::leavesOrdinaryTextAlone_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("offer") << QStringLiteral("H100 SXM at $2.49/h in us-east-1 (Lambda, on-demand)");
    QTest::newRow("command line") << QStringLiteral("gpudesk-cli offers --gpu h100 --max-price 3 --sort price-per-gpu");
    QTest::newRow("http status") << QStringLiteral("Lambda returned 503 Service Unavailable; retrying in 30 s");
    QTest::newRow("prose with key words")
        << QStringLiteral("The API key you entered was refused; check it in Settings");
    QTest::newRow("token bucket") << QStringLiteral("rate limit: the token bucket refills every second");
    QTest::newRow("short sk word") << QStringLiteral("task sk-1 finished");
    QTest::newRow("path") << QStringLiteral("/home/user/.local/share/gpudesk/gpudesk.sqlite");
    QTest::newRow("instance type") << QStringLiteral("gpu_8x_h100_sxm5 in australia-east-1;us-east-1");
    QTest::newRow("non-latin") << QStringLiteral("\u4EF7\u683C $2.49 \u6BCF\u5C0F\u65F6");
    QTest::newRow("empty") << QString();
}

void TestRedaction::leavesOrdinaryTextAlone()
{
    QFETCH(QString, text);
    QCOMPARE(Redaction::redact(text), text);
}

void TestRedaction::isIdempotent()
{
    const QStringList samples = {
        QStringLiteral("Authorization: Bearer abc123DEF456ghi789"),
        QStringLiteral(R"({"api_key": "q9ZxLmN2pQ4rT7vW"})"),
        QStringLiteral("curl -H 'X-Api-Key: 0f1e2d3c4b5a6978' https://x/?api_key=Zq9xLmN2pQ4rT7"),
        QStringLiteral("sk-proj-abcdefghijklmnop1234"),
    };
    for (const QString &s : samples) {
        const QString once = Redaction::redact(s);
        QCOMPARE(Redaction::redact(once), once);
    }
}

void TestRedaction::masksEveryOccurrence()
{
    const QString text = QStringLiteral("first api_key=AAAAbbbbCCCCdddd then api_key=EEEEffffGGGGhhhh and "
                                        "Authorization: Bearer IIIIjjjjKKKKllll");
    const QString out = Redaction::redact(text);
    for (const QString &secret :
        { QStringLiteral("AAAAbbbbCCCCdddd"), QStringLiteral("EEEEffffGGGGhhhh"), QStringLiteral("IIIIjjjjKKKKllll") })
        QVERIFY2(!out.contains(secret), qPrintable(out));
    QCOMPARE(out.count(kRedacted), 3);
    QVERIFY(out.startsWith(QStringLiteral("first api_key=")));
}

void TestRedaction::registeredSecrets()
{
    // A key the user typed has no recognisable shape; once registered it is masked anywhere.
    const QString secret = QStringLiteral("correcthorsebatterystaple");
    const QString text = QStringLiteral("provider said: correcthorsebatterystaple is not valid");
    QCOMPARE(Redaction::redact(text), text);

    Redaction::registerSecret(secret);
    Redaction::registerSecret(secret); // twice is harmless
    const QString out = Redaction::redact(text);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QCOMPARE(out, QStringLiteral("provider said: corr\u2026[REDACTED] is not valid"));

    // Secrets shorter than four characters are ignored: masking "abc" everywhere would mangle logs.
    Redaction::registerSecret(QStringLiteral("abc"));
    QCOMPARE(Redaction::redact(QStringLiteral("abc def")), QStringLiteral("abc def"));

    Redaction::registerSecret(QStringLiteral("p4ss"));
    QCOMPARE(Redaction::redact(QStringLiteral("user p4ss")), QStringLiteral("user [REDACTED]"));

    Redaction::clearRegisteredSecrets();
    QCOMPARE(Redaction::redact(text), text);
}

void TestRedaction::messageHandlerRedactsLogOutput()
{
    captured().clear();
    const QtMessageHandler testlibHandler = qInstallMessageHandler(captureHandler);
    Redaction::installMessageHandler();
    Redaction::registerSecret(QStringLiteral("typed-in-key-7788"));

    qDebug().noquote() << "request headers: Authorization: Bearer abc123DEF456ghi789";
    qWarning().noquote() << "provider error for key typed-in-key-7788";
    qInfo().noquote() << "loaded 200 offers";

    qInstallMessageHandler(testlibHandler);

    QCOMPARE(captured().size(), 3);
    QCOMPARE(captured().at(0).type, QtDebugMsg);
    QCOMPARE(captured().at(0).message, QStringLiteral("request headers: Authorization: Bearer abc1\u2026[REDACTED]"));
    QCOMPARE(captured().at(1).type, QtWarningMsg);
    QCOMPARE(captured().at(1).message, QStringLiteral("provider error for key type\u2026[REDACTED]"));
    QCOMPARE(captured().at(2).message, QStringLiteral("loaded 200 offers"));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
