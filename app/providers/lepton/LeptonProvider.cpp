#include "LeptonProvider.h"

#include "jobs/JobTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace gpudesk {

namespace {

const QString kPodPrefix = QStringLiteral("pod:");
const QString kNamePrefix = QStringLiteral("gd");
// API-NOTES.md: a dev pod's SSH server listens on container port 2222.
constexpr int kPodSshPort = 2222;
constexpr int kJobPageSize = 50;

// Lepton's JSON is read defensively: numbers sometimes come as strings.
qint64 leptonInt(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString())
        return v.toString().toLongLong();
    return 0;
}

QString leptonString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

QDateTime leptonTime(const QJsonValue &v)
{
    if (v.isString()) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            return t;
    }
    const qint64 n = leptonInt(v);
    if (n <= 0)
        return {};
    // Epoch milliseconds or seconds, whichever the number is large enough to be.
    return n > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC)
                                 : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
}

// "NVIDIA-H100-SXM" → "H100 SXM", "NVIDIA-A100-80GB" → "A100 80GB" (the catalog's model names).
QString gpuModelFromAccelerator(QString type)
{
    type.remove(QRegularExpression(QStringLiteral("^NVIDIA[-_ ]"), QRegularExpression::CaseInsensitiveOption));
    type.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    return type.trimmed();
}

Instance::State jobState(const QString &s)
{
    const QString k = s.toLower();
    if (k == QLatin1String("queueing") || k == QLatin1String("pending"))
        return Instance::State::Pending;
    if (k == QLatin1String("starting") || k == QLatin1String("restarting"))
        return Instance::State::Provisioning;
    if (k == QLatin1String("running"))
        return Instance::State::Running;
    if (k == QLatin1String("stopping"))
        return Instance::State::Stopping;
    if (k == QLatin1String("stopped"))
        return Instance::State::Stopped;
    if (k == QLatin1String("completed") || k == QLatin1String("succeeded"))
        return Instance::State::Succeeded;
    if (k == QLatin1String("failed"))
        return Instance::State::Failed;
    if (k == QLatin1String("deleting") || k == QLatin1String("deleted"))
        return Instance::State::Terminated;
    return Instance::State::Unknown;
}

Instance::State podState(const QString &s)
{
    const QString k = s.toLower();
    if (k == QLatin1String("ready"))
        return Instance::State::Running;
    if (k == QLatin1String("not ready") || k == QLatin1String("starting") || k == QLatin1String("updating"))
        return Instance::State::Provisioning;
    if (k == QLatin1String("stopping"))
        return Instance::State::Stopping;
    if (k == QLatin1String("stopped"))
        return Instance::State::Stopped;
    if (k == QLatin1String("error") || k == QLatin1String("failed"))
        return Instance::State::Failed;
    if (k == QLatin1String("deleting") || k == QLatin1String("deleted"))
        return Instance::State::Terminated;
    return Instance::State::Unknown;
}

QJsonArray envArray(const QList<JobSpec::EnvVar> &env)
{
    QJsonArray out;
    for (const JobSpec::EnvVar &e : env)
        out.append(QJsonObject { { QStringLiteral("name"), e.name }, { QStringLiteral("value"), e.value } });
    return out;
}

// Multi-node jobs: every replica gets the same `envs`, so what differs per replica (its rank, the
// first replica's address, the MPI hostfile) is computed at start from the variables Lepton sets in
// each replica (LEPTON_JOB_WORKER_INDEX, LEPTON_JOB_TOTAL_WORKERS, LEPTON_JOB_SERVICE_PREFIX or
// LEPTON_JOB_NAME, LEPTON_SUBDOMAIN), as the platform's own torchrun/MPI templates do.
QString rendezvousPrelude(const JobSpec &spec)
{
    QStringList lines;
    lines << QStringLiteral("export NODE_RANK=\"${LEPTON_JOB_WORKER_INDEX:-0}\"")
          << QStringLiteral("_gd_prefix=\"${LEPTON_JOB_SERVICE_PREFIX:-$LEPTON_JOB_NAME}\"")
          << QStringLiteral("_gd_sub=\"${LEPTON_SUBDOMAIN:-$LEPTON_JOB_NAME-job-svc}\"")
          << QStringLiteral("export MASTER_ADDR=\"${_gd_prefix}-0.${_gd_sub}\"");
    if (spec.templateId == JobTemplates::MpiId) {
        lines << QStringLiteral("mkdir -p \"$(dirname \"$HOSTFILE\")\" && : > \"$HOSTFILE\"")
              << QStringLiteral("for _gd_i in $(seq 0 $((${LEPTON_JOB_TOTAL_WORKERS:-$NNODES} - 1))); do "
                                "echo \"${_gd_prefix}-${_gd_i}.${_gd_sub} slots=${NGPUS}\" >> \"$HOSTFILE\"; done");
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject containerOf(const JobSpec &spec, const QString &prelude)
{
    QStringList script;
    if (!prelude.isEmpty())
        script << prelude;
    if (!spec.setup.trimmed().isEmpty())
        script << spec.setup;
    const QString command = JobTemplates::effectiveCommand(spec);
    if (!command.trimmed().isEmpty())
        script << command;
    QJsonObject container { { QStringLiteral("image"), spec.image } };
    if (!script.isEmpty()) {
        container.insert(QStringLiteral("command"),
            QJsonArray { QStringLiteral("bash"), QStringLiteral("-c"), script.join(QLatin1Char('\n')) });
    }
    return container;
}

// What jobs and deployments share: metadata.name (carrying the client token) and status.
Instance leptonInstance(const QString &providerId, const QJsonObject &meta, const QJsonObject &status)
{
    Instance i;
    i.providerId = providerId;
    i.name = leptonString(meta.value(QStringLiteral("name")));
    i.clientToken = LeptonProvider::tokenFromName(i.name);
    i.providerState = leptonString(status.value(QStringLiteral("state")));
    i.message = leptonString(status.value(QStringLiteral("message")));
    return i;
}

// A job's or dev pod's own path under the workspace.
QString objectPath(const QString &instanceId)
{
    if (instanceId.startsWith(kPodPrefix))
        return QStringLiteral("/deployments/") + instanceId.mid(kPodPrefix.size());
    return QStringLiteral("/jobs/") + instanceId;
}

QJsonArray listOf(const QJsonDocument &doc, const QString &key)
{
    if (doc.isArray())
        return doc.array();
    const QJsonValue v = doc.object().value(key);
    if (v.isArray())
        return v.toArray();
    return doc.object().value(QStringLiteral("items")).toArray();
}

} // namespace

QUrl LeptonProvider::publicBaseUrl()
{
    return QUrl(QStringLiteral("https://gateway.dgxc-lepton.nvidia.com"));
}

LeptonProvider::LeptonProvider(const ProviderCredentials &credentials, const QUrl &baseUrl, QObject *parent)
    : HttpProvider(credentials, baseUrl.isValid() ? baseUrl : publicBaseUrl(),
        HttpService { QStringLiteral("lepton"), tr("DGX Cloud Lepton"), {} }, parent)
{ }

LeptonProvider::~LeptonProvider() = default;

QString LeptonProvider::displayName() const
{
    return tr("DGX Cloud Lepton");
}

ProviderCapabilities LeptonProvider::capabilities() const
{
    ProviderCapabilities c;
    c.listOffers = true;
    c.launch = true;
    c.stop = true; // jobs only: PATCH {"spec":{"stopped":true}}
    c.start = false; // API-NOTES.md documents no way to resume a stopped job
    c.terminate = true;
    c.listInstances = true;
    c.sshKeys = false;
    c.logs = true; // jobs only: the replica log endpoint
    return c;
}

bool LeptonProvider::hasCredentials() const
{
    return !credentials().key.isEmpty() && !credentials().account.trimmed().isEmpty();
}

QUrl LeptonProvider::workspaceUrl() const
{
    const QString account = credentials().account.trimmed();
    if (account.isEmpty())
        return {};
    QUrl root = baseUrl();
    QString workspace = account;
    const QUrl asUrl(account);
    if (asUrl.isValid() && (asUrl.scheme() == QLatin1String("https") || asUrl.scheme() == QLatin1String("http"))) {
        // A pasted workspace URL: its last "workspaces/<id>" segment names the workspace; its host
        // is used unless the base URL was overridden (tests, proxies).
        const QStringList parts = asUrl.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const qsizetype at = parts.indexOf(QStringLiteral("workspaces"));
        workspace = at >= 0 && at + 1 < parts.size() ? parts.at(at + 1) : parts.value(parts.size() - 1);
        if (baseUrl() == publicBaseUrl()) {
            root = asUrl;
            root.setPath(QString());
        }
    }
    if (workspace.isEmpty())
        return {};
    QString path = root.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    root.setPath(path + QStringLiteral("/api/v2/workspaces/") + workspace);
    root.setQuery(QString());
    return root;
}

QString LeptonProvider::nameForToken(const QString &clientToken)
{
    const QUuid uuid(clientToken);
    if (!uuid.isNull())
        return kNamePrefix + uuid.toString(QUuid::Id128);
    QString safe = clientToken.toLower();
    safe.replace(QRegularExpression(QStringLiteral("[^a-z0-9-]")), QStringLiteral("-"));
    return kNamePrefix + QLatin1Char('-') + safe;
}

QString LeptonProvider::tokenFromName(const QString &name)
{
    static const QRegularExpression uuidName(QStringLiteral("^gd([0-9a-f]{32})$"));
    const QRegularExpressionMatch m = uuidName.match(name);
    if (m.hasMatch()) {
        const QString hex = m.captured(1);
        return QStringList { hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20) }.join(
            QLatin1Char('-'));
    }
    if (name.startsWith(kNamePrefix + QLatin1Char('-')))
        return name.mid(kNamePrefix.size() + 1);
    return {};
}

QJsonObject LeptonProvider::jobBody(const JobSpec &spec, const QString &name)
{
    const int nodes = std::max(spec.nodes, 1);
    const bool distributed
        = nodes > 1 || spec.templateId == JobTemplates::TorchrunId || spec.templateId == JobTemplates::MpiId;
    QList<JobSpec::EnvVar> env = spec.env;
    QString prelude;
    if (distributed) {
        // The per-node values come from the prelude; the shared ones (NNODES, NGPUS, MASTER_PORT,
        // NPROC_PER_NODE, HOSTFILE) go in `envs` so Lepton's console shows them.
        env = JobTemplates::nodeEnvironment(spec, 0, QString());
        env.erase(std::remove_if(env.begin(), env.end(),
                      [](const JobSpec::EnvVar &e) {
                          return e.name == QLatin1String("NODE_RANK") || e.name == QLatin1String("MASTER_ADDR");
                      }),
            env.end());
        prelude = rendezvousPrelude(spec);
    }
    QJsonObject jobSpec {
        { QStringLiteral("resource_shape"), spec.instanceType },
        { QStringLiteral("container"), containerOf(spec, prelude) },
        { QStringLiteral("completions"), nodes },
        { QStringLiteral("parallelism"), nodes },
        { QStringLiteral("envs"), envArray(env) },
    };
    if (!spec.region.isEmpty()) {
        // The region field names a dedicated node group (listOffers reports them as regions).
        jobSpec.insert(QStringLiteral("affinity"),
            QJsonObject { { QStringLiteral("allowed_dedicated_node_groups"), QJsonArray { spec.region } } });
    }
    return QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } },
        { QStringLiteral("spec"), jobSpec } };
}

QJsonObject LeptonProvider::podBody(const JobSpec &spec, const QString &name)
{
    // API-NOTES.md documents only `spec.is_pod` for dev pods; the resource and container fields
    // follow the SDK's deployment spec and are the part of this body that is not verified.
    QJsonObject podSpec {
        { QStringLiteral("is_pod"), true },
        { QStringLiteral("resource_requirement"),
            QJsonObject { { QStringLiteral("resource_shape"), spec.instanceType } } },
        { QStringLiteral("container"), containerOf(spec, QString()) },
        { QStringLiteral("envs"), envArray(spec.env) },
    };
    if (!spec.region.isEmpty()) {
        podSpec.insert(QStringLiteral("affinity"),
            QJsonObject { { QStringLiteral("allowed_dedicated_node_groups"), QJsonArray { spec.region } } });
    }
    return QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } },
        { QStringLiteral("spec"), podSpec } };
}

std::optional<Error> LeptonProvider::credentialsError() const
{
    if (credentials().key.isEmpty()) {
        Error e = makeError(Error::Kind::Auth,
            tr("No DGX Cloud Lepton token is set. Add it in Settings → Providers → "
               "DGX Cloud Lepton, or set LEPTON_API_TOKEN."));
        e.code = QStringLiteral("missing-credentials");
        return e;
    }
    if (!workspaceUrl().isValid() || workspaceUrl().isEmpty()) {
        Error e = makeError(Error::Kind::Auth,
            tr("No DGX Cloud Lepton workspace is set. Add the workspace URL or id in Settings → "
               "Providers → DGX Cloud Lepton, or set LEPTON_WORKSPACE_URL."));
        e.code = QStringLiteral("missing-workspace");
        return e;
    }
    return std::nullopt;
}

Error LeptonProvider::unreadable(const QString &operation, const QString &what) const
{
    Error e = makeError(Error::Kind::Provider,
        tr("DGX Cloud Lepton sent a response GPU Desk could not read while trying to %1: %2.").arg(operation, what));
    e.code = QStringLiteral("unexpected-response");
    return e;
}

QUrl LeptonProvider::endpoint(const QString &path, const QUrlQuery &query) const
{
    const QUrl base = workspaceUrl();
    QUrl url = base;
    url.setPath(base.path() + path);
    // Through the query's text, as the calls have always sent it.
    QUrl withQuery;
    withQuery.setQuery(query);
    if (!withQuery.query().isEmpty())
        url.setQuery(withQuery.query());
    return url;
}

void LeptonProvider::authorize(HttpRequest &request) const
{
    HttpProvider::authorize(request);
    request.headers.append({ "origin", workspaceUrl().toString(QUrl::FullyEncoded).toUtf8() });
}

void LeptonProvider::listOffers(Reply<std::vector<Offer>> reply)
{
    HttpRequest groups;
    groups.operation = tr("list dedicated node groups");
    call(groups, QStringLiteral("/dedicated-node-groups"), {}, [this, reply](Result<QJsonDocument> g) {
        // Node groups only name the offers' regions: a workspace without any (or an older gateway
        // without the endpoint) still lists its shapes. An auth failure is reported at once.
        if (!g && g.error().kind == Error::Kind::Auth)
            return reply(g.error());
        QStringList groupNames;
        if (g) {
            for (const QJsonValue &v : listOf(*g, QStringLiteral("dedicated_node_groups"))) {
                const QJsonObject meta = v.toObject().value(QStringLiteral("metadata")).toObject();
                QString name = leptonString(meta.value(QStringLiteral("id_")));
                if (name.isEmpty())
                    name = leptonString(meta.value(QStringLiteral("id")));
                if (name.isEmpty())
                    name = leptonString(meta.value(QStringLiteral("name")));
                if (!name.isEmpty())
                    groupNames << name;
            }
        }
        // Shapes are asked per node group (`node_groups=`), so each offer names the groups that
        // really have it; a workspace without dedicated groups gets the plain list.
        struct Gather
        {
            int left = 0;
            bool failed = false;
            std::vector<Offer> offers;
        };
        auto gather = std::make_shared<Gather>();
        const QStringList groupsToAsk = groupNames.isEmpty() ? QStringList { QString() } : groupNames;
        gather->left = int(groupsToAsk.size());
        for (const QString &group : groupsToAsk) {
            listShapes(group, [gather, reply](Result<std::vector<Offer>> shapes) {
                if (gather->failed)
                    return;
                if (!shapes) {
                    gather->failed = true;
                    return reply(shapes.error());
                }
                for (Offer &o : *shapes) {
                    auto same = std::find_if(gather->offers.begin(), gather->offers.end(),
                        [&o](const Offer &have) { return have.instanceType == o.instanceType; });
                    if (same == gather->offers.end())
                        gather->offers.push_back(std::move(o));
                    else if (!o.region.isEmpty())
                        same->region += (same->region.isEmpty() ? QString() : QStringLiteral(";")) + o.region;
                }
                if (--gather->left == 0)
                    reply(std::move(gather->offers));
            });
        }
    });
}

void LeptonProvider::listShapes(const QString &nodeGroup, Reply<std::vector<Offer>> reply)
{
    HttpRequest shapes;
    shapes.operation = tr("list resource shapes");
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("purpose"), QStringLiteral("job"));
    if (!nodeGroup.isEmpty())
        q.addQueryItem(QStringLiteral("node_groups"), nodeGroup);
    call(shapes, QStringLiteral("/shapes"), q, [this, reply, nodeGroup](Result<QJsonDocument> s) {
        if (!s)
            return reply(s.error());
        if (!s->isArray() && !s->object().value(QStringLiteral("items")).isArray())
            return reply(unreadable(tr("list resource shapes"), tr("expected a list of shapes")));
        std::vector<Offer> offers;
        for (const QJsonValue &v : listOf(*s, QStringLiteral("shapes"))) {
            const QJsonObject spec = v.toObject().value(QStringLiteral("spec")).toObject();
            const QString name = leptonString(spec.value(QStringLiteral("name")));
            const int gpus = int(leptonInt(spec.value(QStringLiteral("accelerator_num"))));
            if (name.isEmpty() || gpus <= 0)
                continue; // CPU-only shapes are not GPU offers
            Offer o;
            o.providerId = id();
            o.instanceType = name;
            o.gpuModel = gpuModelFromAccelerator(leptonString(spec.value(QStringLiteral("accelerator_type"))));
            o.gpuCount = gpus;
            o.gpuMemoryGb = int(leptonInt(spec.value(QStringLiteral("accelerator_memory_in_mb"))) / 1024);
            o.vcpus = int(leptonInt(spec.value(QStringLiteral("cpu"))));
            o.ramGb = int(leptonInt(spec.value(QStringLiteral("memory_in_mb"))) / 1024);
            o.region = nodeGroup;
            o.priceSource = PriceSource::Quote; // Lepton has no list prices anywhere in its API
            o.source = tr("DGX Cloud Lepton API: workspace resource shapes (no list price: quote)");
            offers.push_back(o);
        }
        reply(std::move(offers));
    });
}

Result<Instance> LeptonProvider::jobToInstance(const QJsonValue &value, const QString &operation) const
{
    if (!value.isObject())
        return unreadable(operation, tr("a job is not a JSON object"));
    const QJsonObject o = value.toObject();
    const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
    const QJsonObject spec = o.value(QStringLiteral("spec")).toObject();
    const QJsonObject status = o.value(QStringLiteral("status")).toObject();
    Instance i = leptonInstance(id(), meta, status);
    i.state = jobState(i.providerState);
    i.id = leptonString(meta.value(QStringLiteral("id_")));
    if (i.id.isEmpty())
        i.id = leptonString(meta.value(QStringLiteral("id")));
    if (i.id.isEmpty())
        i.id = i.name;
    if (i.id.isEmpty())
        return unreadable(operation, tr("a job has neither id nor name"));
    i.instanceType = leptonString(spec.value(QStringLiteral("resource_shape")));
    i.createdAt = leptonTime(status.value(QStringLiteral("creation_time")));
    if (!i.createdAt.isValid())
        i.createdAt = leptonTime(meta.value(QStringLiteral("created_at")));
    return i;
}

Result<Instance> LeptonProvider::podToInstance(const QJsonValue &value, const QString &operation) const
{
    if (!value.isObject())
        return unreadable(operation, tr("a deployment is not a JSON object"));
    const QJsonObject o = value.toObject();
    const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
    const QJsonObject spec = o.value(QStringLiteral("spec")).toObject();
    const QJsonObject status = o.value(QStringLiteral("status")).toObject();
    Instance i = leptonInstance(id(), meta, status);
    if (i.name.isEmpty())
        return unreadable(operation, tr("a deployment has no name"));
    i.id = kPodPrefix + i.name;
    i.state = podState(i.providerState);
    i.instanceType = leptonString(
        spec.value(QStringLiteral("resource_requirement")).toObject().value(QStringLiteral("resource_shape")));
    i.createdAt = leptonTime(meta.value(QStringLiteral("created_at")));
    return i;
}

void LeptonProvider::launch(const JobSpec &spec, const QString &clientToken, Reply<Instance> reply)
{
    if (spec.instanceType.isEmpty()) {
        return later(std::move(reply),
            Result<Instance>(makeError(Error::Kind::InvalidInput,
                tr("DGX Cloud Lepton needs a resource shape (e.g. gpu.8xh100-sxm): "
                   "pick one of its offers."))));
    }
    if (spec.image.isEmpty()) {
        return later(std::move(reply),
            Result<Instance>(makeError(Error::Kind::InvalidInput,
                tr("DGX Cloud Lepton runs containers: set an "
                   "image."))));
    }
    const QString name = nameForToken(clientToken);
    const bool pod = spec.templateId == JobTemplates::DevPodId;
    HttpRequest r;
    r.method = HttpRequest::Method::Post;
    r.operation = pod ? tr("create a dev pod") : tr("create a job");
    r.body = QJsonDocument(pod ? podBody(spec, name) : jobBody(spec, name)).toJson(QJsonDocument::Compact);
    const QString operation = r.operation;
    call(r, pod ? QStringLiteral("/deployments") : QStringLiteral("/jobs"), {},
        [this, reply, pod, name, clientToken, operation](Result<QJsonDocument> result) {
            if (!result) {
                if (result.error().kind == Error::Kind::Auth)
                    return reply(result.error());
                // Qt resends a request whose connection dropped before the answer; a resent create
                // is refused (the name exists) although the first one worked. Look before failing.
                return adopt(clientToken, result.error(), reply);
            }
            // The create answer is the new object; where it is empty, the name we chose identifies it.
            const QJsonValue created = result->isObject() && !result->object().isEmpty()
                ? QJsonValue(result->object())
                : QJsonValue(
                    QJsonObject { { QStringLiteral("metadata"), QJsonObject { { QStringLiteral("name"), name } } } });
            Result<Instance> i = pod ? podToInstance(created, operation) : jobToInstance(created, operation);
            if (i) {
                i->clientToken = clientToken;
                if (i->state == Instance::State::Unknown && i->providerState.isEmpty())
                    i->state = Instance::State::Pending;
            }
            reply(std::move(i));
        });
}

void LeptonProvider::listJobs(int page, std::shared_ptr<std::vector<Instance>> out, Reply<std::vector<Instance>> reply)
{
    HttpRequest r;
    r.operation = tr("list jobs");
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("job_query_mode"), QStringLiteral("alive_only"));
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("page_size"), QString::number(kJobPageSize));
    call(r, QStringLiteral("/jobs"), q, [this, page, out, reply](Result<QJsonDocument> result) {
        if (!result)
            return reply(result.error());
        if (!result->object().value(QStringLiteral("jobs")).isArray() && !result->isArray())
            return reply(unreadable(tr("list jobs"), tr("no \"jobs\" list")));
        const QJsonArray jobs = listOf(*result, QStringLiteral("jobs"));
        for (const QJsonValue &v : jobs) {
            Result<Instance> i = jobToInstance(v, tr("list jobs"));
            if (!i)
                return reply(i.error());
            out->push_back(std::move(*i));
        }
        // A full page may have a next one; 100 pages is far beyond any workspace and stops a server
        // that ignores `page` from looping us forever.
        if (jobs.size() >= kJobPageSize && page < 100)
            return listJobs(page + 1, out, reply);
        listPods(out, reply);
    });
}

void LeptonProvider::listPods(std::shared_ptr<std::vector<Instance>> out, Reply<std::vector<Instance>> reply)
{
    HttpRequest r;
    r.operation = tr("list dev pods");
    call(r, QStringLiteral("/deployments"), {}, [this, out, reply](Result<QJsonDocument> result) {
        if (!result)
            return reply(result.error());
        for (const QJsonValue &v : listOf(*result, QStringLiteral("deployments"))) {
            if (!v.toObject().value(QStringLiteral("spec")).toObject().value(QStringLiteral("is_pod")).toBool())
                continue; // endpoints and other deployments are not GPU Desk's instances
            Result<Instance> i = podToInstance(v, tr("list dev pods"));
            if (!i)
                return reply(i.error());
            out->push_back(std::move(*i));
        }
        reply(std::move(*out));
    });
}

void LeptonProvider::instances(Reply<std::vector<Instance>> reply)
{
    listJobs(1, std::make_shared<std::vector<Instance>>(), std::move(reply));
}

void LeptonProvider::instance(const QString &instanceId, Reply<Instance> reply)
{
    HttpRequest r;
    const bool pod = instanceId.startsWith(kPodPrefix);
    r.operation = pod ? tr("read a dev pod") : tr("read a job");
    const QString operation = r.operation;
    call(r, objectPath(instanceId), {}, [this, reply, pod, operation](Result<QJsonDocument> result) {
        if (!result)
            return reply(result.error());
        const QJsonValue v = result->isObject() ? QJsonValue(result->object()) : QJsonValue();
        reply(pod ? podToInstance(v, operation) : jobToInstance(v, operation));
    });
}

void LeptonProvider::stop(const QString &instanceId, Reply<void> reply)
{
    if (instanceId.startsWith(kPodPrefix))
        return replyUnsupported(tr("stop a dev pod"), std::move(reply));
    HttpRequest r;
    r.method = HttpRequest::Method::Patch;
    r.idempotent = true; // setting `stopped` twice is harmless
    r.operation = tr("stop a job");
    r.body
        = QJsonDocument(QJsonObject { { QStringLiteral("spec"), QJsonObject { { QStringLiteral("stopped"), true } } } })
              .toJson(QJsonDocument::Compact);
    call(r, QStringLiteral("/jobs/") + instanceId, {},
        [reply](Result<QJsonDocument> result) { reply(result ? Result<void>() : Result<void>(result.error())); });
}

void LeptonProvider::start(const QString &instanceId, Reply<void> reply)
{
    Q_UNUSED(instanceId)
    replyUnsupported(tr("resume a stopped job"), std::move(reply));
}

void LeptonProvider::terminate(const QString &instanceId, Reply<void> reply)
{
    HttpRequest r;
    r.method = HttpRequest::Method::Delete;
    const bool pod = instanceId.startsWith(kPodPrefix);
    r.operation = pod ? tr("delete a dev pod") : tr("delete a job");
    callRaw(r, objectPath(instanceId), {}, [reply](Result<HttpResponse> result) {
        // Already gone is what terminate wants.
        if (!result && result.error().kind != Error::Kind::NotFound)
            return reply(result.error());
        reply(Result<void>());
    });
}

void LeptonProvider::sshEndpoint(const QString &instanceId, Reply<SshEndpoint> reply)
{
    if (!instanceId.startsWith(kPodPrefix)) {
        return later(std::move(reply),
            Result<SshEndpoint>(makeError(Error::Kind::Provider,
                tr("DGX Cloud Lepton gives SSH to dev pods only; this is a "
                   "batch job. Launch it with the dev pod template."))));
    }
    const QString name = instanceId.mid(kPodPrefix.size());
    HttpRequest r;
    r.operation = tr("read a dev pod's SSH port");
    call(r, QStringLiteral("/deployments/") + name, {}, [this, reply, name](Result<QJsonDocument> d) {
        if (!d)
            return reply(d.error());
        int hostPort = 0;
        const QJsonArray ports = d->object()
                                     .value(QStringLiteral("status"))
                                     .toObject()
                                     .value(QStringLiteral("container_port_status"))
                                     .toArray();
        for (const QJsonValue &p : ports) {
            if (leptonInt(p.toObject().value(QStringLiteral("container_port"))) == kPodSshPort)
                hostPort = int(leptonInt(p.toObject().value(QStringLiteral("host_port"))));
        }
        if (hostPort <= 0) {
            return reply(makeError(Error::Kind::Provider,
                tr("DGX Cloud Lepton has not yet mapped the dev pod's SSH port; try again when "
                   "it is running.")));
        }
        HttpRequest rr;
        rr.operation = tr("read a dev pod's address");
        call(rr, QStringLiteral("/deployments/") + name + QStringLiteral("/replicas"), {},
            [this, reply, hostPort](Result<QJsonDocument> replicas) {
                if (!replicas)
                    return reply(replicas.error());
                QString ip;
                for (const QJsonValue &v : listOf(*replicas, QStringLiteral("replicas"))) {
                    ip = leptonString(
                        v.toObject().value(QStringLiteral("status")).toObject().value(QStringLiteral("public_ip")));
                    if (!ip.isEmpty())
                        break;
                }
                if (ip.isEmpty()) {
                    return reply(makeError(Error::Kind::Provider,
                        tr("DGX Cloud Lepton reports no public address for the dev pod yet; "
                           "try again when it is running.")));
                }
                SshEndpoint e;
                e.host = ip;
                e.port = hostPort;
                e.user = QStringLiteral("root");
                reply(e);
            });
    });
}

void LeptonProvider::logs(const QString &instanceId, qint64 maxBytes, Reply<QByteArray> reply)
{
    if (instanceId.startsWith(kPodPrefix))
        return replyUnsupported(tr("read a dev pod's log"), std::move(reply));
    HttpRequest r;
    r.operation = tr("list a job's replicas");
    call(r, QStringLiteral("/jobs/") + instanceId + QStringLiteral("/replicas"), {},
        [this, reply, instanceId, maxBytes](Result<QJsonDocument> replicas) {
            if (!replicas)
                return reply(replicas.error());
            QString replicaId;
            for (const QJsonValue &v : listOf(*replicas, QStringLiteral("replicas"))) {
                const QJsonObject meta = v.toObject().value(QStringLiteral("metadata")).toObject();
                replicaId = leptonString(meta.value(QStringLiteral("id_")));
                if (replicaId.isEmpty())
                    replicaId = leptonString(meta.value(QStringLiteral("id")));
                if (!replicaId.isEmpty())
                    break; // the first replica (rank 0) has the log worth reading
            }
            if (replicaId.isEmpty())
                return reply(QByteArray()); // not started yet: nothing written
            HttpRequest lr;
            lr.operation = tr("read a job's log");
            lr.contentType.clear();
            callRaw(lr,
                QStringLiteral("/jobs/") + instanceId + QStringLiteral("/replicas/") + replicaId
                    + QStringLiteral("/log"),
                {}, [reply, maxBytes](Result<HttpResponse> log) {
                    if (!log)
                        return reply(log.error());
                    const QByteArray &body = log->body;
                    reply(maxBytes > 0 && body.size() > maxBytes ? body.right(maxBytes) : body);
                });
        });
}

} // namespace gpudesk
