#include "PodRecord.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace gpudesk {

namespace {

constexpr int kFormat = 1;

struct StateName
{
    PodRecord::State state;
    const char *key;
};

constexpr StateName kStates[] = {
    {PodRecord::State::Provisioning, "provisioning"}, {PodRecord::State::Running, "running"},
    {PodRecord::State::Stopping, "stopping"},         {PodRecord::State::Stopped, "stopped"},
    {PodRecord::State::Succeeded, "succeeded"},       {PodRecord::State::Failed, "failed"},
    {PodRecord::State::Terminating, "terminating"},   {PodRecord::State::Terminated, "terminated"},
    {PodRecord::State::Preempted, "preempted"},
};

QString dateKey(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime dateFrom(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (t.isValid())
        t = t.toUTC();
    return t;
}

} // namespace

QString PodRecord::stateKey(State s)
{
    for (const StateName &n : kStates) {
        if (n.state == s)
            return QString::fromLatin1(n.key);
    }
    return QStringLiteral("failed");
}

std::optional<PodRecord::State> PodRecord::stateFromKey(const QString &key)
{
    for (const StateName &n : kStates) {
        if (key == QLatin1String(n.key))
            return n.state;
    }
    return std::nullopt;
}

QJsonObject PodRecord::toJson() const
{
    QJsonArray envArray;
    for (const auto &[k, v] : env)
        envArray.append(QJsonObject{{QStringLiteral("name"), k}, {QStringLiteral("value"), v}});
    QJsonArray portArray;
    for (int p : ports)
        portArray.append(p);
    QJsonObject o{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("id"), id},
        {QStringLiteral("client_token"), clientToken},
        {QStringLiteral("name"), name},
        {QStringLiteral("project"), project},
        {QStringLiteral("instance_type"), instanceType},
        {QStringLiteral("image"), image},
        {QStringLiteral("gpu"),
         QJsonObject{{QStringLiteral("model"), gpu.model},
                     {QStringLiteral("name"), gpu.name},
                     {QStringLiteral("count"), gpu.count},
                     {QStringLiteral("memory_mib"), gpu.memoryMiB},
                     {QStringLiteral("power_limit_w"), gpu.powerLimitW},
                     {QStringLiteral("architecture"), gpu.architecture}}},
        {QStringLiteral("setup"), setup},
        {QStringLiteral("command"), command},
        {QStringLiteral("env"), envArray},
        {QStringLiteral("ports"), portArray},
        {QStringLiteral("authorized_key"), authorizedKey},
        {QStringLiteral("identity_file"), identityFile},
        {QStringLiteral("state"), stateKey(state)},
        {QStringLiteral("setup_done"), setupDone},
        {QStringLiteral("run_count"), runCount},
        {QStringLiteral("leader_pid"), leaderPid},
        {QStringLiteral("leader_start_ticks"), QString::number(leaderStartTicks)},
        {QStringLiteral("message"), message},
        {QStringLiteral("created_at"), dateKey(createdAt)},
        {QStringLiteral("started_at"), dateKey(startedAt)},
        {QStringLiteral("ended_at"), dateKey(endedAt)},
        {QStringLiteral("ssh_port"), sshPort},
        {QStringLiteral("host_key_sha256"), hostKeySha256},
    };
    o.insert(QStringLiteral("exit_code"), exitCode ? QJsonValue(*exitCode) : QJsonValue());
    return o;
}

Result<PodRecord> PodRecord::fromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("format")).toInt() > kFormat)
        return makeError(Error::Kind::DataTooNew,
                         tr("A Sandbox pod was saved by a newer version of GPU Desk. Update GPU Desk to manage it."));
    PodRecord r;
    r.id = o.value(QStringLiteral("id")).toString();
    const auto state = stateFromKey(o.value(QStringLiteral("state")).toString());
    if (r.id.isEmpty() || !state)
        return makeError(Error::Kind::Corrupt, tr("A Sandbox pod record has no id or an unknown state."));
    r.state = *state;
    r.clientToken = o.value(QStringLiteral("client_token")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.project = o.value(QStringLiteral("project")).toString();
    r.instanceType = o.value(QStringLiteral("instance_type")).toString();
    r.image = o.value(QStringLiteral("image")).toString();
    const QJsonObject g = o.value(QStringLiteral("gpu")).toObject();
    r.gpu.model = g.value(QStringLiteral("model")).toString();
    r.gpu.name = g.value(QStringLiteral("name")).toString();
    r.gpu.count = g.value(QStringLiteral("count")).toInt();
    r.gpu.memoryMiB = g.value(QStringLiteral("memory_mib")).toInt();
    r.gpu.powerLimitW = g.value(QStringLiteral("power_limit_w")).toInt();
    r.gpu.architecture = g.value(QStringLiteral("architecture")).toString();
    r.setup = o.value(QStringLiteral("setup")).toString();
    r.command = o.value(QStringLiteral("command")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("env")).toArray()) {
        const QJsonObject e = v.toObject();
        r.env.append({e.value(QStringLiteral("name")).toString(), e.value(QStringLiteral("value")).toString()});
    }
    for (const QJsonValue &v : o.value(QStringLiteral("ports")).toArray())
        r.ports.append(v.toInt());
    r.authorizedKey = o.value(QStringLiteral("authorized_key")).toString();
    r.identityFile = o.value(QStringLiteral("identity_file")).toString();
    r.setupDone = o.value(QStringLiteral("setup_done")).toBool();
    r.runCount = o.value(QStringLiteral("run_count")).toInt();
    r.leaderPid = o.value(QStringLiteral("leader_pid")).toInteger();
    r.leaderStartTicks = o.value(QStringLiteral("leader_start_ticks")).toString().toULongLong();
    const QJsonValue exit = o.value(QStringLiteral("exit_code"));
    if (exit.isDouble())
        r.exitCode = exit.toInt();
    r.message = o.value(QStringLiteral("message")).toString();
    r.createdAt = dateFrom(o.value(QStringLiteral("created_at")));
    r.startedAt = dateFrom(o.value(QStringLiteral("started_at")));
    r.endedAt = dateFrom(o.value(QStringLiteral("ended_at")));
    r.sshPort = o.value(QStringLiteral("ssh_port")).toInt();
    r.hostKeySha256 = o.value(QStringLiteral("host_key_sha256")).toString();
    return r;
}

Result<void> PodRecord::save(const QString &path) const
{
    QSaveFile f(path);
    const QByteArray data = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return makeError(Error::Kind::Io,
                         tr("The Sandbox could not save the state of pod %1 to %2. Check free disk space and the "
                            "data folder's permissions.")
                             .arg(id, QDir::toNativeSeparators(path)),
                         f.errorString());
    return {};
}

Result<PodRecord> PodRecord::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io,
                         tr("The Sandbox could not read the pod state %1. Check the data folder's permissions.")
                             .arg(QDir::toNativeSeparators(path)),
                         f.errorString());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return makeError(Error::Kind::Corrupt,
                         tr("The pod state %1 is damaged; the Sandbox leaves it alone.")
                             .arg(QDir::toNativeSeparators(path)),
                         pe.errorString());
    return fromJson(doc.object());
}

} // namespace gpudesk
