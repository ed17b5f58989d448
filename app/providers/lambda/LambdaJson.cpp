#include "LambdaJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace gpudesk {

namespace {

constexpr int kMaxNameLength = 64; // InstanceLaunchRequest.name maxLength
const QLatin1String kTokenPrefix("gpudesk-");

// Lambda's price is an integer number of cents; anything else is refused rather than rounded.
std::optional<Money> centsPerHour(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const qint64 cents = v.toInteger(-1);
    if (cents < 0)
        return std::nullopt;
    return Money::fromCents(cents);
}

int intOr(const QJsonObject &o, const char *key, int fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? int(v.toInteger(fallback)) : fallback;
}

QString stringOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

Error LambdaJson::unreadable(const QString &what)
{
    Error e = makeError(Error::Kind::Provider,
        tr("Lambda sent a response GPU Desk could not read: %1. Try again later; if it persists, "
           "GPU Desk may need an update for a change in Lambda's API.")
            .arg(what));
    e.code = QStringLiteral("unreadable-response");
    return e;
}

QString LambdaJson::instanceName(const QString &jobName, const QString &clientToken)
{
    const QString suffix = kTokenPrefix + clientToken;
    QString base = jobName.simplified();
    const qsizetype room = kMaxNameLength - suffix.size() - 1;
    if (room <= 0 || base.isEmpty())
        return suffix.left(kMaxNameLength);
    if (base.size() > room)
        base = base.left(room).trimmed();
    return base + QLatin1Char(' ') + suffix;
}

QString LambdaJson::tokenFromName(const QString &name)
{
    const qsizetype at = name.lastIndexOf(kTokenPrefix);
    if (at < 0 || (at > 0 && name.at(at - 1) != QLatin1Char(' ')))
        return {};
    const QString token = name.mid(at + kTokenPrefix.size());
    return token.contains(QLatin1Char(' ')) ? QString() : token;
}

Result<QJsonObject> LambdaJson::data(const QJsonDocument &doc)
{
    if (!doc.isObject())
        return unreadable(tr("the body is not a JSON object"));
    const QJsonValue d = doc.object().value(QLatin1String("data"));
    if (!d.isObject())
        return unreadable(tr("\"data\" is missing or not an object"));
    return d.toObject();
}

Result<std::vector<Offer>> LambdaJson::offers(const QJsonDocument &doc, const QDate &asOf)
{
    auto types = data(doc);
    if (!types)
        return types.error();
    std::vector<Offer> out;
    for (auto it = types->constBegin(); it != types->constEnd(); ++it) {
        const QJsonObject item = it.value().toObject();
        const QJsonObject type = item.value(QLatin1String("instance_type")).toObject();
        const QString name = stringOf(type, "name");
        if (name.isEmpty())
            return unreadable(tr("instance type \"%1\" has no name").arg(it.key()));
        const std::optional<Money> price = centsPerHour(type.value(QLatin1String("price_cents_per_hour")));
        if (!price)
            return unreadable(tr("instance type %1 has no whole price_cents_per_hour").arg(name));
        const QJsonValue regions = item.value(QLatin1String("regions_with_capacity_available"));
        if (!regions.isArray())
            return unreadable(tr("instance type %1 has no regions_with_capacity_available list").arg(name));
        QStringList regionNames;
        for (const QJsonValue &r : regions.toArray()) {
            const QString region = r.toObject().value(QLatin1String("name")).toString();
            if (!region.isEmpty())
                regionNames << region;
        }
        // A type without capacity cannot be launched now; an offer with no region would read as "anywhere".
        if (regionNames.isEmpty())
            continue;
        const QJsonObject specs = type.value(QLatin1String("specs")).toObject();
        const QString gpuDescription = stringOf(type, "gpu_description");
        Offer o;
        o.providerId = QStringLiteral("lambda");
        o.instanceType = name;
        o.gpuModel = gpuModel(gpuDescription);
        o.gpuCount = intOr(specs, "gpus", 0);
        o.gpuMemoryGb = gpuMemoryGb(gpuDescription);
        o.vcpus = intOr(specs, "vcpus");
        o.ramGb = intOr(specs, "memory_gib");
        o.diskGb = intOr(specs, "storage_gib");
        o.region = regionNames.join(QLatin1Char(';'));
        o.pricePerHour = price;
        o.billing = Billing::OnDemand;
        o.priceSource = PriceSource::Live;
        o.asOf = asOf;
        o.source = QStringLiteral("Lambda API");
        out.push_back(o);
    }
    return out;
}

Result<QStringList> LambdaJson::regionsWithCapacity(const QJsonDocument &doc, const QString &instanceType)
{
    auto types = data(doc);
    if (!types)
        return types.error();
    QStringList regions;
    const QJsonArray list
        = types->value(instanceType).toObject().value(QLatin1String("regions_with_capacity_available")).toArray();
    for (const QJsonValue &r : list) {
        const QString region = r.toObject().value(QLatin1String("name")).toString();
        if (!region.isEmpty())
            regions << region;
    }
    return regions;
}

Instance::State LambdaJson::state(const QString &status)
{
    if (status == QLatin1String("booting"))
        return Instance::State::Provisioning;
    // Unhealthy instances are still up and billed: the job stays Running and the message says why.
    if (status == QLatin1String("active") || status == QLatin1String("unhealthy"))
        return Instance::State::Running;
    if (status == QLatin1String("terminating"))
        return Instance::State::Stopping;
    if (status == QLatin1String("terminated"))
        return Instance::State::Terminated;
    if (status == QLatin1String("preempted"))
        return Instance::State::Preempted;
    return Instance::State::Unknown;
}

QString LambdaJson::gpuModel(const QString &gpuDescription)
{
    const qsizetype paren = gpuDescription.indexOf(QLatin1Char('('));
    QString model = (paren < 0 ? gpuDescription : gpuDescription.left(paren)).trimmed();
    const QString inside = paren < 0 ? QString() : gpuDescription.mid(paren);
    // The memory and form factor distinguish variants the GPU table keeps apart (A100 40/80 GB, SXM/PCIe).
    if (model == QLatin1String("A100")) {
        if (const int gb = gpuMemoryGb(gpuDescription); gb > 0)
            model += QStringLiteral(" %1GB").arg(gb);
    }
    if (model.startsWith(QLatin1String("A100")) || model.startsWith(QLatin1String("H100"))) {
        if (inside.contains(QLatin1String("SXM"), Qt::CaseInsensitive))
            model += QStringLiteral(" SXM");
        else if (inside.contains(QLatin1String("PCIe"), Qt::CaseInsensitive))
            model += QStringLiteral(" PCIe");
    }
    return model;
}

int LambdaJson::gpuMemoryGb(const QString &gpuDescription)
{
    static const QRegularExpression gb(QStringLiteral("\\((\\d+)\\s*GB"));
    const QRegularExpressionMatch m = gb.match(gpuDescription);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

Result<Instance> LambdaJson::parseInstance(const QJsonValue &value)
{
    if (!value.isObject())
        return unreadable(tr("an instance is not a JSON object"));
    const QJsonObject o = value.toObject();
    Instance i;
    i.id = stringOf(o, "id");
    if (i.id.isEmpty())
        return unreadable(tr("an instance has no id"));
    i.providerId = QStringLiteral("lambda");
    i.providerState = stringOf(o, "status");
    if (i.providerState.isEmpty())
        return unreadable(tr("instance %1 has no status").arg(i.id));
    i.state = state(i.providerState);
    if (i.providerState == QLatin1String("unhealthy"))
        i.message = tr("Lambda reports the instance as unhealthy.");
    i.name = stringOf(o, "name");
    for (const QJsonValue &tag : o.value(QLatin1String("tags")).toArray()) {
        if (tag.toObject().value(QLatin1String("key")).toString() == tokenTagKey())
            i.clientToken = tag.toObject().value(QLatin1String("value")).toString();
    }
    if (i.clientToken.isEmpty())
        i.clientToken = tokenFromName(i.name);
    i.region = o.value(QLatin1String("region")).toObject().value(QLatin1String("name")).toString();
    const QJsonObject type = o.value(QLatin1String("instance_type")).toObject();
    i.instanceType = stringOf(type, "name");
    i.gpuModel = gpuModel(stringOf(type, "gpu_description"));
    i.gpuCount = intOr(type.value(QLatin1String("specs")).toObject(), "gpus");
    i.pricePerHour = centsPerHour(type.value(QLatin1String("price_cents_per_hour")));
    return i;
}

Result<std::vector<Instance>> LambdaJson::instances(const QJsonDocument &doc)
{
    if (!doc.isObject() || !doc.object().value(QLatin1String("data")).isArray())
        return unreadable(tr("the instance list has no \"data\" array"));
    std::vector<Instance> out;
    for (const QJsonValue &v : doc.object().value(QLatin1String("data")).toArray()) {
        auto i = parseInstance(v);
        if (!i)
            return i.error();
        out.push_back(std::move(i).value());
    }
    return out;
}

Result<Instance> LambdaJson::instance(const QJsonDocument &doc)
{
    auto d = data(doc);
    if (!d)
        return d.error();
    return parseInstance(*d);
}

Result<QString> LambdaJson::launchedId(const QJsonDocument &doc)
{
    auto d = data(doc);
    if (!d)
        return d.error();
    const QJsonArray ids = d->value(QLatin1String("instance_ids")).toArray();
    if (ids.isEmpty() || ids.first().toString().isEmpty())
        return unreadable(tr("the launch answer names no instance id"));
    return ids.first().toString();
}

Result<QStringList> LambdaJson::sshKeyNames(const QJsonDocument &doc)
{
    if (!doc.isObject() || !doc.object().value(QLatin1String("data")).isArray())
        return unreadable(tr("the SSH key list has no \"data\" array"));
    QStringList names;
    for (const QJsonValue &k : doc.object().value(QLatin1String("data")).toArray()) {
        const QString name = k.toObject().value(QLatin1String("name")).toString();
        if (name.isEmpty())
            return unreadable(tr("an SSH key has no name"));
        names << name;
    }
    return names;
}

Result<QString> LambdaJson::addedSshKeyId(const QJsonDocument &doc)
{
    auto d = data(doc);
    if (!d)
        return d.error();
    const QString id = stringOf(*d, "id");
    if (id.isEmpty())
        return unreadable(tr("the added SSH key has no id"));
    return id;
}

Result<QString> LambdaJson::instanceIp(const QJsonDocument &doc)
{
    auto d = data(doc);
    if (!d)
        return d.error();
    return stringOf(*d, "ip");
}

} // namespace gpudesk
