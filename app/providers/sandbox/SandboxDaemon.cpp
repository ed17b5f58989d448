#include "SandboxDaemon.h"

#include "PodProcesses.h"
#include "SandboxPod.h"
#include "SandboxProtocol.h"
#include "SimulatedNvidiaSmi.h"
#include "SshKeys.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <memory>
#include <unistd.h>

namespace gpudesk {

namespace {

constexpr qint64 kMaxRequestBytes = 4 * 1024 * 1024;
constexpr int kMaxGpus = 8;
constexpr qint64 kPruneTerminatedAfterDays = 7;

} // namespace

SandboxDaemon::SandboxDaemon(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_paths(m_options.dataDir)
{
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &SandboxDaemon::poll);
    m_idleTimer.setInterval(qBound(100, m_options.idleExitSeconds * 1000 / 4, 5000));
    connect(&m_idleTimer, &QTimer::timeout, this, &SandboxDaemon::checkIdle);
}

SandboxDaemon::~SandboxDaemon()
{
    for (SandboxPod *pod : std::as_const(m_pods))
        pod->detach();
    if (m_server)
        m_server->close();
}

Result<void> SandboxDaemon::start()
{
    auto specs = GpuSpecTable::loadBundled();
    if (!specs)
        return specs.error();
    m_specs = std::move(*specs);

    if (!QDir().mkpath(m_paths.podsDir()))
        return makeError(Error::Kind::Io,
                         tr("The Sandbox cannot create its folder %1. Check the data folder's permissions.")
                             .arg(QDir::toNativeSeparators(m_paths.podsDir())));
    QFile::setPermissions(m_paths.sandboxDir(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    m_lock = std::make_unique<QLockFile>(m_paths.lockPath());
    m_lock->setStaleLockTime(0); // stale only when its process is gone
    if (!m_lock->tryLock(0)) {
        m_anotherRunning = m_lock->error() == QLockFile::LockFailedError;
        return makeError(Error::Kind::Io,
                         m_anotherRunning
                             ? tr("Another Sandbox daemon already serves the data folder %1.")
                                   .arg(QDir::toNativeSeparators(m_paths.dataDir()))
                             : tr("The Sandbox cannot create its lock file %1. Check the data folder's permissions.")
                                   .arg(QDir::toNativeSeparators(m_paths.lockPath())));
    }

    adoptAll();

    // We hold the lock: a socket file left behind is from a daemon that died.
    const QString socketPath = m_paths.socketPath();
    QLocalServer::removeServer(socketPath);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath))
        return makeError(Error::Kind::Io,
                         tr("The Sandbox cannot listen on %1. Check the data folder's permissions.")
                             .arg(QDir::toNativeSeparators(socketPath)),
                         m_server->errorString());
    connect(m_server, &QLocalServer::newConnection, this, &SandboxDaemon::onNewConnection);
    m_pollTimer.start();
    m_idleTimer.start();
    qInfo("gpudesk-sandboxd %s: pid %lld, %lld pods, socket %s", GPUDESK_VERSION, qint64(::getpid()),
          qint64(m_pods.size()), qPrintable(socketPath));
    return {};
}

void SandboxDaemon::adoptAll()
{
    SandboxPod::Context context{m_options.dataDir, m_options.nvidiaSmiTarget, m_options.sshFactory,
                                m_options.stopGraceSeconds * 1000, 15'000};
    QList<PodRecord> records;
    const QDir pods(m_paths.podsDir());
    for (const QString &name : pods.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString file = SandboxPaths::podStateFile(pods.filePath(name));
        if (!QFileInfo::exists(file))
            continue;
        auto record = PodRecord::load(file);
        if (!record) {
            qWarning("sandboxd: pod %s left alone: %s", qPrintable(name), qPrintable(record.error().message));
            continue;
        }
        if ((record->state == PodRecord::State::Terminated || record->state == PodRecord::State::Preempted)
            && record->endedAt.isValid()
            && record->endedAt.daysTo(QDateTime::currentDateTimeUtc()) > kPruneTerminatedAfterDays) {
            QDir(pods.filePath(name)).removeRecursively();
            continue;
        }
        records.append(std::move(*record));
    }
    std::sort(records.begin(), records.end(),
              [](const PodRecord &a, const PodRecord &b) { return a.createdAt < b.createdAt; });
    for (PodRecord &r : records) {
        auto *pod = new SandboxPod(context, std::move(r), this);
        const PodRecord &rec = pod->record();
        m_pods.insert(rec.id, pod);
        m_order.append(rec.id);
        if (!rec.clientToken.isEmpty())
            m_byToken.insert(rec.clientToken, rec.id);
        const QString before = PodRecord::stateKey(rec.state);
        pod->adopt();
        qInfo("sandboxd: adopted pod %s (%s -> %s)", qPrintable(rec.id), qPrintable(before),
              qPrintable(PodRecord::stateKey(pod->record().state)));
    }
}

void SandboxDaemon::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        ++m_clients;
        m_idleSince.invalidate();
        socket->setReadBufferSize(0);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            --m_clients;
            socket->deleteLater();
        });
    }
}

void SandboxDaemon::onReadyRead(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (!doc.isObject()) {
            send(socket, SandboxProtocol::errorResponse(-1, QStringLiteral("bad-request"),
                                                        tr("The Sandbox daemon received a request it cannot read."),
                                                        pe.errorString()));
            continue;
        }
        const QJsonObject request = doc.object();
        dispatch(socket, request.value(QStringLiteral("id")).toInteger(-1), request);
    }
    if (socket->bytesAvailable() > kMaxRequestBytes) {
        qWarning("sandboxd: dropping a client that sent an over-long request");
        socket->abort();
    }
}

void SandboxDaemon::send(const QPointer<QLocalSocket> &socket, const QJsonObject &response)
{
    if (!socket || socket->state() != QLocalSocket::ConnectedState)
        return;
    socket->write(QJsonDocument(response).toJson(QJsonDocument::Compact) + '\n');
    socket->flush();
}

void SandboxDaemon::sendError(const QPointer<QLocalSocket> &socket, qint64 id, const Error &error)
{
    send(socket, SandboxProtocol::errorResponse(id, SandboxProtocol::errorCode(error.kind), error.message, error.detail));
}

Result<SandboxPod *> SandboxDaemon::podFor(const QJsonObject &request) const
{
    const QString id = request.value(QStringLiteral("pod")).toString();
    SandboxPod *pod = m_pods.value(id);
    if (!pod)
        return makeError(Error::Kind::NotFound,
                         tr("The Sandbox has no pod \"%1\". It may have been removed; refresh the list of jobs.")
                             .arg(id));
    return pod;
}

void SandboxDaemon::dispatch(const QPointer<QLocalSocket> &socket, qint64 id, const QJsonObject &request)
{
    const QString op = request.value(QStringLiteral("op")).toString();
    if (m_exiting) {
        sendError(socket, id,
                  makeError(Error::Kind::Internal, tr("The Sandbox daemon is shutting down. Try again in a moment.")));
        return;
    }
    auto podReply = [this, socket, id](SandboxPod *pod) {
        send(socket, SandboxProtocol::okResponse(id, SandboxProtocol::podView(pod->record())));
    };

    if (op == QLatin1String("ping")) {
        send(socket, SandboxProtocol::okResponse(
                         id, QJsonObject{{QStringLiteral("version"), SandboxProtocol::kVersion},
                                         {QStringLiteral("program_version"), QStringLiteral(GPUDESK_VERSION)},
                                         {QStringLiteral("pid"), qint64(::getpid())},
                                         {QStringLiteral("data_dir"), m_paths.dataDir()},
                                         {QStringLiteral("pods"), qint64(m_pods.size())}}));
    } else if (op == QLatin1String("launch")) {
        auto pod = launch(request);
        if (pod)
            podReply(*pod);
        else
            sendError(socket, id, pod.error());
    } else if (op == QLatin1String("instances")) {
        QJsonArray list;
        for (const QString &podId : std::as_const(m_order))
            list.append(SandboxProtocol::podView(m_pods.value(podId)->record()));
        send(socket, SandboxProtocol::okResponse(id, list));
    } else if (op == QLatin1String("instance")) {
        auto pod = podFor(request);
        pod ? podReply(*pod) : sendError(socket, id, pod.error());
    } else if (op == QLatin1String("start")) {
        auto pod = podFor(request);
        if (!pod) {
            sendError(socket, id, pod.error());
            return;
        }
        auto started = (*pod)->start();
        started ? podReply(*pod) : sendError(socket, id, started.error());
    } else if (op == QLatin1String("stop") || op == QLatin1String("terminate") || op == QLatin1String("preempt")) {
        auto pod = podFor(request);
        if (!pod) {
            sendError(socket, id, pod.error());
            return;
        }
        QPointer<SandboxPod> target = *pod;
        auto done = [this, socket, id, target](Result<void> r) {
            if (!r)
                sendError(socket, id, r.error());
            else if (target)
                send(socket, SandboxProtocol::okResponse(id, SandboxProtocol::podView(target->record())));
        };
        if (op == QLatin1String("stop"))
            (*pod)->stop(done);
        else if (op == QLatin1String("preempt"))
            (*pod)->preempt(done);
        else
            (*pod)->terminate(done);
    } else if (op == QLatin1String("ssh")) {
        auto pod = podFor(request);
        if (!pod) {
            sendError(socket, id, pod.error());
            return;
        }
        auto ssh = (*pod)->ssh();
        if (!ssh) {
            sendError(socket, id, ssh.error());
            return;
        }
        send(socket, SandboxProtocol::okResponse(id, QJsonObject{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                                 {QStringLiteral("port"), int(ssh->port)},
                                                                 {QStringLiteral("user"), SandboxPod::sshUser()},
                                                                 {QStringLiteral("host_key_sha256"), ssh->hostKeySha256},
                                                                 {QStringLiteral("host_public_key"), ssh->hostPublicKey},
                                                                 {QStringLiteral("identity_file"), ssh->identityFile}}));
    } else if (op == QLatin1String("logs")) {
        auto pod = podFor(request);
        if (!pod) {
            sendError(socket, id, pod.error());
            return;
        }
        qint64 size = 0;
        auto data = (*pod)->logs(request.value(QStringLiteral("max_bytes")).toInteger(64 * 1024), &size);
        if (!data) {
            sendError(socket, id, data.error());
            return;
        }
        send(socket, SandboxProtocol::okResponse(id, QJsonObject{{QStringLiteral("data"), QString::fromLatin1(data->toBase64())},
                                                                 {QStringLiteral("size"), size}}));
    } else if (op == QLatin1String("shutdown")) {
        const bool terminatePods = request.value(QStringLiteral("terminate_pods")).toBool();
        shutdown(terminatePods, [this, socket, id] { send(socket, SandboxProtocol::okResponse(id, QJsonObject())); });
    } else {
        sendError(socket, id,
                  makeError(Error::Kind::InvalidInput,
                            tr("The Sandbox daemon does not know the request \"%1\". Update GPU Desk so that the "
                               "app and the daemon match.")
                                .arg(op)));
    }
}

QString SandboxDaemon::newPodId() const
{
    for (;;) {
        const QString id = QStringLiteral("sbx-%1").arg(qulonglong(QRandomGenerator::system()->generate()), 8, 16, QChar(u'0'));
        if (!m_pods.contains(id) && !QFileInfo::exists(m_paths.podDir(id)))
            return id;
    }
}

Result<SandboxPod *> SandboxDaemon::launch(const QJsonObject &request)
{
    const QString token = request.value(QStringLiteral("client_token")).toString();
    if (!token.isEmpty()) {
        if (SandboxPod *existing = m_pods.value(m_byToken.value(token)))
            return existing; // the same request again: never a second pod
    }
    auto parsed = SandboxProtocol::specFromJson(request.value(QStringLiteral("spec")).toObject());
    if (!parsed)
        return parsed.error();
    JobSpec spec = *parsed;
    if (spec.command.trimmed().isEmpty())
        return makeError(Error::Kind::InvalidInput,
                         tr("The job has no command, so the Sandbox has nothing to run. Give it a command (a pod "
                            "that only waits for SSH can run `sleep infinity`)."));
    if (spec.nodes != 1)
        return makeError(Error::Kind::InvalidInput,
                         tr("The Sandbox runs single-node jobs only, and this job asks for %n nodes. Set nodes to 1, "
                            "or choose a cloud provider for multi-node jobs.",
                            nullptr, spec.nodes));

    if (spec.gpuModel.isEmpty() && !spec.instanceType.isEmpty()) {
        // "sandbox-4x-h100sxm", as the Sandbox offers name their machines.
        static const QRegularExpression shape(QStringLiteral("^sandbox-(\\d+)x-([a-z0-9]+)$"));
        const QRegularExpressionMatch m = shape.match(spec.instanceType);
        if (m.hasMatch()) {
            for (const GpuSpec &g : m_specs.specs()) {
                if (GpuSpecTable::normalized(g.model) == m.captured(2)) {
                    spec.gpuModel = g.model;
                    spec.gpuCount = m.captured(1).toInt();
                }
            }
        }
    }
    PodRecord::Gpu gpu;
    if (!spec.gpuModel.isEmpty()) {
        const GpuSpec *gpuSpec = m_specs.find(spec.gpuModel);
        if (!gpuSpec || !gpuSpec->memoryGb)
            return makeError(Error::Kind::InvalidInput,
                             tr("The Sandbox has no GPU model \"%1\". Choose one of the Sandbox offers in the "
                                "Marketplace.")
                                 .arg(spec.gpuModel));
        if (spec.gpuCount < 1 || spec.gpuCount > kMaxGpus)
            return makeError(Error::Kind::InvalidInput,
                             tr("The Sandbox simulates 1 to %1 GPUs per pod; this job asks for %2. Change the GPU "
                                "count.")
                                 .arg(kMaxGpus)
                                 .arg(spec.gpuCount));
        gpu = SimulatedNvidiaSmi::gpuFor(*gpuSpec, spec.gpuCount);
        // The demo switch (GPUDESK_SANDBOX_NO_CAPACITY, Settings → Sandbox): refuse these models as a
        // cloud without free machines would.
        for (const QJsonValue &v : request.value(QStringLiteral("no_capacity")).toArray()) {
            const QString refused = v.toString().trimmed();
            if (!refused.isEmpty() && GpuSpecTable::nameMatches(refused, gpuSpec->model))
                return makeError(Error::Kind::NoCapacity,
                                 tr("The Sandbox has no %1 capacity right now (switched off for %2 in Settings → Sandbox "
                                    "or GPUDESK_SANDBOX_NO_CAPACITY).")
                                     .arg(gpuSpec->model, refused));
        }
    }

    QString publicKeyPath = request.value(QStringLiteral("public_key_path")).toString();
    if (publicKeyPath.isEmpty()) {
        if (auto made = SshKeys::ensureKeyPair(m_paths.defaultPrivateKey()); !made)
            return made.error();
        publicKeyPath = m_paths.defaultPublicKey();
    }
    auto key = SshKeys::readPublicKey(publicKeyPath);
    if (!key)
        return key.error();
    const QString privateKeyPath =
        publicKeyPath.endsWith(QLatin1String(".pub")) ? publicKeyPath.chopped(4) : QString();

    PodRecord r;
    r.id = newPodId();
    r.clientToken = token;
    r.name = spec.name.isEmpty() ? r.id : spec.name;
    r.project = spec.project;
    r.instanceType = !spec.instanceType.isEmpty() ? spec.instanceType
        : gpu.count > 0 ? QStringLiteral("sandbox-%1x-%2").arg(gpu.count).arg(GpuSpecTable::normalized(gpu.model))
                        : QStringLiteral("sandbox-cpu");
    r.image = spec.image;
    r.gpu = gpu;
    r.setup = spec.setup;
    r.command = spec.command;
    for (const JobSpec::EnvVar &e : spec.env)
        r.env.append({e.name, e.value});
    r.ports = spec.ports;
    r.authorizedKey = QString::fromUtf8(*key);
    if (!privateKeyPath.isEmpty() && QFileInfo::exists(privateKeyPath))
        r.identityFile = QFileInfo(privateKeyPath).absoluteFilePath();
    r.createdAt = QDateTime::currentDateTimeUtc();

    const QString dir = m_paths.podDir(r.id);
    if (!QDir().mkpath(dir))
        return makeError(Error::Kind::Io,
                         tr("The Sandbox could not create the pod folder %1. Check free disk space and the data "
                            "folder's permissions.")
                             .arg(QDir::toNativeSeparators(dir)));
    if (auto saved = r.save(SandboxPaths::podStateFile(dir)); !saved) {
        QDir(dir).removeRecursively();
        return saved.error();
    }

    SandboxPod::Context context{m_options.dataDir, m_options.nvidiaSmiTarget, m_options.sshFactory,
                                m_options.stopGraceSeconds * 1000, 15'000};
    auto *pod = new SandboxPod(context, std::move(r), this);
    const QString podId = pod->record().id;
    m_pods.insert(podId, pod);
    m_order.append(podId);
    if (!token.isEmpty())
        m_byToken.insert(token, podId);
    auto launched = pod->launch();
    qInfo("sandboxd: launched pod %s (%s): %s", qPrintable(podId), qPrintable(pod->record().instanceType),
          launched ? "running" : qPrintable(launched.error().message));
    if (!launched)
        return launched.error();
    return pod;
}

void SandboxDaemon::poll()
{
    const QList<SandboxPod *> pods = m_pods.values();
    for (SandboxPod *pod : pods)
        pod->poll();
}

void SandboxDaemon::checkIdle()
{
    if (m_exiting)
        return;
    bool busy = m_clients > 0;
    for (SandboxPod *pod : std::as_const(m_pods))
        busy = busy || pod->keepsDaemonAlive();
    if (busy) {
        m_idleSince.invalidate();
        return;
    }
    if (!m_idleSince.isValid()) {
        m_idleSince.start();
        return;
    }
    if (m_idleSince.elapsed() >= qint64(m_options.idleExitSeconds) * 1000) {
        qInfo("sandboxd: no live pod and no client for %d s, exiting", m_options.idleExitSeconds);
        exitNow(0);
    }
}

void SandboxDaemon::shutdown(bool terminatePods, const std::function<void()> &answer)
{
    m_exiting = true;
    auto finish = [this, answer] {
        answer(); // before the listener closes, so the client hears it
        QTimer::singleShot(0, this, [this] { exitNow(0); });
    };
    auto remaining = std::make_shared<int>(0);
    if (terminatePods) {
        for (SandboxPod *pod : std::as_const(m_pods)) {
            if (pod->record().state == PodRecord::State::Terminated)
                continue;
            ++*remaining;
            pod->terminate([remaining, finish](Result<void>) {
                if (--*remaining == 0)
                    finish();
            });
        }
    }
    if (*remaining == 0)
        finish();
}

void SandboxDaemon::exitNow(int code)
{
    m_exiting = true;
    m_pollTimer.stop();
    m_idleTimer.stop();
    for (SandboxPod *pod : std::as_const(m_pods))
        pod->detach();
    if (m_server) {
        m_server->close();
        QLocalServer::removeServer(m_paths.socketPath());
    }
    if (m_lock)
        m_lock->unlock();
    emit finished(code);
}

} // namespace gpudesk
