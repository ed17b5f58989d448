#include "VastProvider.h"

#include "jobs/JobTemplates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace gpudesk {

namespace {

const QString kLabelPrefix = QStringLiteral("gpudesk-");
// The spec caps a page of /api/v1/instances at 25.
constexpr int kInstancePage = 25;
constexpr int kMaxInstancePages = 200;
constexpr int kOfferLimit = 500;

// Vast answers numbers as numbers, numeric strings or null depending on the field and the day.
std::optional<double> vastNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

qint64 vastInt(const QJsonValue &v)
{
    return qint64(vastNumber(v).value_or(0));
}

QString vastText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

// A $/h figure as Money. The JSON number is a binary double already; it is turned into Money through
// its decimal text at micro-dollar precision (the most Vast ever quotes), never by arithmetic.
std::optional<Money> vastMoney(const QJsonValue &v)
{
    QString text;
    if (v.isDouble())
        text = QString::number(v.toDouble(), 'f', 6);
    else if (v.isString())
        text = v.toString().trimmed();
    else
        return std::nullopt;
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot >= 0 && text.size() - dot - 1 > 6)
        text.truncate(dot + 7);
    std::optional<Money> m = Money::parse(text);
    if (m && m->isNegative())
        return std::nullopt;
    return m;
}

// Vast's own state words → ours. `actual` is what the machine does, `intended` what was asked.
Instance::State vastState(const QString &actual, const QString &intended)
{
    const QString a = actual.toLower();
    if (a == QLatin1String("running"))
        return Instance::State::Running;
    if (a == QLatin1String("loading") || a == QLatin1String("creating") || a == QLatin1String("created")
        || a == QLatin1String("starting"))
        return Instance::State::Provisioning;
    if (a == QLatin1String("exited") || a == QLatin1String("stopped") || a == QLatin1String("inactive")) {
        // A container that exited while it was meant to run has failed; one we stopped is stopped.
        return intended.toLower() == QLatin1String("running") ? Instance::State::Failed : Instance::State::Stopped;
    }
    if (a == QLatin1String("offline") || a == QLatin1String("unknown"))
        return Instance::State::Unknown;
    if (a.isEmpty())
        return intended.toLower() == QLatin1String("stopped") ? Instance::State::Stopped : Instance::State::Pending;
    return Instance::State::Unknown;
}

// One instance's answer: documented as {"instances": {…}}; older answers use a one-element list or
// the bare object. Null when it holds none.
QJsonValue unwrapInstance(const QJsonDocument &d)
{
    const QJsonValue v = d.object().value(QStringLiteral("instances"));
    if (v.isObject())
        return v;
    if (v.isArray())
        return v.toArray().isEmpty() ? QJsonValue() : v.toArray().first();
    if (v.isUndefined() && d.object().contains(QStringLiteral("id")))
        return d.object();
    return v.isUndefined() ? QJsonValue() : v;
}

// Docker-style flags, quoted so a value with spaces stays one word.
QString dockerQuote(const QString &s)
{
    if (!s.isEmpty() && !s.contains(QRegularExpression(QStringLiteral("[\\s\"'\\\\$`]"))))
        return s;
    QString out = s;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

QUrl VastProvider::publicBaseUrl()
{
    return QUrl(QStringLiteral("https://console.vast.ai"));
}

VastProvider::VastProvider(const ProviderCredentials &credentials, const QUrl &baseUrl, QObject *parent)
    : HttpProvider(credentials, baseUrl.isValid() ? baseUrl : publicBaseUrl(),
        HttpService { QStringLiteral("vastai"), tr("Vast.ai"), {} }, parent)
{ }

VastProvider::~VastProvider() = default;

QString VastProvider::displayName() const
{
    return tr("Vast.ai");
}

ProviderCapabilities VastProvider::capabilities() const
{
    ProviderCapabilities c;
    c.listOffers = true;
    c.launch = true;
    c.stop = true;
    c.start = true;
    c.terminate = true;
    c.listInstances = true;
    c.sshKeys = false;
    c.logs = false; // Vast hands logs out as an S3 link produced later, not as a body
    return c;
}

QString VastProvider::labelForToken(const QString &clientToken)
{
    return kLabelPrefix + clientToken;
}

QString VastProvider::tokenFromLabel(const QString &label)
{
    return label.startsWith(kLabelPrefix) ? label.mid(kLabelPrefix.size()) : QString();
}

qint64 VastProvider::askIdOf(const QString &instanceType)
{
    static const QRegularExpression tail(QStringLiteral("(?:^|#)\\s*(\\d+)\\s*$"));
    const QRegularExpressionMatch m = tail.match(instanceType.trimmed());
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

QJsonObject VastProvider::askBody(const JobSpec &spec, const QString &clientToken)
{
    QStringList flags;
    for (const JobSpec::EnvVar &e : JobTemplates::nodeEnvironment(spec, 0, QStringLiteral("127.0.0.1")))
        flags << QStringLiteral("-e %1=%2").arg(e.name, dockerQuote(e.value));
    for (int port : spec.ports)
        flags << QStringLiteral("-p %1:%1").arg(port);
    QStringList onstart;
    if (!spec.setup.trimmed().isEmpty())
        onstart << spec.setup;
    const QString command = JobTemplates::effectiveCommand(spec);
    if (!command.trimmed().isEmpty())
        onstart << command;
    QJsonObject body {
        { QStringLiteral("image"), spec.image },
        { QStringLiteral("label"), labelForToken(clientToken) },
        // ssh_direct keeps the container reachable by SSH while onstart runs the job's command.
        { QStringLiteral("runtype"), QStringLiteral("ssh_direct") },
        { QStringLiteral("target_state"), QStringLiteral("running") },
    };
    if (spec.diskGb > 0)
        body.insert(QStringLiteral("disk"), spec.diskGb);
    if (!flags.isEmpty())
        body.insert(QStringLiteral("env"), flags.join(QLatin1Char(' ')));
    if (!onstart.isEmpty())
        body.insert(QStringLiteral("onstart"), onstart.join(QLatin1Char('\n')));
    return body;
}

Error VastProvider::unreadable(const QString &operation, const QString &what) const
{
    Error e = makeError(Error::Kind::Provider,
        tr("Vast.ai sent a response GPU Desk could not read while trying to "
           "%1: %2.")
            .arg(operation, what));
    e.code = QStringLiteral("unexpected-response");
    return e;
}

std::optional<Error> VastProvider::credentialsError() const
{
    if (hasCredentials())
        return std::nullopt;
    Error e = makeError(Error::Kind::Auth,
        tr("No Vast.ai API key is set. Add it in Settings → Providers → "
           "Vast.ai, or set VAST_API_KEY."));
    e.code = QStringLiteral("missing-credentials");
    return e;
}

QUrl VastProvider::endpoint(const QString &path, const QUrlQuery &query) const
{
    QUrl url = joinPath(baseUrl(), path);
    url.setQuery(query);
    return url;
}

void VastProvider::mapError(Error &error, const HttpRequest &sent) const
{
    // Vast names a vanished ask "no_such_ask" (404/410): the market moved on, not a bug.
    if (error.code.contains(QLatin1String("no_such_ask")) || error.message.contains(QLatin1String("no_such_ask"))
        || error.detail.contains(QLatin1String("no_such_ask"))) {
        error.kind = Error::Kind::NoCapacity;
        error.message = tr("Vast.ai no longer offers that machine (it was rented or withdrawn) while trying to "
                           "%1. Pick another offer.")
                            .arg(sent.operation);
    }
}

std::optional<Error> VastProvider::refusal(
    const HttpResponse &response, const QJsonDocument &doc, const QString &operation) const
{
    // Vast sometimes answers 200 with {"success": false, "msg": …}.
    if (!doc.isObject() || doc.object().value(QStringLiteral("success")) != QJsonValue(false))
        return std::nullopt;
    const ProviderErrorBody b = decodeProviderErrorBody(response.body);
    const QString text = b.message.isEmpty() ? b.code : b.message;
    const bool gone = response.body.contains("no_such_ask");
    Error e = makeError(
        gone ? Error::Kind::NoCapacity : Error::Kind::Provider, tr("Vast.ai refused to %1: %2").arg(operation, text));
    e.code = b.code;
    return e;
}

Result<Offer> VastProvider::toOffer(const QJsonValue &value) const
{
    const QJsonObject o = value.toObject();
    const qint64 askId = vastInt(o.value(QStringLiteral("ask_contract_id"))) > 0
        ? vastInt(o.value(QStringLiteral("ask_contract_id")))
        : vastInt(o.value(QStringLiteral("id")));
    const std::optional<Money> price = vastMoney(o.value(QStringLiteral("dph_total")));
    const QString gpu = vastText(o.value(QStringLiteral("gpu_name"))).replace(QLatin1Char('_'), QLatin1Char(' '));
    const int gpus = int(vastInt(o.value(QStringLiteral("num_gpus"))));
    if (askId <= 0 || !price || gpu.isEmpty() || gpus <= 0)
        return unreadable(tr("search offers"), tr("an offer lacks its id, GPU, GPU count or $/h"));
    Offer offer;
    offer.providerId = id();
    offer.instanceType = QStringLiteral("%1x %2 #%3").arg(gpus).arg(gpu).arg(askId);
    offer.gpuModel = gpu;
    offer.gpuCount = gpus;
    offer.gpuMemoryGb = int(vastInt(o.value(QStringLiteral("gpu_ram"))) / 1024);
    offer.vcpus = int(vastInt(o.value(QStringLiteral("cpu_cores_effective"))));
    offer.ramGb = int(vastInt(o.value(QStringLiteral("cpu_ram"))) / 1024);
    offer.diskGb = int(vastInt(o.value(QStringLiteral("disk_space"))));
    offer.region = vastText(o.value(QStringLiteral("geolocation")));
    offer.pricePerHour = price; // dph_total: the whole machine, GPUs + disk, per hour
    offer.billing = Billing::OnDemand;
    offer.priceSource = PriceSource::Live;
    offer.asOf = QDate::currentDate();
    offer.source = tr("Vast.ai API: search offers (dph_total)");
    return offer;
}

void VastProvider::listOffers(Reply<std::vector<Offer>> reply)
{
    HttpRequest r;
    r.method = HttpRequest::Method::Post;
    r.idempotent = true; // a search: sending it twice rents nothing
    r.operation = tr("search offers");
    const QJsonObject body {
        { QStringLiteral("verified"), QJsonObject { { QStringLiteral("eq"), true } } },
        { QStringLiteral("rentable"), QJsonObject { { QStringLiteral("eq"), true } } },
        { QStringLiteral("rented"), QJsonObject { { QStringLiteral("eq"), false } } },
        { QStringLiteral("type"), QStringLiteral("ondemand") },
        { QStringLiteral("limit"), kOfferLimit },
    };
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call(r, QStringLiteral("/api/v0/bundles"), {}, [this, reply](Result<QJsonDocument> doc) {
        if (!doc && doc.error().kind == Error::Kind::NotFound) {
            // The spec documents 404 on a search as "invalid or missing API key".
            Error e = doc.error();
            e.kind = Error::Kind::Auth;
            e.message = tr("Vast.ai did not accept the API key while trying to search offers. Check Settings → "
                           "Providers → Vast.ai.");
            return reply(e);
        }
        if (!doc)
            return reply(doc.error());
        const QJsonValue offers = doc->object().value(QStringLiteral("offers"));
        QJsonArray list;
        if (offers.isArray())
            list = offers.toArray();
        else if (offers.isObject())
            list.append(offers); // the spec's own example has a single object here
        else
            return reply(unreadable(tr("search offers"), tr("no \"offers\" list")));
        std::vector<Offer> out;
        for (const QJsonValue &v : list) {
            // One malformed ask is skipped; the market has thousands and the rest are good.
            Result<Offer> o = toOffer(v);
            if (o)
                out.push_back(std::move(*o));
        }
        if (out.empty() && !list.isEmpty())
            return reply(unreadable(tr("search offers"), tr("no offer had an id, GPU and price")));
        reply(std::move(out));
    });
}

Result<Instance> VastProvider::toInstance(const QJsonValue &value, const QString &operation) const
{
    if (!value.isObject())
        return unreadable(operation, tr("an instance is not a JSON object"));
    const QJsonObject o = value.toObject();
    Instance i;
    i.providerId = id();
    i.id = vastText(o.value(QStringLiteral("id")));
    if (i.id.isEmpty())
        return unreadable(operation, tr("an instance has no id"));
    i.name = vastText(o.value(QStringLiteral("label")));
    i.clientToken = tokenFromLabel(i.name);
    const QString actual = vastText(o.value(QStringLiteral("actual_status")));
    const QString intended = vastText(o.value(QStringLiteral("intended_status")));
    i.providerState = actual.isEmpty() ? intended : actual;
    i.state = vastState(actual, intended);
    i.gpuModel = vastText(o.value(QStringLiteral("gpu_name")));
    i.gpuCount = int(vastInt(o.value(QStringLiteral("num_gpus"))));
    i.instanceType = i.gpuCount > 0 ? QStringLiteral("%1x %2").arg(i.gpuCount).arg(i.gpuModel) : i.gpuModel;
    i.region = vastText(o.value(QStringLiteral("geolocation")));
    i.pricePerHour = vastMoney(o.value(QStringLiteral("dph_total")));
    if (const auto start = vastNumber(o.value(QStringLiteral("start_date"))); start && *start > 0)
        i.createdAt = QDateTime::fromSecsSinceEpoch(qint64(*start), Qt::UTC);
    i.message = vastText(o.value(QStringLiteral("status_msg")));
    return i;
}

void VastProvider::launch(const JobSpec &spec, const QString &clientToken, Reply<Instance> reply)
{
    const qint64 askId = askIdOf(spec.instanceType);
    if (askId <= 0) {
        return later(std::move(reply),
            Result<Instance>(makeError(Error::Kind::InvalidInput,
                tr("Vast.ai rents a listed machine: pick one of its live offers "
                   "(refresh the Vast.ai offers first)."))));
    }
    if (spec.image.isEmpty()) {
        return later(std::move(reply),
            Result<Instance>(makeError(Error::Kind::InvalidInput, tr("Vast.ai runs containers: set an image."))));
    }
    HttpRequest r;
    r.method = HttpRequest::Method::Put;
    // PUT, yet not idempotent: each accepted ask is a new rental. A lost answer is reconciled by the
    // label, never resent.
    r.idempotent = false;
    r.operation = tr("rent the offer");
    r.body = QJsonDocument(askBody(spec, clientToken)).toJson(QJsonDocument::Compact);
    call(
        r, QStringLiteral("/api/v0/asks/%1").arg(askId), {}, [this, reply, spec, clientToken](Result<QJsonDocument> d) {
            if (!d) {
                if (d.error().kind == Error::Kind::Auth)
                    return reply(d.error());
                // Qt resends a request whose connection dropped before the answer; the resent accept
                // then finds the ask taken (no_such_ask) — by us. Look for our label before failing.
                return adopt(clientToken, d.error(), reply);
            }
            const QString contract = vastText(d->object().value(QStringLiteral("new_contract")));
            if (contract.isEmpty() || contract == QLatin1String("0"))
                return reply(unreadable(tr("rent the offer"), tr("no \"new_contract\" id")));
            Instance i;
            i.id = contract;
            i.providerId = id();
            i.name = labelForToken(clientToken);
            i.clientToken = clientToken;
            i.state = Instance::State::Pending;
            i.gpuModel = spec.gpuModel;
            i.gpuCount = spec.gpuCount;
            i.instanceType = spec.instanceType;
            reply(i);
        });
}

void VastProvider::instances(Reply<std::vector<Instance>> reply)
{
    auto paging = std::make_shared<CursorPaging>();
    paging->path = QStringLiteral("/api/v1/instances");
    paging->query.addQueryItem(QStringLiteral("limit"), QString::number(kInstancePage));
    paging->cursorParam = QStringLiteral("after_token");
    paging->operation = tr("list instances");
    paging->maxPages = kMaxInstancePages;
    paging->readPage = [this](const QJsonDocument &d) -> Result<std::vector<Instance>> {
        const QJsonValue list = d.object().value(QStringLiteral("instances"));
        if (!list.isArray() && !list.isNull() && !list.isUndefined())
            return unreadable(tr("list instances"), tr("\"instances\" is not a list"));
        std::vector<Instance> page;
        for (const QJsonValue &v : list.toArray()) {
            Result<Instance> i = toInstance(v, tr("list instances"));
            if (!i)
                return i.error();
            page.push_back(std::move(*i));
        }
        return page;
    };
    paging->nextCursor
        = [](const QJsonDocument &d) { return vastText(d.object().value(QStringLiteral("next_token"))); };
    listByCursor(std::move(paging), std::move(reply));
}

void VastProvider::instance(const QString &instanceId, Reply<Instance> reply)
{
    HttpRequest r;
    r.operation = tr("read an instance");
    call(r, QStringLiteral("/api/v0/instances/%1").arg(instanceId), {}, [this, reply](Result<QJsonDocument> d) {
        if (!d)
            return reply(d.error());
        const QJsonValue v = unwrapInstance(*d);
        if (v.isNull()) {
            Error e = makeError(Error::Kind::NotFound, tr("Vast.ai has no such instance."));
            e.code = QStringLiteral("http-404");
            return reply(e);
        }
        reply(toInstance(v, tr("read an instance")));
    });
}

void VastProvider::setState(
    const QString &instanceId, const QString &state, const QString &operation, Reply<void> reply)
{
    HttpRequest r;
    r.method = HttpRequest::Method::Put;
    r.operation = operation;
    r.body = QJsonDocument(QJsonObject { { QStringLiteral("state"), state } }).toJson(QJsonDocument::Compact);
    call(r, QStringLiteral("/api/v0/instances/%1").arg(instanceId), {},
        [reply](Result<QJsonDocument> d) { reply(d ? Result<void>() : Result<void>(d.error())); });
}

void VastProvider::stop(const QString &instanceId, Reply<void> reply)
{
    setState(instanceId, QStringLiteral("stopped"), tr("stop an instance"), std::move(reply));
}

void VastProvider::start(const QString &instanceId, Reply<void> reply)
{
    setState(instanceId, QStringLiteral("running"), tr("start an instance"), std::move(reply));
}

void VastProvider::terminate(const QString &instanceId, Reply<void> reply)
{
    HttpRequest r;
    r.method = HttpRequest::Method::Delete;
    r.operation = tr("destroy an instance");
    call(r, QStringLiteral("/api/v0/instances/%1").arg(instanceId), {}, [reply](Result<QJsonDocument> d) {
        // Already destroyed is what terminate wants.
        if (!d && d.error().kind != Error::Kind::NotFound)
            return reply(d.error());
        reply(Result<void>());
    });
}

void VastProvider::sshEndpoint(const QString &instanceId, Reply<SshEndpoint> reply)
{
    HttpRequest r;
    r.operation = tr("read an instance's SSH address");
    call(r, QStringLiteral("/api/v0/instances/%1").arg(instanceId), {}, [this, reply](Result<QJsonDocument> d) {
        if (!d)
            return reply(d.error());
        const QJsonObject o = unwrapInstance(*d).toObject();
        SshEndpoint e;
        e.user = QStringLiteral("root");
        // Direct SSH: the public address and the host port Docker mapped to 22 ("ports" is a map of
        // lists in the live API although the spec says a list of integers).
        const QJsonArray mapped = o.value(QStringLiteral("ports")).toObject().value(QStringLiteral("22/tcp")).toArray();
        const int directPort = int(vastInt(mapped.first().toObject().value(QStringLiteral("HostPort"))));
        const QString publicIp = vastText(o.value(QStringLiteral("public_ipaddr"))).trimmed();
        if (directPort > 0 && !publicIp.isEmpty()) {
            e.host = publicIp;
            e.port = directPort;
        } else {
            // Vast's SSH proxy.
            e.host = vastText(o.value(QStringLiteral("ssh_host")));
            e.port = int(vastInt(o.value(QStringLiteral("ssh_port"))));
        }
        if (e.host.isEmpty() || e.port <= 0) {
            return reply(makeError(Error::Kind::Provider,
                tr("Vast.ai has not given the instance an SSH address yet; "
                   "try again when it is running.")));
        }
        reply(e);
    });
}

void VastProvider::logs(const QString &instanceId, qint64 maxBytes, Reply<QByteArray> reply)
{
    Q_UNUSED(instanceId)
    Q_UNUSED(maxBytes)
    replyUnsupported(tr("fetch logs"), std::move(reply));
}

} // namespace gpudesk
