#include "LeptonMock.h"

#include <QJsonDocument>

namespace gpudesk::test {

namespace {

HttpAnswer jsonAnswer(int status, const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return HttpAnswer::json(status, doc.toJson(QJsonDocument::Compact));
}

HttpAnswer notFound(const QString &what)
{
    return jsonAnswer(404,
        QJsonObject { { QStringLiteral("code"), QStringLiteral("NotFound") },
            { QStringLiteral("message"), QString(what + QStringLiteral(" not found")) } });
}

QJsonObject shape(const QString &name, const QString &type, int gpus, int memMb)
{
    return QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } },
        { QStringLiteral("spec"),
            QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("cpu"), 16 * std::max(gpus, 1) },
                { QStringLiteral("memory_in_mb"), 131072 * std::max(gpus, 1) },
                { QStringLiteral("accelerator_type"), type }, { QStringLiteral("accelerator_num"), gpus },
                { QStringLiteral("accelerator_memory_in_mb"), memMb } } } };
}

} // namespace

LeptonMock::LeptonMock(QString workspace, QString token) : m_workspace(std::move(workspace)), m_token(std::move(token))
{
    shapes = QJsonArray { shape(QStringLiteral("gpu.8xh100-sxm"), QStringLiteral("NVIDIA-H100-SXM"), 8, 81920),
        shape(QStringLiteral("gpu.a100-80gb"), QStringLiteral("NVIDIA-A100-80GB"), 1, 81920),
        shape(QStringLiteral("cpu.small"), QString(), 0, 0) };
    m_server.setHandler([this](const HttpCall &call) { return handle(call); });
}

bool LeptonMock::listen()
{
    return m_server.listen();
}

QString LeptonMock::workspaceRoot() const
{
    return gatewayUrl().toString() + QStringLiteral("/api/v2/workspaces/") + m_workspace;
}

QStringList LeptonMock::takeViolations()
{
    return std::exchange(m_violations, {});
}

void LeptonMock::setJobState(const QString &jobId, const QString &state)
{
    QJsonObject job = jobs.value(jobId);
    QJsonObject status = job.value(QStringLiteral("status")).toObject();
    status.insert(QStringLiteral("state"), state);
    job.insert(QStringLiteral("status"), status);
    jobs.insert(jobId, job);
}

void LeptonMock::setPodReady(const QString &name, const QString &publicIp, int sshHostPort)
{
    QJsonObject pod = pods.value(name);
    QJsonObject status = pod.value(QStringLiteral("status")).toObject();
    status.insert(QStringLiteral("state"), QStringLiteral("Ready"));
    status.insert(QStringLiteral("container_port_status"),
        QJsonArray {
            QJsonObject { { QStringLiteral("container_port"), 2222 }, { QStringLiteral("host_port"), sshHostPort } } });
    status.insert(QStringLiteral("public_ip"), publicIp); // kept for the replicas answer
    pod.insert(QStringLiteral("status"), status);
    pods.insert(name, pod);
}

HttpAnswer LeptonMock::violation(const QString &what)
{
    m_violations << what;
    return jsonAnswer(400,
        QJsonObject {
            { QStringLiteral("code"), QStringLiteral("InvalidRequest") }, { QStringLiteral("message"), what } });
}

bool LeptonMock::checkCreateBody(const QJsonObject &body, bool pod)
{
    const QJsonObject meta = body.value(QStringLiteral("metadata")).toObject();
    const QJsonObject spec = body.value(QStringLiteral("spec")).toObject();
    QStringList bad;
    const QString name = meta.value(QStringLiteral("name")).toString();
    if (name.isEmpty() || name.size() > 63 || name != name.toLower())
        bad << QStringLiteral("metadata.name must be a short lower-case name");
    const QJsonObject container = spec.value(QStringLiteral("container")).toObject();
    if (!container.value(QStringLiteral("image")).isString())
        bad << QStringLiteral("spec.container.image must be a string");
    if (container.contains(QStringLiteral("command"))) {
        for (const QJsonValue &a : container.value(QStringLiteral("command")).toArray()) {
            if (!a.isString())
                bad << QStringLiteral("spec.container.command must be a list of strings");
        }
    }
    for (const QJsonValue &e : spec.value(QStringLiteral("envs")).toArray()) {
        if (!e.toObject().value(QStringLiteral("name")).isString()
            || !e.toObject().value(QStringLiteral("value")).isString())
            bad << QStringLiteral("spec.envs items must be {name, value} strings");
    }
    if (pod) {
        if (spec.value(QStringLiteral("is_pod")) != QJsonValue(true))
            bad << QStringLiteral("a dev pod needs spec.is_pod = true");
    } else {
        if (!spec.value(QStringLiteral("resource_shape")).isString())
            bad << QStringLiteral("spec.resource_shape must be a string");
        const QJsonValue completions = spec.value(QStringLiteral("completions"));
        const QJsonValue parallelism = spec.value(QStringLiteral("parallelism"));
        if (!completions.isDouble() || completions.toInt() < 1 || completions != parallelism)
            bad << QStringLiteral("spec.completions and spec.parallelism must be the same node count");
    }
    for (const QString &b : std::as_const(bad))
        m_violations << b;
    return bad.isEmpty();
}

HttpAnswer LeptonMock::handle(const HttpCall &call)
{
    if (call.header("authorization") != "Bearer " + m_token.toUtf8()) {
        return jsonAnswer(401,
            QJsonObject { { QStringLiteral("code"), QStringLiteral("Unauthorized") },
                { QStringLiteral("message"), QStringLiteral("invalid token") } });
    }
    if (call.header("origin") != workspaceRoot().toUtf8())
        return violation(QStringLiteral("origin header must be the workspace base URL, got ")
            + QString::fromUtf8(call.header("origin")));
    const QString prefix = QStringLiteral("/api/v2/workspaces/") + m_workspace;
    const QString path = call.path();
    if (!path.startsWith(prefix + QLatin1Char('/')))
        return notFound(QStringLiteral("workspace"));
    const QStringList parts = path.mid(prefix.size() + 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString head = parts.value(0);
    if (head == QLatin1String("shapes") && call.method == "GET") {
        const QString purpose = call.query().queryItemValue(QStringLiteral("purpose"));
        if (!purpose.isEmpty() && purpose != QLatin1String("job") && purpose != QLatin1String("pod"))
            return violation(QStringLiteral("shapes: purpose must be job or pod"));
        const QString group = call.query().queryItemValue(QStringLiteral("node_groups"));
        if (!group.isEmpty() && !nodeGroups.contains(group))
            return violation(QStringLiteral("shapes: unknown node group ") + group);
        QJsonArray out;
        for (const QJsonValue &shape : std::as_const(shapes)) {
            const QString name
                = shape.toObject().value(QStringLiteral("spec")).toObject().value(QStringLiteral("name")).toString();
            if (!missingShapes.value(group).contains(name))
                out.append(shape);
        }
        return jsonAnswer(200, out);
    }
    if (head == QLatin1String("dedicated-node-groups") && call.method == "GET") {
        QJsonArray groups;
        for (const QString &g : std::as_const(nodeGroups))
            groups.append(QJsonObject { { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("id_"), g }, { QStringLiteral("name"), g } } } });
        return jsonAnswer(200, groups);
    }
    if (head == QLatin1String("jobs"))
        return jobs_(call, parts.mid(1));
    if (head == QLatin1String("deployments"))
        return pods_(call, parts.mid(1));
    return notFound(path);
}

HttpAnswer LeptonMock::jobs_(const HttpCall &call, const QStringList &rest)
{
    if (rest.isEmpty() && call.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(call.body).object();
        if (!checkCreateBody(body, false))
            return jsonAnswer(400, QJsonObject { { QStringLiteral("message"), QStringLiteral("invalid job") } });
        const QString wanted
            = body.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        for (const QJsonObject &j : std::as_const(jobs)) {
            if (j.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString() == wanted)
                return jsonAnswer(409,
                    QJsonObject { { QStringLiteral("code"), QStringLiteral("Conflict") },
                        { QStringLiteral("message"), QStringLiteral("a job with this name exists") } });
        }
        const QString id = QStringLiteral("job-%1").arg(m_nextId++);
        QJsonObject meta = body.value(QStringLiteral("metadata")).toObject();
        meta.insert(QStringLiteral("id_"), id);
        QJsonObject job { { QStringLiteral("metadata"), meta },
            { QStringLiteral("spec"), body.value(QStringLiteral("spec")) },
            { QStringLiteral("status"),
                QJsonObject { { QStringLiteral("state"), QStringLiteral("Starting") },
                    { QStringLiteral("creation_time"), 1764072000000.0 } } } };
        jobs.insert(id, job);
        ++creates;
        if (std::exchange(loseNextCreateAnswer, false))
            return HttpAnswer::of(HttpAnswer::Kind::CloseBeforeResponse);
        return jsonAnswer(200, job);
    }
    if (rest.isEmpty() && call.method == "GET") {
        const QUrlQuery q = call.query();
        if (q.queryItemValue(QStringLiteral("job_query_mode")) != QLatin1String("alive_only"))
            return violation(QStringLiteral("GET /jobs: job_query_mode=alive_only expected"));
        const int page = std::max(q.queryItemValue(QStringLiteral("page")).toInt(), 1);
        const int size = q.queryItemValue(QStringLiteral("page_size")).toInt();
        if (size <= 0)
            return violation(QStringLiteral("GET /jobs: page_size missing"));
        const QList<QJsonObject> all = jobs.values();
        QJsonArray out;
        for (qsizetype i = qsizetype(page - 1) * size; i < all.size() && i < qsizetype(page) * size; ++i)
            out.append(all.at(i));
        return jsonAnswer(200, QJsonObject { { QStringLiteral("jobs"), out } });
    }
    const QString id = rest.value(0);
    if (!jobs.contains(id))
        return notFound(QStringLiteral("job ") + id);
    if (rest.size() == 1 && call.method == "GET")
        return jsonAnswer(200, jobs.value(id));
    if (rest.size() == 1 && call.method == "DELETE") {
        jobs.remove(id);
        return jsonAnswer(200, QJsonObject {});
    }
    if (rest.size() == 1 && call.method == "PATCH") {
        const QJsonObject spec = QJsonDocument::fromJson(call.body).object().value(QStringLiteral("spec")).toObject();
        if (spec.value(QStringLiteral("stopped")) != QJsonValue(true))
            return violation(QStringLiteral("PATCH /jobs/{id}: {\"spec\":{\"stopped\":true}} expected"));
        setJobState(id, QStringLiteral("Stopped"));
        return jsonAnswer(200, jobs.value(id));
    }
    if (rest.size() == 2 && rest.at(1) == QLatin1String("replicas") && call.method == "GET") {
        return jsonAnswer(200,
            QJsonArray { QJsonObject { { QStringLiteral("metadata"),
                QJsonObject { { QStringLiteral("id_"), QString(id + QStringLiteral("-0")) } } } } });
    }
    if (rest.size() == 4 && rest.at(1) == QLatin1String("replicas") && rest.at(3) == QLatin1String("log")
        && rest.at(2) == id + QStringLiteral("-0") && call.method == "GET") {
        HttpAnswer a = HttpAnswer::json(200, replicaLog);
        a.contentType = "text/plain";
        return a;
    }
    return notFound(call.path());
}

HttpAnswer LeptonMock::pods_(const HttpCall &call, const QStringList &rest)
{
    if (rest.isEmpty() && call.method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(call.body).object();
        if (!checkCreateBody(body, true))
            return jsonAnswer(400, QJsonObject { { QStringLiteral("message"), QStringLiteral("invalid deployment") } });
        const QString name = body.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        QJsonObject pod { { QStringLiteral("metadata"), body.value(QStringLiteral("metadata")) },
            { QStringLiteral("spec"), body.value(QStringLiteral("spec")) },
            { QStringLiteral("status"), QJsonObject { { QStringLiteral("state"), QStringLiteral("Starting") } } } };
        pods.insert(name, pod);
        return jsonAnswer(200, pod);
    }
    if (rest.isEmpty() && call.method == "GET") {
        QJsonArray all;
        for (const QJsonObject &p : std::as_const(pods))
            all.append(p);
        return jsonAnswer(200, all);
    }
    const QString name = rest.value(0);
    if (!pods.contains(name))
        return notFound(QStringLiteral("deployment ") + name);
    if (rest.size() == 1 && call.method == "GET")
        return jsonAnswer(200, pods.value(name));
    if (rest.size() == 1 && call.method == "DELETE") {
        pods.remove(name);
        return jsonAnswer(200, QJsonObject {});
    }
    if (rest.size() == 2 && rest.at(1) == QLatin1String("replicas") && call.method == "GET") {
        const QString ip
            = pods.value(name).value(QStringLiteral("status")).toObject().value(QStringLiteral("public_ip")).toString();
        return jsonAnswer(200,
            QJsonArray {
                QJsonObject { { QStringLiteral("metadata"),
                                  QJsonObject { { QStringLiteral("id_"), QString(name + QStringLiteral("-r0")) } } },
                    { QStringLiteral("status"), QJsonObject { { QStringLiteral("public_ip"), ip } } } } });
    }
    return notFound(call.path());
}

} // namespace gpudesk::test
