#include "PodSshServer.h"

#include "PodSshLog.h"
#include "PodSshSession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <libssh/libssh.h>
#include <libssh/server.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <list>
#include <mutex>
#include <system_error>
#include <thread>
#include <type_traits>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gpudesk {

Q_LOGGING_CATEGORY(lcPodSsh, "gpudesk.sandbox.ssh")

namespace {

constexpr size_t kMaxConnections = 64;
constexpr int kListenBacklog = 64;

QString errnoString(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

void closeFd(int &fd)
{
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

struct KeyFree
{
    void operator()(ssh_key key) const { ssh_key_free(key); }
};
using Key = std::unique_ptr<std::remove_pointer_t<ssh_key>, KeyFree>;

QByteArray publicKeyBase64(ssh_key key)
{
    char *base64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &base64) != SSH_OK || !base64)
        return {};
    QByteArray result(base64);
    ssh_string_free_char(base64);
    return result;
}

// Writes a sibling temporary file with `mode` from the start, then renames it over `path`:
// never a moment with a half-written or world-readable key.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, mode_t mode, QString *why)
{
    const QByteArray target = QFile::encodeName(path);
    QByteArray temporary = target + ".XXXXXX";
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) {
        *why = errnoString(errno);
        return false;
    }
    bool ok = ::fchmod(fd, mode) == 0;
    for (qsizetype done = 0; ok && done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0)
            done += n;
        else if (!(n < 0 && errno == EINTR))
            ok = false;
    }
    ok = ok && ::fsync(fd) == 0;
    const int writeError = errno;
    ok = (::close(fd) == 0) && ok;
    ok = ok && ::rename(temporary.constData(), target.constData()) == 0;
    if (!ok) {
        *why = errnoString(errno ? errno : writeError);
        ::unlink(temporary.constData());
    }
    return ok;
}

void setEnvironmentEntry(QList<QByteArray> &environment, const QByteArray &entry)
{
    const qsizetype equals = entry.indexOf('=');
    if (equals <= 0)
        return;
    const QByteArray prefix = entry.left(equals + 1);
    for (QByteArray &existing : environment) {
        if (existing.startsWith(prefix)) {
            existing = entry;
            return;
        }
    }
    environment.append(entry);
}

// The server's own environment without what belongs to the desktop session or to another SSH
// connection, then the pod's entries.
QList<QByteArray> podEnvironment(const PodSshServer::Config &config)
{
    static const QStringList dropped = {
        QStringLiteral("SSH_AUTH_SOCK"),
        QStringLiteral("SSH_AGENT_PID"),
        QStringLiteral("SSH_CONNECTION"),
        QStringLiteral("SSH_CLIENT"),
        QStringLiteral("SSH_TTY"),
        QStringLiteral("SSH_ORIGINAL_COMMAND"),
        QStringLiteral("DISPLAY"),
        QStringLiteral("WAYLAND_DISPLAY"),
        QStringLiteral("XAUTHORITY"),
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("TERM"),
        QStringLiteral("COLUMNS"),
        QStringLiteral("LINES"),
        QStringLiteral("OLDPWD"),
        QStringLiteral("QT_QPA_PLATFORM"),
    };
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    QList<QByteArray> environment;
    const QStringList keys = system.keys();
    for (const QString &key : keys) {
        if (!dropped.contains(key))
            environment.append(QString(key + QLatin1Char('=') + system.value(key)).toLocal8Bit());
    }
    setEnvironmentEntry(environment, "SHELL=" + QFile::encodeName(config.shell));
    setEnvironmentEntry(environment, "PWD=" + QFile::encodeName(config.workDir));
    for (const QString &entry : config.environment)
        setEnvironmentEntry(environment, entry.toLocal8Bit());
    return environment;
}

} // namespace

class PodSshServer::Private
{
public:
    explicit Private(Config c) : config(std::move(c)) { }

    Result<void> start();
    Result<Key> loadOrCreateHostKey();
    Result<QByteArray> readAuthorizedKey();
    Result<void> listen();
    void stopAll();
    void acceptLoop();
    void acceptPending();
    void joinFinished();

    struct Worker
    {
        std::unique_ptr<PodSshSession> session;
        std::thread thread;
    };

    Config config;
    bool running = false;
    quint16 port = 0;
    QString fingerprint;
    QString publicKey;
    int listenFd = -1;
    int stopPipe[2] = { -1, -1 };
    int notifyPipe[2] = { -1, -1 }; // a session thread ended: the accept thread joins it
    ssh_bind bind = nullptr;
    std::shared_ptr<PodSshContext> context;
    std::thread acceptor;
    std::mutex workersMutex;
    std::list<Worker> workers;
};

Result<Key> PodSshServer::Private::loadOrCreateHostKey()
{
    const QString &path = config.hostKeyPath;
    const QByteArray native = QFile::encodeName(path);
    if (QFileInfo::exists(path)) {
        struct stat st;
        if (::stat(native.constData(), &st) == 0 && (st.st_mode & 077) != 0) {
            ::chmod(native.constData(), 0600);
            qCWarning(lcPodSsh) << "made the host key" << path << "private to its owner (0600)";
        }
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_file(native.constData(), nullptr, nullptr, nullptr, &key) != SSH_OK || !key) {
            return makeError(Error::Kind::Corrupt,
                PodSshServer::tr("The pod's SSH host key %1 cannot be read. Delete the file to let GPU Desk make a "
                                 "new one; SSH clients will then warn once that the pod's key changed.")
                    .arg(QDir::toNativeSeparators(path)),
                QStringLiteral("ssh_pki_import_privkey_file failed"));
        }
        return Key(key);
    }

    ssh_key generated = nullptr;
    if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &generated) != SSH_OK || !generated) {
        return makeError(Error::Kind::Internal,
            PodSshServer::tr("GPU Desk could not make an SSH host key for the pod."),
            QStringLiteral("ssh_pki_generate(ed25519) failed"));
    }
    Key key(generated);
    char *privateBase64 = nullptr;
    if (ssh_pki_export_privkey_base64(key.get(), nullptr, nullptr, nullptr, &privateBase64) != SSH_OK
        || !privateBase64) {
        return makeError(Error::Kind::Internal,
            PodSshServer::tr("GPU Desk could not make an SSH host key for the pod."),
            QStringLiteral("ssh_pki_export_privkey_base64 failed"));
    }
    QByteArray privateText(privateBase64);
    std::memset(privateBase64, 0, std::strlen(privateBase64));
    ssh_string_free_char(privateBase64);
    if (!privateText.endsWith('\n'))
        privateText.append('\n');

    QDir().mkpath(QFileInfo(path).absolutePath());
    QString why;
    const bool written = writeFileAtomically(path, privateText, 0600, &why);
    privateText.fill('\0');
    if (!written) {
        return makeError(Error::Kind::Io,
            PodSshServer::tr("Cannot save the pod's SSH host key to %1: %2. Check that the folder exists and "
                             "can be written.")
                .arg(QDir::toNativeSeparators(path), why));
    }
    const QByteArray publicLine = QByteArray(ssh_key_type_to_char(ssh_key_type(key.get()))) + ' '
        + publicKeyBase64(key.get()) + " gpudesk-pod\n";
    if (!writeFileAtomically(path + QStringLiteral(".pub"), publicLine, 0644, &why))
        qCWarning(lcPodSsh) << "could not write" << path + QStringLiteral(".pub") << ":" << why;
    qCDebug(lcPodSsh) << "made the host key" << path;
    return key;
}

Result<QByteArray> PodSshServer::Private::readAuthorizedKey()
{
    const QByteArray native = QFile::encodeName(config.authorizedKeyPath);
    ssh_key key = nullptr;
    QByteArray base64;
    if (ssh_pki_import_pubkey_file(native.constData(), &key) == SSH_OK && key) {
        base64 = publicKeyBase64(key);
        ssh_key_free(key);
    }
    if (base64.isEmpty()) {
        return makeError(Error::Kind::Auth,
            PodSshServer::tr("Cannot read the SSH public key %1 that may log in to the pod. Check that the file "
                             "exists and holds one OpenSSH public key.")
                .arg(QDir::toNativeSeparators(config.authorizedKeyPath)),
            QStringLiteral("ssh_pki_import_pubkey_file failed"));
    }
    return base64;
}

Result<void> PodSshServer::Private::listen()
{
    const QString where = config.port ? QStringLiteral("127.0.0.1:%1").arg(config.port) : QStringLiteral("127.0.0.1");
    auto failure = [&](int error) {
        closeFd(listenFd);
        return makeError(Error::Kind::Network,
            config.port ? PodSshServer::tr("Cannot listen on %1: %2. Choose another port, or stop the program "
                                           "that uses it.")
                              .arg(where, errnoString(error))
                        : PodSshServer::tr("Cannot listen on %1: %2.").arg(where, errnoString(error)));
    };
    listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (listenFd < 0)
        return failure(errno);
    const int one = 1;
    ::setsockopt(listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(config.port);
    address.sin_addr.s_addr = htonl(0x7f000001u); // 127.0.0.1, never a public interface
    if (::bind(listenFd, reinterpret_cast<const sockaddr *>(&address), sizeof address) < 0
        || ::listen(listenFd, kListenBacklog) < 0)
        return failure(errno);
    socklen_t length = sizeof address;
    if (::getsockname(listenFd, reinterpret_cast<sockaddr *>(&address), &length) < 0)
        return failure(errno);
    port = ntohs(address.sin_port);
    return {};
}

Result<void> PodSshServer::Private::start()
{
    if (config.user.isEmpty()) {
        return makeError(Error::Kind::InvalidInput, PodSshServer::tr("The pod's SSH user name is empty."));
    }
    if (!QFileInfo(config.workDir).isDir()) {
        return makeError(Error::Kind::NotFound,
            PodSshServer::tr("The pod's working folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(config.workDir)));
    }
    const QFileInfo shell(config.shell);
    if (!shell.isAbsolute() || !shell.isExecutable()) {
        return makeError(Error::Kind::InvalidInput,
            PodSshServer::tr("The pod's shell %1 is not an executable program.")
                .arg(QDir::toNativeSeparators(config.shell)));
    }
    Result<QByteArray> authorized = readAuthorizedKey();
    if (!authorized)
        return authorized.error();
    Result<Key> hostKey = loadOrCreateHostKey();
    if (!hostKey)
        return hostKey.error();

    const QByteArray hostBase64 = publicKeyBase64(hostKey->get());
    const QByteArray blob = QByteArray::fromBase64(hostBase64);
    fingerprint = QStringLiteral("SHA256:")
        + QString::fromLatin1(
            QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64(QByteArray::OmitTrailingEquals));
    publicKey = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(hostKey->get()))) + QLatin1Char(' ')
        + QString::fromLatin1(hostBase64);

    bind = ssh_bind_new();
    bool processConfig = false; // no /etc/libssh/libssh_server.config: the pod's server is ours alone
    int verbosity = SSH_LOG_NOLOG;
    if (!bind || ssh_bind_options_set(bind, SSH_BIND_OPTIONS_PROCESS_CONFIG, &processConfig) != SSH_OK
        || ssh_bind_options_set(bind, SSH_BIND_OPTIONS_LOG_VERBOSITY, &verbosity) != SSH_OK
        || ssh_bind_options_set(bind, SSH_BIND_OPTIONS_IMPORT_KEY, hostKey->get()) != SSH_OK) {
        return makeError(Error::Kind::Internal, PodSshServer::tr("GPU Desk could not set up the pod's SSH server."),
            bind ? QString::fromUtf8(ssh_get_error(bind)) : QStringLiteral("ssh_bind_new failed"));
    }
    [[maybe_unused]] ssh_key owned = hostKey->release(); // the ssh_bind owns it now

    if (Result<void> listening = listen(); !listening)
        return listening;
    if (::pipe2(stopPipe, O_CLOEXEC) < 0 || ::pipe2(notifyPipe, O_CLOEXEC | O_NONBLOCK) < 0) {
        return makeError(Error::Kind::Internal, PodSshServer::tr("GPU Desk could not set up the pod's SSH server."),
            QStringLiteral("pipe2: ") + errnoString(errno));
    }

    context = std::make_shared<PodSshContext>();
    context->user = config.user.toUtf8();
    context->authorizedKeyBase64 = *authorized;
    context->workDir = QFile::encodeName(QFileInfo(config.workDir).absoluteFilePath());
    context->shell = QFile::encodeName(config.shell);
    context->environment = podEnvironment(config);
    context->processGroup = config.processGroup;
    context->port = port;
    context->stopFd = stopPipe[0];

    try {
        acceptor = std::thread([this] { acceptLoop(); });
    } catch (const std::system_error &e) {
        return makeError(Error::Kind::Internal, PodSshServer::tr("GPU Desk could not set up the pod's SSH server."),
            QString::fromLocal8Bit(e.what()));
    }
    running = true;
    qCDebug(lcPodSsh) << "listening on 127.0.0.1 port" << port << "for user" << config.user;
    return {};
}

void PodSshServer::Private::acceptLoop()
{
    pthread_setname_np(pthread_self(), "podssh-accept");
    pollfd fds[3] = { { listenFd, POLLIN, 0 }, { stopPipe[0], POLLIN, 0 }, { notifyPipe[0], POLLIN, 0 } };
    for (;;) {
        if (::poll(fds, 3, -1) < 0) {
            if (errno == EINTR)
                continue;
            qCWarning(lcPodSsh) << "the listener failed:" << errnoString(errno);
            return;
        }
        if (fds[1].revents)
            return;
        if (fds[2].revents) {
            char drain[64];
            while (::read(notifyPipe[0], drain, sizeof drain) > 0) { }
            joinFinished();
        }
        if (fds[0].revents & (POLLERR | POLLNVAL)) {
            qCWarning(lcPodSsh) << "the listener on port" << port << "failed";
            return;
        }
        if (fds[0].revents & POLLIN)
            acceptPending();
    }
}

void PodSshServer::Private::acceptPending()
{
    for (;;) {
        sockaddr_storage peer {};
        socklen_t peerLength = sizeof peer;
        const int fd
            = ::accept4(listenFd, reinterpret_cast<sockaddr *>(&peer), &peerLength, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                // Out of descriptors or memory: the connection stays queued; do not spin on it.
                qCWarning(lcPodSsh) << "cannot accept a connection:" << errnoString(errno);
                std::this_thread::sleep_for(std::chrono::milliseconds(200));
            }
            return;
        }
        char address[INET6_ADDRSTRLEN] = "?";
        quint16 peerPort = 0;
        if (peer.ss_family == AF_INET) {
            const auto *v4 = reinterpret_cast<const sockaddr_in *>(&peer);
            ::inet_ntop(AF_INET, &v4->sin_addr, address, sizeof address);
            peerPort = ntohs(v4->sin_port);
        }

        joinFinished();
        {
            std::lock_guard lock(workersMutex);
            if (workers.size() >= kMaxConnections) {
                qCWarning(lcPodSsh) << "refused a connection from" << address << ": too many connections";
                ::close(fd);
                continue;
            }
        }
        ssh_session session = ssh_new();
        if (!session) {
            ::close(fd);
            continue;
        }
        int verbosity = SSH_LOG_NOLOG;
        ssh_options_set(session, SSH_OPTIONS_LOG_VERBOSITY, &verbosity);
        if (ssh_bind_accept_fd(bind, session, fd) != SSH_OK) {
            qCWarning(lcPodSsh) << "cannot take the connection from" << address << ":" << ssh_get_error(bind);
            const bool sessionOwnsFd = ssh_get_fd(session) == fd;
            ssh_free(session);
            if (!sessionOwnsFd)
                ::close(fd);
            continue;
        }

        Worker worker;
        worker.session = std::make_unique<PodSshSession>(context, session, fd, QByteArray(address), peerPort);
        PodSshSession *s = worker.session.get();
        const int notify = notifyPipe[1];
        try {
            worker.thread = std::thread([s, notify] {
                pthread_setname_np(pthread_self(), "podssh-session");
                s->run();
                const char done = 1;
                [[maybe_unused]] const ssize_t n = ::write(notify, &done, 1);
            });
        } catch (const std::system_error &e) {
            qCWarning(lcPodSsh) << "cannot serve the connection from" << address << ":" << e.what();
            continue; // the session's destructor closes it
        }
        std::lock_guard lock(workersMutex);
        workers.push_back(std::move(worker));
    }
}

void PodSshServer::Private::joinFinished()
{
    std::lock_guard lock(workersMutex);
    for (auto it = workers.begin(); it != workers.end();) {
        if (it->session->isFinished()) {
            it->thread.join();
            it = workers.erase(it);
        } else {
            ++it;
        }
    }
}

void PodSshServer::Private::stopAll()
{
    if (stopPipe[1] >= 0) {
        const char stop = 1;
        [[maybe_unused]] const ssize_t n = ::write(stopPipe[1], &stop, 1);
    }
    if (acceptor.joinable())
        acceptor.join();
    closeFd(listenFd);
    {
        std::lock_guard lock(workersMutex);
        for (Worker &w : workers)
            w.session->abortHandshake();
    }
    // Every session sees the stop pipe, kills and reaps its children, and says goodbye.
    for (Worker &w : workers) {
        if (w.thread.joinable())
            w.thread.join();
    }
    workers.clear();
    closeFd(stopPipe[0]);
    closeFd(stopPipe[1]);
    closeFd(notifyPipe[0]);
    closeFd(notifyPipe[1]);
    if (bind) {
        ssh_bind_free(bind);
        bind = nullptr;
    }
    context.reset();
    if (running)
        qCDebug(lcPodSsh) << "stopped the server on port" << port;
    running = false;
    port = 0;
}

PodSshServer::PodSshServer(Config config, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(config)))
{ }

PodSshServer::~PodSshServer()
{
    stop();
}

Result<void> PodSshServer::start()
{
    if (d->running)
        return {};
    Result<void> result = d->start();
    if (!result)
        d->stopAll(); // undoes whatever part of start() succeeded
    return result;
}

quint16 PodSshServer::port() const
{
    return d->running ? d->port : 0;
}

QString PodSshServer::hostKeyFingerprint() const
{
    return d->fingerprint;
}

QString PodSshServer::hostPublicKey() const
{
    return d->publicKey;
}

bool PodSshServer::isRunning() const
{
    return d->running;
}

void PodSshServer::stop()
{
    if (d->running)
        d->stopAll();
}

} // namespace gpudesk
