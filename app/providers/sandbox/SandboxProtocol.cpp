#include "SandboxProtocol.h"

#include "jobs/JobRecord.h"

#include <QJsonArray>

namespace gpudesk {

// The spec travels in the form jobs are stored in (JobSpecJson): one JSON shape for a JobSpec.
QJsonObject SandboxProtocol::specToJson(const JobSpec &spec)
{
    return JobSpecJson::toJson(spec);
}

Result<JobSpec> SandboxProtocol::specFromJson(const QJsonObject &o)
{
    auto spec = JobSpecJson::fromJson(o);
    if (spec)
        spec->providerId = QStringLiteral("sandbox");
    return spec;
}

QJsonObject SandboxProtocol::podView(const PodRecord &pod)
{
    auto date = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("id"), pod.id},
        {QStringLiteral("name"), pod.name},
        {QStringLiteral("client_token"), pod.clientToken},
        {QStringLiteral("state"), PodRecord::stateKey(pod.state)},
        {QStringLiteral("project"), pod.project},
        {QStringLiteral("instance_type"), pod.instanceType},
        {QStringLiteral("image"), pod.image},
        {QStringLiteral("gpu_model"), pod.gpu.model},
        {QStringLiteral("gpu_name"), pod.gpu.name},
        {QStringLiteral("gpu_count"), pod.gpu.count},
        {QStringLiteral("exit_code"), pod.exitCode ? QJsonValue(*pod.exitCode) : QJsonValue()},
        {QStringLiteral("message"), pod.message},
        {QStringLiteral("created_at"), date(pod.createdAt)},
        {QStringLiteral("started_at"), date(pod.startedAt)},
        {QStringLiteral("ended_at"), date(pod.endedAt)},
        {QStringLiteral("ssh_port"), pod.sshPort},
        {QStringLiteral("pid"), pod.leaderPid},
    };
}

Instance::State SandboxProtocol::instanceState(PodRecord::State s)
{
    switch (s) {
    case PodRecord::State::Provisioning:
        return Instance::State::Provisioning;
    case PodRecord::State::Running:
        return Instance::State::Running;
    case PodRecord::State::Stopping:
    case PodRecord::State::Terminating:
        return Instance::State::Stopping;
    case PodRecord::State::Stopped:
        return Instance::State::Stopped;
    case PodRecord::State::Succeeded:
        return Instance::State::Succeeded;
    case PodRecord::State::Failed:
        return Instance::State::Failed;
    case PodRecord::State::Terminated:
        return Instance::State::Terminated;
    case PodRecord::State::Preempted:
        return Instance::State::Preempted;
    }
    return Instance::State::Unknown;
}

Instance SandboxProtocol::instanceFromView(const QJsonObject &view)
{
    Instance i;
    i.id = view.value(QStringLiteral("id")).toString();
    i.providerId = QStringLiteral("sandbox");
    i.name = view.value(QStringLiteral("name")).toString();
    i.clientToken = view.value(QStringLiteral("client_token")).toString();
    i.providerState = view.value(QStringLiteral("state")).toString();
    const auto state = PodRecord::stateFromKey(i.providerState);
    i.state = state ? instanceState(*state) : Instance::State::Unknown;
    i.instanceType = view.value(QStringLiteral("instance_type")).toString();
    i.gpuModel = view.value(QStringLiteral("gpu_model")).toString();
    i.gpuCount = view.value(QStringLiteral("gpu_count")).toInt();
    i.region = QStringLiteral("local");
    i.createdAt = QDateTime::fromString(view.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    i.endedAt = QDateTime::fromString(view.value(QStringLiteral("ended_at")).toString(), Qt::ISODateWithMs);
    const QJsonValue exit = view.value(QStringLiteral("exit_code"));
    if (exit.isDouble())
        i.exitCode = exit.toInt();
    i.message = view.value(QStringLiteral("message")).toString();
    return i;
}

QJsonObject SandboxProtocol::okResponse(qint64 id, const QJsonValue &result)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("ok"), true}, {QStringLiteral("result"), result}};
}

QJsonObject SandboxProtocol::errorResponse(qint64 id, const QString &code, const QString &message,
                                           const QString &detail)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("ok"), false},
                       {QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), code},
                                    {QStringLiteral("message"), message},
                                    {QStringLiteral("detail"), detail}}}};
}

QString SandboxProtocol::errorCode(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::InvalidInput:
        return QStringLiteral("bad-request");
    case Error::Kind::NotFound:
        return QStringLiteral("not-found");
    case Error::Kind::Io:
    case Error::Kind::Database:
    case Error::Kind::Corrupt:
    case Error::Kind::DataTooNew:
        return QStringLiteral("io");
    case Error::Kind::Provider:
        return QStringLiteral("invalid-state");
    case Error::Kind::Network:
    case Error::Kind::Auth:
        return QStringLiteral("ssh-unavailable");
    case Error::Kind::NoCapacity:
        return QStringLiteral("no-capacity");
    case Error::Kind::RateLimited:
    case Error::Kind::Internal:
        break;
    }
    return QStringLiteral("internal");
}

Error::Kind SandboxProtocol::errorKind(const QString &code)
{
    if (code == QLatin1String("bad-request"))
        return Error::Kind::InvalidInput;
    if (code == QLatin1String("no-capacity"))
        return Error::Kind::NoCapacity;
    if (code == QLatin1String("not-found"))
        return Error::Kind::NotFound;
    if (code == QLatin1String("io"))
        return Error::Kind::Io;
    if (code == QLatin1String("invalid-state") || code == QLatin1String("ssh-unavailable"))
        return Error::Kind::Provider;
    return Error::Kind::Internal;
}

} // namespace gpudesk
