#include "HttpClient.h"

#include "core/Redaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cstring>
#include <cmath>

// Quiet unless asked (QT_LOGGING_RULES="gpudesk.http.info=true"): one line per request, redacted.
Q_LOGGING_CATEGORY(lcHttp, "gpudesk.http", QtWarningMsg)

namespace gpudesk {

using std::chrono::milliseconds;

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

QString operationOrDefault(const HttpRequest &request)
{
    return request.operation.isEmpty() ? HttpClient::tr("call its API") : request.operation;
}

std::optional<milliseconds> parseRetryAfter(const QByteArray &value)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return milliseconds(std::max<qint64>(0, seconds) * 1000);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(v), Qt::RFC2822Date);
    if (at.isValid())
        return milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at)));
    return std::nullopt;
}

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type.isEmpty() || type == "application/json" || type.endsWith("+json") || type == "text/json";
}

// Which transport failures mean that nothing reached the provider (safe to resend anything).
bool neverReachedServer(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ConnectionRefusedError || e == QNetworkReply::HostNotFoundError;
}

// A request body Qt cannot rewind. QNetworkAccessManager silently resends a request whose
// connection closed before any answer (seen with POST: the provider had already created the
// instance, so the resend bills a second one). With a body it cannot replay, and buffering off,
// it fails with ContentReSendError instead, which we report as "outcome unknown".
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min(max, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

QString providerMessageSuffix(const ProviderErrorBody &decoded)
{
    QString s;
    if (!decoded.message.isEmpty())
        s += QStringLiteral(": ") + decoded.message.trimmed();
    if (!decoded.suggestion.isEmpty()) {
        if (!s.isEmpty() && !s.endsWith(QLatin1Char('.')))
            s += QLatin1Char('.');
        s += QLatin1Char(' ') + decoded.suggestion.trimmed();
    }
    return s;
}

void decodeObject(const QJsonObject &o, ProviderErrorBody &out)
{
    const QJsonValue error = o.value(QStringLiteral("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        out.code = e.value(QStringLiteral("code")).toVariant().toString();
        out.message = e.value(QStringLiteral("message")).toString();
        out.suggestion = e.value(QStringLiteral("suggestion")).toString();
        return;
    }
    // Vast.ai: {"success": false, "error": "invalid_args", "msg": "…"}; RunPod v2: {"error": "…"}.
    const QString msg = o.value(QStringLiteral("msg")).toString();
    if (error.isString()) {
        if (msg.isEmpty()) {
            out.message = error.toString();
        } else {
            out.code = error.toString();
            out.message = msg;
        }
        return;
    }
    if (!msg.isEmpty()) {
        out.message = msg;
        return;
    }
    // RFC 7807 problem+json: {"type","title","status","detail"}.
    const QString detail = o.value(QStringLiteral("detail")).toString();
    const QString title = o.value(QStringLiteral("title")).toString();
    if (!detail.isEmpty() || !title.isEmpty()) {
        out.message = detail.isEmpty() ? title : detail;
        out.code = o.value(QStringLiteral("type")).toString();
        return;
    }
    // {"code": …, "message": …} (Crusoe, Lepton, gRPC gateways).
    out.message = o.value(QStringLiteral("message")).toString();
    const QJsonValue code = o.value(QStringLiteral("code"));
    if (code.isString() || code.isDouble())
        out.code = code.toVariant().toString();
    if (out.message.isEmpty())
        out.message = o.value(QStringLiteral("reason")).toString();
}

} // namespace

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    return method == Method::Get || method == Method::Put || method == Method::Delete;
}

QByteArray HttpRequest::methodName(Method m)
{
    switch (m) {
    case Method::Get: return "GET";
    case Method::Post: return "POST";
    case Method::Put: return "PUT";
    case Method::Patch: return "PATCH";
    case Method::Delete: return "DELETE";
    }
    return "GET";
}

QByteArray HttpResponse::header(const QByteArray &lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName)
            return h.second;
    }
    return {};
}

ProviderErrorBody decodeProviderErrorBody(const QByteArray &body)
{
    ProviderErrorBody out;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // A short plain-text answer is worth showing; an HTML error page is not.
        const QString text = QString::fromUtf8(body).trimmed();
        if (!text.isEmpty() && text.size() <= 200 && !text.contains(QLatin1Char('<')))
            out.message = text;
        return out;
    }
    if (doc.isObject()) {
        decodeObject(doc.object(), out);
    } else if (doc.isArray() && !doc.array().isEmpty() && doc.array().first().isObject()) {
        decodeObject(doc.array().first().toObject(), out);
    }
    out.message = Redaction::redact(out.message);
    out.suggestion = Redaction::redact(out.suggestion);
    return out;
}

struct HttpClient::Call
{
    HttpRequest request;
    Callback callback;
    int attempt = 0;
    bool timedOut = false;
    QPointer<QNetworkReply> reply;
    QPointer<QTimer> timeout;
    qint64 startedMs = 0;
};

HttpClient::HttpClient(HttpService service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
    , m_nam(new QNetworkAccessManager(this))
{
    if (m_service.keyHint.isEmpty())
        m_service.keyHint = tr("Settings → Providers → %1").arg(m_service.displayName);
    // Redirects to another host would carry the Authorization header elsewhere: same origin only.
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

HttpClient::~HttpClient()
{
    // Callbacks are not run for calls still in flight: their owner is going away with us.
    for (const auto &call : std::as_const(m_calls)) {
        call->callback = nullptr;
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
        }
    }
}

void HttpClient::setRateLimit(const QString &key, milliseconds interval)
{
    m_rateIntervals.insert(key, interval);
}

void HttpClient::send(HttpRequest request, Callback callback)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->callback = std::move(callback);
    m_calls.append(call);
    schedule(call, milliseconds(0));
}

milliseconds HttpClient::rateDelay(const HttpRequest &request)
{
    const qint64 now = monotonicMs();
    qint64 slot = now;
    for (const QString &key : request.rateKeys) {
        if (m_rateIntervals.contains(key))
            slot = std::max(slot, m_rateNextMs.value(key, now));
    }
    for (const QString &key : request.rateKeys) {
        if (m_rateIntervals.contains(key))
            m_rateNextMs.insert(key, slot + m_rateIntervals.value(key).count());
    }
    return milliseconds(slot - now);
}

void HttpClient::schedule(const std::shared_ptr<Call> &call, milliseconds delay)
{
    // The rate slot is taken when the delay ends, so a retry waiting out a Retry-After does not
    // hold a slot other calls could use meanwhile.
    QTimer::singleShot(delay, this, [this, call] {
        const milliseconds wait = rateDelay(call->request);
        if (wait.count() <= 0) {
            attempt(call);
            return;
        }
        QTimer::singleShot(wait, this, [this, call] { attempt(call); });
    });
}

void HttpClient::attempt(const std::shared_ptr<Call> &call)
{
    ++call->attempt;
    call->timedOut = false;
    call->startedMs = monotonicMs();
    HttpRequest request = call->request;
    if (request.prepare)
        request.prepare(request);

    QNetworkRequest nr(request.url);
    nr.setRawHeader("Accept", "application/json");
    nr.setHeader(QNetworkRequest::UserAgentHeader,
                 QStringLiteral("GPU-Desk/%1").arg(QCoreApplication::applicationVersion()));
    if (!request.body.isEmpty() || request.method == HttpRequest::Method::Post
        || request.method == HttpRequest::Method::Put || request.method == HttpRequest::Method::Patch)
        nr.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &h : request.headers)
        nr.setRawHeader(h.first, h.second);
    // The transfer timeout is ours (per attempt, covering a slow body too), not QNAM's.
    nr.setTransferTimeout(0);

    QNetworkReply *reply = nullptr;
    if (!request.isIdempotent()) {
        nr.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        nr.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        auto *body = new OneShotBody(request.body, nullptr);
        reply = m_nam->sendCustomRequest(nr, HttpRequest::methodName(request.method), body);
        body->setParent(reply);
    } else if (request.method == HttpRequest::Method::Get) {
        reply = m_nam->get(nr);
    } else if (request.method == HttpRequest::Method::Delete && request.body.isEmpty()) {
        reply = m_nam->deleteResource(nr);
    } else {
        reply = m_nam->sendCustomRequest(nr, HttpRequest::methodName(request.method), request.body);
    }
    call->reply = reply;

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(request.timeout);
    call->timeout = timer;
    connect(timer, &QTimer::timeout, reply, [call, reply] {
        call->timedOut = true;
        reply->abort();
    });
    timer->start();
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply, call->timedOut); });
}

void HttpClient::finished(const std::shared_ptr<Call> &call, QNetworkReply *reply, bool timedOut)
{
    reply->deleteLater();
    if (call->timeout)
        call->timeout->stop();
    call->reply = nullptr;
    const HttpRequest &request = call->request;
    const QString op = operationOrDefault(request);
    const QString name = m_service.displayName;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const qint64 elapsed = monotonicMs() - call->startedMs;
    const QString where = Redaction::redact(request.url.toDisplayString());

    // Transport failures: no complete HTTP answer.
    // Transport failures (no complete HTTP answer): timeouts, no status line, or a connection or
    // proxy error (Qt's codes 1–199), which includes a connection closed in the middle of the body.
    const bool transport = timedOut || status == 0
                           || (netError > QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)
                           || netError == QNetworkReply::ContentReSendError;
    if (transport) {
        qCInfo(lcHttp).noquote() << QStringLiteral("%1 %2 %3 failed after %4 ms: %5 (attempt %6)")
                                        .arg(name, QString::fromLatin1(HttpRequest::methodName(request.method)), where)
                                        .arg(elapsed)
                                        .arg(timedOut ? QStringLiteral("timeout") : reply->errorString())
                                        .arg(call->attempt);
        const bool safe = request.isIdempotent() || (!timedOut && neverReachedServer(netError));
        Error error;
        if (timedOut) {
            const qint64 seconds = std::max<qint64>(1, request.timeout.count() / 1000);
            error = makeError(Error::Kind::Network,
                              request.isIdempotent()
                                  ? tr("%1 did not answer within %n second(s) while trying to %2. Check your "
                                       "connection and try again.", nullptr, int(seconds)).arg(name, op)
                                  : tr("%1 did not answer within %n second(s) while trying to %2. It may have acted "
                                       "on the request: GPU Desk checks before trying again.", nullptr, int(seconds))
                                        .arg(name, op),
                              tr("%1 %2: timed out after %3 ms").arg(QString::fromLatin1(HttpRequest::methodName(request.method)), where).arg(elapsed));
            error.code = QStringLiteral("timeout");
        } else if (neverReachedServer(netError)) {
            error = makeError(Error::Kind::Network,
                              tr("Could not reach %1 at %2 while trying to %3 (%4). Check your connection, proxy "
                                 "or the base URL in Settings → Providers → %1.")
                                  .arg(name, request.url.host(), op, reply->errorString()),
                              where);
            error.code = QStringLiteral("unreachable");
        } else {
            error = makeError(Error::Kind::Network,
                              request.isIdempotent()
                                  ? tr("The connection to %1 was lost while trying to %2 (%3). Try again.")
                                        .arg(name, op, reply->errorString())
                                  : tr("The connection to %1 was lost while trying to %2 (%3). %1 may have acted on "
                                       "it: GPU Desk checks before trying again.")
                                        .arg(name, op, reply->errorString()),
                              where);
            error.code = QStringLiteral("connection-lost");
        }
        if (safe) {
            retryOrFail(call, backoff(call->attempt), error);
            return;
        }
        complete(call, error);
        return;
    }

    HttpResponse response;
    response.status = status;
    response.body = reply->readAll();
    response.attempts = call->attempt;
    for (const auto &h : reply->rawHeaderPairs())
        response.headers.append({h.first.toLower(), h.second});
    qCInfo(lcHttp).noquote() << QStringLiteral("%1 %2 %3 → %4 in %5 ms (attempt %6)")
                                    .arg(name, QString::fromLatin1(HttpRequest::methodName(request.method)), where)
                                    .arg(status)
                                    .arg(elapsed)
                                    .arg(call->attempt);

    if (status >= 200 && status < 300) {
        complete(call, response);
        return;
    }
    Error error = statusError(request, response);
    if (status == 429) {
        const std::optional<milliseconds> after = parseRetryAfter(response.header("retry-after"));
        if (after && *after > m_policy.maxRetryAfter) {
            complete(call, error);
            return;
        }
        retryOrFail(call, after ? *after : backoff(call->attempt), error);
        return;
    }
    if ((status == 500 || status == 502 || status == 503 || status == 504) && request.isIdempotent()) {
        const std::optional<milliseconds> after = parseRetryAfter(response.header("retry-after"));
        retryOrFail(call, after ? std::min(*after, m_policy.maxDelay) : backoff(call->attempt), error);
        return;
    }
    complete(call, error);
}

void HttpClient::retryOrFail(const std::shared_ptr<Call> &call, milliseconds delay, Error error)
{
    if (call->attempt >= m_policy.maxAttempts) {
        if (call->attempt > 1)
            error.detail += tr(" (after %n attempt(s))", nullptr, call->attempt);
        complete(call, error);
        return;
    }
    schedule(call, delay);
}

void HttpClient::complete(const std::shared_ptr<Call> &call, Result<HttpResponse> result)
{
    m_calls.removeOne(call);
    if (call->callback) {
        Callback callback = std::move(call->callback);
        call->callback = nullptr;
        callback(std::move(result));
    }
}

milliseconds HttpClient::backoff(int attempt) const
{
    const double exp = std::pow(2.0, std::max(0, attempt - 1));
    const double base = std::min(double(m_policy.maxDelay.count()), double(m_policy.baseDelay.count()) * exp);
    // "Equal jitter": half fixed, half random, so concurrent clients spread out but never retry at once.
    const double withJitter = base * (0.5 + 0.5 * std::clamp(m_jitter ? m_jitter() : 0.5, 0.0, 1.0));
    return milliseconds(qint64(withJitter));
}

QString HttpClient::describe(const HttpRequest &request, int status, const QByteArray &body) const
{
    QString excerpt = QString::fromUtf8(body.left(500)).simplified();
    if (body.size() > 500)
        excerpt += QStringLiteral(" …");
    return Redaction::redact(QStringLiteral("%1 %2 → HTTP %3: %4")
                                 .arg(QString::fromLatin1(HttpRequest::methodName(request.method)),
                                      request.url.toDisplayString())
                                 .arg(status)
                                 .arg(excerpt));
}

Error HttpClient::statusError(const HttpRequest &request, const HttpResponse &response) const
{
    const QString name = m_service.displayName;
    const QString op = operationOrDefault(request);
    const int status = response.status;
    const ProviderErrorBody decoded = decodeProviderErrorBody(response.body);
    const QString said = providerMessageSuffix(decoded);
    Error error;
    if (status == 401) {
        error = makeError(Error::Kind::Auth, tr("%1 rejected the API key (401) while trying to %2. Check %3.")
                                                 .arg(name, op, m_service.keyHint));
    } else if (status == 403) {
        error = makeError(Error::Kind::Auth, tr("%1 refused access (403) while trying to %2%3. The key may lack the "
                                                "permission for this, or the account may be restricted; check %4.")
                                                 .arg(name, op, said, m_service.keyHint));
    } else if (status == 404) {
        error = makeError(Error::Kind::NotFound,
                          tr("%1 does not know it (404) while trying to %2%3.").arg(name, op, said));
    } else if (status == 429) {
        const std::optional<milliseconds> after = parseRetryAfter(response.header("retry-after"));
        const int seconds = after ? int(std::max<qint64>(1, (after->count() + 999) / 1000)) : 60;
        error = makeError(Error::Kind::RateLimited,
                          tr("%1 is limiting requests (429) while trying to %2. Try again in %n second(s).", nullptr,
                             seconds)
                              .arg(name, op));
    } else if (status >= 500) {
        error = makeError(Error::Kind::Provider,
                          tr("%1 had a problem on its side (HTTP %2) while trying to %3%4. Try again later; if it "
                             "persists, check %1's status page.")
                              .arg(name)
                              .arg(status)
                              .arg(op, said));
    } else {
        error = makeError(status == 400 || status == 422 ? Error::Kind::InvalidInput : Error::Kind::Provider,
                          tr("%1 refused to %2 (HTTP %3)%4.").arg(name, op).arg(status).arg(said));
    }
    error.detail = describe(request, status, response.body);
    error.code = decoded.code.isEmpty() ? QStringLiteral("http-%1").arg(status) : decoded.code;
    return error;
}

Result<QJsonDocument> HttpClient::parseJson(const HttpService &service, const HttpResponse &response,
                                            const QString &operation)
{
    if (response.body.trimmed().isEmpty())
        return QJsonDocument();
    const QByteArray contentType = response.header("content-type");
    if (!isJsonContentType(contentType)) {
        Error e = makeError(Error::Kind::Provider,
                            tr("%1 answered with %2 instead of JSON while trying to %3. A proxy or captive portal may "
                               "be in the way; check the base URL in Settings → Providers → %1.")
                                .arg(service.displayName, QString::fromLatin1(contentType.split(';').value(0)), operation),
                            Redaction::redact(QString::fromUtf8(response.body.left(300))));
        e.code = QStringLiteral("bad-content-type");
        return e;
    }
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        Error e = makeError(Error::Kind::Provider,
                            tr("%1 sent a response GPU Desk could not read while trying to %2 (%3 at byte %4). "
                               "Nothing was changed; try again.")
                                .arg(service.displayName, operation, parseError.errorString())
                                .arg(parseError.offset),
                            Redaction::redact(QString::fromUtf8(response.body.left(300))));
        e.code = QStringLiteral("bad-json");
        return e;
    }
    return doc;
}

QUrl HttpClient::baseUrl(const QString &providerId, const QUrl &fallback, const QUrl &configured)
{
    QString var = QStringLiteral("GPUDESK_%1_BASE_URL").arg(providerId.toUpper());
    var.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString fromEnv = qEnvironmentVariable(var.toLatin1().constData());
    if (!fromEnv.isEmpty()) {
        const QUrl url(fromEnv);
        if (url.isValid() && !url.scheme().isEmpty())
            return url;
    }
    if (configured.isValid() && !configured.scheme().isEmpty())
        return configured;
    return fallback;
}

} // namespace gpudesk
