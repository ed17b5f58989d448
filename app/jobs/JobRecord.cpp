#include "JobRecord.h"

#include <QJsonArray>

namespace gpudesk {

QJsonObject JobSpecJson::toJson(const JobSpec &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), s.name);
    o.insert(QStringLiteral("project"), s.project);
    o.insert(QStringLiteral("provider"), s.providerId);
    o.insert(QStringLiteral("instance_type"), s.instanceType);
    o.insert(QStringLiteral("gpu_model"), s.gpuModel);
    o.insert(QStringLiteral("gpu_count"), s.gpuCount);
    o.insert(QStringLiteral("nodes"), s.nodes);
    o.insert(QStringLiteral("image"), s.image);
    o.insert(QStringLiteral("setup"), s.setup);
    o.insert(QStringLiteral("command"), s.command);
    QJsonArray env;
    for (const auto &e : s.env)
        env.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("value"), e.value}});
    o.insert(QStringLiteral("env"), env);
    QJsonArray ports;
    for (int p : s.ports)
        ports.append(p);
    o.insert(QStringLiteral("ports"), ports);
    o.insert(QStringLiteral("volumes"), QJsonArray::fromStringList(s.volumes));
    o.insert(QStringLiteral("disk_gb"), s.diskGb);
    o.insert(QStringLiteral("spot"), s.spot);
    o.insert(QStringLiteral("region"), s.region);
    o.insert(QStringLiteral("max_runtime_minutes"), s.maxRuntimeMinutes);
    if (s.maxCost)
        o.insert(QStringLiteral("max_cost"), s.maxCost->toDecimalString());
    if (s.maxPricePerHour)
        o.insert(QStringLiteral("max_price_per_hour"), s.maxPricePerHour->toDecimalString());
    o.insert(QStringLiteral("idle_stop_minutes"), s.idleStopMinutes);
    o.insert(QStringLiteral("ssh_key"), s.sshKey);
    o.insert(QStringLiteral("template"), s.templateId);
    if (!s.placement.isEmpty())
        o.insert(QStringLiteral("placement"), s.placement.toJson());
    if (s.recover)
        o.insert(QStringLiteral("recover"), true);
    if (s.maxRestarts > 0)
        o.insert(QStringLiteral("max_restarts"), s.maxRestarts);
    return o;
}

Result<JobSpec> JobSpecJson::fromJson(const QJsonObject &o)
{
    JobSpec s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.project = o.value(QStringLiteral("project")).toString();
    s.providerId = o.value(QStringLiteral("provider")).toString();
    s.instanceType = o.value(QStringLiteral("instance_type")).toString();
    s.gpuModel = o.value(QStringLiteral("gpu_model")).toString();
    s.gpuCount = o.value(QStringLiteral("gpu_count")).toInt(1);
    s.nodes = o.value(QStringLiteral("nodes")).toInt(1);
    s.image = o.value(QStringLiteral("image")).toString();
    s.setup = o.value(QStringLiteral("setup")).toString();
    s.command = o.value(QStringLiteral("command")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("env")).toArray()) {
        const QJsonObject e = v.toObject();
        s.env.append({e.value(QStringLiteral("name")).toString(), e.value(QStringLiteral("value")).toString()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("ports")).toArray())
        s.ports.append(v.toInt());
    for (const QJsonValue &v : o.value(QStringLiteral("volumes")).toArray())
        s.volumes.append(v.toString());
    s.diskGb = o.value(QStringLiteral("disk_gb")).toInt();
    s.spot = o.value(QStringLiteral("spot")).toBool();
    s.region = o.value(QStringLiteral("region")).toString();
    s.maxRuntimeMinutes = o.value(QStringLiteral("max_runtime_minutes")).toInt();
    for (auto [key, target] : {std::pair{QStringLiteral("max_cost"), &s.maxCost},
                               std::pair{QStringLiteral("max_price_per_hour"), &s.maxPricePerHour}}) {
        if (!o.contains(key))
            continue;
        const auto m = Money::parse(o.value(key).toString());
        if (!m)
            return makeError(Error::Kind::Corrupt, tr("A stored job has an unreadable %1 (\"%2\").")
                                                       .arg(key, o.value(key).toString()));
        *target = m;
    }
    s.idleStopMinutes = o.value(QStringLiteral("idle_stop_minutes")).toInt();
    s.sshKey = o.value(QStringLiteral("ssh_key")).toString();
    s.templateId = o.value(QStringLiteral("template")).toString();
    s.placement = PlacementConstraints::fromJson(o.value(QStringLiteral("placement")).toObject());
    s.recover = o.value(QStringLiteral("recover")).toBool();
    s.maxRestarts = o.value(QStringLiteral("max_restarts")).toInt();
    return s;
}

} // namespace gpudesk
