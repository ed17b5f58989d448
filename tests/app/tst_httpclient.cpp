// HttpClient against FaultHttpServer on 127.0.0.1: every failure a provider or a network can
// produce must end in one Error a user can act on, and only safe requests are ever resent.

#include "FaultHttpServer.h"
#include "core/AppContext.h"
#include "core/Redaction.h"
#include "net/HttpClient.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace gpudesk;
using namespace gpudesk::test;
using namespace std::chrono_literals;

namespace {

struct Outcome
{
    std::optional<Result<HttpResponse>> result;
    bool calledTwice = false;
    bool sendReturned = false;
};

HttpService lambdaService()
{
    return HttpService{QStringLiteral("lambda"), QStringLiteral("Lambda"), {}};
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    FaultHttpServer *m_server = nullptr;
    HttpClient *m_client = nullptr;

    std::shared_ptr<Outcome> send(HttpRequest request)
    {
        auto outcome = std::make_shared<Outcome>();
        m_client->send(std::move(request), [outcome](Result<HttpResponse> r) {
            if (!outcome->sendReturned)
                qFatal("callback ran from inside send()");
            if (outcome->result)
                outcome->calledTwice = true;
            outcome->result = std::move(r);
        });
        outcome->sendReturned = true;
        return outcome;
    }

    Result<HttpResponse> run(HttpRequest request)
    {
        auto outcome = send(std::move(request));
        if (!QTest::qWaitFor([&] { return outcome->result.has_value(); }, 20000))
            qFatal("no answer");
        if (outcome->calledTwice)
            qFatal("callback invoked twice");
        return *outcome->result;
    }

    HttpRequest get(const QString &path, const QString &op = QStringLiteral("list instance types"))
    {
        HttpRequest r;
        r.url = m_server->url(path);
        r.operation = op;
        r.headers.emplaceBack(QByteArray("Authorization"), QByteArray("Bearer secret_canary_key_1234567890"));
        r.timeout = 2s;
        return r;
    }

    HttpRequest post(const QString &path)
    {
        HttpRequest r = get(path, QStringLiteral("launch an instance"));
        r.method = HttpRequest::Method::Post;
        r.body = "{\"name\":\"job\"}";
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The English plural forms ("1 second", "3600 seconds") live in the embedded translation.
        AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void init()
    {
        m_server = new FaultHttpServer;
        QVERIFY(m_server->listen());
        m_client = new HttpClient(lambdaService());
        m_client->setRetryPolicy({4, 20ms, 200ms, 5000ms});
        m_client->setJitter([] { return 0.0; });
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void successReturnsBodyAndHeaders()
    {
        m_server->enqueue(HttpAnswer::json(200, "{\"data\":[1,2]}"));
        auto r = run(get(QStringLiteral("/api/v1/instance-types")));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        QCOMPARE(r->attempts, 1);
        QCOMPARE(r->header("content-type"), QByteArray("application/json"));
        auto json = HttpClient::parseJson(lambdaService(), *r, QStringLiteral("x"));
        QVERIFY(json.ok());
        QCOMPARE(json->object().value(QStringLiteral("data")).toArray().size(), 2);
        QCOMPARE(m_server->calls().first().header("authorization"), QByteArray("Bearer secret_canary_key_1234567890"));
        QCOMPARE(m_server->calls().first().method, QByteArray("GET"));
    }

    void unauthorizedNamesProviderAndWhereToFixIt()
    {
        m_server->enqueue(HttpAnswer::json(
            401, "{\"error\":{\"code\":\"global/invalid-api-key\",\"message\":\"API key was invalid, expired, or deleted.\"}}"));
        auto r = run(get(QStringLiteral("/api/v1/instances"), QStringLiteral("list instances")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Auth);
        QCOMPARE(r.error().message,
                 QStringLiteral("Lambda rejected the API key (401) while trying to list instances. Check Settings → "
                                "Providers → Lambda."));
        QCOMPARE(r.error().code, QStringLiteral("global/invalid-api-key"));
        QCOMPARE(m_server->callCount(), 1); // never retried
        QVERIFY(!r.error().detail.contains(QStringLiteral("secret_canary_key_1234567890")));
    }

    void forbiddenAndNotFoundCarryTheProviderMessage()
    {
        m_server->enqueue(HttpAnswer::json(403, "{\"error\":{\"code\":\"global/forbidden\",\"message\":\"Account suspended.\"}}"));
        auto r = run(get(QStringLiteral("/x"), QStringLiteral("list instances")));
        QCOMPARE(r.error().kind, Error::Kind::Auth);
        QVERIFY2(r.error().message.contains(QStringLiteral("refused access (403) while trying to list instances: Account suspended.")),
                 qPrintable(r.error().message));

        m_server->enqueue(HttpAnswer::json(404, "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"detail\":\"pod abc not found\"}"));
        r = run(get(QStringLiteral("/pods/abc"), QStringLiteral("read pod abc")));
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(r.error().message,
                 QStringLiteral("Lambda does not know it (404) while trying to read pod abc: pod abc not found."));
    }

    void providerErrorBodiesDecode_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow("lambda") << QByteArray("{\"error\":{\"code\":\"instance-operations/launch/insufficient-capacity\",\"message\":\"Not enough capacity\",\"suggestion\":\"Try another region.\"}}")
                                << "instance-operations/launch/insufficient-capacity" << "Not enough capacity" << "Try another region.";
        QTest::newRow("runpod problem+json") << QByteArray("{\"type\":\"https://runpod.io/errors/x\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"gpuTypeIds is required\"}")
                                             << "https://runpod.io/errors/x" << "gpuTypeIds is required" << "";
        QTest::newRow("runpod plain") << QByteArray("{\"error\":\"There are no instances available\"}") << "" << "There are no instances available" << "";
        QTest::newRow("vast") << QByteArray("{\"success\":false,\"error\":\"no_such_ask\",\"msg\":\"Instance type no longer available.\"}")
                              << "no_such_ask" << "Instance type no longer available." << "";
        QTest::newRow("vast msg only") << QByteArray("{\"success\":false,\"msg\":\"bad args\"}") << "" << "bad args" << "";
        QTest::newRow("code+message") << QByteArray("{\"code\":\"bad_request\",\"message\":\"name taken\"}") << "bad_request" << "name taken" << "";
        QTest::newRow("array") << QByteArray("[{\"error\":\"first\"}]") << "" << "first" << "";
        QTest::newRow("plain text") << QByteArray("upstream timeout") << "" << "upstream timeout" << "";
        QTest::newRow("html ignored") << QByteArray("<html><body>502</body></html>") << "" << "" << "";
    }

    void providerErrorBodiesDecode()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, suggestion);
        const ProviderErrorBody d = decodeProviderErrorBody(body);
        QCOMPARE(d.code, code);
        QCOMPARE(d.message, message);
        QCOMPARE(d.suggestion, suggestion);
    }

    void tooManyRequestsHonoursRetryAfter()
    {
        HttpAnswer limited = HttpAnswer::json(429, "{\"error\":{\"code\":\"global/quota-exceeded\",\"message\":\"slow down\"}}");
        limited.headers.emplaceBack(QByteArray("Retry-After"), QByteArray("1"));
        m_server->enqueue(limited);
        m_server->enqueue(HttpAnswer::json(200, "{}"));
        QElapsedTimer t;
        t.start();
        auto r = run(get(QStringLiteral("/x")));
        QVERIFY(r.ok());
        QCOMPARE(r->attempts, 2);
        QVERIFY2(t.elapsed() >= 950, "Retry-After: 1 was not waited for");
    }

    void tooManyRequestsRetriedEvenForLaunchBecauseNothingWasDone()
    {
        HttpAnswer limited = HttpAnswer::json(429, "{}");
        limited.headers.emplaceBack(QByteArray("Retry-After"), QByteArray("0"));
        m_server->enqueue(limited);
        m_server->enqueue(HttpAnswer::json(200, "{\"data\":{\"instance_ids\":[\"i-1\"]}}"));
        auto r = run(post(QStringLiteral("/launch")));
        QVERIFY(r.ok());
        QCOMPARE(m_server->callCount(), 2);
    }

    void tooManyRequestsGivesUpWithRateLimited()
    {
        HttpAnswer limited = HttpAnswer::json(429, "{}");
        limited.headers.emplaceBack(QByteArray("Retry-After"), QByteArray("3600")); // longer than maxRetryAfter: not waited for
        m_server->enqueue(limited);
        auto r = run(get(QStringLiteral("/x"), QStringLiteral("list instances")));
        QCOMPARE(r.error().kind, Error::Kind::RateLimited);
        QCOMPARE(r.error().message, QStringLiteral("Lambda is limiting requests (429) while trying to list instances. "
                                                   "Try again in 3600 seconds."));
        QCOMPARE(m_server->callCount(), 1);
    }

    void serverErrorsRetriedForReadsOnly()
    {
        m_server->enqueue(HttpAnswer::json(503, "{}"));
        m_server->enqueue(HttpAnswer::json(500, "{}"));
        m_server->enqueue(HttpAnswer::json(200, "[]"));
        auto r = run(get(QStringLiteral("/x")));
        QVERIFY(r.ok());
        QCOMPARE(r->attempts, 3);

        m_server->clearCalls();
        m_server->enqueue(HttpAnswer::json(500, "{\"error\":{\"code\":\"global/unknown\",\"message\":\"Something went wrong\"}}"));
        r = run(post(QStringLiteral("/launch")));
        QCOMPARE(r.error().kind, Error::Kind::Provider);
        QCOMPARE(r.error().message,
                 QStringLiteral("Lambda had a problem on its side (HTTP 500) while trying to launch an instance: Something "
                                "went wrong. Try again later; if it persists, check Lambda's status page."));
        QCOMPARE(m_server->callCount(), 1); // a launch is never resent after the provider saw it
    }

    void serverErrorsGiveUpAfterMaxAttempts()
    {
        m_server->setHandler([](const HttpCall &) { return HttpAnswer::json(502, "bad gateway"); });
        auto r = run(get(QStringLiteral("/x")));
        QCOMPARE(r.error().kind, Error::Kind::Provider);
        QCOMPARE(m_server->callCount(), 4);
        QVERIFY(r.error().detail.contains(QStringLiteral("after 4 attempts")));
        QCOMPARE(r.error().code, QStringLiteral("http-502"));
    }

    void slowAnswerTimesOut()
    {
        m_client->setRetryPolicy({1, 20ms, 200ms, 5000ms});
        HttpAnswer slow = HttpAnswer::json(200, "{}");
        slow.delayMs = 3000;
        m_server->enqueue(slow);
        HttpRequest req = get(QStringLiteral("/x"), QStringLiteral("list instances"));
        req.timeout = 300ms;
        auto r = run(req);
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QCOMPARE(r.error().code, QStringLiteral("timeout"));
        QCOMPARE(r.error().message, QStringLiteral("Lambda did not answer within 1 second while trying to list instances. "
                                                   "Check your connection and try again."));
    }

    void launchTimeoutSaysOutcomeUnknownAndIsNotResent()
    {
        m_server->enqueue(HttpAnswer::of(HttpAnswer::Kind::Hang));
        HttpRequest req = post(QStringLiteral("/launch"));
        req.timeout = 300ms;
        auto r = run(req);
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY(r.error().message.contains(QStringLiteral("It may have acted on the request")));
        QCOMPARE(m_server->callCount(), 1);
    }

    void connectionResetAndClosedMidBody()
    {
        m_server->enqueue(HttpAnswer::of(HttpAnswer::Kind::Reset));
        m_server->enqueue(HttpAnswer::json(200, "[]"));
        auto r = run(get(QStringLiteral("/x")));
        QVERIFY(r.ok()); // a read is simply retried
        QCOMPARE(m_server->callCount(), 2);

        HttpAnswer cut = HttpAnswer::json(200, "{\"data\":{\"instance_ids\":[\"i-123456\"]}}");
        cut.kind = HttpAnswer::Kind::CloseMidBody;
        cut.cutAfter = 10;
        m_server->enqueue(cut);
        r = run(post(QStringLiteral("/launch")));
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QCOMPARE(r.error().code, QStringLiteral("connection-lost"));
        QVERIFY2(r.error().message.contains(QStringLiteral("Lambda may have acted on it")), qPrintable(r.error().message));
        QCOMPARE(m_server->callCount(), 3);
    }

    // The provider created the instance, then the connection closed before a byte of the answer.
    // Qt would quietly send the POST again (a second billed instance); it must reach the server once.
    void launchClosedBeforeAnswerIsSentOnce()
    {
        m_server->enqueue(HttpAnswer::of(HttpAnswer::Kind::CloseBeforeResponse));
        m_server->enqueue(HttpAnswer::json(200, "{\"data\":{\"instance_ids\":[\"i-2\"]}}"));
        auto r = run(post(QStringLiteral("/launch")));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QVERIFY2(r.error().message.contains(QStringLiteral("may have acted on it")), qPrintable(r.error().message));
        QCOMPARE(m_server->callCount(), 1);
        QCOMPARE(m_server->calls().first().body, QByteArray("{\"name\":\"job\"}"));
    }

    void refusedConnectionIsSafeToResend()
    {
        const QUrl dead = m_server->url(QStringLiteral("/launch"));
        delete m_server;
        m_server = nullptr;
        m_client->setRetryPolicy({2, 10ms, 50ms, 5000ms});
        HttpRequest req;
        req.method = HttpRequest::Method::Post;
        req.url = dead;
        req.operation = QStringLiteral("launch an instance");
        auto r = run(req);
        QCOMPARE(r.error().kind, Error::Kind::Network);
        QCOMPARE(r.error().code, QStringLiteral("unreachable"));
        QVERIFY2(r.error().message.startsWith(QStringLiteral("Could not reach Lambda at 127.0.0.1 while trying to launch an instance")),
                 qPrintable(r.error().message));
        m_server = new FaultHttpServer;
    }

    void malformedTruncatedAndWrongContentType()
    {
        HttpResponse resp;
        resp.status = 200;
        resp.headers.emplaceBack(QByteArray("content-type"), QByteArray("application/json"));
        resp.body = "{\"data\": [{\"name\": \"gpu_1x_a100\"";
        auto j = HttpClient::parseJson(lambdaService(), resp, QStringLiteral("list instance types"));
        QVERIFY(!j.ok());
        QCOMPARE(j.error().code, QStringLiteral("bad-json"));
        QVERIFY2(j.error().message.startsWith(QStringLiteral("Lambda sent a response GPU Desk could not read while trying to list instance types")),
                 qPrintable(j.error().message));

        resp.body = "{not json at all";
        QCOMPARE(HttpClient::parseJson(lambdaService(), resp, QStringLiteral("x")).error().code, QStringLiteral("bad-json"));

        resp.headers = {{"content-type", "text/html; charset=utf-8"}};
        resp.body = "<html>Sign in to the Wi-Fi</html>";
        j = HttpClient::parseJson(lambdaService(), resp, QStringLiteral("list instance types"));
        QCOMPARE(j.error().code, QStringLiteral("bad-content-type"));
        QVERIFY2(j.error().message.startsWith(QStringLiteral("Lambda answered with text/html instead of JSON")),
                 qPrintable(j.error().message));

        resp.headers = {{"content-type", "application/problem+json"}};
        resp.body = "{}";
        QVERIFY(HttpClient::parseJson(lambdaService(), resp, QStringLiteral("x")).ok());
    }

    void rateLimitSpacesCallsInOrder()
    {
        m_client->setRateLimit(QStringLiteral("lambda"), 150ms);
        m_client->setRateLimit(QStringLiteral("lambda-launch"), 400ms);
        m_server->setHandler([](const HttpCall &) { return HttpAnswer::json(200, "{}"); });
        QList<qint64> done;
        QElapsedTimer t;
        t.start();
        QList<std::shared_ptr<Outcome>> outcomes;
        for (int i = 0; i < 3; ++i) {
            HttpRequest r = post(QStringLiteral("/launch"));
            r.rateKeys = {QStringLiteral("lambda"), QStringLiteral("lambda-launch")};
            outcomes.append(send(r));
        }
        HttpRequest read = get(QStringLiteral("/x"));
        read.rateKeys = {QStringLiteral("lambda")};
        outcomes.append(send(read));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(outcomes.begin(), outcomes.end(), [](const auto &o) { return o->result.has_value(); }),
                                 10000);
        // Three launches need at least two 400 ms gaps; the read is not held behind the launch bucket.
        QVERIFY2(t.elapsed() >= 780, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(m_server->callCount(), 4);
        QCOMPARE(m_server->calls().at(1).method, QByteArray("POST"));
    }

    void prepareRunsBeforeEveryAttempt()
    {
        m_server->enqueue(HttpAnswer::json(503, "{}"));
        m_server->enqueue(HttpAnswer::json(200, "{}"));
        int prepared = 0;
        HttpRequest r = get(QStringLiteral("/x"));
        r.prepare = [&prepared](HttpRequest &req) {
            ++prepared;
            req.headers.emplaceBack(QByteArray("X-Attempt"), QByteArray::number(prepared));
        };
        QVERIFY(run(r).ok());
        QCOMPARE(prepared, 2);
        QCOMPARE(m_server->calls().at(1).header("x-attempt"), QByteArray("2"));
    }

    void baseUrlOverrides()
    {
        const QUrl fallback(QStringLiteral("https://cloud.lambda.ai/api/v1/"));
        qunsetenv("GPUDESK_LAMBDA_BASE_URL");
        QCOMPARE(HttpClient::baseUrl(QStringLiteral("lambda"), fallback), fallback);
        QCOMPARE(HttpClient::baseUrl(QStringLiteral("lambda"), fallback, QUrl(QStringLiteral("http://proxy:8080/"))),
                 QUrl(QStringLiteral("http://proxy:8080/")));
        qputenv("GPUDESK_LAMBDA_BASE_URL", "http://127.0.0.1:9/api/v1/");
        QCOMPARE(HttpClient::baseUrl(QStringLiteral("lambda"), fallback, QUrl(QStringLiteral("http://proxy:8080/"))),
                 QUrl(QStringLiteral("http://127.0.0.1:9/api/v1/")));
        qunsetenv("GPUDESK_LAMBDA_BASE_URL");
    }

    void destroyingTheClientDropsCallbacks()
    {
        m_server->enqueue(HttpAnswer::of(HttpAnswer::Kind::Hang));
        auto outcome = send(get(QStringLiteral("/x")));
        QTRY_COMPARE(m_server->callCount(), 1);
        delete m_client;
        m_client = nullptr;
        QTest::qWait(50);
        QVERIFY(!outcome->result.has_value());
        m_client = new HttpClient(lambdaService());
    }

    void keysNeverLogged()
    {
        Redaction::registerSecret(QStringLiteral("secret_canary_key_1234567890"));
        QStringList lines;
        static QStringList *sink = nullptr;
        sink = &lines;
        const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &m) {
            sink->append(m);
        });
        QLoggingCategory::setFilterRules(QStringLiteral("gpudesk.http.info=true"));
        m_server->enqueue(HttpAnswer::json(401, "{\"error\":{\"message\":\"bad key secret_canary_key_1234567890\"}}"));
        HttpRequest r = get(QStringLiteral("/x?api_key=secret_canary_key_1234567890"));
        auto result = run(r);
        qInstallMessageHandler(previous);
        QVERIFY(!lines.isEmpty());
        for (const QString &l : std::as_const(lines))
            QVERIFY2(!l.contains(QStringLiteral("secret_canary_key_1234567890")), qPrintable(l));
        QVERIFY(!result.error().message.contains(QStringLiteral("secret_canary_key_1234567890")));
        QVERIFY(!result.error().detail.contains(QStringLiteral("secret_canary_key_1234567890")));
        Redaction::clearRegisteredSecrets();
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
