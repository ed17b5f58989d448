#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace gpudesk {

// One HTTP call as an adapter describes it. HttpClient adds retries, timeouts, rate limits,
// error decoding and redacted logging; the adapter only says what to send.
struct HttpRequest
{
    enum class Method { Get, Post, Put, Patch, Delete };

    Method method = Method::Get;
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // Authorization etc.: never logged unredacted
    QByteArray body;
    QByteArray contentType = "application/json";
    // What the call does, as the end of "…while trying to %1": "list instance types". Translated.
    QString operation;
    // Retried on timeouts, resets and 5xx only when true. Launches are not idempotent at most
    // providers: they are never resent blindly (429 and "connection refused" are, since nothing
    // reached the provider). Defaults by method: GET, PUT and DELETE are idempotent.
    std::optional<bool> idempotent;
    std::chrono::milliseconds timeout{30000};
    // Rate-limit buckets this call counts against (see HttpClient::setRateLimit), e.g.
    // {"lambda"} for every Lambda call, {"lambda", "lambda-launch"} for a launch.
    QStringList rateKeys;
    // Called before every attempt (and so again before a retry): where a request is signed with a
    // timestamp (Crusoe's HMAC), the signature must be fresh each time.
    std::function<void(HttpRequest &)> prepare;

    bool isIdempotent() const;
    static QByteArray methodName(Method m);
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    int attempts = 1;                             // how many sends it took

    QByteArray header(const QByteArray &lowerCaseName) const;
};

// What a provider's error body says, decoded from the shapes the providers document:
// Lambda {"error":{"code","message","suggestion"}}, RunPod problem+json {"title","detail"} or
// {"error":"…"}, Vast {"success":false,"msg"|"error":…}, Crusoe/Lepton {"code","message"}.
struct ProviderErrorBody
{
    QString code;
    QString message;
    QString suggestion;
    bool isEmpty() const { return code.isEmpty() && message.isEmpty() && suggestion.isEmpty(); }
};
ProviderErrorBody decodeProviderErrorBody(const QByteArray &body);

// Per-provider settings for the messages HttpClient writes.
struct HttpService
{
    QString providerId;   // "lambda": for GPUDESK_LAMBDA_BASE_URL and log categories
    QString displayName;  // "Lambda": named in every error message
    // Where a user fixes a key problem, appended to 401/403 messages. Defaults to
    // "Settings → Providers → <displayName>".
    QString keyHint;
};

// The one HTTP client every provider adapter uses (ARCHITECTURE.md: providers/ → net/).
// Asynchronous: send() returns at once and the callback runs later on this object's thread,
// exactly once (never from inside send()), unless the client is destroyed first.
//
// Non-2xx answers become Errors:
//   401 → Auth   "Lambda rejected the API key (401) while trying to list instances. Check Settings → Providers → Lambda."
//   403 → Auth, 404 → NotFound, 409/400/422 → InvalidInput or Provider with the provider's message,
//   429 → retried after Retry-After (capped), then RateLimited, 5xx → retried if idempotent, then Provider,
//   timeouts / resets → Network (for non-idempotent calls this means "outcome unknown": reconcile),
//   a 2xx body that is not the JSON promised → Provider ("sent a response GPU Desk could not read").
// Error::code is "http-<status>" or the provider's own code; Error::detail holds the redacted
// method, URL, status and body excerpt.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    struct RetryPolicy
    {
        int maxAttempts = 4;                              // including the first
        std::chrono::milliseconds baseDelay{500};         // doubled each attempt, with jitter
        std::chrono::milliseconds maxDelay{20000};
        std::chrono::milliseconds maxRetryAfter{60000};   // a longer Retry-After is not waited for
    };

    using Callback = std::function<void(Result<HttpResponse>)>;

    explicit HttpClient(HttpService service, QObject *parent = nullptr);
    ~HttpClient() override;

    const HttpService &service() const { return m_service; }

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }
    // At most one call per `interval` in bucket `key` (Lambda: "lambda" 1 s, "lambda-launch" 12 s).
    // Calls wait in order; none is dropped.
    void setRateLimit(const QString &key, std::chrono::milliseconds interval);
    // Jitter source for backoff, in [0, 1). Tests make it deterministic.
    void setJitter(std::function<double()> jitter) { m_jitter = std::move(jitter); }

    void send(HttpRequest request, Callback callback);

    // Convenience: the JSON body of a 2xx answer (object or array), or a Provider error naming
    // the operation when it is not JSON. An empty body gives an empty document.
    static Result<QJsonDocument> parseJson(const HttpService &service, const HttpResponse &response,
                                           const QString &operation);

    // The base URL for a provider: GPUDESK_<ID>_BASE_URL (ID upper-cased, '-' → '_') when set,
    // else `configured` when valid (Settings), else `fallback` (the provider's public API).
    static QUrl baseUrl(const QString &providerId, const QUrl &fallback, const QUrl &configured = {});

    // Calls in flight or waiting (for tests and the status bar).
    int pending() const { return int(m_calls.size()); }

private:
    struct Call;
    void schedule(const std::shared_ptr<Call> &call, std::chrono::milliseconds delay);
    void attempt(const std::shared_ptr<Call> &call);
    void finished(const std::shared_ptr<Call> &call, QNetworkReply *reply, bool timedOut);
    void retryOrFail(const std::shared_ptr<Call> &call, std::chrono::milliseconds delay, Error error);
    void complete(const std::shared_ptr<Call> &call, Result<HttpResponse> result);
    std::chrono::milliseconds backoff(int attempt) const;
    std::chrono::milliseconds rateDelay(const HttpRequest &request);
    Error statusError(const HttpRequest &request, const HttpResponse &response) const;
    QString describe(const HttpRequest &request, int status, const QByteArray &body) const;

    HttpService m_service;
    RetryPolicy m_policy;
    std::function<double()> m_jitter;
    QNetworkAccessManager *m_nam;
    QHash<QString, std::chrono::milliseconds> m_rateIntervals;
    QHash<QString, qint64> m_rateNextMs; // monotonic ms at which the bucket admits the next call
    QList<std::shared_ptr<Call>> m_calls;
};

} // namespace gpudesk
