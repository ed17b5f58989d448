#pragma once

// What the cloud adapters' tests share: running an asynchronous provider call to its reply, a
// failure's text for QVERIFY2, retries fast enough for fault tests, a fault sequence for
// FaultHttpServer, and a log capture that checks no secret reached a log line (HttpClient
// redacts them).

#include "FaultHttpServer.h"
#include "core/Result.h"
#include "net/HttpClient.h"

#include <QStringList>
#include <QtGlobal>
#include <QtTest>

#include <chrono>
#include <optional>

namespace gpudesk::test {

// Runs one asynchronous provider call to its reply; an Internal error when none comes in time.
template <typename T, typename Call> Result<T> await(Call call, int timeoutMs = 20000)
{
    std::optional<Result<T>> out;
    call([&out](Result<T> r) { out.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs))
        return makeError(Error::Kind::Internal, QStringLiteral("no reply within %1 ms").arg(timeoutMs));
    return std::move(*out);
}

// The error's text for a failure message; empty when `r` holds a value. A function, since QVERIFY2
// evaluates its message even when the check passes: use as qPrintable(why(r)).
template <typename T> QString why(const Result<T> &r)
{
    return r.ok() ? QString() : QString(r.error().message + QStringLiteral(" | ") + r.error().detail);
}

// Retries a fault test can wait for: few attempts, short backoff, no jitter (so delays are exact).
struct FastRetries
{
    int maxAttempts = 2;
    std::chrono::milliseconds baseDelay { 5 };
    std::chrono::milliseconds maxDelay { 20 };
    std::chrono::milliseconds maxRetryAfter { 3000 };
};

inline void useFastRetries(HttpClient &http, const FastRetries &retries = {})
{
    HttpClient::RetryPolicy policy;
    policy.maxAttempts = retries.maxAttempts;
    policy.baseDelay = retries.baseDelay;
    policy.maxDelay = retries.maxDelay;
    policy.maxRetryAfter = retries.maxRetryAfter;
    http.setRetryPolicy(policy);
    http.setJitter([] { return 0.0; });
}

// Serves `answers` in order, then the last one again: Qt itself resends a GET whose connection was
// reset, so the number of requests one attempt makes is Qt's business.
inline void serveThenRepeatLast(FaultHttpServer &server, const QList<HttpAnswer> &answers)
{
    for (const HttpAnswer &a : answers)
        server.enqueue(a);
    server.setHandler([last = answers.last()](const HttpCall &) { return last; });
}

// Every log line written between start() (a test's init()) and leaks() (its cleanup()). Qt's
// message handler is a plain function, hence the static state: one capture at a time.
class LogCapture
{
public:
    static void start()
    {
        lines().clear();
        previous() = qInstallMessageHandler(&LogCapture::keep);
    }

    // Stops capturing; the lines that contain any of `secrets` (none, when the code is right).
    static QStringList leaks(const QStringList &secrets)
    {
        qInstallMessageHandler(previous());
        previous() = nullptr;
        QStringList found;
        for (const QString &line : std::as_const(lines())) {
            for (const QString &secret : secrets) {
                if (!secret.isEmpty() && line.contains(secret)) {
                    found << line;
                    break;
                }
            }
        }
        return found;
    }

private:
    static QStringList &lines()
    {
        static QStringList all;
        return all;
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void keep(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        lines() << message;
        if (previous())
            previous()(type, context, message);
    }
};

} // namespace gpudesk::test
