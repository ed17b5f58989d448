#include "HttpProvider.h"

namespace gpudesk {

HttpProvider::HttpProvider(
    const ProviderCredentials &credentials, const QUrl &baseUrl, const HttpService &service, QObject *parent)
    : Provider(parent), m_credentials(credentials), m_baseUrl(baseUrl), m_http(new HttpClient(service, this))
{ }

HttpProvider::~HttpProvider() = default;

void HttpProvider::authorize(HttpRequest &request) const
{
    // The key goes in the Authorization header only (HttpClient redacts it), never in the URL.
    request.headers.append({ QByteArrayLiteral("Authorization"), "Bearer " + m_credentials.key.toUtf8() });
}

QUrl HttpProvider::joinPath(const QUrl &base, const QString &path, QLatin1String versionSuffix)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    if (!versionSuffix.isEmpty() && basePath.endsWith(versionSuffix))
        basePath.chop(versionSuffix.size());
    url.setPath(basePath + path);
    return url;
}

void HttpProvider::address(HttpRequest &request, const QString &path, const QUrlQuery &query) const
{
    request.url = endpoint(path, query);
    authorize(request);
    if (const QByteArray accept = acceptHeader(); !accept.isEmpty())
        request.headers.append({ QByteArrayLiteral("Accept"), accept });
    request.headers.append(m_extraHeaders);
    request.timeout = m_timeout;
    request.rateKeys = QStringList { id() };
    if (!sendsContentType(request.method))
        request.contentType.clear();
}

HttpRequest HttpProvider::request(HttpRequest::Method method, const QString &path, const QString &operation) const
{
    HttpRequest r;
    r.method = method;
    r.operation = operation;
    address(r, path);
    return r;
}

void HttpProvider::call(HttpRequest request, JsonReply done)
{
    HttpRequest sent;
    sent.method = request.method;
    sent.url = request.url;
    sent.operation = request.operation;
    m_http->send(std::move(request), [this, sent, done = std::move(done)](Result<HttpResponse> result) {
        if (!result) {
            Error e = result.error();
            mapError(e, sent);
            done(e);
            return;
        }
        Result<QJsonDocument> doc = HttpClient::parseJson(m_http->service(), *result, sent.operation);
        if (doc) {
            if (std::optional<Error> refused = refusal(*result, *doc, sent.operation))
                return done(*refused);
        }
        done(std::move(doc));
    });
}

void HttpProvider::call(HttpRequest request, const QString &path, const QUrlQuery &query, JsonReply done)
{
    if (refuseWithoutKey(done))
        return;
    address(request, path, query);
    call(std::move(request), std::move(done));
}

void HttpProvider::callRaw(HttpRequest request, const QString &path, const QUrlQuery &query, Reply<HttpResponse> done)
{
    if (refuseWithoutKey(done))
        return;
    address(request, path, query);
    m_http->send(std::move(request), std::move(done));
}

bool HttpProvider::refuseWithoutKey(const std::function<void(Error)> &fail)
{
    std::optional<Error> e = credentialsError();
    if (!e)
        return false;
    QMetaObject::invokeMethod(
        this, [fail, e = *e] { fail(e); }, Qt::QueuedConnection);
    return true;
}

void HttpProvider::adopt(const QString &clientToken, const Error &otherwise, Reply<Instance> reply)
{
    instances([clientToken, otherwise, reply](Result<std::vector<Instance>> all) {
        if (all) {
            for (const Instance &i : *all) {
                if (i.clientToken == clientToken)
                    return reply(i);
            }
        }
        reply(otherwise);
    });
}

void HttpProvider::listByCursor(std::shared_ptr<const CursorPaging> paging, Reply<std::vector<Instance>> reply)
{
    listPage(std::move(paging), QString(), 1, std::make_shared<std::vector<Instance>>(), std::move(reply));
}

void HttpProvider::listPage(std::shared_ptr<const CursorPaging> paging, const QString &cursor, int pages,
    std::shared_ptr<std::vector<Instance>> out, Reply<std::vector<Instance>> reply)
{
    HttpRequest r;
    r.operation = paging->operation;
    QUrlQuery q = paging->query;
    if (!cursor.isEmpty())
        q.addQueryItem(paging->cursorParam, cursor);
    call(r, paging->path, q, [this, paging, cursor, pages, out, reply](Result<QJsonDocument> d) {
        if (!d)
            return reply(d.error());
        Result<std::vector<Instance>> page = paging->readPage(*d);
        if (!page)
            return reply(page.error());
        for (Instance &i : *page)
            out->push_back(std::move(i));
        const QString next = paging->nextCursor(*d);
        if (!next.isEmpty() && next != cursor && !page->empty() && pages < paging->maxPages)
            return listPage(paging, next, pages + 1, out, reply);
        reply(std::move(*out));
    });
}

} // namespace gpudesk
