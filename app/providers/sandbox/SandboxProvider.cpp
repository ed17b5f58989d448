#include "SandboxProvider.h"

#include <QDir>

#include "SandboxProtocol.h"
#include "catalog/Catalog.h"

#include <QJsonArray>
#include <QTimer>

namespace gpudesk {

namespace {

constexpr int kQuickMs = 30'000;
// stop and terminate answer once the pod's processes are gone: the grace period and then some.
constexpr int kEndingMs = 120'000;

template<typename T>
void later(QObject *context, Reply<T> reply, Result<T> result)
{
    QTimer::singleShot(0, context, [reply = std::move(reply), result = std::move(result)]() mutable {
        reply(std::move(result));
    });
}

} // namespace

SandboxProvider::SandboxProvider(const QString &dataDir, QObject *parent)
    : Provider(parent)
    , m_client(dataDir)
{
    // The Sandbox's simulated market is part of the bundled catalog (prices mirror the snapshot).
    auto catalog = Catalog::loadBundled();
    if (catalog) {
        for (const Offer &o : catalog->offers()) {
            if (o.providerId == id())
                m_offers.push_back(o);
        }
    } else {
        m_offersError = catalog.error();
    }
}

QString SandboxProvider::displayName() const
{
    return tr("Sandbox");
}

ProviderCapabilities SandboxProvider::capabilities() const
{
    ProviderCapabilities c;
    c.listOffers = c.launch = c.stop = c.start = c.terminate = c.listInstances = c.logs = true;
    c.sshKeys = false; // pods accept the key given at launch; there is no key registry to manage
    return c;
}

Instance SandboxProvider::toInstance(const QJsonObject &view) const
{
    Instance i = SandboxProtocol::instanceFromView(view);
    for (const Offer &o : m_offers) {
        if (o.instanceType == i.instanceType) {
            i.pricePerHour = o.pricePerHour;
            break;
        }
    }
    return i;
}

void SandboxProvider::listOffers(Reply<std::vector<Offer>> reply)
{
    if (m_offersError)
        later<std::vector<Offer>>(this, std::move(reply), *m_offersError);
    else
        later<std::vector<Offer>>(this, std::move(reply), m_offers);
}

void SandboxProvider::launch(const JobSpec &spec, const QString &clientToken, Reply<Instance> reply)
{
    QJsonObject request{{QStringLiteral("op"), QStringLiteral("launch")},
                        {QStringLiteral("spec"), SandboxProtocol::specToJson(spec)},
                        {QStringLiteral("client_token"), clientToken}};
    if (!spec.sshKey.isEmpty())
        request.insert(QStringLiteral("public_key_path"), QString(spec.sshKey + QStringLiteral(".pub")));
    if (const QStringList refused = noCapacityModels(); !refused.isEmpty())
        request.insert(QStringLiteral("no_capacity"), QJsonArray::fromStringList(refused));
    m_client.send(
        request,
        [this, reply = std::move(reply)](Result<QJsonValue> r) {
            if (!r)
                reply(r.error());
            else
                reply(toInstance(r->toObject()));
        },
        kQuickMs);
}

void SandboxProvider::instances(Reply<std::vector<Instance>> reply)
{
    // No pod was ever made in this data dir: nothing to list, and no reason to start the daemon
    // (the app asks at every start-up, to reconcile).
    if (QDir(m_client.paths().podsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty()) {
        QTimer::singleShot(0, this, [reply = std::move(reply)] { reply(std::vector<Instance>{}); });
        return;
    }
    m_client.send(
        QJsonObject{{QStringLiteral("op"), QStringLiteral("instances")}},
        [this, reply = std::move(reply)](Result<QJsonValue> r) {
            if (!r) {
                reply(r.error());
                return;
            }
            std::vector<Instance> list;
            for (const QJsonValue &v : r->toArray())
                list.push_back(toInstance(v.toObject()));
            reply(std::move(list));
        },
        kQuickMs);
}

void SandboxProvider::instance(const QString &instanceId, Reply<Instance> reply)
{
    m_client.send(
        QJsonObject{{QStringLiteral("op"), QStringLiteral("instance")}, {QStringLiteral("pod"), instanceId}},
        [this, reply = std::move(reply)](Result<QJsonValue> r) {
            if (!r)
                reply(r.error());
            else
                reply(toInstance(r->toObject()));
        },
        kQuickMs);
}

void SandboxProvider::podCall(const QString &op, const QString &instanceId, int timeoutMs, Reply<void> reply)
{
    m_client.send(
        QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("pod"), instanceId}},
        [reply = std::move(reply)](Result<QJsonValue> r) {
            if (!r)
                reply(r.error());
            else
                reply({});
        },
        timeoutMs);
}

QStringList SandboxProvider::noCapacityModels() const
{
    QStringList out = m_noCapacity;
    for (const QString &m : qEnvironmentVariable("GPUDESK_SANDBOX_NO_CAPACITY").split(u',', Qt::SkipEmptyParts)) {
        if (!m.trimmed().isEmpty() && !out.contains(m.trimmed(), Qt::CaseInsensitive))
            out.append(m.trimmed());
    }
    return out;
}

void SandboxProvider::preempt(const QString &instanceId, Reply<void> reply)
{
    podCall(QStringLiteral("preempt"), instanceId, kEndingMs, std::move(reply));
}

void SandboxProvider::stop(const QString &instanceId, Reply<void> reply)
{
    podCall(QStringLiteral("stop"), instanceId, kEndingMs, std::move(reply));
}

void SandboxProvider::start(const QString &instanceId, Reply<void> reply)
{
    podCall(QStringLiteral("start"), instanceId, kQuickMs, std::move(reply));
}

void SandboxProvider::terminate(const QString &instanceId, Reply<void> reply)
{
    podCall(QStringLiteral("terminate"), instanceId, kEndingMs, std::move(reply));
}

void SandboxProvider::sshEndpoint(const QString &instanceId, Reply<SshEndpoint> reply)
{
    m_client.send(
        QJsonObject{{QStringLiteral("op"), QStringLiteral("ssh")}, {QStringLiteral("pod"), instanceId}},
        [reply = std::move(reply)](Result<QJsonValue> r) {
            if (!r) {
                reply(r.error());
                return;
            }
            const QJsonObject o = r->toObject();
            SshEndpoint e;
            e.host = o.value(QStringLiteral("host")).toString();
            e.port = o.value(QStringLiteral("port")).toInt();
            e.user = o.value(QStringLiteral("user")).toString();
            e.hostKeySha256 = o.value(QStringLiteral("host_key_sha256")).toString();
            e.hostPublicKey = o.value(QStringLiteral("host_public_key")).toString();
            e.identityFile = o.value(QStringLiteral("identity_file")).toString();
            reply(e);
        },
        kQuickMs);
}

void SandboxProvider::logs(const QString &instanceId, qint64 maxBytes, Reply<QByteArray> reply)
{
    m_client.send(
        QJsonObject{{QStringLiteral("op"), QStringLiteral("logs")},
                    {QStringLiteral("pod"), instanceId},
                    {QStringLiteral("max_bytes"), maxBytes}},
        [reply = std::move(reply)](Result<QJsonValue> r) {
            if (!r)
                reply(r.error());
            else
                reply(QByteArray::fromBase64(r->toObject().value(QStringLiteral("data")).toString().toLatin1()));
        },
        kQuickMs);
}

void SandboxProvider::ping(Reply<QJsonObject> reply)
{
    m_client.send(
        QJsonObject{{QStringLiteral("op"), QStringLiteral("ping")}},
        [reply = std::move(reply)](Result<QJsonValue> r) {
            if (!r)
                reply(r.error());
            else
                reply(r->toObject());
        },
        kQuickMs);
}

void SandboxProvider::shutdownDaemon(bool terminatePods, Reply<void> reply)
{
    m_client.send(
        QJsonObject{{QStringLiteral("op"), QStringLiteral("shutdown")}, {QStringLiteral("terminate_pods"), terminatePods}},
        [reply = std::move(reply)](Result<QJsonValue> r) {
            if (!r)
                reply(r.error());
            else
                reply({});
        },
        kEndingMs);
}

} // namespace gpudesk
