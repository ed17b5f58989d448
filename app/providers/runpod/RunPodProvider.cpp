#include "RunPodProvider.h"

#include "RunPodJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gpudesk {

QUrl RunPodProvider::defaultBaseUrl()
{
    return HttpClient::baseUrl(QStringLiteral("runpod"), QUrl(QStringLiteral("https://api.runpod.io")));
}

RunPodProvider::RunPodProvider(const ProviderCredentials &credentials, const QUrl &baseUrl, QObject *parent)
    : HttpProvider(
        credentials, baseUrl, HttpService { QStringLiteral("runpod"), QStringLiteral("RunPod"), QString() }, parent)
{
    // RunPod publishes its limits per answer (RateLimit/RateLimit-Policy headers) rather than as fixed
    // figures, so no client-side bucket is set; HttpClient still honours 429 Retry-After.
}

RunPodProvider::~RunPodProvider() = default;

QString RunPodProvider::displayName() const
{
    return tr("RunPod");
}

ProviderCapabilities RunPodProvider::capabilities() const
{
    ProviderCapabilities c;
    c.listOffers = true;
    c.launch = true;
    c.stop = true;
    c.start = true;
    c.terminate = true;
    c.listInstances = true;
    c.sshKeys = true;
    // Logs are a Server-Sent Events stream (GET /v2/pods/{id}/logs): not offered yet.
    return c;
}

std::optional<Error> RunPodProvider::credentialsError() const
{
    if (hasCredentials())
        return std::nullopt;
    Error e = makeError(Error::Kind::Auth,
        tr("No RunPod API key is set. Add one in Settings → Providers → RunPod "
           "(or set RUNPOD_API_KEY)."));
    e.code = QStringLiteral("no-credentials");
    return e;
}

QString RunPodProvider::podPath(const QString &instanceId)
{
    return QStringLiteral("pods/") + QString::fromUtf8(QUrl::toPercentEncoding(instanceId));
}

QUrl RunPodProvider::endpoint(const QString &path, const QUrlQuery &query) const
{
    Q_UNUSED(query) // the calls used take none
    return joinPath(baseUrl(), QStringLiteral("/v2/") + path, QLatin1String("/v2"));
}

QByteArray RunPodProvider::acceptHeader() const
{
    return QByteArrayLiteral("application/json, application/problem+json");
}

bool RunPodProvider::sendsContentType(HttpRequest::Method method) const
{
    // RunPod (and its spec) answer 415 to a Content-Type on a request without a body.
    return method != HttpRequest::Method::Get && method != HttpRequest::Method::Delete;
}

void RunPodProvider::mapError(Error &error, const HttpRequest &sent) const
{
    const bool isCreate = sent.method == HttpRequest::Method::Post && sent.url.path().endsWith(QLatin1String("/pods"));
    // createPod: "400 covers both 'your request breaks a rule' and 'no capacity'", told apart by its prose.
    if (isCreate && (RunPodJson::meansNoCapacity(error.message) || RunPodJson::meansNoCapacity(error.detail))) {
        error.kind = Error::Kind::NoCapacity;
        error.message = tr("RunPod has no machine with this GPU type free right now. Try another GPU type, cloud "
                           "or data center, or try again later.");
        error.code = QStringLiteral("no-capacity");
    }
}

void RunPodProvider::listOffers(Reply<std::vector<Offer>> reply)
{
    if (refuseWithoutKey(reply))
        return;
    callAndRead(request(HttpRequest::Method::Get, QStringLiteral("catalog/gpus"), tr("list GPU types")), reply,
        [](const QJsonDocument &doc) { return RunPodJson::offers(doc, QDate::currentDate()); });
}

void RunPodProvider::launch(const JobSpec &spec, const QString &clientToken, Reply<Instance> reply)
{
    if (refuseWithoutKey(reply))
        return;
    auto body = RunPodJson::createBody(spec, clientToken);
    if (!body || clientToken.isEmpty()) {
        const Error e
            = body ? makeError(Error::Kind::Internal, tr("RunPod launch without a client token.")) : body.error();
        return later(std::move(reply), Result<Instance>(e));
    }
    // createPod is not idempotent: a pod already carrying this token (an earlier attempt whose answer
    // was lost) is the answer, and nothing new is created.
    instances([this, podBody = *body, clientToken, reply](Result<std::vector<Instance>> list) {
        if (!list)
            return reply(list.error());
        for (const Instance &i : *list) {
            if (i.clientToken == clientToken)
                return reply(i);
        }
        HttpRequest r = request(HttpRequest::Method::Post, QStringLiteral("pods"), tr("create a pod"));
        r.body = QJsonDocument(podBody).toJson(QJsonDocument::Compact);
        r.idempotent = false;
        callAndRead(std::move(r), reply, [](const QJsonDocument &doc) { return RunPodJson::instance(doc); });
    });
}

void RunPodProvider::instances(Reply<std::vector<Instance>> reply)
{
    if (refuseWithoutKey(reply))
        return;
    callAndRead(request(HttpRequest::Method::Get, QStringLiteral("pods"), tr("list pods")), reply,
        [](const QJsonDocument &doc) { return RunPodJson::instances(doc); });
}

void RunPodProvider::instance(const QString &instanceId, Reply<Instance> reply)
{
    if (refuseWithoutKey(reply))
        return;
    callAndRead(request(HttpRequest::Method::Get, podPath(instanceId), tr("read pod %1").arg(instanceId)), reply,
        [](const QJsonDocument &doc) { return RunPodJson::instance(doc); });
}

void RunPodProvider::podAction(
    const QString &instanceId, const QString &action, const QString &operation, Reply<void> reply)
{
    if (refuseWithoutKey(reply))
        return;
    HttpRequest r = request(HttpRequest::Method::Post, podPath(instanceId) + QStringLiteral("/action"), operation);
    r.body = QJsonDocument(QJsonObject { { QStringLiteral("action"), action } }).toJson(QJsonDocument::Compact);
    // Stopping or starting twice leaves the pod where the first call put it (a second may answer 409).
    r.idempotent = true;
    call(std::move(r), [reply](Result<QJsonDocument> doc) {
        if (!doc)
            return reply(doc.error());
        if (doc->isNull()) // 204: done, nothing to read
            return reply(Result<void>());
        auto pod = RunPodJson::instance(*doc);
        if (!pod)
            return reply(pod.error());
        reply(Result<void>());
    });
}

void RunPodProvider::stop(const QString &instanceId, Reply<void> reply)
{
    podAction(instanceId, QStringLiteral("stop"), tr("stop pod %1").arg(instanceId), std::move(reply));
}

void RunPodProvider::start(const QString &instanceId, Reply<void> reply)
{
    podAction(instanceId, QStringLiteral("start"), tr("start pod %1").arg(instanceId), std::move(reply));
}

void RunPodProvider::terminate(const QString &instanceId, Reply<void> reply)
{
    if (refuseWithoutKey(reply))
        return;
    call(request(HttpRequest::Method::Delete, podPath(instanceId), tr("terminate pod %1").arg(instanceId)),
        [reply](Result<QJsonDocument> doc) {
            if (!doc)
                return reply(doc.error());
            reply(Result<void>());
        });
}

void RunPodProvider::sshEndpoint(const QString &instanceId, Reply<SshEndpoint> reply)
{
    if (refuseWithoutKey(reply))
        return;
    callAndRead(request(HttpRequest::Method::Get, podPath(instanceId), tr("read pod %1").arg(instanceId)), reply,
        [](const QJsonDocument &doc) { return RunPodJson::sshEndpoint(doc); });
}

void RunPodProvider::sshKeys(Reply<QStringList> reply)
{
    if (refuseWithoutKey(reply))
        return;
    callAndRead(request(HttpRequest::Method::Get, QStringLiteral("account/ssh-keys"), tr("list SSH keys")), reply,
        [](const QJsonDocument &doc) { return RunPodJson::sshKeys(doc); });
}

void RunPodProvider::registerSshKey(const QString &name, const QString &publicKey, Reply<QString> reply)
{
    if (refuseWithoutKey(reply))
        return;
    // PUT replaces the whole set: read it first and add ours, so the user's other keys stay.
    sshKeys([this, name, key = publicKey.simplified(), reply](Result<QStringList> keys) {
        if (!keys)
            return reply(keys.error());
        for (const QString &k : *keys) {
            if (RunPodJson::sameKey(k, key))
                return reply(name);
        }
        QStringList all = *keys;
        all << key;
        HttpRequest r
            = request(HttpRequest::Method::Put, QStringLiteral("account/ssh-keys"), tr("add the SSH key %1").arg(name));
        r.body = QJsonDocument(QJsonObject { { QStringLiteral("keys"), QJsonArray::fromStringList(all) } })
                     .toJson(QJsonDocument::Compact);
        call(std::move(r), [name, reply](Result<QJsonDocument> doc) {
            if (!doc)
                return reply(doc.error());
            auto stored = RunPodJson::sshKeys(*doc);
            if (!stored)
                return reply(stored.error());
            reply(name);
        });
    });
}

void RunPodProvider::logs(const QString &instanceId, qint64 maxBytes, Reply<QByteArray> reply)
{
    Q_UNUSED(instanceId)
    Q_UNUSED(maxBytes)
    replyUnsupported(tr("read pod logs yet (use the SSH terminal)"), std::move(reply));
}

} // namespace gpudesk
