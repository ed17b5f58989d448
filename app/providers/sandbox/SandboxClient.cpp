#include "SandboxClient.h"

#include "SandboxProtocol.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QLocale>
#include <QProcess>

namespace gpudesk {

namespace {

constexpr int kFirstBackoffMs = 50;
constexpr int kMaxBackoffMs = 800;
constexpr qint64 kMaxDaemonLogBytes = 1024 * 1024;

} // namespace

SandboxClient::SandboxClient(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_paths(std::move(dataDir))
    , m_program(defaultDaemonProgram())
    , m_socket(new QLocalSocket(this))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SandboxClient::connectNow);
    m_timeoutTimer.setInterval(250);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &SandboxClient::checkTimeouts);
    connect(m_socket, &QLocalSocket::connected, this, &SandboxClient::onConnected);
    connect(m_socket, &QLocalSocket::disconnected, this, &SandboxClient::onDisconnected);
    connect(m_socket, &QLocalSocket::readyRead, this, &SandboxClient::onReadyRead);
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_link == Link::Connecting)
            onConnectFailed();
    });
}

SandboxClient::~SandboxClient()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

QString SandboxClient::defaultDaemonProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("GPUDESK_SANDBOXD");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/gpudesk-sandboxd");
    if (QFileInfo(beside).isExecutable())
        return beside;
#ifdef GPUDESK_SANDBOXD_BUILD_PATH
    const QString built = QStringLiteral(GPUDESK_SANDBOXD_BUILD_PATH);
    if (QFileInfo(built).isExecutable())
        return built;
#endif
    return beside;
}

void SandboxClient::send(QJsonObject request, Callback callback, int timeoutMs)
{
    Pending p;
    p.id = m_nextId++;
    request.insert(QStringLiteral("id"), p.id);
    p.request = std::move(request);
    p.callback = std::move(callback);
    p.timeoutMs = timeoutMs;
    m_queue.append(std::move(p));
    if (m_link == Link::Up)
        flushQueue();
    else if (m_link == Link::Down)
        connectNow();
}

void SandboxClient::connectNow()
{
    if (m_link == Link::Up)
        return;
    if (m_link == Link::Down) {
        m_link = Link::Connecting;
        m_connectingSince.start();
        m_daemonStarted = false;
        m_backoffMs = 0;
    }
    m_socket->abort();
    m_buffer.clear();
    // Failures may be reported from inside this call; onConnectFailed only schedules.
    m_socket->connectToServer(m_paths.socketPath());
}

void SandboxClient::onConnected()
{
    m_link = Link::Up;
    m_retryTimer.stop();
    flushQueue();
}

void SandboxClient::onConnectFailed()
{
    if (m_connectingSince.elapsed() > m_startTimeoutMs) {
        m_link = Link::Down;
        failAll(makeError(Error::Kind::Provider,
                          tr("The Sandbox daemon did not answer within %1 seconds. Look at %2 for the reason, then "
                             "try again.")
                              .arg(m_startTimeoutMs / 1000)
                              .arg(QDir::toNativeSeparators(m_paths.daemonLogPath())),
                          m_socket->errorString()));
        return;
    }
    if (!m_daemonStarted) {
        auto started = startDaemon();
        if (!started) {
            m_link = Link::Down;
            failAll(started.error());
            return;
        }
        m_daemonStarted = true;
        m_backoffMs = kFirstBackoffMs;
    } else {
        m_backoffMs = qMin(m_backoffMs * 2, kMaxBackoffMs);
    }
    m_retryTimer.start(m_backoffMs);
}

Result<void> SandboxClient::startDaemon()
{
    if (!QFileInfo(m_program).isExecutable())
        return makeError(Error::Kind::NotFound,
                         tr("The Sandbox daemon gpudesk-sandboxd was not found at %1. Reinstall GPU Desk, or set "
                            "GPUDESK_SANDBOXD to the program's path.")
                             .arg(QDir::toNativeSeparators(m_program)));
    if (!QDir().mkpath(m_paths.sandboxDir()))
        return makeError(Error::Kind::Io,
                         tr("The Sandbox cannot create its folder %1. Check the data folder's permissions.")
                             .arg(QDir::toNativeSeparators(m_paths.sandboxDir())));
    // Keep the daemon's own log small: one previous generation.
    const QString log = m_paths.daemonLogPath();
    if (QFileInfo(log).size() > kMaxDaemonLogBytes) {
        QFile::remove(log + QStringLiteral(".1"));
        QFile::rename(log, log + QStringLiteral(".1"));
    }
    // The daemon speaks the app's language in the messages it writes.
    const QString language =
        QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    QProcess process;
    process.setProgram(m_program);
    process.setArguments(QStringList{QStringLiteral("--data-dir"), m_paths.dataDir(), QStringLiteral("--lang"), language}
                         + m_extraArguments);
    process.setWorkingDirectory(m_paths.sandboxDir());
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(m_paths.daemonLogPath(), QIODevice::Append);
    process.setStandardErrorFile(m_paths.daemonLogPath(), QIODevice::Append);
    if (!process.startDetached())
        return makeError(Error::Kind::Provider,
                         tr("The Sandbox daemon %1 could not be started. Check that it is executable.")
                             .arg(QDir::toNativeSeparators(m_program)),
                         process.errorString());
    return {};
}

void SandboxClient::flushQueue()
{
    while (!m_queue.isEmpty()) {
        Pending p = m_queue.takeFirst();
        m_socket->write(QJsonDocument(p.request).toJson(QJsonDocument::Compact) + '\n');
        p.sent.start();
        m_inFlight.insert(p.id, std::move(p));
    }
    m_socket->flush();
    if (!m_inFlight.isEmpty() && !m_timeoutTimer.isActive())
        m_timeoutTimer.start();
}

void SandboxClient::onDisconnected()
{
    if (m_link != Link::Up)
        return;
    m_link = Link::Down;
    const QList<Pending> lost = m_inFlight.values();
    m_inFlight.clear();
    for (const Pending &p : lost)
        finish(p, makeError(Error::Kind::Provider,
                            tr("The Sandbox daemon closed the connection before answering (it may have stopped or "
                               "crashed). Try again: it restarts on demand.")));
    if (!m_queue.isEmpty())
        QTimer::singleShot(0, this, &SandboxClient::connectNow);
}

void SandboxClient::onReadyRead()
{
    m_buffer += m_socket->readAll();
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0)
            break;
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        const QJsonObject response = QJsonDocument::fromJson(line).object();
        const qint64 id = response.value(QStringLiteral("id")).toInteger(-1);
        auto it = m_inFlight.find(id);
        if (it == m_inFlight.end())
            continue; // answered after its timeout, or not ours
        Pending p = std::move(*it);
        m_inFlight.erase(it);
        if (response.value(QStringLiteral("ok")).toBool()) {
            finish(std::move(p), response.value(QStringLiteral("result")));
        } else {
            const QJsonObject e = response.value(QStringLiteral("error")).toObject();
            QString message = e.value(QStringLiteral("message")).toString();
            if (message.isEmpty())
                message = tr("The Sandbox daemon refused the request without saying why. Look at %1.")
                              .arg(QDir::toNativeSeparators(m_paths.daemonLogPath()));
            finish(std::move(p), makeError(SandboxProtocol::errorKind(e.value(QStringLiteral("code")).toString()),
                                           message, e.value(QStringLiteral("detail")).toString()));
        }
    }
    if (m_inFlight.isEmpty())
        m_timeoutTimer.stop();
}

void SandboxClient::checkTimeouts()
{
    QList<qint64> expired;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (it->sent.isValid() && it->sent.elapsed() > it->timeoutMs)
            expired << it.key();
    }
    for (qint64 id : expired) {
        Pending p = m_inFlight.take(id);
        const int seconds = p.timeoutMs / 1000;
        finish(std::move(p),
               makeError(Error::Kind::Provider,
                         tr("The Sandbox daemon did not answer within %n seconds. It may be overloaded; look at %1 "
                            "and try again.",
                            nullptr, seconds)
                             .arg(QDir::toNativeSeparators(m_paths.daemonLogPath()))));
    }
    if (m_inFlight.isEmpty())
        m_timeoutTimer.stop();
}

void SandboxClient::failAll(const Error &error)
{
    m_retryTimer.stop();
    const QList<Pending> queued = std::exchange(m_queue, {});
    for (const Pending &p : queued)
        finish(p, error);
    const QList<Pending> lost = m_inFlight.values();
    m_inFlight.clear();
    for (const Pending &p : lost)
        finish(p, error);
}

void SandboxClient::finish(Pending pending, Result<QJsonValue> result)
{
    // Always through the event loop: never inside send(), never re-entrantly.
    QMetaObject::invokeMethod(
        this, [callback = std::move(pending.callback), result = std::move(result)]() mutable {
            if (callback)
                callback(std::move(result));
        },
        Qt::QueuedConnection);
}

} // namespace gpudesk
