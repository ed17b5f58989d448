#pragma once

#include "net/HttpClient.h"
#include "providers/Provider.h"

#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>
#include <optional>

namespace gpudesk {

// What the cloud adapters (Lambda, RunPod, Vast.ai, Crusoe, Lepton) share: the user's credentials,
// the base URL, one HttpClient, the test seams (extra headers, timeout), addressing and
// authenticating each request, JSON calls with a per-provider error mapping, and replies that
// always arrive later. What differs between providers is said through the hooks below, so that a
// fix to (say) the credentials check or the timeout reaches every adapter at once.
class HttpProvider : public Provider
{
    Q_OBJECT

public:
    ~HttpProvider() override;

    bool needsCredentials() const override { return true; }
    void setCredentials(const ProviderCredentials &credentials) override { m_credentials = credentials; }
    bool hasCredentials() const override { return !m_credentials.key.isEmpty(); }

    // For tests: the HTTP client (rate limits, retry policy), headers added to every request
    // (Prism's "Prefer: code=…") and the per-request timeout.
    HttpClient &http() { return *m_http; }
    void setExtraHeaders(const QList<QPair<QByteArray, QByteArray>> &headers) { m_extraHeaders = headers; }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

protected:
    using JsonReply = std::function<void(Result<QJsonDocument>)>;

    // `service` names the provider in HttpClient's messages; it is passed in because id() and
    // displayName() cannot be called while this base is being constructed.
    HttpProvider(
        const ProviderCredentials &credentials, const QUrl &baseUrl, const HttpService &service, QObject *parent);

    const ProviderCredentials &credentials() const { return m_credentials; }
    const QUrl &baseUrl() const { return m_baseUrl; }

    // --- Hooks: what differs between providers.
    // The URL of `path` (and `query`) at this provider.
    virtual QUrl endpoint(const QString &path, const QUrlQuery &query) const = 0;
    // Why no call can be made with the credentials held (the provider's own "add a key" message),
    // or nothing when they suffice.
    virtual std::optional<Error> credentialsError() const = 0;
    // Puts the credentials on `request`. Default: "Authorization: Bearer <key>". Where a request
    // is signed per attempt (Crusoe), this sets HttpRequest::prepare instead.
    virtual void authorize(HttpRequest &request) const;
    // The Accept header every request carries; none when empty.
    virtual QByteArray acceptHeader() const { return QByteArrayLiteral("application/json"); }
    // Whether a request with `method` declares a Content-Type (some APIs refuse one without a body).
    virtual bool sendsContentType(HttpRequest::Method method) const
    {
        Q_UNUSED(method)
        return true;
    }
    // Rewrites a failed call's error where the provider means more than HttpClient can tell (no
    // capacity, a vanished offer). `sent` carries the request's method, URL and operation only.
    virtual void mapError(Error &error, const HttpRequest &sent) const
    {
        Q_UNUSED(error)
        Q_UNUSED(sent)
    }
    // A 2xx JSON answer that still means failure (Vast's {"success": false}), or nothing.
    virtual std::optional<Error> refusal(
        const HttpResponse &response, const QJsonDocument &doc, const QString &operation) const
    {
        Q_UNUSED(response)
        Q_UNUSED(doc)
        Q_UNUSED(operation)
        return std::nullopt;
    }

    // --- Shared machinery.
    // `base` with `path` appended to its path, the base's trailing slashes dropped, and then
    // `versionSuffix` where the base ends in it (a base URL pasted from the docs with the API
    // version, ".../api/v1", is accepted too).
    static QUrl joinPath(const QUrl &base, const QString &path, QLatin1String versionSuffix = {});
    // Fills in what every call to this provider carries: URL, credentials, Accept, the extra
    // headers, the timeout and the provider's rate-limit bucket (its id()).
    void address(HttpRequest &request, const QString &path, const QUrlQuery &query = {}) const;
    // A request for `path`, addressed.
    HttpRequest request(HttpRequest::Method method, const QString &path, const QString &operation) const;
    // Sends an addressed request; a failure goes through mapError(), a 2xx answer through
    // HttpClient::parseJson() and refusal().
    void call(HttpRequest request, JsonReply done);
    // Checks the credentials (credentialsError()), addresses `request` and sends it as above.
    void call(HttpRequest request, const QString &path, const QUrlQuery &query, JsonReply done);
    // The same, handing back the raw answer (a log, an empty 204).
    void callRaw(HttpRequest request, const QString &path, const QUrlQuery &query, Reply<HttpResponse> done);
    // Sends an addressed request (call()) and replies with what `read` makes of the JSON answer (a
    // Result<T>), or with the failure.
    template <typename T, typename Read> void callAndRead(HttpRequest request, Reply<T> reply, Read read);
    // Replies later with credentialsError() and returns true when the credentials do not suffice.
    bool refuseWithoutKey(const std::function<void(Error)> &fail);
    // Replies with `result` later, never from inside the call (Provider's rule).
    template <typename T> void later(Reply<T> reply, Result<T> result);
    // The instance carrying `clientToken`, else `otherwise`: a create whose answer was lost (or
    // was resent by Qt and refused) may have happened, and must not be reported as a failure.
    void adopt(const QString &clientToken, const Error &otherwise, Reply<Instance> reply);

    // A cursor-paged list of instances: each page is `path` with `query` plus `cursorParam`
    // (after the first), read by `readPage`; `nextCursor` names the next page. A cursor that does
    // not move (a mock's fixed example), an empty page or `maxPages` ends the walk.
    struct CursorPaging
    {
        QString path;
        QUrlQuery query;
        QString cursorParam;
        QString operation;
        int maxPages = 200;
        std::function<Result<std::vector<Instance>>(const QJsonDocument &)> readPage;
        std::function<QString(const QJsonDocument &)> nextCursor;
    };
    void listByCursor(std::shared_ptr<const CursorPaging> paging, Reply<std::vector<Instance>> reply);

private:
    void listPage(std::shared_ptr<const CursorPaging> paging, const QString &cursor, int pages,
        std::shared_ptr<std::vector<Instance>> out, Reply<std::vector<Instance>> reply);

    ProviderCredentials m_credentials;
    QUrl m_baseUrl;
    HttpClient *m_http;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    std::chrono::milliseconds m_timeout { 30000 };
};

template <typename T, typename Read> void HttpProvider::callAndRead(HttpRequest request, Reply<T> reply, Read read)
{
    call(std::move(request), [reply = std::move(reply), read = std::move(read)](Result<QJsonDocument> doc) {
        if (!doc)
            return reply(doc.error());
        reply(read(*doc));
    });
}

template <typename T> void HttpProvider::later(Reply<T> reply, Result<T> result)
{
    QMetaObject::invokeMethod(
        this, [reply = std::move(reply), result = std::move(result)]() mutable { reply(std::move(result)); },
        Qt::QueuedConnection);
}

} // namespace gpudesk
