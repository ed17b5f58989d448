#include "RunPodJson.h"

#include <QJsonArray>

namespace gpudesk {

namespace {

const QLatin1String kTokenPrefix("gpudesk-");

QString stringOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

int intOf(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? int(v.toInteger(0)) : 0;
}

// The job's setup and command as the container's arguments; empty keeps the image's own entry point
// (RunPod's images start sshd and Jupyter from it).
QString containerArgs(const JobSpec &spec)
{
    QStringList parts;
    if (!spec.setup.trimmed().isEmpty())
        parts << spec.setup.trimmed();
    if (!spec.command.trimmed().isEmpty())
        parts << spec.command.trimmed();
    if (parts.isEmpty())
        return {};
    QString script = parts.join(QStringLiteral(" && "));
    script.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QStringLiteral("bash -lc '%1'").arg(script);
}

} // namespace

Error RunPodJson::unreadable(const QString &what)
{
    Error e = makeError(Error::Kind::Provider,
        tr("RunPod sent a response GPU Desk could not read: %1. Try again later; if it persists, "
           "GPU Desk may need an update for a change in RunPod's API.")
            .arg(what));
    e.code = QStringLiteral("unreadable-response");
    return e;
}

QString RunPodJson::podName(const QString &jobName, const QString &clientToken)
{
    const QString base = jobName.simplified();
    const QString suffix = kTokenPrefix + clientToken;
    return base.isEmpty() ? suffix : base + QLatin1Char(' ') + suffix;
}

std::optional<Money> RunPodJson::dollars(const QJsonValue &value)
{
    if (!value.isDouble() || value.toDouble() < 0)
        return std::nullopt;
    // Qt hands JSON numbers over as doubles; printing with 6 decimals gives back the decimal text RunPod
    // sent (prices have at most a few decimals), which Money then reads exactly.
    return Money::parse(QString::number(value.toDouble(), 'f', 6));
}

bool RunPodJson::meansNoCapacity(const QString &text)
{
    static const char *const kWordings[] = {
        "no instances available",
        "no longer any instances available",
        "not enough capacity",
        "insufficient capacity",
        "no capacity",
        "could not find any pods with required specifications",
        "no available machines",
    };
    for (const char *w : kWordings) {
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Result<std::vector<Offer>> RunPodJson::offers(const QJsonDocument &doc, const QDate &asOf)
{
    const QJsonValue gpus = doc.object().value(QLatin1String("gpus"));
    if (!doc.isObject() || !gpus.isArray())
        return unreadable(tr("the GPU catalog has no \"gpus\" list"));
    std::vector<Offer> out;
    for (const QJsonValue &v : gpus.toArray()) {
        const QJsonObject g = v.toObject();
        const QString id = stringOf(g, "id");
        if (id.isEmpty())
            return unreadable(tr("a GPU type has no id"));
        const QJsonValue price = g.value(QLatin1String("price"));
        if (!price.isObject())
            return unreadable(tr("GPU type %1 has no price").arg(id));
        const QString name = stringOf(g, "name").isEmpty() ? id : stringOf(g, "name");
        struct Tier
        {
            const char *flag;
            Billing billing;
            QString suffix;
        };
        const Tier tiers[]
            = { { "secure", Billing::OnDemand, QString() }, { "community", Billing::Community, communitySuffix() } };
        for (const Tier &t : tiers) {
            if (!g.value(QLatin1String(t.flag)).toBool())
                continue;
            const std::optional<Money> perGpu = dollars(price.toObject().value(QLatin1String(t.flag)));
            if (!perGpu)
                return unreadable(tr("GPU type %1 has no %2 price").arg(id, QLatin1String(t.flag)));
            if (perGpu->isZero()) // listed but not rentable in that tier now
                continue;
            Offer o;
            o.providerId = QStringLiteral("runpod");
            o.instanceType = id + t.suffix;
            o.gpuModel = name;
            o.gpuCount = 1;
            o.gpuMemoryGb = intOf(g, "memory");
            o.pricePerHour = perGpu;
            o.billing = t.billing;
            o.priceSource = PriceSource::Live;
            o.asOf = asOf;
            o.source = QStringLiteral("RunPod API");
            out.push_back(o);
        }
    }
    return out;
}

Result<QJsonObject> RunPodJson::createBody(const JobSpec &spec, const QString &clientToken)
{
    if (spec.instanceType.isEmpty())
        return makeError(Error::Kind::InvalidInput,
            tr("RunPod launches a named GPU type (such as \"NVIDIA GeForce RTX 4090\"): pick a RunPod "
               "offer for this job."));
    if (spec.image.isEmpty())
        return makeError(Error::Kind::InvalidInput, tr("RunPod runs containers: set the job's image."));
    QString gpuId = spec.instanceType;
    const bool community = gpuId.endsWith(communitySuffix());
    if (community)
        gpuId.chop(communitySuffix().size());

    QJsonObject env;
    for (const JobSpec::EnvVar &e : spec.env)
        env.insert(e.name, e.value);
    env.insert(tokenEnvName(), clientToken);
    QJsonArray ports { QStringLiteral("22/tcp") }; // ssh.direct needs the published 22/tcp mapping
    for (int p : spec.ports) {
        if (p != 22)
            ports.append(QStringLiteral("%1/http").arg(p));
    }
    QJsonObject body {
        { QStringLiteral("name"), podName(spec.name, clientToken) },
        { QStringLiteral("image"), spec.image },
        { QStringLiteral("gpu"),
            QJsonObject { { QStringLiteral("id"), gpuId }, { QStringLiteral("count"), std::max(1, spec.gpuCount) } } },
        { QStringLiteral("cloud"), community ? QStringLiteral("COMMUNITY") : QStringLiteral("SECURE") },
        { QStringLiteral("env"), env },
        { QStringLiteral("ports"), ports },
        { QStringLiteral("startSsh"), true },
    };
    if (spec.diskGb > 0)
        body.insert(QStringLiteral("disk"), spec.diskGb);
    if (!spec.region.isEmpty())
        body.insert(QStringLiteral("dataCenterIds"), QJsonArray { spec.region });
    if (const QString args = containerArgs(spec); !args.isEmpty())
        body.insert(QStringLiteral("args"), args);
    return body;
}

Result<QStringList> RunPodJson::sshKeys(const QJsonDocument &doc)
{
    const QJsonValue keys = doc.object().value(QLatin1String("keys"));
    if (!doc.isObject() || !keys.isArray())
        return unreadable(tr("the SSH key list has no \"keys\" array"));
    QStringList out;
    for (const QJsonValue &k : keys.toArray()) {
        if (!k.isString())
            return unreadable(tr("an SSH key is not a string"));
        out << k.toString();
    }
    return out;
}

bool RunPodJson::sameKey(const QString &a, const QString &b)
{
    const QStringList x = a.simplified().split(QLatin1Char(' '));
    const QStringList y = b.simplified().split(QLatin1Char(' '));
    return x.size() >= 2 && y.size() >= 2 && x.at(0) == y.at(0) && x.at(1) == y.at(1);
}

Instance::State RunPodJson::state(const QString &status)
{
    if (status == QLatin1String("PROVISIONING") || status == QLatin1String("STARTING"))
        return Instance::State::Provisioning;
    if (status == QLatin1String("RUNNING"))
        return Instance::State::Running;
    if (status == QLatin1String("EXITED"))
        return Instance::State::Stopped;
    if (status == QLatin1String("ERROR"))
        return Instance::State::Failed;
    if (status == QLatin1String("TERMINATED"))
        return Instance::State::Terminated;
    return Instance::State::Unknown;
}

Result<Instance> RunPodJson::parsePod(const QJsonValue &value)
{
    if (!value.isObject())
        return unreadable(tr("a pod is not a JSON object"));
    const QJsonObject o = value.toObject();
    Instance i;
    i.id = stringOf(o, "id");
    if (i.id.isEmpty())
        return unreadable(tr("a pod has no id"));
    i.providerId = QStringLiteral("runpod");
    i.providerState = stringOf(o, "status");
    if (i.providerState.isEmpty())
        return unreadable(tr("pod %1 has no status").arg(i.id));
    i.state = state(i.providerState);
    i.name = stringOf(o, "name");
    i.clientToken = o.value(QLatin1String("env")).toObject().value(tokenEnvName()).toString();
    if (i.clientToken.isEmpty()) {
        const qsizetype at = i.name.lastIndexOf(kTokenPrefix);
        if (at >= 0 && (at == 0 || i.name.at(at - 1) == QLatin1Char(' ')))
            i.clientToken = i.name.mid(at + kTokenPrefix.size());
    }
    const QJsonObject gpu = o.value(QLatin1String("gpu")).toObject();
    i.gpuModel = stringOf(gpu, "id");
    i.gpuCount = gpu.isEmpty() ? 0 : std::max(1, intOf(gpu, "count"));
    i.instanceType = i.gpuModel;
    if (stringOf(o, "cloud") == QLatin1String("COMMUNITY") && !i.instanceType.isEmpty())
        i.instanceType += communitySuffix();
    i.region = stringOf(o, "dataCenterId");
    // `cost` is the rate billed now (0 when stopped): only a positive one is a price.
    if (const std::optional<Money> cost = dollars(o.value(QLatin1String("cost"))); cost && !cost->isZero())
        i.pricePerHour = cost;
    i.createdAt = QDateTime::fromString(stringOf(o, "createdAt"), Qt::ISODate);
    return i;
}

Result<std::vector<Instance>> RunPodJson::instances(const QJsonDocument &doc)
{
    const QJsonValue pods = doc.object().value(QLatin1String("pods"));
    if (!doc.isObject() || !pods.isArray())
        return unreadable(tr("the pod list has no \"pods\" array"));
    std::vector<Instance> out;
    for (const QJsonValue &v : pods.toArray()) {
        auto i = parsePod(v);
        if (!i)
            return i.error();
        out.push_back(std::move(i).value());
    }
    return out;
}

Result<Instance> RunPodJson::instance(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return unreadable(tr("the pod is not a JSON object"));
    return parsePod(doc.object());
}

Result<SshEndpoint> RunPodJson::sshEndpoint(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return unreadable(tr("the pod is not a JSON object"));
    const QJsonObject pod = doc.object();
    SshEndpoint e;
    const QJsonObject direct = pod.value(QLatin1String("ssh")).toObject().value(QLatin1String("direct")).toObject();
    if (!stringOf(direct, "host").isEmpty() && intOf(direct, "port") > 0) {
        e.host = stringOf(direct, "host");
        e.port = intOf(direct, "port");
        e.user = stringOf(direct, "username").isEmpty() ? QStringLiteral("root") : stringOf(direct, "username");
        return e;
    }
    // Older answers have no ssh block: the runtime's public mapping of the pod's port 22 is the same thing.
    const QJsonArray ports = pod.value(QLatin1String("runtime")).toObject().value(QLatin1String("ports")).toArray();
    for (const QJsonValue &v : ports) {
        const QJsonObject p = v.toObject();
        if (intOf(p, "private") == 22 && intOf(p, "public") > 0 && !stringOf(p, "ip").isEmpty()) {
            e.host = stringOf(p, "ip");
            e.port = intOf(p, "public");
            e.user = QStringLiteral("root");
            return e;
        }
    }
    return makeError(Error::Kind::Provider,
        tr("RunPod has no direct SSH address for pod %1 yet: it appears once the pod is running with "
           "port 22/tcp published. Wait, then try again.")
            .arg(stringOf(pod, "id")));
}

} // namespace gpudesk
