#include "SshWorker.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>
#include <utility>
#include <QTimer>
#include <QtEndian>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/sftp.h>
// ssh_send_keepalive() is declared among the server functions but works for client sessions too.
#include <libssh/server.h>

#include <poll.h>

namespace gpudesk {

namespace {

constexpr int kReadChunk = 64 * 1024;
constexpr int kPollSliceMs = 20;
constexpr int kPumpIntervalMs = 10;
constexpr qsizetype kTunnelBufferLimit = 1024 * 1024;
constexpr int kMaxPassphraseAttempts = 3;
constexpr int kMaxAnswerAttempts = 3; // passwords and keyboard-interactive answers, as OpenSSH allows
constexpr int kShellEndGraceMs = 500;
constexpr int kTransferSliceMs = 20; // SFTP work per turn of the worker's event loop
constexpr int kProgressIntervalMs = 100;

// libssh must never prompt on a terminal (OpenSSL's PEM reader would, without a callback).
int refusePrompt(const char *, char *, size_t, int, int, void *)
{
    return -1;
}

// An OpenSSH private key ("openssh-key-v1") names its cipher; PEM keys say ENCRYPTED.
bool isEncryptedKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.read(64 * 1024);
    // The PEM armour of OpenSSH's key format (split so secret scanners do not take it for a key).
    static const QByteArray begin = "-----BEGIN OPENSSH " "PRIVATE KEY-----";
    static const QByteArray end = "-----END OPENSSH " "PRIVATE KEY-----";
    const qsizetype from = text.indexOf(begin);
    if (from < 0)
        return text.contains("ENCRYPTED");
    const qsizetype to = text.indexOf(end, from);
    const QByteArray blob = QByteArray::fromBase64(text.mid(from + begin.size(), to - from - begin.size()));
    static const QByteArray magic("openssh-key-v1\0", 15);
    if (!blob.startsWith(magic) || blob.size() < magic.size() + 4)
        return false;
    const quint32 length = qFromBigEndian<quint32>(blob.constData() + magic.size());
    return blob.mid(magic.size() + 4, length) != "none";
}

} // namespace

struct SshWorker::ChannelWatch
{
    ssh_channel_callbacks_struct callbacks {};
    // Set when libssh records an end for this channel, whichever call read the socket: polling one
    // channel can read another's news, which must not wait for the next packet.
    bool activity = false;
    bool closed = false;
    bool exitSeen = false;
    int exitStatus = -1;

    static std::shared_ptr<ChannelWatch> attach(ssh_channel channel)
    {
        auto watch = std::make_shared<ChannelWatch>();
        ssh_callbacks_init(&watch->callbacks);
        watch->callbacks.userdata = watch.get();
        watch->callbacks.channel_close_function = [](ssh_session, ssh_channel, void *user) {
            auto *self = static_cast<ChannelWatch *>(user);
            self->closed = true;
            self->activity = true;
        };
        watch->callbacks.channel_exit_status_function = [](ssh_session, ssh_channel, int status, void *user) {
            auto *self = static_cast<ChannelWatch *>(user);
            self->exitSeen = true;
            self->exitStatus = status;
            self->activity = true;
        };
        ssh_set_channel_callbacks(channel, &watch->callbacks);
        return watch;
    }
};

SshWorker::SshWorker(SshOptions options, SshSession *owner)
    : m_options(std::move(options))
    , m_owner(owner)
    , m_knownHosts(m_options.knownHostsFile, m_options.userKnownHostsFile)
    , m_keepaliveTimer(new QTimer(this))
    , m_reconnectTimer(new QTimer(this))
    , m_pumpTimer(new QTimer(this))
    , m_shellEndTimer(new QTimer(this))
    , m_transferTimer(new QTimer(this))
{
    // Zero interval: one SFTP slice per turn of the event loop, so queued calls (shell input,
    // cancel) and socket events run in between.
    m_transferTimer->setInterval(0);
    connect(m_transferTimer, &QTimer::timeout, this, &SshWorker::serviceTransfers);
    // A server going down (a pod stopping) closes the shell just before the connection; only a
    // shell end that the connection survives for a moment is the user's own `exit`.
    m_shellEndTimer->setSingleShot(true);
    m_shellEndTimer->setInterval(kShellEndGraceMs);
    connect(m_shellEndTimer, &QTimer::timeout, this, [this] {
        m_shellWanted = false;
        notify(&SshSession::shellClosed, m_shellExitStatus);
    });
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &SshWorker::connectNow);
    connect(m_keepaliveTimer, &QTimer::timeout, this, &SshWorker::onKeepalive);
    // Runs only while bytes wait to be written (ours or libssh's), so an idle session costs nothing.
    m_pumpTimer->setInterval(kPumpIntervalMs);
    connect(m_pumpTimer, &QTimer::timeout, this, [this] {
        ++m_statPumpTicks;
        // Only what the server sent counts as a sign of life for the keepalive check.
        pollfd pfd { m_session ? ssh_get_fd(m_session) : -1, POLLIN, 0 };
        const bool readable = pfd.fd >= 0 && ::poll(&pfd, 1, 0) > 0;
        const bool traffic = m_trafficSinceKeepalive;
        onReadable();
        m_trafficSinceKeepalive = traffic || readable;
    });
}

SshWorker::~SshWorker()
{
    stop();
}

QString SshWorker::libsshError() const
{
    return m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
}

template <typename Signal, typename... Args> void SshWorker::notify(Signal signal, Args... args)
{
    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, signal, args...] { (owner->*signal)(args...); }, Qt::QueuedConnection);
}

void SshWorker::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    notify(&SshSession::setStateFromWorker, state);
}

int SshWorker::pump(const std::function<int()> &call, int again)
{
    const QDeadlineTimer deadline(m_options.connectTimeoutMs);
    for (;;) {
        const int rc = call();
        if (rc != again)
            return rc;
        if (m_abort.load() || deadline.hasExpired())
            return again;
        pollfd pfd { ssh_get_fd(m_session), POLLIN, 0 };
        if (pfd.fd >= 0)
            ::poll(&pfd, 1, kPollSliceMs);
    }
}

void SshWorker::start()
{
    m_stopped = false;
    m_attempt = 0;
    m_reconnectTimer->stop();
    if (m_state == State::Connected || m_state == State::Connecting || m_state == State::Authenticating)
        return;
    connectNow();
}

void SshWorker::stop()
{
    m_stopped = true;
    m_reconnectTimer->stop();
    teardown(tr("The connection was closed."));
    for (Forward &forward : m_forwards)
        delete forward.server;
    m_forwards.clear();
    setState(State::Disconnected);
}

void SshWorker::connectNow()
{
    if (m_stopped)
        return;
    teardown(QString());
    setState(m_everConnected ? State::Reconnecting : State::Connecting);
    m_session = ssh_new();
    if (!m_session) {
        fail(makeError(Error::Kind::Internal, tr("Cannot start an SSH session: out of memory.")), true);
        return;
    }
    const QByteArray host = m_options.host.toUtf8();
    const unsigned int port = unsigned(m_options.port);
    const long timeoutSeconds = std::max(1, m_options.connectTimeoutMs / 1000);
    const int processConfig = 0; // the user's ~/.ssh/config must not rewrite GPU Desk's connection
    ssh_options_set(m_session, SSH_OPTIONS_HOST, host.constData());
    ssh_options_set(m_session, SSH_OPTIONS_PORT, &port);
    ssh_options_set(m_session, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    ssh_options_set(m_session, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
    // No Nagle delay: keystrokes go at once, and an SFTP write waiting for its status is not held
    // back ~40 ms by delayed ACKs (measured: a 50 MB upload took 24 s with it, see tst_sftp).
    const int noDelay = 1;
    ssh_options_set(m_session, SSH_OPTIONS_NODELAY, &noDelay);
    if (!m_options.user.isEmpty())
        ssh_options_set(m_session, SSH_OPTIONS_USER, m_options.user.toUtf8().constData());
    // Prefer the key types already recorded for this host, so a host with several keys is not
    // mistaken for a changed one.
    const QStringList known = m_knownHosts.knownKeyTypes(m_options.host, m_options.port);
    if (!known.isEmpty()) {
        QStringList order = known;
        for (const char *type : { "ssh-ed25519", "ecdsa-sha2-nistp521", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp256",
                 "rsa-sha2-512", "rsa-sha2-256", "ssh-rsa" }) {
            const QString name = QString::fromLatin1(type);
            if (!order.contains(name))
                order.append(name);
        }
        if (known.contains(QStringLiteral("ssh-rsa"))) {
            // Recorded "ssh-rsa" keys are negotiated with SHA-2 signatures.
            order.removeAll(QStringLiteral("rsa-sha2-512"));
            order.removeAll(QStringLiteral("rsa-sha2-256"));
            order.insert(order.indexOf(QStringLiteral("ssh-rsa")), QStringLiteral("rsa-sha2-256"));
            order.insert(order.indexOf(QStringLiteral("rsa-sha2-256")), QStringLiteral("rsa-sha2-512"));
        }
        ssh_options_set(m_session, SSH_OPTIONS_HOSTKEYS, order.join(QLatin1Char(',')).toLatin1().constData());
    }
    ssh_set_blocking(m_session, 0);

    // DNS resolution and the TCP connect happen here, on the worker thread.
    const int rc = pump([this] { return ssh_connect(m_session); }, SSH_AGAIN);
    if (rc != SSH_OK) {
        if (m_abort.load())
            return;
        const QString detail = rc == SSH_AGAIN ? QString() : libsshError();
        fail(rc == SSH_AGAIN ? makeError(Error::Kind::Network,
                 tr("Connecting to %1 timed out after %2 s. Check the address, that the "
                    "machine is running, and your network.")
                     .arg(m_options.displayName())
                     .arg(m_options.connectTimeoutMs / 1000))
                             : makeError(Error::Kind::Network,
                                 tr("Cannot connect to %1. Check that the machine is running and that "
                                    "port %2 is open.")
                                     .arg(m_options.displayName())
                                     .arg(m_options.port),
                                 detail),
            false);
        return;
    }
    verifyHostKey();
}

void SshWorker::verifyHostKey()
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(m_session, &key) != SSH_OK || !key) {
        fail(makeError(Error::Kind::Network, tr("%1 did not present a host key.").arg(m_options.displayName()),
                 libsshError()),
            false);
        return;
    }
    char *base64 = nullptr;
    const int exported = ssh_pki_export_pubkey_base64(key, &base64);
    m_hostKeyType = QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    ssh_key_free(key);
    if (exported != SSH_OK || !base64) {
        fail(makeError(Error::Kind::Network, tr("Cannot read the host key of %1.").arg(m_options.displayName()),
                 libsshError()),
            false);
        return;
    }
    m_hostKeyBlob = QByteArray::fromBase64(QByteArray(base64));
    ssh_string_free_char(base64);

    const QString fingerprint = KnownHosts::fingerprint(m_hostKeyBlob);
    const KnownHosts::Check check = m_knownHosts.check(m_options.host, m_options.port, m_hostKeyType, m_hostKeyBlob);
    switch (check.status) {
    case KnownHosts::Status::Known:
        authenticate();
        return;
    case KnownHosts::Status::Changed:
        fail(makeError(Error::Kind::Auth,
                 tr("The host key of %1 has changed: it was %2 and is now %3. This can mean that someone is "
                    "intercepting the connection. The connection was refused. If the pod was re-created, "
                    "remove the old key in Settings → SSH → Known hosts.")
                     .arg(m_options.displayName(), check.knownFingerprint, fingerprint),
                 QStringLiteral("%1:%2").arg(check.knownFile).arg(check.knownLine)),
            true);
        return;
    case KnownHosts::Status::Unknown:
        break;
    }
    if (!m_acceptedForSession.isEmpty() && m_acceptedForSession == m_hostKeyBlob) {
        authenticate();
        return;
    }
    if (!m_acceptedForSession.isEmpty()) {
        // Accepted "this time only", and now another key answers: the same refusal as a change.
        fail(makeError(Error::Kind::Auth,
                 tr("The host key of %1 has changed: it was %2 and is now %3. This can mean that someone is "
                    "intercepting the connection. The connection was refused. If the pod was re-created, "
                    "remove the old key in Settings → SSH → Known hosts.")
                     .arg(m_options.displayName(), KnownHosts::fingerprint(m_acceptedForSession), fingerprint)),
            true);
        return;
    }
    if (!m_options.expectedFingerprint.isEmpty() && m_options.expectedFingerprint == fingerprint) {
        useHostKey(true);
        return;
    }
    m_wait = Wait::HostKey;
    notify(&SshSession::hostKeyNeedsDecision, fingerprint, m_hostKeyType, check.status);
}

void SshWorker::acceptHostKey(bool permanently)
{
    if (m_wait != Wait::HostKey)
        return;
    m_wait = Wait::None;
    useHostKey(permanently);
}

void SshWorker::useHostKey(bool permanently)
{
    if (permanently) {
        const auto trusted = m_knownHosts.trust(m_options.host, m_options.port, m_hostKeyType, m_hostKeyBlob);
        if (!trusted)
            notify(&SshSession::errorOccurred, trusted.error()); // still connect: the user did accept the key
    }
    m_acceptedForSession = m_hostKeyBlob;
    authenticate();
}

void SshWorker::rejectHostKey()
{
    if (m_wait != Wait::HostKey)
        return;
    m_wait = Wait::None;
    fail(makeError(Error::Kind::Auth,
             tr("You did not trust the host key of %1 (%2), so GPU Desk did not connect.")
                 .arg(m_options.displayName(), KnownHosts::fingerprint(m_hostKeyBlob))),
        true);
}

void SshWorker::authenticate()
{
    setState(m_everConnected ? State::Reconnecting : State::Authenticating);
    const int none = pump([this] { return ssh_userauth_none(m_session, nullptr); }, SSH_AUTH_AGAIN);
    if (none == SSH_AUTH_SUCCESS) {
        onAuthenticated();
        return;
    }
    if (none == SSH_AUTH_ERROR || none == SSH_AUTH_AGAIN) {
        fail(makeError(Error::Kind::Network,
                 tr("%1 closed the connection during login. Try again later.").arg(m_options.displayName()),
                 libsshError()),
            false);
        return;
    }
    const int methods = ssh_userauth_list(m_session, nullptr);
    m_authSteps.clear();
    m_triedMethods.clear();
    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (!m_options.identityFile.isEmpty())
            m_authSteps.append({ AuthStep::Key, m_options.identityFile });
        if (m_options.useAgent && !qEnvironmentVariableIsEmpty("SSH_AUTH_SOCK"))
            m_authSteps.append({ AuthStep::Agent, QString() });
        if (m_options.useDefaultKeys) {
            const QString dir = m_options.defaultKeysDir.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh")
                                                                   : m_options.defaultKeysDir;
            for (const char *name : { "id_ed25519", "id_ecdsa", "id_rsa" }) {
                const QString path = dir + QLatin1Char('/') + QString::fromLatin1(name);
                if (path != m_options.identityFile)
                    m_authSteps.append({ AuthStep::Key, path });
            }
        }
    }
    if ((methods & SSH_AUTH_METHOD_INTERACTIVE) && m_options.allowKeyboardInteractive)
        m_authSteps.append({ AuthStep::KeyboardInteractive, QString() });
    if ((methods & SSH_AUTH_METHOD_PASSWORD) && m_options.allowPassword)
        m_authSteps.append({ AuthStep::Password, QString() });
    m_authIndex = 0;
    m_passphraseAttempts = 0;
    m_answerAttempts = 0;
    m_answered = false;
    m_answerRejected = false;
    continueAuth();
}

void SshWorker::continueAuth()
{
    while (m_authIndex < m_authSteps.size()) {
        if (m_abort.load())
            return;
        const AuthStep step = m_authSteps.at(m_authIndex);
        int rc = SSH_AUTH_DENIED;
        switch (step.kind) {
        case AuthStep::Key: {
            if (!QFileInfo::exists(step.keyFile))
                break;
            if (!m_triedMethods.contains(step.keyFile))
                m_triedMethods.append(step.keyFile);
            const QByteArray path = QFile::encodeName(step.keyFile);
            // Ask the server first with the public half, so a passphrase is asked only for a key the
            // server would take.
            const QByteArray publicPath = path + ".pub";
            ssh_key publicKey = nullptr;
            if (QFileInfo::exists(QFile::decodeName(publicPath))
                && ssh_pki_import_pubkey_file(publicPath.constData(), &publicKey) == SSH_OK) {
                const int offered
                    = pump([this, publicKey] { return ssh_userauth_try_publickey(m_session, nullptr, publicKey); },
                        SSH_AUTH_AGAIN);
                ssh_key_free(publicKey);
                if (offered != SSH_AUTH_SUCCESS)
                    break;
            }
            const bool encrypted = isEncryptedKeyFile(step.keyFile);
            const auto cached = m_passphrases.constFind(step.keyFile);
            if (encrypted && cached == m_passphrases.constEnd()) {
                m_wait = Wait::Passphrase;
                notify(&SshSession::passphraseRequested, step.keyFile, false);
                return;
            }
            const QByteArray passphrase = encrypted ? cached->toUtf8() : QByteArray();
            ssh_key privateKey = nullptr;
            if (ssh_pki_import_privkey_file(
                    path.constData(), encrypted ? passphrase.constData() : nullptr, refusePrompt, nullptr, &privateKey)
                != SSH_OK) {
                if (encrypted && ++m_passphraseAttempts < kMaxPassphraseAttempts) {
                    m_passphrases.remove(step.keyFile);
                    m_wait = Wait::Passphrase;
                    notify(&SshSession::passphraseRequested, step.keyFile, true);
                    return;
                }
                if (encrypted)
                    m_passphrases.remove(step.keyFile);
                break;
            }
            rc = pump(
                [this, privateKey] { return ssh_userauth_publickey(m_session, nullptr, privateKey); }, SSH_AUTH_AGAIN);
            ssh_key_free(privateKey);
            break;
        }
        case AuthStep::Agent:
            m_triedMethods.append(tr("ssh-agent"));
            rc = pump([this] { return ssh_userauth_agent(m_session, nullptr); }, SSH_AUTH_AGAIN);
            break;
        case AuthStep::KeyboardInteractive:
            if (!m_triedMethods.contains(tr("keyboard-interactive")))
                m_triedMethods.append(tr("keyboard-interactive"));
            rc = pump([this] { return ssh_userauth_kbdint(m_session, nullptr, nullptr); }, SSH_AUTH_AGAIN);
            if (rc == SSH_AUTH_INFO) {
                const int count = ssh_userauth_kbdint_getnprompts(m_session);
                if (count <= 0)
                    continue; // an empty info request: answer it by asking again
                QStringList prompts;
                QList<bool> echo;
                for (int i = 0; i < count; ++i) {
                    char echoes = 0;
                    prompts.append(QString::fromUtf8(ssh_userauth_kbdint_getprompt(m_session, unsigned(i), &echoes)));
                    echo.append(echoes != 0);
                }
                m_wait = Wait::Prompts;
                QString instruction = QString::fromUtf8(ssh_userauth_kbdint_getinstruction(m_session));
                if (std::exchange(m_answerRejected, false))
                    instruction = retryNotice() + (instruction.isEmpty() ? QString() : QStringLiteral("\n") + instruction);
                notify(&SshSession::promptsRequested, QString::fromUtf8(ssh_userauth_kbdint_getname(m_session)),
                    instruction, prompts, echo);
                return;
            }
            break;
        case AuthStep::Password:
            if (m_passwordAnswer.isNull()) {
                m_triedMethods.append(tr("password"));
                m_wait = Wait::Password;
                notify(&SshSession::promptsRequested, QString(),
                    std::exchange(m_answerRejected, false) ? retryNotice() : QString(),
                    QStringList { tr("Password for %1@%2:").arg(m_options.user, m_options.host) },
                    QList<bool> { false });
                return;
            }
            rc = pump(
                [this, password = m_passwordAnswer.toUtf8()] {
                    return ssh_userauth_password(m_session, nullptr, password.constData());
                },
                SSH_AUTH_AGAIN);
            m_passwordAnswer = QString(); // never kept: a reconnect asks again
            break;
        }
        if (rc == SSH_AUTH_SUCCESS) {
            onAuthenticated();
            return;
        }
        if (rc == SSH_AUTH_ERROR && !ssh_is_connected(m_session)) {
            fail(makeError(Error::Kind::Network,
                     tr("%1 closed the connection during login. Try again later.").arg(m_options.displayName()),
                     libsshError()),
                false);
            return;
        }
        // A mistyped password or answer is asked again, up to kMaxAnswerAttempts times.
        const bool answered = std::exchange(m_answered, false);
        if (rc == SSH_AUTH_DENIED && answered
            && (step.kind == AuthStep::KeyboardInteractive || step.kind == AuthStep::Password)
            && ++m_answerAttempts < kMaxAnswerAttempts) {
            m_answerRejected = true;
            continue;
        }
        ++m_authIndex;
        m_passphraseAttempts = 0;
        m_answerAttempts = 0;
    }
    const QString tried = m_triedMethods.isEmpty() ? tr("no key found") : m_triedMethods.join(QStringLiteral(", "));
    fail(makeError(Error::Kind::Auth,
             tr("%1 refused every way GPU Desk tried to log in as %2 (%3). Add your public key to "
                "~/.ssh/authorized_keys on the server, or choose the right key for this connection.")
                 .arg(m_options.displayName(), m_options.user, tried),
             libsshError()),
        true);
}

QString SshWorker::retryNotice() const
{
    return tr("%1 did not accept that answer. Try again (attempt %2 of %3).")
        .arg(m_options.displayName())
        .arg(m_answerAttempts + 1)
        .arg(kMaxAnswerAttempts);
}

void SshWorker::providePassphrase(const QString &passphrase)
{
    if (m_wait != Wait::Passphrase)
        return;
    m_wait = Wait::None;
    m_passphrases.insert(m_authSteps.at(m_authIndex).keyFile, passphrase);
    continueAuth();
}

void SshWorker::skipPassphrase()
{
    if (m_wait != Wait::Passphrase)
        return;
    m_wait = Wait::None;
    ++m_authIndex;
    m_passphraseAttempts = 0;
    continueAuth();
}

void SshWorker::answerPrompts(const QStringList &answers)
{
    if (m_wait == Wait::Prompts) {
        m_wait = Wait::None;
        m_answered = true;
        for (int i = 0; i < answers.size(); ++i)
            ssh_userauth_kbdint_setanswer(m_session, unsigned(i), answers.at(i).toUtf8().constData());
        continueAuth();
    } else if (m_wait == Wait::Password) {
        m_wait = Wait::None;
        m_answered = true;
        m_passwordAnswer = answers.value(0, QStringLiteral(""));
        continueAuth();
    }
}

void SshWorker::onAuthenticated()
{
    m_event = ssh_event_new();
    ssh_event_add_session(m_event, m_session);
    m_readNotifier = new QSocketNotifier(ssh_get_fd(m_session), QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &SshWorker::onReadable);
    m_missedKeepalives = 0;
    m_trafficSinceKeepalive = true;
    if (m_options.keepaliveIntervalMs > 0)
        m_keepaliveTimer->start(m_options.keepaliveIntervalMs);
    m_everConnected = true;
    m_attempt = 0;
    setState(State::Connected);

    if (m_shellWanted)
        openShell(m_columns, m_rows, QString::fromUtf8(m_shellCommand));
    for (Exec &exec : m_execs) {
        if (!exec.channel)
            startExec(exec);
    }
    // startExec may have finished some with an error: drop those.
    serviceChannels();
    if (!m_transfers.empty())
        m_transferTimer->start();
}

void SshWorker::onReadable()
{
    if (!m_session || m_state != State::Connected)
        return;
    m_trafficSinceKeepalive = true;
    if (m_readNotifier)
        m_readNotifier->setEnabled(false); // re-armed below; avoids re-entry while signals are emitted
    ssh_event_dopoll(m_event, 0);
    serviceChannels();
    if (m_readNotifier)
        m_readNotifier->setEnabled(true);
}

bool SshWorker::takeActivity()
{
    bool any = false;
    const auto take = [&any](const std::shared_ptr<ChannelWatch> &watch) {
        if (watch && watch->activity) {
            watch->activity = false;
            any = true;
        }
    };
    take(m_shellWatch);
    for (const Exec &exec : m_execs)
        take(exec.watch);
    for (const auto &tunnel : m_tunnels)
        take(tunnel->watch);
    return any;
}

bool SshWorker::hasActivity() const
{
    bool any = m_shellWatch && m_shellWatch->activity;
    for (const Exec &exec : m_execs)
        any = any || (exec.watch && exec.watch->activity);
    for (const auto &tunnel : m_tunnels)
        any = any || (tunnel->watch && tunnel->watch->activity);
    return any;
}

void SshWorker::serviceChannels()
{
    if (!m_session)
        return;
    // This pass handles the news so far; what arrives during it keeps the pump going.
    m_bytesRead = 0;
    takeActivity();
    drainShell();
    drainExecs();
    drainTunnels();
    if (m_session && (!ssh_is_connected(m_session) || (ssh_get_status(m_session) & (SSH_CLOSED | SSH_CLOSED_ERROR)))) {
        connectionLost(tr("%1 closed the connection.").arg(m_options.displayName()));
        return;
    }
    updatePumpTimer();
}

bool SshWorker::flush(ssh_channel_struct *channel, QByteArray &pending)
{
    while (!pending.isEmpty()) {
        const uint32_t window = ssh_channel_window_size(channel);
        if (window == 0)
            return true; // the rest goes when the server widens the window
        const uint32_t size = uint32_t(std::min<qsizetype>({ pending.size(), qsizetype(window), kReadChunk }));
        const int written = ssh_channel_write(channel, pending.constData(), size);
        if (written < 0)
            return false;
        if (written == 0)
            return true;
        pending.remove(0, written);
    }
    return true;
}

bool SshWorker::shellThrottled() const
{
    return m_shellWindow > 0 && m_shellUnconsumed >= m_shellWindow;
}

bool SshWorker::channelsHoldData()
{
    // Polling one channel can read another's packets off the socket: bytes libssh keeps after the
    // drains would get no socket event. A throttled shell's bytes wait on purpose.
    const auto holds = [](ssh_channel channel) {
        return channel && (ssh_channel_poll(channel, 0) > 0 || ssh_channel_poll(channel, 1) > 0);
    };
    if (!m_session)
        return false;
    if (!shellThrottled() && holds(m_shell))
        return true;
    for (const Exec &exec : m_execs) {
        if (holds(exec.channel))
            return true;
    }
    for (const auto &tunnel : m_tunnels) {
        if (tunnel->socket && tunnel->socket->bytesToWrite() < kTunnelBufferLimit && holds(tunnel->channel))
            return true;
    }
    return false;
}

void SshWorker::updatePumpTimer()
{
    bool busy = !m_shellPending.isEmpty();
    for (const auto &tunnel : m_tunnels)
        busy = busy || !tunnel->toRemote.isEmpty() || (tunnel->socket && tunnel->socket->bytesAvailable() > 0)
            || (tunnel->socket && tunnel->socket->bytesToWrite() >= kTunnelBufferLimit); // a slow local reader
    // Bytes read in this pass: more may follow at once. A throttled shell reads nothing, so a
    // session whose shell waits for its consumer is idle here (no 10 ms polling).
    busy = busy || (m_session && (ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING)) || hasActivity()
        || m_bytesRead > 0 || channelsHoldData();
    if (busy && !m_pumpTimer->isActive())
        m_pumpTimer->start();
    else if (!busy && m_pumpTimer->isActive())
        m_pumpTimer->stop();
}

void SshWorker::openShell(int columns, int rows, const QString &command)
{
    if (m_shellEndTimer->isActive()) {
        m_shellEndTimer->stop(); // report the old shell's end before the new one starts
        notify(&SshSession::shellClosed, m_shellExitStatus);
    }
    m_shellWanted = true;
    m_shellCommand = command.toUtf8();
    m_columns = columns;
    m_rows = rows;
    if (m_state != State::Connected || m_shell)
        return;
    ssh_channel channel = ssh_channel_new(m_session);
    const QByteArray term = m_options.terminalType;
    const bool ok = channel && pump([&] { return ssh_channel_open_session(channel); }, SSH_AGAIN) == SSH_OK
        && pump([&] { return ssh_channel_request_pty_size(channel, term.constData(), columns, rows); }, SSH_AGAIN)
            == SSH_OK
        && pump(
               [&] {
                   return m_shellCommand.isEmpty() ? ssh_channel_request_shell(channel)
                                                   : ssh_channel_request_exec(channel, m_shellCommand.constData());
               },
               SSH_AGAIN)
            == SSH_OK;
    if (!ok) {
        const QString detail = libsshError();
        if (channel)
            ssh_channel_free(channel);
        m_shellWanted = false;
        notify(&SshSession::errorOccurred,
            makeError(Error::Kind::Network,
                tr("%1 did not open a shell. Check that your account there has a login shell.")
                    .arg(m_options.displayName()),
                detail));
        return;
    }
    m_shell = channel;
    m_shellWatch = ChannelWatch::attach(channel);
    // A new shell (also after a reconnect): flow control counts from zero.
    ++m_shellEpoch;
    m_shellUnconsumed = 0;
    notify(&SshSession::shellOpenedFromWorker, m_shellEpoch);
    if (!m_shellPending.isEmpty())
        flush(m_shell, m_shellPending);
    serviceChannels();
}

void SshWorker::resizeShell(int columns, int rows)
{
    m_columns = columns;
    m_rows = rows;
    if (m_shell)
        ssh_channel_change_pty_size(m_shell, columns, rows);
}

void SshWorker::writeShell(const QByteArray &data)
{
    m_shellPending += data;
    if (m_shell && !flush(m_shell, m_shellPending))
        m_shellPending.clear();
    updatePumpTimer();
}

void SshWorker::closeShell()
{
    m_shellEndTimer->stop();
    m_shellWanted = false;
    m_shellPending.clear();
    if (m_shell) {
        ssh_channel_close(m_shell);
        ssh_channel_free(m_shell);
        m_shell = nullptr;
        m_shellWatch.reset();
    }
}

void SshWorker::drainShell()
{
    if (!m_shell)
        return;
    char buffer[kReadChunk];
    QByteArray out;
    bool eof = false;
    bool throttled = false;
    for (int stream : { 0, 1 }) {
        for (;;) {
            qint64 room = sizeof buffer;
            if (m_shellWindow > 0) {
                room = std::min(room, m_shellWindow - m_shellUnconsumed - out.size());
                if (room <= 0) {
                    // Flow control: the rest stays in libssh, which then leaves the SSH window
                    // closed, so the server stops sending until the consumer catches up.
                    throttled = true;
                    break;
                }
            }
            const int available = ssh_channel_poll(m_shell, stream);
            if (available == SSH_EOF) {
                eof = true;
                break;
            }
            if (available <= 0)
                break;
            const int n = ssh_channel_read_nonblocking(m_shell, buffer, uint32_t(room), stream);
            if (n <= 0)
                break;
            out.append(buffer, n);
            m_bytesRead += n;
        }
    }
    if (throttled)
        ++m_statThrottles;
    if (!out.isEmpty()) {
        m_statShellBytes += out.size();
        if (m_shellWindow > 0) {
            m_shellUnconsumed += out.size();
            if (m_shellUnconsumed > m_statPeakUnconsumed)
                m_statPeakUnconsumed = m_shellUnconsumed.load();
        }
        notify(&SshSession::shellDataFromWorker, out);
    }
    if (!m_shellPending.isEmpty() && !flush(m_shell, m_shellPending))
        m_shellPending.clear();
    if (!ssh_is_connected(m_session))
        return; // a dropped link is not the shell's end: the reconnect reopens it
    // The end: all output read and the server closed the channel (the exit status comes before).
    if (eof && m_shellWatch->closed) {
        m_shellExitStatus = m_shellWatch->exitStatus;
        ssh_channel_free(m_shell);
        m_shell = nullptr;
        m_shellWatch.reset();
        m_shellPending.clear();
        m_shellEndTimer->start();
    }
}

void SshWorker::setShellWindow(qint64 windowBytes)
{
    m_shellWindow = std::max<qint64>(0, windowBytes);
    if (m_shellWindow == 0)
        m_shellUnconsumed = 0;
    if (m_state == State::Connected)
        serviceChannels();
}

void SshWorker::consumeShell(quint64 epoch, qint64 bytes)
{
    if (epoch != m_shellEpoch)
        return; // an earlier shell's output
    const bool wasThrottled = shellThrottled();
    m_shellUnconsumed = std::max<qint64>(0, m_shellUnconsumed - bytes);
    if (wasThrottled && !shellThrottled() && m_state == State::Connected)
        serviceChannels(); // read what waits in libssh: that widens the SSH window again
}

SshSession::ShellFlowStats SshWorker::shellFlowStats() const
{
    SshSession::ShellFlowStats stats;
    stats.window = m_shellWindow;
    stats.unconsumed = m_shellUnconsumed;
    stats.peakUnconsumed = m_statPeakUnconsumed;
    stats.shellBytes = m_statShellBytes;
    stats.throttles = m_statThrottles;
    stats.pumpTicks = m_statPumpTicks;
    return stats;
}

void SshWorker::exec(quint64 id, const QString &command)
{
    m_execs.push_back({ id, command, nullptr, nullptr, {} });
    if (m_state == State::Connected) {
        startExec(m_execs.back());
        serviceChannels();
    } else if (m_state == State::Failed) {
        finishExec(qsizetype(m_execs.size()) - 1,
            makeError(Error::Kind::Network,
                tr("Cannot run the command: GPU Desk is not connected to %1.").arg(m_options.displayName())));
    }
}

void SshWorker::startExec(Exec &exec)
{
    ssh_channel channel = ssh_channel_new(m_session);
    const QByteArray command = exec.command.toUtf8();
    const bool ok = channel && pump([&] { return ssh_channel_open_session(channel); }, SSH_AGAIN) == SSH_OK
        && pump([&] { return ssh_channel_request_exec(channel, command.constData()); }, SSH_AGAIN) == SSH_OK;
    if (!ok) {
        if (channel)
            ssh_channel_free(channel);
        exec.result.error = makeError(Error::Kind::Network,
            tr("%1 refused to run the command. Try again; if it keeps failing, reconnect.")
                .arg(m_options.displayName()),
            libsshError());
        return; // reported by drainExecs()
    }
    exec.channel = channel;
    exec.watch = ChannelWatch::attach(channel);
}

void SshWorker::finishExec(qsizetype index, std::optional<Error> error)
{
    Exec exec = std::move(m_execs.at(size_t(index)));
    m_execs.erase(m_execs.begin() + index);
    if (exec.channel)
        ssh_channel_free(exec.channel);
    if (error)
        exec.result.error = std::move(error);
    notify(&SshSession::finishExecFromWorker, exec.id, exec.result);
}

void SshWorker::drainExecs()
{
    char buffer[kReadChunk];
    for (qsizetype i = qsizetype(m_execs.size()) - 1; i >= 0; --i) {
        Exec &exec = m_execs.at(size_t(i));
        if (exec.result.error) {
            finishExec(i, std::nullopt);
            continue;
        }
        if (!exec.channel)
            continue;
        bool eof = true;
        for (int stream : { 0, 1 }) {
            QByteArray &target = stream ? exec.result.standardError : exec.result.standardOutput;
            for (;;) {
                const int available = ssh_channel_poll(exec.channel, stream);
                if (available == SSH_EOF)
                    break;
                if (available <= 0) {
                    eof = false;
                    break;
                }
                const int n = ssh_channel_read_nonblocking(exec.channel, buffer, sizeof buffer, stream);
                if (n <= 0) {
                    eof = false;
                    break;
                }
                target.append(buffer, n);
                m_bytesRead += n;
            }
        }
        // Output complete and the status known (or the channel closed without one: a signal).
        if (eof && (exec.watch->exitSeen || exec.watch->closed) && ssh_is_connected(m_session)) {
            exec.result.exitStatus = exec.watch->exitStatus;
            finishExec(i, std::nullopt);
        }
    }
}

void SshWorker::addLocalForward(int id, quint16 localPort, const QString &remoteHost, quint16 remotePort)
{
    auto *server = new QTcpServer(this);
    // Loopback only: a forward must never expose the remote service to the local network.
    if (!server->listen(QHostAddress::LocalHost, localPort)) {
        const QString detail = server->errorString();
        delete server;
        notify(&SshSession::forwardFailedFromWorker, id,
            makeError(Error::Kind::Io,
                tr("Cannot listen on 127.0.0.1:%1 for the forward to %2:%3. Choose "
                   "another local port, or 0 for any free one.")
                    .arg(localPort)
                    .arg(remoteHost)
                    .arg(remotePort),
                detail));
        return;
    }
    m_forwards.push_back({ id, server, remoteHost, remotePort });
    connect(server, &QTcpServer::newConnection, this, [this, id] {
        for (Forward &forward : m_forwards) {
            if (forward.id == id)
                acceptTunnel(forward);
        }
    });
    notify(&SshSession::forwardListeningFromWorker, id, server->serverPort());
}

void SshWorker::removeLocalForward(int id)
{
    for (qsizetype i = qsizetype(m_tunnels.size()) - 1; i >= 0; --i) {
        if (m_tunnels.at(size_t(i))->forwardId == id)
            closeTunnel(i);
    }
    for (auto it = m_forwards.begin(); it != m_forwards.end(); ++it) {
        if (it->id == id) {
            delete it->server;
            m_forwards.erase(it);
            return;
        }
    }
}

void SshWorker::acceptTunnel(Forward &forward)
{
    while (QTcpSocket *socket = forward.server->nextPendingConnection()) {
        if (m_state != State::Connected) {
            socket->abort(); // while reconnecting the client retries; half-open tunnels help no one
            socket->deleteLater();
            continue;
        }
        ssh_channel channel = ssh_channel_new(m_session);
        const QByteArray host = forward.remoteHost.toUtf8();
        const int localPort = socket->localPort();
        const int remotePort = forward.remotePort;
        const bool ok = channel
            && pump(
                   [&] {
                       return ssh_channel_open_forward(channel, host.constData(), remotePort, "127.0.0.1", localPort);
                   },
                   SSH_AGAIN)
                == SSH_OK;
        if (!ok) {
            if (channel)
                ssh_channel_free(channel);
            notify(&SshSession::errorOccurred,
                makeError(Error::Kind::Network,
                    tr("%1 refused to forward a connection to %2:%3. Check that the service "
                       "runs there and that the server allows TCP forwarding.")
                        .arg(m_options.displayName(), forward.remoteHost)
                        .arg(forward.remotePort),
                    libsshError()));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto tunnel = std::make_unique<Tunnel>();
        tunnel->forwardId = forward.id;
        tunnel->channel = channel;
        tunnel->watch = ChannelWatch::attach(channel);
        tunnel->socket = socket;
        socket->setReadBufferSize(kTunnelBufferLimit);
        Tunnel *raw = tunnel.get();
        connect(socket, &QTcpSocket::readyRead, this, &SshWorker::serviceChannels);
        // Queued: disconnectFromHost() inside drainTunnels() emits disconnected() at once, and a nested
        // drain would close tunnels under the outer loop's indices. The tunnel may be gone by then.
        connect(
            socket, &QTcpSocket::disconnected, this,
            [this, raw] {
                const bool alive = std::any_of(m_tunnels.begin(), m_tunnels.end(),
                                               [raw](const std::unique_ptr<Tunnel> &t) { return t.get() == raw; });
                if (!alive)
                    return;
                raw->localEof = true;
                serviceChannels();
            },
            Qt::QueuedConnection);
        m_tunnels.push_back(std::move(tunnel));
    }
    serviceChannels();
}

void SshWorker::drainTunnels()
{
    if (!m_session)
        return;
    char buffer[kReadChunk];
    for (qsizetype i = qsizetype(m_tunnels.size()) - 1; i >= 0; --i) {
        Tunnel &tunnel = *m_tunnels.at(size_t(i));
        QTcpSocket *socket = tunnel.socket;
        if (!socket) {
            closeTunnel(i);
            continue;
        }
        // Local → remote, bounded by what the channel window takes.
        if (tunnel.toRemote.size() < kTunnelBufferLimit && socket->bytesAvailable() > 0)
            tunnel.toRemote += socket->read(kTunnelBufferLimit - tunnel.toRemote.size());
        if (!flush(tunnel.channel, tunnel.toRemote)) {
            closeTunnel(i);
            continue;
        }
        if (tunnel.localEof && tunnel.toRemote.isEmpty() && socket->bytesAvailable() == 0 && !tunnel.eofSent) {
            ssh_channel_send_eof(tunnel.channel);
            tunnel.eofSent = true;
        }
        // Remote → local, paused while the local client is slow to read.
        while (socket->bytesToWrite() < kTunnelBufferLimit) {
            const int available = ssh_channel_poll(tunnel.channel, 0);
            if (available == SSH_EOF) {
                tunnel.remoteEof = true;
                break;
            }
            if (available <= 0)
                break;
            const int n = ssh_channel_read_nonblocking(tunnel.channel, buffer, sizeof buffer, 0);
            if (n <= 0)
                break;
            socket->write(buffer, n);
            m_bytesRead += n;
        }
        if (tunnel.remoteEof && !tunnel.localEof && socket->state() == QAbstractSocket::ConnectedState)
            socket->disconnectFromHost(); // flushes what is queued, then closes
        if ((tunnel.remoteEof && (tunnel.localEof || socket->state() == QAbstractSocket::UnconnectedState))
            || (tunnel.eofSent && ssh_channel_is_closed(tunnel.channel)))
            closeTunnel(i);
    }
}

void SshWorker::closeTunnel(qsizetype index)
{
    std::unique_ptr<Tunnel> tunnel = std::move(m_tunnels.at(size_t(index)));
    m_tunnels.erase(m_tunnels.begin() + index);
    if (tunnel->socket) {
        tunnel->socket->disconnect(this);
        tunnel->socket->disconnectFromHost();
        tunnel->socket->deleteLater();
    }
    if (tunnel->channel && m_session) {
        if (!ssh_channel_is_closed(tunnel->channel))
            ssh_channel_close(tunnel->channel);
        ssh_channel_free(tunnel->channel);
    }
}

void SshWorker::onKeepalive()
{
    if (m_state != State::Connected || !m_session)
        return;
    if (m_trafficSinceKeepalive) {
        m_missedKeepalives = 0;
    } else if (++m_missedKeepalives >= m_options.keepaliveCountMax) {
        connectionLost(tr("%1 stopped answering (no reply to %2 keepalives).")
                           .arg(m_options.displayName())
                           .arg(m_missedKeepalives));
        return;
    }
    m_trafficSinceKeepalive = false;
    // A global request with want-reply: the server's answer is the traffic the next tick looks for.
    ssh_send_keepalive(m_session);
    updatePumpTimer();
}

void SshWorker::simulateConnectionLoss()
{
    if (m_state == State::Connected)
        connectionLost(tr("%1 closed the connection.").arg(m_options.displayName()));
}

void SshWorker::connectionLost(const QString &reason)
{
    fail(makeError(Error::Kind::Network, reason), false);
}

void SshWorker::teardown(const QString &reason)
{
    m_keepaliveTimer->stop();
    m_pumpTimer->stop();
    m_shellEndTimer->stop(); // the shell ended with the connection: the reconnect reopens it
    if (m_readNotifier) {
        // Possibly inside its own activated(): delete it later, and never watch a reused fd.
        m_readNotifier->setEnabled(false);
        m_readNotifier->deleteLater();
        m_readNotifier = nullptr;
    }
    m_wait = Wait::None;
    while (!m_tunnels.empty())
        closeTunnel(qsizetype(m_tunnels.size()) - 1);
    if (m_shell) {
        ssh_channel_free(m_shell);
        m_shell = nullptr;
        m_shellWatch.reset();
        m_shellCommand.clear(); // the command ran in the lost shell: the reconnect opens a login shell
    }
    // Commands that were running cannot be resumed; queued ones wait for the next connection.
    for (qsizetype i = qsizetype(m_execs.size()) - 1; i >= 0; --i) {
        if (m_execs.at(size_t(i)).channel || m_stopped)
            finishExec(i,
                makeError(Error::Kind::Network,
                    tr("The command did not finish: %1").arg(reason.isEmpty() ? tr("disconnected.") : reason)));
    }
    // A transfer under way cannot be resumed; queued ones wait for the next connection.
    m_transferTimer->stop();
    for (qsizetype i = qsizetype(m_transfers.size()) - 1; i >= 0; --i) {
        SftpTransfer &transfer = *m_transfers.at(size_t(i));
        if (transfer.started() || m_stopped) {
            transfer.abandon(reason.isEmpty() ? tr("disconnected.") : reason);
            finishTransfer(i);
        }
    }
    if (m_sftp) {
        sftp_free(m_sftp);
        m_sftp = nullptr;
    }
    if (m_event) {
        if (m_session)
            ssh_event_remove_session(m_event, m_session);
        ssh_event_free(m_event);
        m_event = nullptr;
    }
    if (m_session) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
        m_session = nullptr;
    }
}

void SshWorker::fail(const Error &error, bool fatal)
{
    const bool retry = !fatal && !m_stopped && m_options.autoReconnect && m_everConnected
        && m_attempt < m_options.reconnectDelaysMs.size();
    teardown(error.message);
    if (retry) {
        const int delay = m_options.reconnectDelaysMs.at(m_attempt++);
        setState(State::Reconnecting);
        notify(&SshSession::reconnecting, m_attempt, delay);
        m_reconnectTimer->start(delay);
        return;
    }
    // Nothing more will run: queued commands fail now.
    while (!m_execs.empty())
        finishExec(qsizetype(m_execs.size()) - 1, error);
    while (!m_transfers.empty()) {
        m_transfers.back()->abandon(error.message);
        finishTransfer(qsizetype(m_transfers.size()) - 1);
    }
    if (m_everConnected && !fatal && m_options.autoReconnect) {
        notify(&SshSession::errorOccurred,
            makeError(error.kind,
                tr("The connection to %1 was lost and %n attempt(s) to reconnect failed. %2", nullptr,
                    int(m_options.reconnectDelaysMs.size()))
                    .arg(m_options.displayName(), error.message),
                error.detail));
    } else {
        notify(&SshSession::errorOccurred, error);
    }
    setState(State::Failed);
}

void SshWorker::transfer(quint64 id, SftpTransfer::Direction direction, const QString &localPath,
                         const QString &remotePath, bool recursive)
{
    m_transfers.push_back(
        std::make_unique<SftpTransfer>(id, direction, localPath, remotePath, recursive, m_options.displayName()));
    if (m_state == State::Connected) {
        m_transferTimer->start();
    } else if (m_state == State::Failed) {
        m_transfers.back()->abandon(tr("GPU Desk is not connected to %1.").arg(m_options.displayName()));
        finishTransfer(qsizetype(m_transfers.size()) - 1);
    }
}

void SshWorker::cancelTransfer(quint64 id)
{
    for (size_t i = 0; i < m_transfers.size(); ++i) {
        SftpTransfer &transfer = *m_transfers.at(i);
        if (transfer.id() != id)
            continue;
        transfer.cancel();
        if (!transfer.started()) {
            transfer.step(m_session, nullptr, 0); // nothing opened yet: ends at once
            finishTransfer(qsizetype(i));
        } else {
            m_transferTimer->start();
        }
        return;
    }
}

bool SshWorker::stalled() const
{
    return m_owner->m_stallWatch.broke() && !m_abort.load();
}

bool SshWorker::ensureSftp()
{
    if (m_sftp)
        return true;
    ssh_set_blocking(m_session, 1);
    {
        SshStallWatch::Scope blocking(m_owner->m_stallWatch, ssh_get_fd(m_session));
        m_sftp = sftp_new(m_session);
        if (m_sftp && sftp_init(m_sftp) != SSH_OK) {
            sftp_free(m_sftp);
            m_sftp = nullptr;
        }
    }
    ssh_set_blocking(m_session, 0);
    return m_sftp != nullptr;
}

void SshWorker::serviceTransfers()
{
    if (m_state != State::Connected || !m_session || m_transfers.empty()) {
        m_transferTimer->stop();
        return;
    }
    if (!ensureSftp()) {
        if (stalled()) {
            connectionLost(tr("%1 stopped answering during a file transfer.").arg(m_options.displayName()));
            return;
        }
        const Error error = makeError(Error::Kind::Network,
            tr("%1 does not offer file transfer (SFTP). Check that its SSH server has the sftp subsystem.")
                .arg(m_options.displayName()),
            libsshError());
        while (!m_transfers.empty()) {
            m_transfers.back()->abandon(error.message);
            finishTransfer(qsizetype(m_transfers.size()) - 1);
        }
        m_transferTimer->stop();
        serviceChannels();
        return;
    }
    SftpTransfer &transfer = *m_transfers.front();
    // libssh's SFTP calls wait for their answers: blocking mode (bounded by the session's timeout)
    // for one short slice, then back to non-blocking for the channels.
    ssh_set_blocking(m_session, 1);
    {
        SshStallWatch::Scope blocking(m_owner->m_stallWatch, ssh_get_fd(m_session));
        transfer.step(m_session, m_sftp, kTransferSliceMs);
    }
    ssh_set_blocking(m_session, 0);
    if (stalled()) {
        // The watch gave up on a silent server: the transfer failed with the link; reconnect.
        const QString reason = tr("%1 stopped answering during a file transfer.").arg(m_options.displayName());
        if (transfer.done()) {
            transfer.explainError(reason);
            finishTransfer(0);
        }
        connectionLost(reason);
        return;
    }
    m_trafficSinceKeepalive = true;
    if (transfer.done())
        finishTransfer(0);
    else
        reportProgress(transfer, false);
    // SFTP reads may have taken the shell's and tunnels' data off the socket too.
    serviceChannels();
    if (m_transfers.empty())
        m_transferTimer->stop();
}

void SshWorker::reportProgress(const SftpTransfer &transfer, bool force)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!force && now - m_lastProgressMs < kProgressIntervalMs)
        return;
    m_lastProgressMs = now;
    notify(&SshSession::transferProgress, transfer.id(), transfer.bytesDone(), transfer.bytesTotal(),
           transfer.currentFile());
}

void SshWorker::finishTransfer(qsizetype index)
{
    std::unique_ptr<SftpTransfer> transfer = std::move(m_transfers.at(size_t(index)));
    m_transfers.erase(m_transfers.begin() + index);
    if (!transfer->result().error)
        reportProgress(*transfer, true);
    notify(&SshSession::finishTransferFromWorker, transfer->id(), transfer->result());
}

void SshWorker::listDirectory(quint64 id, const QString &path)
{
    const auto reply = [this, id](Result<SftpListing> result) {
        notify(&SshSession::finishListFromWorker, id, result);
    };
    if (m_state != State::Connected || !m_session)
        return reply(makeError(Error::Kind::Network, tr("GPU Desk is not connected to %1.").arg(m_options.displayName())));
    if (!ensureSftp() && stalled()) {
        const QString reason = tr("%1 stopped answering while listing %2.").arg(m_options.displayName(), path);
        reply(makeError(Error::Kind::Network, reason));
        return connectionLost(reason);
    }
    if (!m_sftp)
        return reply(makeError(Error::Kind::Network,
            tr("%1 does not offer file transfer (SFTP). Check that its SSH server has the sftp subsystem.")
                .arg(m_options.displayName()),
            libsshError()));
    QString remote = path;
    if (remote.isEmpty() || remote == QStringLiteral("~"))
        remote = QStringLiteral(".");
    else if (remote.startsWith(QStringLiteral("~/")))
        remote = remote.mid(2);
    ssh_set_blocking(m_session, 1);
    SftpListing listing;
    std::optional<Error> error;
    {
        SshStallWatch::Scope blocking(m_owner->m_stallWatch, ssh_get_fd(m_session));
        char *canonical = sftp_canonicalize_path(m_sftp, remote.toUtf8().constData());
        listing.path = canonical ? QString::fromUtf8(canonical) : remote;
        ssh_string_free_char(canonical);
        sftp_dir dir = sftp_opendir(m_sftp, listing.path.toUtf8().constData());
        if (!dir) {
            error = makeError(Error::Kind::NotFound,
                SftpTransfer::describeStatus(sftp_get_error(m_sftp), m_options.displayName(), listing.path), libsshError());
        } else {
            while (sftp_attributes a = sftp_readdir(m_sftp, dir)) {
                const QString name = QString::fromUtf8(a->name);
                if (name != QStringLiteral(".") && name != QStringLiteral("..")) {
                    SftpEntry entry;
                    entry.name = name;
                    entry.isDirectory = a->type == SSH_FILEXFER_TYPE_DIRECTORY;
                    entry.isSymlink = a->type == SSH_FILEXFER_TYPE_SYMLINK;
                    entry.size = qint64(a->size);
                    entry.permissions = a->permissions & 07777;
                    entry.modified = QDateTime::fromSecsSinceEpoch(qint64(a->mtime));
                    listing.entries.append(entry);
                }
                sftp_attributes_free(a);
            }
            sftp_closedir(dir);
        }
    }
    ssh_set_blocking(m_session, 0);
    if (stalled()) {
        const QString reason = tr("%1 stopped answering while listing %2.").arg(m_options.displayName(), remote);
        reply(makeError(Error::Kind::Network, reason));
        connectionLost(reason);
        return;
    }
    std::sort(listing.entries.begin(), listing.entries.end(), [](const SftpEntry &a, const SftpEntry &b) {
        return a.isDirectory != b.isDirectory ? a.isDirectory : a.name < b.name;
    });
    serviceChannels();
    if (error)
        return reply(*error);
    reply(listing);
}

} // namespace gpudesk
