#include "CrusoeProvider.h"

#include "catalog/Catalog.h"
#include "jobs/JobTemplates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>

namespace gpudesk {

namespace {

const QString kNamePrefix = QStringLiteral("gd-");
constexpr int kMaxPages = 200;

QString crusoeText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

qint64 crusoeInt(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    return v.toString().trimmed().toLongLong();
}

Instance::State crusoeState(const QString &s)
{
    // "STATE_RUNNING" and friends; matched loosely since the spec leaves the values open.
    const QString k = s.toUpper();
    if (k.contains(QLatin1String("RUNNING")))
        return Instance::State::Running;
    if (k.contains(QLatin1String("CREATING")) || k.contains(QLatin1String("PENDING"))
        || k.contains(QLatin1String("STARTING")) || k.contains(QLatin1String("PROVISIONING")))
        return Instance::State::Provisioning;
    if (k.contains(QLatin1String("STOPPING")) || k.contains(QLatin1String("SHUTTING")))
        return Instance::State::Stopping;
    if (k.contains(QLatin1String("STOPPED")) || k.contains(QLatin1String("SHUTOFF")))
        return Instance::State::Stopped;
    if (k.contains(QLatin1String("DELET")) || k.contains(QLatin1String("TERMINAT")))
        return Instance::State::Terminated;
    if (k.contains(QLatin1String("FAIL")) || k.contains(QLatin1String("ERROR")))
        return Instance::State::Failed;
    return Instance::State::Unknown;
}

QString shellQuote(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QStringList wordsOf(const QString &s)
{
    return s.toLower().split(QRegularExpression(QStringLiteral("[\\s._-]+")), Qt::SkipEmptyParts);
}

} // namespace

QUrl CrusoeProvider::publicBaseUrl()
{
    // The spec's host and basePath (swagger-v1alpha5.json).
    return QUrl(QStringLiteral("https://api.cloud.crusoe.ai/v1alpha5"));
}

CrusoeProvider::CrusoeProvider(const ProviderCredentials &credentials, const QUrl &baseUrl, QObject *parent)
    : HttpProvider(credentials, baseUrl.isValid() ? baseUrl : publicBaseUrl(),
        HttpService { QStringLiteral("crusoe"), tr("Crusoe"), {} }, parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{ }

CrusoeProvider::~CrusoeProvider() = default;

QString CrusoeProvider::displayName() const
{
    return tr("Crusoe");
}

ProviderCapabilities CrusoeProvider::capabilities() const
{
    ProviderCapabilities c;
    c.listOffers = true; // instance types; prices from the snapshot
    c.launch = true;
    c.stop = true; // PATCH action STOP
    c.start = true; // PATCH action START
    c.terminate = true;
    c.listInstances = true;
    c.sshKeys = false; // keys go with each VM at creation
    c.logs = false; // the API has no console or log endpoint for VMs
    return c;
}

bool CrusoeProvider::hasCredentials() const
{
    return !credentials().key.isEmpty() && !credentials().secret.isEmpty() && !credentials().account.isEmpty();
}

QByteArray CrusoeProvider::signature(const QString &secretKey, const QString &path, const QString &query,
    const QByteArray &method, const QString &timestamp)
{
    QByteArray key
        = QByteArray::fromBase64(secretKey.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const auto strict = QByteArray::fromBase64Encoding(
        secretKey.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!strict || key.isEmpty())
        key = secretKey.toUtf8();
    const QByteArray payload
        = path.toUtf8() + '\n' + query.toUtf8() + '\n' + method.toUpper() + '\n' + timestamp.toUtf8() + '\n';
    return QMessageAuthenticationCode::hash(payload, key, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString CrusoeProvider::canonicalQuery(const QUrl &url)
{
    QList<QPair<QString, QString>> items = QUrlQuery(url).queryItems(QUrl::FullyEncoded);
    std::sort(items.begin(), items.end());
    QStringList parts;
    for (const auto &[k, v] : std::as_const(items))
        parts << k + QLatin1Char('=') + v;
    return parts.join(QLatin1Char('&'));
}

QString CrusoeProvider::nameForToken(const QString &clientToken)
{
    return kNamePrefix + clientToken;
}

QString CrusoeProvider::tokenFromName(const QString &name)
{
    return name.startsWith(kNamePrefix) ? name.mid(kNamePrefix.size()) : QString();
}

QJsonObject CrusoeProvider::createBody(const JobSpec &spec, const QString &name, const QString &sshPublicKey)
{
    QStringList script { QStringLiteral("#!/bin/bash") };
    const QList<JobSpec::EnvVar> env = JobTemplates::nodeEnvironment(spec, 0, QStringLiteral("127.0.0.1"));
    QStringList work;
    if (!spec.setup.trimmed().isEmpty())
        work << spec.setup;
    const QString command = JobTemplates::effectiveCommand(spec);
    if (!command.trimmed().isEmpty())
        work << command;
    if (!work.isEmpty()) {
        if (!spec.image.isEmpty()) {
            // A VM runs an OS image; the job's container runs on it through Docker and the NVIDIA
            // container toolkit of Crusoe's GPU images.
            QStringList run { QStringLiteral("docker run --rm --gpus all --network host") };
            for (const JobSpec::EnvVar &e : env)
                run << QStringLiteral("-e") << shellQuote(e.name + QLatin1Char('=') + e.value);
            run << shellQuote(spec.image) << QStringLiteral("bash -lc") << shellQuote(work.join(QLatin1Char('\n')));
            script << run.join(QLatin1Char(' '));
        } else {
            for (const JobSpec::EnvVar &e : env)
                script << QStringLiteral("export %1=%2").arg(e.name, shellQuote(e.value));
            script << work;
        }
    }
    QJsonObject body {
        { QStringLiteral("name"), name },
        { QStringLiteral("type"), spec.instanceType },
        { QStringLiteral("location"), spec.region },
        { QStringLiteral("ssh_public_key"), sshPublicKey.trimmed() },
    };
    if (script.size() > 1)
        body.insert(QStringLiteral("startup_script"), QString(script.join(QLatin1Char('\n')) + QLatin1Char('\n')));
    return body;
}

std::optional<Offer> CrusoeProvider::snapshotRow(const std::vector<Offer> &snapshot, const QString &gpuType)
{
    const QStringList typeWords = wordsOf(gpuType);
    const bool sxm = typeWords.contains(QLatin1String("sxm"));
    std::optional<Offer> best;
    for (const Offer &o : snapshot) {
        if (o.providerId != QLatin1String("crusoe") || o.billing != Billing::OnDemand || !o.pricePerHour)
            continue;
        // Every word of the snapshot's model ("A100 80GB SXM") must be in Crusoe's GPU type
        // ("A100-80GB-SXM-IB"); "PCIe" is what Crusoe leaves unsaid when a type is not SXM.
        bool all = true;
        for (const QString &w : wordsOf(o.gpuModel)) {
            if (w == QLatin1String("pcie") ? sxm : !typeWords.contains(w)) {
                all = false;
                break;
            }
        }
        if (all && (!best || o.asOf > best->asOf))
            best = o;
    }
    return best;
}

const std::vector<Offer> &CrusoeProvider::snapshot()
{
    if (!m_snapshot) {
        m_snapshot.emplace();
        QFile f(QStringLiteral(":/data/price-snapshot.csv"));
        if (f.open(QIODevice::ReadOnly)) {
            Result<std::vector<Offer>> rows
                = Catalog::parseSnapshot(QString::fromUtf8(f.readAll()), QStringLiteral("price-snapshot.csv"));
            if (rows)
                m_snapshot = std::move(*rows);
        }
    }
    return *m_snapshot;
}

Error CrusoeProvider::unreadable(const QString &operation, const QString &what) const
{
    Error e = makeError(Error::Kind::Provider,
        tr("Crusoe sent a response GPU Desk could not read while trying to "
           "%1: %2.")
            .arg(operation, what));
    e.code = QStringLiteral("unexpected-response");
    return e;
}

std::optional<Error> CrusoeProvider::credentialsError() const
{
    if (hasCredentials())
        return std::nullopt;
    Error e = makeError(Error::Kind::Auth,
        tr("Crusoe needs an access key id, its secret key and a project id. Add "
           "them in Settings → Providers → Crusoe, or set CRUSOE_ACCESS_KEY "
           "and CRUSOE_SECRET_KEY."));
    e.code = QStringLiteral("missing-credentials");
    return e;
}

QUrl CrusoeProvider::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = joinPath(baseUrl(), QStringLiteral("/projects/") + credentials().account + path);
    url.setQuery(query);
    return url;
}

void CrusoeProvider::authorize(HttpRequest &request) const
{
    const QString keyId = credentials().key;
    const QString secret = credentials().secret;
    const auto now = m_now;
    // Signed before every attempt: a retry gets a fresh timestamp and signature.
    request.prepare = [keyId, secret, now](HttpRequest &r) {
        const QString timestamp = now().toUTC().toString(Qt::ISODate);
        const QByteArray sig = signature(secret, r.url.path(QUrl::FullyEncoded), canonicalQuery(r.url),
            HttpRequest::methodName(r.method), timestamp);
        r.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) {
            return h.first == "Authorization" || h.first == "X-Crusoe-Timestamp";
        });
        r.headers.append({ QByteArrayLiteral("X-Crusoe-Timestamp"), timestamp.toLatin1() });
        r.headers.append({ QByteArrayLiteral("Authorization"), "Bearer 1.0:" + keyId.toUtf8() + ':' + sig });
    };
}

void CrusoeProvider::listOffers(Reply<std::vector<Offer>> reply)
{
    HttpRequest r;
    r.operation = tr("list instance types");
    call(r, QStringLiteral("/compute/vms/types"), {}, [this, reply](Result<QJsonDocument> d) {
        if (!d)
            return reply(d.error());
        const QJsonValue items = d->object().value(QStringLiteral("items"));
        if (!items.isArray())
            return reply(unreadable(tr("list instance types"), tr("no \"items\" list")));
        std::vector<Offer> offers;
        for (const QJsonValue &v : items.toArray()) {
            const QJsonObject t = v.toObject();
            const QString product = crusoeText(t.value(QStringLiteral("product_name")));
            const int gpus = int(crusoeInt(t.value(QStringLiteral("num_gpu"))));
            if (product.isEmpty() || gpus <= 0)
                continue; // CPU-only types are not GPU offers
            const QString gpuType = crusoeText(t.value(QStringLiteral("gpu_type")));
            Offer o;
            o.providerId = id();
            o.instanceType = product;
            o.gpuModel = gpuType;
            o.gpuCount = gpus;
            o.vcpus = int(crusoeInt(t.value(QStringLiteral("cpu_cores"))));
            o.ramGb = int(crusoeInt(t.value(QStringLiteral("memory_gb"))));
            o.diskGb = int(crusoeInt(t.value(QStringLiteral("disk_gb"))));
            o.billing = Billing::OnDemand;
            // Crusoe's API carries no prices: the dated snapshot row of the same GPU prices it.
            const std::optional<Offer> row = snapshotRow(snapshot(), gpuType + QLatin1Char(' ') + product);
            if (row) {
                o.gpuModel = row->gpuModel;
                o.gpuMemoryGb = row->gpuMemoryGb;
                o.pricePerHour = *row->pricePerHour * gpus;
                o.priceSource = PriceSource::Snapshot;
                o.asOf = row->asOf;
                o.source
                    = tr("Crusoe API instance type; price per GPU from the bundled snapshot (%1)").arg(row->source);
            } else {
                o.priceSource = PriceSource::Quote;
                o.source = tr("Crusoe API instance type; no snapshot price for this GPU");
            }
            offers.push_back(o);
        }
        reply(std::move(offers));
    });
}

Result<Instance> CrusoeProvider::toInstance(const QJsonValue &value, const QString &operation) const
{
    if (!value.isObject())
        return unreadable(operation, tr("a VM is not a JSON object"));
    const QJsonObject o = value.toObject();
    Instance i;
    i.providerId = id();
    i.id = crusoeText(o.value(QStringLiteral("id")));
    if (i.id.isEmpty())
        return unreadable(operation, tr("a VM has no id"));
    i.name = crusoeText(o.value(QStringLiteral("name")));
    i.clientToken = tokenFromName(i.name);
    i.providerState = crusoeText(o.value(QStringLiteral("state")));
    i.state = crusoeState(i.providerState);
    i.instanceType = crusoeText(o.value(QStringLiteral("type")));
    i.region = crusoeText(o.value(QStringLiteral("location")));
    i.createdAt = QDateTime::fromString(crusoeText(o.value(QStringLiteral("created_at"))), Qt::ISODateWithMs);
    return i;
}

void CrusoeProvider::launch(const JobSpec &spec, const QString &clientToken, Reply<Instance> reply)
{
    QString publicKey = m_defaultSshPublicKey;
    if (!spec.sshKey.isEmpty()) {
        QFile f(spec.sshKey + QStringLiteral(".pub"));
        if (!f.open(QIODevice::ReadOnly)) {
            return later(std::move(reply),
                Result<Instance>(makeError(Error::Kind::InvalidInput,
                    tr("Crusoe needs the public half of the job's SSH key, but %1 "
                       "cannot be read.")
                        .arg(f.fileName()))));
        }
        publicKey = QString::fromUtf8(f.readAll()).trimmed();
    }
    QString problem;
    if (spec.instanceType.isEmpty())
        problem = tr("Crusoe needs an instance type (e.g. h100-80gb-sxm-ib.8x): pick one of its offers.");
    else if (spec.region.isEmpty())
        problem = tr("Crusoe needs a location for the VM (e.g. us-east1-a): set the job's region.");
    else if (publicKey.isEmpty())
        problem = tr("Crusoe gives each VM an SSH key at creation: set the job's SSH key.");
    if (!problem.isEmpty())
        return later(std::move(reply), Result<Instance>(makeError(Error::Kind::InvalidInput, problem)));

    const QString name = nameForToken(clientToken);
    HttpRequest r;
    r.method = HttpRequest::Method::Post;
    r.operation = tr("create a VM");
    r.body = QJsonDocument(createBody(spec, name, publicKey)).toJson(QJsonDocument::Compact);
    call(r, QStringLiteral("/compute/vms/instances"), {}, [this, reply, name, clientToken](Result<QJsonDocument> d) {
        if (!d) {
            if (d.error().kind == Error::Kind::Auth)
                return reply(d.error());
            // Qt resends a request whose connection dropped before the answer, so a refusal (a
            // duplicate name) or a lost answer may follow a create that did happen: look before failing.
            return findByName(name, clientToken, reply, d.error());
        }
        const QJsonObject op = d->object().value(QStringLiteral("operation")).toObject();
        if (op.isEmpty())
            return reply(unreadable(tr("create a VM"), tr("no \"operation\"")));
        if (crusoeText(op.value(QStringLiteral("state"))) == QLatin1String("FAILED")) {
            const QString why
                = crusoeText(op.value(QStringLiteral("result")).toObject().value(QStringLiteral("message")));
            return reply(makeError(Error::Kind::Provider, tr("Crusoe could not create the VM: %1").arg(why)));
        }
        // The create answer is an operation, not the VM: the VM is found by the name we gave it.
        findByName(name, clientToken, reply);
    });
}

void CrusoeProvider::findByName(
    const QString &name, const QString &clientToken, Reply<Instance> reply, std::optional<Error> otherwise)
{
    HttpRequest r;
    r.operation = tr("find the new VM");
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("names"), name);
    call(r, QStringLiteral("/compute/vms/instances"), q,
        [this, reply, name, clientToken, otherwise](Result<QJsonDocument> d) {
            if (d) {
                for (const QJsonValue &v : d->object().value(QStringLiteral("items")).toArray()) {
                    Result<Instance> i = toInstance(v, tr("find the new VM"));
                    if (i && i->name == name) {
                        i->clientToken = clientToken;
                        return reply(std::move(i));
                    }
                }
            }
            if (otherwise)
                return reply(*otherwise);
            // Accepted but not listed (yet): the outcome is "unknown" for the job manager, which finds
            // the VM by its name on its next reconcile instead of creating another.
            Error e = makeError(Error::Kind::Network,
                tr("Crusoe accepted the VM but did not list it yet; GPU Desk will "
                   "find it by its name (%1).")
                    .arg(name));
            e.code = QStringLiteral("launch-unconfirmed");
            reply(e);
        });
}

void CrusoeProvider::instances(Reply<std::vector<Instance>> reply)
{
    auto paging = std::make_shared<CursorPaging>();
    paging->path = QStringLiteral("/compute/vms/instances");
    paging->cursorParam = QStringLiteral("next_token");
    paging->operation = tr("list VMs");
    paging->maxPages = kMaxPages;
    paging->readPage = [this](const QJsonDocument &d) -> Result<std::vector<Instance>> {
        const QJsonValue items = d.object().value(QStringLiteral("items"));
        if (!items.isArray())
            return unreadable(tr("list VMs"), tr("no \"items\" list"));
        std::vector<Instance> page;
        for (const QJsonValue &v : items.toArray()) {
            Result<Instance> i = toInstance(v, tr("list VMs"));
            if (!i)
                return i.error();
            page.push_back(std::move(*i));
        }
        return page;
    };
    paging->nextCursor
        = [](const QJsonDocument &d) { return crusoeText(d.object().value(QStringLiteral("next_page_token"))); };
    listByCursor(std::move(paging), std::move(reply));
}

void CrusoeProvider::instance(const QString &instanceId, Reply<Instance> reply)
{
    HttpRequest r;
    r.operation = tr("read a VM");
    call(r, QStringLiteral("/compute/vms/instances/") + instanceId, {}, [this, reply](Result<QJsonDocument> d) {
        if (!d)
            return reply(d.error());
        // The spec answers the VM itself; some gateways wrap it as {"instance": …}.
        const QJsonValue wrapped = d->object().value(QStringLiteral("instance"));
        reply(toInstance(wrapped.isObject() ? wrapped : QJsonValue(d->object()), tr("read a VM")));
    });
}

void CrusoeProvider::act(const QString &instanceId, const QString &action, const QString &operation, Reply<void> reply)
{
    HttpRequest r;
    r.method = HttpRequest::Method::Patch;
    r.idempotent = true; // STOP on a stopped VM (or START on a running one) changes nothing
    r.operation = operation;
    r.body = QJsonDocument(QJsonObject { { QStringLiteral("action"), action } }).toJson(QJsonDocument::Compact);
    call(r, QStringLiteral("/compute/vms/instances/") + instanceId, {},
        [reply](Result<QJsonDocument> d) { reply(d ? Result<void>() : Result<void>(d.error())); });
}

void CrusoeProvider::stop(const QString &instanceId, Reply<void> reply)
{
    act(instanceId, QStringLiteral("STOP"), tr("stop a VM"), std::move(reply));
}

void CrusoeProvider::start(const QString &instanceId, Reply<void> reply)
{
    act(instanceId, QStringLiteral("START"), tr("start a VM"), std::move(reply));
}

void CrusoeProvider::terminate(const QString &instanceId, Reply<void> reply)
{
    HttpRequest r;
    r.method = HttpRequest::Method::Delete;
    r.operation = tr("delete a VM");
    call(r, QStringLiteral("/compute/vms/instances/") + instanceId, {}, [reply](Result<QJsonDocument> d) {
        if (!d && d.error().kind != Error::Kind::NotFound)
            return reply(d.error());
        reply(Result<void>());
    });
}

void CrusoeProvider::sshEndpoint(const QString &instanceId, Reply<SshEndpoint> reply)
{
    HttpRequest r;
    r.operation = tr("read a VM's address");
    call(r, QStringLiteral("/compute/vms/instances/") + instanceId, {}, [reply](Result<QJsonDocument> d) {
        if (!d)
            return reply(d.error());
        const QJsonValue wrapped = d->object().value(QStringLiteral("instance"));
        const QJsonObject vm = wrapped.isObject() ? wrapped.toObject() : d->object();
        QString address;
        for (const QJsonValue &nic : vm.value(QStringLiteral("network_interfaces")).toArray()) {
            for (const QJsonValue &ip : nic.toObject().value(QStringLiteral("ips")).toArray()) {
                address = crusoeText(
                    ip.toObject().value(QStringLiteral("public_ipv4")).toObject().value(QStringLiteral("address")));
                if (!address.isEmpty())
                    break;
            }
            if (!address.isEmpty())
                break;
        }
        if (address.isEmpty()) {
            return reply(makeError(Error::Kind::Provider,
                tr("Crusoe reports no public address for the VM yet; try again when it is running.")));
        }
        SshEndpoint e;
        e.host = address;
        e.port = 22;
        e.user = QStringLiteral("ubuntu"); // Crusoe's Ubuntu images' login user
        reply(e);
    });
}

void CrusoeProvider::logs(const QString &instanceId, qint64 maxBytes, Reply<QByteArray> reply)
{
    Q_UNUSED(instanceId)
    Q_UNUSED(maxBytes)
    replyUnsupported(tr("fetch logs"), std::move(reply));
}

} // namespace gpudesk
