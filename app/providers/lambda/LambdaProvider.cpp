#include "LambdaProvider.h"

#include "LambdaJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gpudesk {

namespace {

const QLatin1String kApi("/api/v1/");
const QLatin1String kInsufficientCapacity("instance-operations/launch/insufficient-capacity");

// Single-quotes a value for the launch script (cloud-init runs it with bash).
QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Lambda runs VMs, not containers: the job's setup and command run once at first boot through
// cloud-init user data, with the job's environment.
QString userData(const JobSpec &spec)
{
    if (spec.setup.trimmed().isEmpty() && spec.command.trimmed().isEmpty())
        return {};
    QString script = QStringLiteral("#!/bin/bash\n");
    for (const JobSpec::EnvVar &e : spec.env)
        script += QStringLiteral("export %1=%2\n").arg(e.name, shellQuote(e.value));
    if (!spec.setup.trimmed().isEmpty())
        script += spec.setup + QLatin1Char('\n');
    if (!spec.command.trimmed().isEmpty())
        script += spec.command + QLatin1Char('\n');
    return script;
}

} // namespace

QUrl LambdaProvider::defaultBaseUrl()
{
    return HttpClient::baseUrl(QStringLiteral("lambda"), QUrl(QStringLiteral("https://cloud.lambda.ai")));
}

LambdaProvider::LambdaProvider(const ProviderCredentials &credentials, const QUrl &baseUrl, QObject *parent)
    : HttpProvider(
        credentials, baseUrl, HttpService { QStringLiteral("lambda"), QStringLiteral("Lambda"), QString() }, parent)
    , m_launchKeyNames { defaultSshKeyName() }
{
    http().setRateLimit(rateKey(), kRequestInterval);
    http().setRateLimit(launchRateKey(), kLaunchInterval);
}

LambdaProvider::~LambdaProvider() = default;

QString LambdaProvider::displayName() const
{
    return tr("Lambda");
}

ProviderCapabilities LambdaProvider::capabilities() const
{
    ProviderCapabilities c;
    c.listOffers = true;
    c.launch = true;
    c.terminate = true;
    c.listInstances = true;
    c.sshKeys = true;
    // No stop/start in Lambda's API (restart() reboots), and no log endpoint.
    return c;
}

std::optional<Error> LambdaProvider::credentialsError() const
{
    if (hasCredentials())
        return std::nullopt;
    Error e = makeError(Error::Kind::Auth,
        tr("No Lambda API key is set. Add one in Settings → Providers → Lambda "
           "(or set LAMBDA_API_KEY)."));
    e.code = QStringLiteral("no-credentials");
    return e;
}

QUrl LambdaProvider::endpoint(const QString &path, const QUrlQuery &query) const
{
    Q_UNUSED(query) // Lambda's API takes none
    return joinPath(baseUrl(), kApi + path, QLatin1String("/api/v1"));
}

void LambdaProvider::mapError(Error &error, const HttpRequest &sent) const
{
    Q_UNUSED(sent)
    if (error.code == kInsufficientCapacity) {
        error.kind = Error::Kind::NoCapacity;
        error.message = tr("Lambda has no capacity for this instance type in that region right now. Try another "
                           "region or instance type, or try again later.");
    }
}

void LambdaProvider::listOffers(Reply<std::vector<Offer>> reply)
{
    if (refuseWithoutKey(reply))
        return;
    callAndRead(request(HttpRequest::Method::Get, QStringLiteral("instance-types"), tr("list instance types")), reply,
        [](const QJsonDocument &doc) { return LambdaJson::offers(doc, QDate::currentDate()); });
}

void LambdaProvider::launch(const JobSpec &spec, const QString &clientToken, Reply<Instance> reply)
{
    if (refuseWithoutKey(reply))
        return;
    if (spec.instanceType.isEmpty() || clientToken.isEmpty()) {
        return later(std::move(reply),
            Result<Instance>(makeError(Error::Kind::InvalidInput,
                tr("Lambda launches a named instance type (such as gpu_1x_a100): pick a Lambda offer "
                   "for this job."))));
    }
    // Launch is not idempotent at Lambda: an instance already carrying this token (an earlier
    // attempt whose answer was lost) is the answer, and nothing new is created.
    instances([this, spec, clientToken, reply](Result<std::vector<Instance>> list) {
        if (!list)
            return reply(list.error());
        for (const Instance &i : *list) {
            if (i.clientToken == clientToken)
                return reply(i);
        }
        ensureLaunchKey([this, spec, clientToken, reply](Result<void> key) {
            if (!key)
                return reply(key.error());
            if (!spec.region.isEmpty())
                return launchInRegion(spec, clientToken, spec.region, reply);
            // Lambda needs a region: take the first one that has capacity for the type now.
            call(request(HttpRequest::Method::Get, QStringLiteral("instance-types"), tr("list instance types")),
                [this, spec, clientToken, reply](Result<QJsonDocument> doc) {
                    if (!doc)
                        return reply(doc.error());
                    auto regions = LambdaJson::regionsWithCapacity(*doc, spec.instanceType);
                    if (!regions)
                        return reply(regions.error());
                    if (regions->isEmpty()) {
                        Error e = makeError(Error::Kind::NoCapacity,
                            tr("Lambda has no capacity for %1 in any region right now. Try another "
                               "instance type, or try again later.")
                                .arg(spec.instanceType));
                        e.code = kInsufficientCapacity;
                        return reply(e);
                    }
                    launchInRegion(spec, clientToken, regions->first(), reply);
                });
        });
    });
}

void LambdaProvider::ensureLaunchKey(std::function<void(Result<void>)> done)
{
    const bool usesOwnKey = m_launchKeyNames == QStringList { defaultSshKeyName() };
    if (!usesOwnKey || m_launchPublicKey.isEmpty() || m_launchKeyKnown) {
        return later(std::move(done), Result<void>());
    }
    sshKeyNames([this, done](Result<QStringList> names) {
        if (!names)
            return done(names.error());
        if (names->contains(defaultSshKeyName())) {
            m_launchKeyKnown = true;
            return done(Result<void>());
        }
        registerSshKey(defaultSshKeyName(), m_launchPublicKey, [this, done](Result<QString> added) {
            if (!added)
                return done(added.error());
            m_launchKeyKnown = true;
            done(Result<void>());
        });
    });
}

void LambdaProvider::launchInRegion(
    const JobSpec &spec, const QString &clientToken, const QString &region, Reply<Instance> reply)
{
    QJsonObject body {
        { QStringLiteral("region_name"), region },
        { QStringLiteral("instance_type_name"), spec.instanceType },
        { QStringLiteral("ssh_key_names"), QJsonArray::fromStringList(m_launchKeyNames) },
        { QStringLiteral("name"), LambdaJson::instanceName(spec.name, clientToken) },
        { QStringLiteral("tags"),
            QJsonArray { QJsonObject {
                { QStringLiteral("key"), LambdaJson::tokenTagKey() }, { QStringLiteral("value"), clientToken } } } },
    };
    if (const QString script = userData(spec); !script.isEmpty())
        body.insert(QStringLiteral("user_data"), script);
    HttpRequest r
        = request(HttpRequest::Method::Post, QStringLiteral("instance-operations/launch"), tr("launch an instance"));
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.idempotent = false;
    r.rateKeys = QStringList { rateKey(), launchRateKey() };
    call(std::move(r),
        [spec, clientToken, region, name = body.value(QStringLiteral("name")).toString(), reply](
            Result<QJsonDocument> doc) {
            if (!doc)
                return reply(doc.error());
            auto id = LambdaJson::launchedId(*doc);
            if (!id)
                return reply(id.error());
            Instance i;
            i.id = *id;
            i.providerId = QStringLiteral("lambda");
            i.name = name;
            i.clientToken = clientToken;
            i.state = Instance::State::Provisioning;
            i.providerState = QStringLiteral("booting");
            i.instanceType = spec.instanceType;
            i.gpuModel = spec.gpuModel;
            i.gpuCount = spec.gpuCount;
            i.region = region;
            reply(i);
        });
}

void LambdaProvider::instances(Reply<std::vector<Instance>> reply)
{
    if (refuseWithoutKey(reply))
        return;
    callAndRead(request(HttpRequest::Method::Get, QStringLiteral("instances"), tr("list instances")), reply,
        [](const QJsonDocument &doc) { return LambdaJson::instances(doc); });
}

void LambdaProvider::instance(const QString &instanceId, Reply<Instance> reply)
{
    if (refuseWithoutKey(reply))
        return;
    callAndRead(request(HttpRequest::Method::Get,
                    QStringLiteral("instances/") + QString::fromUtf8(QUrl::toPercentEncoding(instanceId)),
                    tr("read instance %1").arg(instanceId)),
        reply, [](const QJsonDocument &doc) { return LambdaJson::instance(doc); });
}

void LambdaProvider::stop(const QString &instanceId, Reply<void> reply)
{
    Q_UNUSED(instanceId)
    replyUnsupported(tr("stop instances (they run until terminated)"), std::move(reply));
}

void LambdaProvider::start(const QString &instanceId, Reply<void> reply)
{
    Q_UNUSED(instanceId)
    replyUnsupported(tr("start stopped instances (it can only restart running ones)"), std::move(reply));
}

void LambdaProvider::terminate(const QString &instanceId, Reply<void> reply)
{
    postTerminateOrRestart(instanceId, false, std::move(reply));
}

void LambdaProvider::restart(const QString &instanceId, Reply<void> reply)
{
    postTerminateOrRestart(instanceId, true, std::move(reply));
}

void LambdaProvider::postTerminateOrRestart(const QString &instanceId, bool restart, Reply<void> reply)
{
    if (refuseWithoutKey(reply))
        return;
    HttpRequest r = request(HttpRequest::Method::Post,
        restart ? QStringLiteral("instance-operations/restart") : QStringLiteral("instance-operations/terminate"),
        restart ? tr("restart instance %1").arg(instanceId) : tr("terminate instance %1").arg(instanceId));
    r.body = QJsonDocument(QJsonObject { { QStringLiteral("instance_ids"), QJsonArray { instanceId } } })
                 .toJson(QJsonDocument::Compact);
    // Terminating twice ends the same instance: safe to resend, and a lost terminate must not
    // leave a machine billing. A restart is not resent blindly.
    r.idempotent = !restart;
    const QString listKey = restart ? QStringLiteral("restarted_instances") : QStringLiteral("terminated_instances");
    call(std::move(r), [reply, listKey](Result<QJsonDocument> doc) {
        if (!doc)
            return reply(doc.error());
        const QJsonValue data = doc->object().value(QStringLiteral("data"));
        if (!data.toObject().value(listKey).isArray())
            return reply(LambdaJson::unreadable(LambdaJson::tr("\"data.%1\" is missing").arg(listKey)));
        reply(Result<void>());
    });
}

void LambdaProvider::sshEndpoint(const QString &instanceId, Reply<SshEndpoint> reply)
{
    if (refuseWithoutKey(reply))
        return;
    call(request(HttpRequest::Method::Get,
             QStringLiteral("instances/") + QString::fromUtf8(QUrl::toPercentEncoding(instanceId)),
             tr("read instance %1").arg(instanceId)),
        [this, instanceId, reply](Result<QJsonDocument> doc) {
            if (!doc)
                return reply(doc.error());
            auto ip = LambdaJson::instanceIp(*doc);
            if (!ip)
                return reply(ip.error());
            if (ip->isEmpty()) {
                return reply(makeError(Error::Kind::Provider,
                    tr("Lambda has not given instance %1 an IP address yet. Wait until it is "
                       "running, then try again.")
                        .arg(instanceId)));
            }
            SshEndpoint e;
            e.host = *ip;
            e.port = 22;
            e.user = QStringLiteral("ubuntu"); // Lambda Stack images log in as ubuntu
            reply(e);
        });
}

void LambdaProvider::logs(const QString &instanceId, qint64 maxBytes, Reply<QByteArray> reply)
{
    Q_UNUSED(instanceId)
    Q_UNUSED(maxBytes)
    replyUnsupported(tr("read job logs (use the SSH terminal)"), std::move(reply));
}

void LambdaProvider::checkAccess(Reply<QString> reply)
{
    instances([this, reply](Result<std::vector<Instance>> list) {
        if (!list)
            return reply(list.error());
        reply(tr("Lambda accepted the key: %n instance(s) listed.", nullptr, int(list->size())));
    });
}

void LambdaProvider::sshKeyNames(Reply<QStringList> reply)
{
    if (refuseWithoutKey(reply))
        return;
    callAndRead(request(HttpRequest::Method::Get, QStringLiteral("ssh-keys"), tr("list SSH keys")), reply,
        [](const QJsonDocument &doc) { return LambdaJson::sshKeyNames(doc); });
}

void LambdaProvider::registerSshKey(const QString &name, const QString &publicKey, Reply<QString> reply)
{
    if (refuseWithoutKey(reply))
        return;
    HttpRequest r = request(HttpRequest::Method::Post, QStringLiteral("ssh-keys"), tr("add the SSH key %1").arg(name));
    r.body = QJsonDocument(
        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("public_key"), publicKey.trimmed() } })
                 .toJson(QJsonDocument::Compact);
    r.idempotent = false;
    callAndRead(std::move(r), reply, [](const QJsonDocument &doc) { return LambdaJson::addedSshKeyId(doc); });
}

} // namespace gpudesk
