#include "PodSshSession.h"

#include "PodSshChild.h"
#include "PodSshLog.h"

#include <libssh/callbacks.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <optional>
#include <utility>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace gpudesk {

namespace {

constexpr qsizetype kStreamCap = 256 * 1024; // per direction and stream; above it we stop reading
constexpr qsizetype kReadChunk = 64 * 1024;
constexpr int kMaxAuthFailures = 10;
constexpr size_t kMaxChannels = 64;
constexpr qsizetype kMaxEnvRequests = 256;
constexpr long kHandshakeTimeoutSeconds = 30;
constexpr auto kAuthTimeout = std::chrono::seconds(60);
constexpr int kConnectTimeoutMs = 5000;
constexpr int kRetryWriteMs = 50; // a write refused during a key re-exchange
constexpr int kReapPollMs = 200; // children without a pidfd (kernels before 5.3)
constexpr char kSftpServer[] = "/usr/lib/openssh/sftp-server";

struct SignalName
{
    int number;
    const char *name; // RFC 4254 6.10: without the "SIG"
};
constexpr SignalName kSignals[] = {
    { SIGABRT, "ABRT" },
    { SIGALRM, "ALRM" },
    { SIGFPE, "FPE" },
    { SIGHUP, "HUP" },
    { SIGILL, "ILL" },
    { SIGINT, "INT" },
    { SIGKILL, "KILL" },
    { SIGPIPE, "PIPE" },
    { SIGQUIT, "QUIT" },
    { SIGSEGV, "SEGV" },
    { SIGTERM, "TERM" },
    { SIGUSR1, "USR1" },
    { SIGUSR2, "USR2" },
};

const char *signalName(int number)
{
    for (const SignalName &s : kSignals) {
        if (s.number == number)
            return s.name;
    }
    return nullptr;
}

int signalNumber(const char *name)
{
    for (const SignalName &s : kSignals) {
        if (name && std::strcmp(s.name, name) == 0)
            return s.number;
    }
    return 0;
}

bool isEnvironmentName(const char *name)
{
    if (!name || !*name || std::isdigit(static_cast<unsigned char>(*name)))
        return false;
    for (const char *p = name; *p; ++p) {
        if (!std::isalnum(static_cast<unsigned char>(*p)) && *p != '_')
            return false;
    }
    return true;
}

unsigned short clampSize(int value)
{
    return static_cast<unsigned short>(std::clamp(value, 0, 65535));
}

// Forwarding reaches this machine only: a pod's Jupyter or TensorBoard, never the network.
bool isLoopbackTarget(const QByteArray &host)
{
    return host == "127.0.0.1" || host == "::1" || host.compare("localhost", Qt::CaseInsensitive) == 0;
}

int connectWithTimeout(int family, const void *address, socklen_t length)
{
    const int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return -1;
    if (::connect(fd, static_cast<const sockaddr *>(address), length) == 0)
        return fd;
    if (errno == EINPROGRESS) {
        pollfd p { fd, POLLOUT, 0 };
        int error = 0;
        socklen_t errorLength = sizeof error;
        if (::poll(&p, 1, kConnectTimeoutMs) == 1 && ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &errorLength) == 0
            && error == 0)
            return fd;
    }
    ::close(fd);
    return -1;
}

int connectLoopback(const QByteArray &host, int port)
{
    const bool tryV4 = host != "::1";
    const bool tryV6 = host != "127.0.0.1";
    if (tryV4) {
        sockaddr_in v4 {};
        v4.sin_family = AF_INET;
        v4.sin_port = htons(static_cast<uint16_t>(port));
        v4.sin_addr.s_addr = htonl(0x7f000001u);
        const int fd = connectWithTimeout(AF_INET, &v4, sizeof v4);
        if (fd >= 0)
            return fd;
    }
    if (tryV6) {
        sockaddr_in6 v6 {};
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(static_cast<uint16_t>(port));
        v6.sin6_addr = in6addr_loopback;
        return connectWithTimeout(AF_INET6, &v6, sizeof v6);
    }
    return -1;
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

using Channel = PodSshSession::Channel;

// libssh's C callbacks; each forwards to the session (or to the channel's state).
int onAuthPublicKey(ssh_session, const char *user, ssh_key key, char signatureState, void *userdata);
ssh_channel onChannelOpen(ssh_session, void *userdata);
int onMessage(ssh_session, ssh_message message, void *userdata);
int onStopFd(socket_t, int, void *userdata);

} // namespace

struct PodSshSession::Channel
{
    enum class Kind { Session, DirectTcpip };

    PodSshSession *owner = nullptr;
    Kind kind = Kind::Session;
    ssh_channel channel = nullptr; // null once handed back to libssh
    ssh_channel_callbacks_struct callbacks {};

    // What the client asked for before starting a session channel's process.
    bool ptyRequested = false;
    QByteArray term;
    int columns = 80;
    int rows = 24;
    int pxWidth = 0;
    int pxHeight = 0;
    QList<QByteArray> environment;

    std::optional<PodSshChild> child;
    std::optional<int> exitStatus; // set once the child is reaped
    int pidFd = -1;
    bool pidReadable = false;

    // inFd: we write the client's data to it (stdin, PTY master, socket); outFd/errFd: we read
    // what goes back (stdout or PTY master or socket; stderr). A PTY or socket is in and out.
    int inFd = -1;
    int outFd = -1;
    int errFd = -1;
    bool isSocket = false;
    QByteArray inPending;
    QByteArray outPending;
    QByteArray errPending;
    bool inClosed = false; // no more writes to inFd
    bool outEof = false;
    bool errEof = false;
    bool stdinStalled = false; // libssh holds client data we had no room for
    bool retryWrite = false;

    bool remoteEof = false;
    bool remoteClosed = false;
    bool eofSent = false;
    bool closeSent = false;

    struct Watch
    {
        int fd;
        short events;
    };
    std::vector<Watch> watched; // what this channel has registered in the ssh_event
    std::vector<int> invalidFds; // reported POLLNVAL: to forget, never to close

    bool started() const { return child.has_value() || kind == Kind::DirectTcpip; }
    bool childRunning() const { return child.has_value() && !exitStatus.has_value(); }
    bool finished() const { return !channel && !childRunning() && inFd < 0 && outFd < 0 && errFd < 0 && pidFd < 0; }
};

namespace {

int onAuthPublicKey(ssh_session, const char *user, ssh_key key, char signatureState, void *userdata)
{
    return static_cast<PodSshSession *>(userdata)->authenticatePublicKey(user, key, signatureState);
}

ssh_channel onChannelOpen(ssh_session, void *userdata)
{
    return static_cast<PodSshSession *>(userdata)->openSessionChannel();
}

int onMessage(ssh_session, ssh_message message, void *userdata)
{
    if (ssh_message_type(message) == SSH_REQUEST_CHANNEL_OPEN
        && ssh_message_subtype(message) == SSH_CHANNEL_DIRECT_TCPIP)
        return static_cast<PodSshSession *>(userdata)->openDirectTcpip(message) ? 0 : 1;
    return 1; // libssh sends its default answer: refused (tcpip-forward, x11, agent, …)
}

int onStopFd(socket_t, int, void *userdata)
{
    static_cast<PodSshSession *>(userdata)->stopRequested();
    return 0;
}

int onFd(socket_t fd, int revents, void *userdata)
{
    auto *c = static_cast<Channel *>(userdata);
    c->owner->fdEvent(*c, fd, revents);
    return 0; // never "removed": registrations change only between polls
}

int onData(ssh_session, ssh_channel, void *data, uint32_t length, int isStderr, void *userdata)
{
    auto *c = static_cast<Channel *>(userdata);
    return c->owner->channelData(*c, data, length, isStderr);
}

void onEof(ssh_session, ssh_channel, void *userdata)
{
    static_cast<Channel *>(userdata)->remoteEof = true;
}

void onClose(ssh_session, ssh_channel, void *userdata)
{
    static_cast<Channel *>(userdata)->remoteClosed = true;
}

void onSignal(ssh_session, ssh_channel, const char *signal, void *userdata)
{
    auto *c = static_cast<Channel *>(userdata);
    c->owner->channelSignal(*c, signal);
}

int onPtyRequest(
    ssh_session, ssh_channel, const char *term, int width, int height, int pxWidth, int pxHeight, void *userdata)
{
    auto *c = static_cast<Channel *>(userdata);
    return c->owner->channelPtyRequest(*c, term, width, height, pxWidth, pxHeight);
}

int onWindowChange(ssh_session, ssh_channel, int width, int height, int pxWidth, int pxHeight, void *userdata)
{
    auto *c = static_cast<Channel *>(userdata);
    return c->owner->channelWindowChange(*c, width, height, pxWidth, pxHeight);
}

int onShell(ssh_session, ssh_channel, void *userdata)
{
    auto *c = static_cast<Channel *>(userdata);
    return c->owner->channelStart(*c, nullptr, false);
}

int onExec(ssh_session, ssh_channel, const char *command, void *userdata)
{
    auto *c = static_cast<Channel *>(userdata);
    return command ? c->owner->channelStart(*c, command, false) : SSH_ERROR;
}

int onSubsystem(ssh_session, ssh_channel, const char *subsystem, void *userdata)
{
    auto *c = static_cast<Channel *>(userdata);
    return subsystem ? c->owner->channelStart(*c, subsystem, true) : SSH_ERROR;
}

int onEnv(ssh_session, ssh_channel, const char *name, const char *value, void *userdata)
{
    auto *c = static_cast<Channel *>(userdata);
    return c->owner->channelEnv(*c, name, value);
}

void installCallbacks(Channel &c)
{
    c.callbacks = {};
    ssh_callbacks_init(&c.callbacks);
    c.callbacks.userdata = &c;
    c.callbacks.channel_data_function = onData;
    c.callbacks.channel_eof_function = onEof;
    c.callbacks.channel_close_function = onClose;
    if (c.kind == Channel::Kind::Session) {
        c.callbacks.channel_signal_function = onSignal;
        c.callbacks.channel_pty_request_function = onPtyRequest;
        c.callbacks.channel_pty_window_change_function = onWindowChange;
        c.callbacks.channel_shell_request_function = onShell;
        c.callbacks.channel_exec_request_function = onExec;
        c.callbacks.channel_subsystem_request_function = onSubsystem;
        c.callbacks.channel_env_request_function = onEnv;
    }
    ssh_set_channel_callbacks(c.channel, &c.callbacks);
}

// Reads what fits below the cap. eof on end of file and on errors (EIO: a PTY whose other side
// is gone; ECONNRESET).
void readStream(int fd, QByteArray &pending, bool &eof)
{
    const qsizetype room = std::min(kReadChunk, kStreamCap - pending.size());
    if (fd < 0 || eof || room <= 0)
        return;
    const qsizetype old = pending.size();
    pending.resize(old + room);
    ssize_t n;
    do {
        n = ::read(fd, pending.data() + old, size_t(room));
    } while (n < 0 && errno == EINTR);
    pending.resize(old + std::max<qsizetype>(n, 0));
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK))
        eof = true;
}

} // namespace

PodSshSession::PodSshSession(std::shared_ptr<const PodSshContext> context, ssh_session session, int socketFd,
    QByteArray peerAddress, quint16 peerPort)
    : m_context(std::move(context))
    , m_session(session)
    , m_socketFd(socketFd)
    , m_peerAddress(std::move(peerAddress))
    , m_peerPort(peerPort)
{ }

PodSshSession::~PodSshSession()
{
    teardown();
}

void PodSshSession::run()
{
    // A write to a pipe or socket whose reader is gone must fail with EPIPE on this thread,
    // not end the whole process. (Children start with an empty mask.)
    sigset_t pipeSignal;
    sigemptyset(&pipeSignal);
    sigaddset(&pipeSignal, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipeSignal, nullptr);

    serve();
    teardown();
    m_finished = true;
}

void PodSshSession::abortHandshake()
{
    std::lock_guard lock(m_handshakeMutex);
    if (m_inHandshake && m_socketFd >= 0)
        ::shutdown(m_socketFd, SHUT_RDWR);
}

void PodSshSession::serve()
{
    long handshakeTimeout = kHandshakeTimeoutSeconds;
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &handshakeTimeout);
    m_serverCallbacks = {};
    ssh_callbacks_init(&m_serverCallbacks);
    m_serverCallbacks.userdata = this;
    m_serverCallbacks.auth_pubkey_function = onAuthPublicKey;
    m_serverCallbacks.channel_open_request_session_function = onChannelOpen;
    ssh_set_server_callbacks(m_session, &m_serverCallbacks);
    ssh_set_message_callback(m_session, onMessage, this);
    ssh_set_auth_methods(m_session, SSH_AUTH_METHOD_PUBLICKEY);

    // Blocking, bounded by SSH_OPTIONS_TIMEOUT; abortHandshake() cuts it short on stop().
    const int rc = ssh_handle_key_exchange(m_session);
    {
        std::lock_guard lock(m_handshakeMutex);
        m_inHandshake = false;
    }
    if (rc != SSH_OK) {
        qCDebug(lcPodSsh) << "key exchange with" << peer() << "failed:" << ssh_get_error(m_session);
        return;
    }

    ssh_set_blocking(m_session, 0);
    m_event = ssh_event_new();
    if (!m_event || ssh_event_add_session(m_event, m_session) != SSH_OK
        || ssh_event_add_fd(m_event, m_context->stopFd, POLLIN, onStopFd, this) != SSH_OK) {
        qCWarning(lcPodSsh) << "cannot poll the connection from" << peer();
        return;
    }
    m_sessionInEvent = true;
    m_authDeadline = std::chrono::steady_clock::now() + kAuthTimeout;

    for (;;) {
        // SSH_ERROR here mostly means the client went away; the session's state says so below.
        ssh_event_dopoll(m_event, pollTimeoutMs());
        if (m_stopRequested)
            return;
        if (!m_sessionGone && !sessionAlive()) {
            qCDebug(lcPodSsh) << "connection from" << peer() << "ended";
            sessionEnded();
        }
        if (!m_sessionGone && !m_authenticated
            && (m_authFailures >= kMaxAuthFailures || std::chrono::steady_clock::now() >= m_authDeadline)) {
            qCInfo(lcPodSsh) << "closing the connection from" << peer() << ": no successful authentication";
            sessionEnded();
        }
        // By index: callbacks run from inside libssh calls in pump() may open channels.
        for (size_t i = 0; i < m_channels.size(); ++i)
            pump(*m_channels[i]);
        sweepChannels();
        if (m_sessionGone && m_channels.empty())
            return;
    }
}

QByteArray PodSshSession::peer() const
{
    return m_peerAddress + ':' + QByteArray::number(m_peerPort);
}

bool PodSshSession::sessionAlive() const
{
    const int status = ssh_get_status(m_session);
    return ssh_is_connected(m_session) && (status & (SSH_CLOSED | SSH_CLOSED_ERROR)) == 0;
}

int PodSshSession::pollTimeoutMs() const
{
    int timeout = -1;
    auto atMost = [&timeout](int ms) {
        ms = std::max(ms, 0);
        if (timeout < 0 || ms < timeout)
            timeout = ms;
    };
    if (!m_sessionGone && !m_authenticated) {
        const auto left
            = std::chrono::duration_cast<std::chrono::milliseconds>(m_authDeadline - std::chrono::steady_clock::now());
        atMost(int(std::min<qint64>(left.count() + 1, 60000)));
    }
    for (const auto &c : m_channels) {
        if (c->retryWrite)
            atMost(kRetryWriteMs);
        if (c->childRunning() && c->pidFd < 0)
            atMost(kReapPollMs);
    }
    return timeout;
}

// The connection is gone (or refused): hang up every channel; children that outlive the
// hangup keep the thread (and their pidfd polls) until they end or the server stops.
void PodSshSession::sessionEnded()
{
    m_sessionGone = true;
    if (m_sessionInEvent) {
        // Out of the poll at once: a dead socket would report POLLHUP forever.
        ssh_event_remove_session(m_event, m_session);
        m_sessionInEvent = false;
    }
    for (const auto &c : m_channels)
        hangUp(*c);
    if (ssh_is_connected(m_session))
        ssh_disconnect(m_session);
}

int PodSshSession::authenticatePublicKey(const char *user, ssh_key key, char signatureState)
{
    const bool userOk = user && m_context->user == user;
    bool keyOk = false;
    char *base64 = nullptr;
    if (key && ssh_pki_export_pubkey_base64(key, &base64) == SSH_OK && base64) {
        keyOk = m_context->authorizedKeyBase64 == base64;
        ssh_string_free_char(base64);
    }
    const char *keyType = key ? ssh_key_type_to_char(ssh_key_type(key)) : "?";
    if (!userOk || !keyOk) {
        ++m_authFailures;
        if (!userOk)
            qCInfo(lcPodSsh) << "refused the user name" << (user ? user : "") << "from" << peer();
        else
            qCInfo(lcPodSsh) << "refused an" << keyType << "key that is not the pod's from" << peer();
        return SSH_AUTH_DENIED;
    }
    if (signatureState == SSH_PUBLICKEY_STATE_NONE)
        return SSH_AUTH_SUCCESS; // "this key would do"; the client signs with it next
    if (signatureState == SSH_PUBLICKEY_STATE_VALID) {
        m_authenticated = true;
        qCDebug(lcPodSsh) << "authenticated" << peer() << "with its" << keyType << "key";
        return SSH_AUTH_SUCCESS;
    }
    ++m_authFailures;
    return SSH_AUTH_DENIED;
}

ssh_channel PodSshSession::openSessionChannel()
{
    if (!m_authenticated || m_channels.size() >= kMaxChannels)
        return nullptr;
    ssh_channel channel = ssh_channel_new(m_session);
    if (!channel)
        return nullptr;
    auto c = std::make_unique<Channel>();
    c->owner = this;
    c->kind = Channel::Kind::Session;
    c->channel = channel;
    installCallbacks(*c);
    m_channels.push_back(std::move(c));
    return channel;
}

bool PodSshSession::openDirectTcpip(ssh_message message)
{
    if (!m_authenticated || m_channels.size() >= kMaxChannels)
        return false;
    const char *destination = ssh_message_channel_request_open_destination(message);
    const QByteArray host = destination ? QByteArray(destination) : QByteArray();
    const int port = ssh_message_channel_request_open_destination_port(message);
    if (!isLoopbackTarget(host) || port <= 0 || port > 65535) {
        qCInfo(lcPodSsh) << "refused forwarding to" << host << "port" << port << "for" << peer()
                         << "(only 127.0.0.1 and localhost)";
        return false;
    }
    const int fd = connectLoopback(host, port);
    if (fd < 0) {
        qCDebug(lcPodSsh) << "nothing answers on" << host << "port" << port << "for" << peer();
        return false;
    }
    ssh_channel channel = ssh_message_channel_request_open_reply_accept(message);
    if (!channel) {
        ::close(fd);
        return false;
    }
    auto c = std::make_unique<Channel>();
    c->owner = this;
    c->kind = Channel::Kind::DirectTcpip;
    c->channel = channel;
    c->inFd = fd;
    c->outFd = fd;
    c->isSocket = true;
    c->errEof = true;
    installCallbacks(*c);
    m_channels.push_back(std::move(c));
    qCDebug(lcPodSsh) << "forwarding" << peer() << "to" << host << "port" << port;
    return true;
}

int PodSshSession::channelData(Channel &c, void *data, uint32_t length, int isStderr)
{
    if (isStderr || c.inClosed)
        return int(length); // nobody reads it: consume, so the window stays open
    const qsizetype room = kStreamCap - c.inPending.size();
    const qsizetype take = std::min<qsizetype>(std::max<qsizetype>(room, 0), qsizetype(length));
    c.inPending.append(static_cast<const char *>(data), take);
    if (take < qsizetype(length))
        c.stdinStalled = true; // libssh keeps the rest (and stops growing the client's window)
    return int(take);
}

int PodSshSession::channelPtyRequest(Channel &c, const char *term, int columns, int rows, int pxWidth, int pxHeight)
{
    if (c.started() || c.ptyRequested)
        return SSH_ERROR;
    c.ptyRequested = true;
    c.term = term ? QByteArray(term) : QByteArray();
    c.columns = columns;
    c.rows = rows;
    c.pxWidth = pxWidth;
    c.pxHeight = pxHeight;
    return SSH_OK;
}

int PodSshSession::channelWindowChange(Channel &c, int columns, int rows, int pxWidth, int pxHeight)
{
    c.columns = columns;
    c.rows = rows;
    c.pxWidth = pxWidth;
    c.pxHeight = pxHeight;
    if (c.child && c.child->hasPty() && c.outFd >= 0) {
        struct winsize size;
        size.ws_row = clampSize(rows);
        size.ws_col = clampSize(columns);
        size.ws_xpixel = clampSize(pxWidth);
        size.ws_ypixel = clampSize(pxHeight);
        ::ioctl(c.outFd, TIOCSWINSZ, &size); // the kernel sends SIGWINCH to the foreground job
    }
    return SSH_OK;
}

int PodSshSession::channelEnv(Channel &c, const char *name, const char *value)
{
    if (c.started() || !value || !isEnvironmentName(name) || c.environment.size() >= kMaxEnvRequests)
        return SSH_ERROR;
    c.environment.append(QByteArray(name) + '=' + QByteArray(value));
    return SSH_OK;
}

int PodSshSession::channelStart(Channel &c, const char *command, bool subsystem)
{
    if (c.kind != Channel::Kind::Session || c.started() || c.closeSent)
        return SSH_ERROR;

    const QByteArray &shell = m_context->shell;
    const QByteArray shellName = shell.mid(shell.lastIndexOf('/') + 1);
    PodSshChild::Spec spec;
    if (subsystem) {
        if (std::strcmp(command, "sftp") != 0 || ::access(kSftpServer, X_OK) != 0)
            return SSH_ERROR;
        spec.program = kSftpServer;
        spec.arguments = { QByteArray("sftp-server") };
    } else if (command) {
        spec.program = shell;
        spec.arguments = { shellName, QByteArray("-c"), QByteArray(command) };
    } else {
        // Interactive but not a login shell: /etc/profile would reset the pod's PATH.
        spec.program = shell;
        spec.arguments = { shellName };
    }
    spec.environment = m_context->environment;
    const QByteArray port = QByteArray::number(m_context->port);
    const QByteArray peerPort = QByteArray::number(m_peerPort);
    setEnvironmentEntry(spec.environment, "SSH_CONNECTION=" + m_peerAddress + ' ' + peerPort + " 127.0.0.1 " + port);
    setEnvironmentEntry(spec.environment, "SSH_CLIENT=" + m_peerAddress + ' ' + peerPort + ' ' + port);
    for (const QByteArray &entry : std::as_const(c.environment))
        setEnvironmentEntry(spec.environment, entry);
    if (c.ptyRequested)
        setEnvironmentEntry(spec.environment, "TERM=" + (c.term.isEmpty() ? QByteArray("xterm") : c.term));
    spec.workDir = m_context->workDir;
    spec.processGroup = m_context->processGroup;
    spec.pty = c.ptyRequested;
    spec.rows = clampSize(c.rows);
    spec.columns = clampSize(c.columns);
    spec.pixelWidth = clampSize(c.pxWidth);
    spec.pixelHeight = clampSize(c.pxHeight);

    QString why;
    std::optional<PodSshChild> child = PodSshChild::start(spec, &why);
    if (!child) {
        qCWarning(lcPodSsh) << "cannot start a process for" << peer() << ":" << why;
        return SSH_ERROR;
    }
    c.child = std::move(child);
    c.pidFd = c.child->pidFd();
    c.inFd = c.child->stdinFd();
    c.outFd = c.child->stdoutFd();
    c.errFd = c.child->stderrFd();
    c.errEof = c.errFd < 0;
    qCDebug(lcPodSsh) << (subsystem ? "subsystem"
            : command               ? "command"
                                    : "shell")
                      << "for" << peer() << (spec.pty ? "with a PTY," : "without a PTY,") << "pid" << c.child->pid();
    return SSH_OK;
}

void PodSshSession::channelSignal(Channel &c, const char *name)
{
    const int number = signalNumber(name);
    if (!number || !c.childRunning())
        return;
    const pid_t pid = c.child->pid();
    if (c.child->hasPty()) {
        const pid_t foreground = c.outFd >= 0 ? ::tcgetpgrp(c.outFd) : -1;
        ::kill(foreground > 0 ? -foreground : pid, number);
    } else {
        ::kill(c.child->leadsOwnGroup() ? -pid : pid, number);
    }
}

void PodSshSession::fdEvent(Channel &c, int fd, int revents)
{
    // Inside a libssh call of pump() (e.g. a write waiting out a key re-exchange polls the
    // whole event): leave the buffers alone; the next poll reports the same state again.
    if (m_insideLibssh)
        return;
    if (revents & POLLNVAL) {
        // A bookkeeping bug: never close() that number again (it may be someone else's now).
        qCWarning(lcPodSsh) << "a closed descriptor was still polled for" << peer();
        c.invalidFds.push_back(fd);
        return;
    }
    if (fd == c.pidFd) {
        c.pidReadable = true;
        return;
    }
    const int readable = POLLIN | POLLHUP | POLLERR;
    if (fd == c.outFd && (revents & readable))
        readStream(c.outFd, c.outPending, c.outEof);
    if (fd == c.errFd && (revents & readable))
        readStream(c.errFd, c.errPending, c.errEof);
    if (fd == c.inFd && !c.inClosed) {
        if (revents & POLLOUT)
            writeInput(c);
        if (revents & (POLLHUP | POLLERR))
            dropInput(c); // the reader is gone
    }
}

void PodSshSession::writeInput(Channel &c)
{
    while (!c.inClosed && c.inFd >= 0 && !c.inPending.isEmpty()) {
        const ssize_t n = c.isSocket ? ::send(c.inFd, c.inPending.constData(), size_t(c.inPending.size()), MSG_NOSIGNAL)
                                     : ::write(c.inFd, c.inPending.constData(), size_t(c.inPending.size()));
        if (n > 0) {
            c.inPending.remove(0, n);
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return;
        } else {
            dropInput(c); // EPIPE, EIO, ECONNRESET: nobody reads any more
            return;
        }
    }
}

void PodSshSession::dropInput(Channel &c)
{
    c.inPending.clear();
    c.inClosed = true;
}

// The client sent EOF and all its data has been written: pass the EOF on.
void PodSshSession::closeInput(Channel &c)
{
    if (c.child && c.child->hasPty())
        return; // a terminal has no half-close; the shell sees ^D when the user types it
    if (c.isSocket && c.inFd >= 0)
        ::shutdown(c.inFd, SHUT_WR);
    c.inClosed = true; // releaseUnusedFds closes a stdin pipe
}

bool PodSshSession::flushToChannel(Channel &c, QByteArray &pending, bool isStderr)
{
    while (!pending.isEmpty() && c.channel && !c.remoteClosed) {
        // Only what the client's window takes: libssh never has to wait for a window adjust.
        // Its arrival wakes the poll, and the next pump() writes on.
        const uint32_t window = ssh_channel_window_size(c.channel);
        if (window == 0)
            return true;
        const auto n = uint32_t(std::min<qsizetype>(pending.size(), qsizetype(std::min(window, 1u << 20))));
        m_insideLibssh = true;
        const int written = isStderr ? ssh_channel_write_stderr(c.channel, pending.constData(), n)
                                     : ssh_channel_write(c.channel, pending.constData(), n);
        m_insideLibssh = false;
        if (written < 0) {
            c.remoteClosed = true;
            return false;
        }
        if (written == 0) {
            c.retryWrite = true; // a key re-exchange holds writes back
            return true;
        }
        pending.remove(0, written);
    }
    return true;
}

void PodSshSession::pump(Channel &c)
{
    c.retryWrite = false;
    for (const int fd : std::exchange(c.invalidFds, {})) {
        unwatch(c, fd);
        for (int *slot : { &c.inFd, &c.outFd, &c.errFd, &c.pidFd }) {
            if (*slot == fd)
                *slot = -1;
        }
        c.inClosed = c.outEof = c.errEof = true;
    }
    const bool connected = c.channel && !m_sessionGone;

    // Client → process or socket. Write what we hold, then take what libssh kept when we had no
    // room, and again, until neither moves: a pass that drained inPending must refill it now,
    // because no socket event comes while the client waits for its window to open (a stall seen
    // once in CI with 8 MiB through stdin).
    for (;;) {
        if (c.started())
            writeInput(c);
        if (!connected || !c.stdinStalled || c.inClosed || c.inPending.size() >= kStreamCap)
            break;
        // A local chunk: a callback run from inside libssh may append to inPending meanwhile
        // (always data that came before this).
        const qsizetype before = c.inPending.size();
        QByteArray chunk(kStreamCap - c.inPending.size(), Qt::Uninitialized);
        m_insideLibssh = true;
        const int n = ssh_channel_read_nonblocking(c.channel, chunk.data(), uint32_t(chunk.size()), 0);
        m_insideLibssh = false;
        if (n > 0)
            c.inPending.append(chunk.constData(), n);
        if (n < chunk.size())
            c.stdinStalled = false;
        if (!c.started() || c.inPending.size() == before)
            break;
    }
    if (c.remoteEof && c.started() && !c.stdinStalled && c.inPending.isEmpty() && !c.inClosed)
        closeInput(c);

    // The process.
    if (c.childRunning() && (c.pidReadable || c.pidFd < 0)) {
        c.pidReadable = false;
        c.exitStatus = c.child->reap();
        if (c.exitStatus)
            closeFd(c, c.pidFd);
    }
    if (c.child && c.child->hasPty() && c.exitStatus && !c.outEof) {
        // The shell has ended: send what it left in the terminal, then call it the end, as
        // sshd does (a background job holding the terminal does not keep the channel open).
        while (!c.outEof && c.outPending.size() < kStreamCap) {
            const qsizetype before = c.outPending.size();
            readStream(c.outFd, c.outPending, c.outEof);
            if (c.outPending.size() == before)
                c.outEof = true;
        }
    }

    // Process or socket → client.
    if (connected && !c.closeSent && c.started()) {
        flushToChannel(c, c.outPending, false);
        flushToChannel(c, c.errPending, true);
        if (c.kind == Channel::Kind::Session) {
            finishSessionChannel(c);
        } else {
            m_insideLibssh = true;
            if (c.outEof && c.outPending.isEmpty() && !c.eofSent && !c.remoteClosed) {
                ssh_channel_send_eof(c.channel);
                c.eofSent = true;
            }
            if (c.eofSent && c.inClosed && !c.remoteClosed) {
                ssh_channel_close(c.channel);
                c.closeSent = true;
            }
            m_insideLibssh = false;
            if (c.closeSent) {
                releaseChannel(c);
                closeStreams(c);
            }
        }
    }
    if (c.remoteClosed && c.channel)
        hangUp(c);

    // Descriptors nobody needs any more; a stdin pipe closed here is the child's EOF.
    if (c.inClosed && c.inFd >= 0 && c.inFd != c.outFd)
        closeFd(c, c.inFd);
    if (c.outEof && c.outFd >= 0 && c.outFd != c.inFd)
        closeFd(c, c.outFd);
    if (c.outEof && c.inClosed && c.outFd >= 0 && c.outFd == c.inFd) {
        closeFd(c, c.outFd);
        c.inFd = -1;
    }
    if (c.errEof && c.errFd >= 0)
        closeFd(c, c.errFd);
    syncWatches(c);
}

void PodSshSession::finishSessionChannel(Channel &c)
{
    if (!c.channel || c.remoteClosed || !c.exitStatus || !c.outEof || !c.errEof || !c.outPending.isEmpty()
        || !c.errPending.isEmpty())
        return;
    const int status = *c.exitStatus;
    m_insideLibssh = true;
    ssh_channel_send_eof(c.channel);
    if (WIFSIGNALED(status)) {
        const int number = WTERMSIG(status);
        if (const char *name = signalName(number))
            ssh_channel_request_send_exit_signal(c.channel, name, WCOREDUMP(status) ? 1 : 0, "", "");
        else
            ssh_channel_request_send_exit_status(c.channel, 128 + number);
    } else {
        ssh_channel_request_send_exit_status(c.channel, WIFEXITED(status) ? WEXITSTATUS(status) : 255);
    }
    ssh_channel_close(c.channel);
    m_insideLibssh = false;
    c.eofSent = true;
    c.closeSent = true;
    releaseChannel(c);
    closeStreams(c); // closing a PTY master hangs up what is left in the terminal
}

void PodSshSession::hangUp(Channel &c)
{
    if (c.childRunning())
        c.child->signalTree(SIGHUP);
    closeStreams(c);
    releaseChannel(c);
}

void PodSshSession::closeStreams(Channel &c)
{
    if (c.inFd == c.outFd)
        c.inFd = -1;
    closeFd(c, c.inFd);
    closeFd(c, c.outFd);
    closeFd(c, c.errFd);
    c.inPending.clear();
    c.outPending.clear();
    c.errPending.clear();
    c.inClosed = c.outEof = c.errEof = true;
    c.stdinStalled = false;
}

// Gives the channel back to libssh, which completes the close handshake and frees it.
void PodSshSession::releaseChannel(Channel &c)
{
    if (!c.channel)
        return;
    ssh_remove_channel_callbacks(c.channel, &c.callbacks);
    if (!m_sessionGone) {
        m_insideLibssh = true;
        ssh_channel_free(c.channel); // sends our close if the client closed first
        m_insideLibssh = false;
    } // else ssh_disconnect()/ssh_free() free it with the session
    c.channel = nullptr;
}

void PodSshSession::syncWatches(Channel &c)
{
    Channel::Watch wanted[4];
    size_t count = 0;
    auto want = [&](int fd, short events) {
        for (size_t i = 0; i < count; ++i) {
            if (wanted[i].fd == fd) {
                wanted[i].events = short(wanted[i].events | events);
                return;
            }
        }
        wanted[count++] = { fd, events };
    };
    if (c.outFd >= 0 && !c.outEof && c.outPending.size() < kStreamCap)
        want(c.outFd, POLLIN);
    if (c.errFd >= 0 && !c.errEof && c.errPending.size() < kStreamCap)
        want(c.errFd, POLLIN);
    if (c.inFd >= 0 && !c.inClosed && !c.inPending.isEmpty())
        want(c.inFd, POLLOUT);
    if (c.pidFd >= 0 && !c.exitStatus)
        want(c.pidFd, POLLIN);

    auto isWanted = [&](const Channel::Watch &w) {
        return std::any_of(
            wanted, wanted + count, [&w](const Channel::Watch &x) { return x.fd == w.fd && x.events == w.events; });
    };
    for (auto it = c.watched.begin(); it != c.watched.end();) {
        if (isWanted(*it)) {
            ++it;
        } else {
            ssh_event_remove_fd(m_event, it->fd);
            it = c.watched.erase(it);
        }
    }
    for (size_t i = 0; i < count; ++i) {
        const Channel::Watch &w = wanted[i];
        const bool present
            = std::any_of(c.watched.begin(), c.watched.end(), [&w](const Channel::Watch &x) { return x.fd == w.fd; });
        if (!present && ssh_event_add_fd(m_event, w.fd, w.events, onFd, &c) == SSH_OK)
            c.watched.push_back(w);
    }
}

void PodSshSession::unwatch(Channel &c, int fd)
{
    for (auto it = c.watched.begin(); it != c.watched.end(); ++it) {
        if (it->fd == fd) {
            ssh_event_remove_fd(m_event, fd);
            c.watched.erase(it);
            return;
        }
    }
}

// Always out of the poll before close(): the number may be reused at once.
void PodSshSession::closeFd(Channel &c, int &fd)
{
    if (fd < 0)
        return;
    unwatch(c, fd);
    ::close(fd);
    fd = -1;
}

void PodSshSession::sweepChannels()
{
    m_channels.erase(std::remove_if(m_channels.begin(), m_channels.end(),
                         [](const std::unique_ptr<Channel> &c) { return c->finished(); }),
        m_channels.end());
}

void PodSshSession::teardown()
{
    // The server stops (or the thread leaves early): end every process still running.
    for (const auto &c : m_channels) {
        if (c->childRunning()) {
            c->exitStatus = c->child->killAndReap();
        } else if (c->child) {
            c->child->signalTree(SIGKILL); // what is left of its group or terminal session
        }
        closeStreams(*c);
        closeFd(*c, c->pidFd);
        releaseChannel(*c);
    }
    m_channels.clear();
    if (m_event) {
        if (m_sessionInEvent)
            ssh_event_remove_session(m_event, m_session);
        m_sessionInEvent = false;
        ssh_event_remove_fd(m_event, m_context->stopFd);
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    {
        std::lock_guard lock(m_handshakeMutex);
        m_inHandshake = false;
        m_socketFd = -1;
    }
    if (m_session) {
        if (ssh_is_connected(m_session))
            ssh_disconnect(m_session);
        ssh_free(m_session); // closes the socket
        m_session = nullptr;
    }
}

} // namespace gpudesk
