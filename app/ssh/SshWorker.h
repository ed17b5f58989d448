#pragma once

#include "core/Result.h"
#include "ssh/KnownHosts.h"
#include "ssh/SftpTransfer.h"
#include "ssh/SshOptions.h"
#include "ssh/SshSession.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QSocketNotifier;
class QTcpServer;
class QTcpSocket;
class QTimer;

// libssh's opaque handles, so that this header does not pull libssh into its users.
struct ssh_session_struct;
struct ssh_channel_struct;
struct ssh_event_struct;
struct sftp_session_struct;

namespace gpudesk {

// The half of SshSession that lives on the session's worker thread and alone touches the libssh
// session (libssh is not thread-safe per session). SshSession calls its methods through queued
// invocations; the worker answers by emitting SshSession's signals through queued calls on the
// owner's thread (see notify()), so the signals are declared once. Handshake steps (connect, key
// exchange, authentication, channel opening) are short and run as non-blocking calls pumped with
// poll() and an abort flag; afterwards everything is driven by QSocketNotifier.
class SshWorker : public QObject
{
    Q_OBJECT

public:
    using State = SshSession::State;

    // `owner` outlives the worker: SshSession deletes it on the worker thread before it goes.
    SshWorker(SshOptions options, SshSession *owner);
    ~SshWorker() override;

    // Set from any thread: makes a pumped handshake step give up at once.
    std::atomic<bool> &abortFlag() { return m_abort; }

    // Worker-thread API (call through QMetaObject::invokeMethod).
    void start();
    void stop();
    void acceptHostKey(bool permanently);
    void rejectHostKey();
    void providePassphrase(const QString &passphrase);
    void skipPassphrase();
    void answerPrompts(const QStringList &answers);
    void openShell(int columns, int rows, const QString &command = {});
    void resizeShell(int columns, int rows);
    void writeShell(const QByteArray &data);
    void closeShell();
    // Flow control of the shell's output (see SshSession::setShellFlowControl).
    void setShellWindow(qint64 windowBytes);
    void consumeShell(quint64 epoch, qint64 bytes);
    SshSession::ShellFlowStats shellFlowStats() const;
    void exec(quint64 id, const QString &command);
    void addLocalForward(int id, quint16 localPort, const QString &remoteHost, quint16 remotePort);
    void removeLocalForward(int id);
    // SFTP (one transfer at a time, in slices between which the shell and forwards are served).
    void transfer(quint64 id, SftpTransfer::Direction direction, const QString &localPath, const QString &remotePath,
                  bool recursive);
    void cancelTransfer(quint64 id);
    void listDirectory(quint64 id, const QString &path);
    // Tests: drop the link as a network failure would (the reconnect path runs as for a real drop).
    void simulateConnectionLoss();

private:
    enum class Wait { None, HostKey, Passphrase, Prompts, Password };
    struct AuthStep
    {
        enum Kind { Key, Agent, KeyboardInteractive, Password } kind = Key;
        QString keyFile;
    };
    // What libssh tells through channel callbacks: the end of a channel and its exit status
    // (polling cannot tell a close that libssh delays until the buffers are read).
    struct ChannelWatch;
    struct Exec
    {
        quint64 id = 0;
        QString command;
        ssh_channel_struct *channel = nullptr;
        std::shared_ptr<ChannelWatch> watch;
        SshExecResult result;
    };
    struct Forward
    {
        int id = 0;
        QTcpServer *server = nullptr;
        QString remoteHost;
        quint16 remotePort = 0;
    };
    struct Tunnel
    {
        int forwardId = 0;
        ssh_channel_struct *channel = nullptr;
        std::shared_ptr<ChannelWatch> watch;
        QPointer<QTcpSocket> socket;
        QByteArray toRemote;
        bool localEof = false;
        bool eofSent = false;
        bool remoteEof = false;
    };

    // Emits `signal` of the owner with `args`, queued to the owner's thread.
    template <typename Signal, typename... Args> void notify(Signal signal, Args... args);
    void setState(State state);
    void connectNow();
    int pump(const std::function<int()> &call, int again);
    void verifyHostKey();
    void authenticate();
    void continueAuth();
    QString retryNotice() const;
    void onAuthenticated();
    void onReadable();
    void serviceChannels();
    bool takeActivity(); // true when a channel had news since the last call; clears it
    bool hasActivity() const; // the same without clearing
    bool shellThrottled() const; // flow control: too much output not yet consumed
    bool channelsHoldData(); // libssh holds bytes a drain would take now
    void drainShell();
    void drainExecs();
    void drainTunnels();
    bool flush(ssh_channel_struct *channel, QByteArray &pending);
    void updatePumpTimer();
    void onKeepalive();
    void startExec(Exec &exec);
    void finishExec(qsizetype index, std::optional<Error> error);
    void useHostKey(bool permanently);
    void acceptTunnel(Forward &forward);
    void closeTunnel(qsizetype index);
    // Tears the connection down; `fatal` failures (host key, authentication) never retry.
    void fail(const Error &error, bool fatal);
    void connectionLost(const QString &reason);
    void teardown(const QString &reason);
    QString libsshError() const;
    void serviceTransfers();
    bool ensureSftp();
    // The last blocking SFTP call was broken by the session's stall watch (a silent server).
    bool stalled() const;
    void finishTransfer(qsizetype index);
    void reportProgress(const SftpTransfer &transfer, bool force);

    SshOptions m_options;
    SshSession *m_owner = nullptr;
    KnownHosts m_knownHosts;
    std::atomic<bool> m_abort { false };

    ssh_session_struct *m_session = nullptr;
    ssh_event_struct *m_event = nullptr;
    QSocketNotifier *m_readNotifier = nullptr;
    QTimer *m_keepaliveTimer = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_pumpTimer = nullptr;
    QTimer *m_shellEndTimer = nullptr;

    State m_state = State::Disconnected;
    Wait m_wait = Wait::None;
    bool m_everConnected = false;
    bool m_stopped = false;
    int m_attempt = 0;
    int m_missedKeepalives = 0;
    bool m_trafficSinceKeepalive = false;
    bool m_servicing = false;
    bool m_serviceAgain = false;
    qint64 m_bytesRead = 0; // in the current pass over the channels

    QString m_hostKeyType;
    QByteArray m_hostKeyBlob;
    QByteArray m_acceptedForSession; // a key the user accepted "this time only"

    QList<AuthStep> m_authSteps;
    qsizetype m_authIndex = 0;
    QHash<QString, QString> m_passphrases; // in memory only, for reconnects
    int m_passphraseAttempts = 0;
    int m_answerAttempts = 0; // passwords or keyboard-interactive rounds refused in this step
    bool m_answered = false; // the user answered the prompts of the current step
    bool m_answerRejected = false; // the next prompt says that the last answer was refused
    QString m_passwordAnswer;
    QStringList m_triedMethods;

    ssh_channel_struct *m_shell = nullptr;
    std::shared_ptr<ChannelWatch> m_shellWatch;
    bool m_shellWanted = false;
    QByteArray m_shellCommand; // run instead of the login shell; empty: the login shell
    int m_columns = 80;
    int m_rows = 24;
    int m_shellExitStatus = -1;
    QByteArray m_shellPending;
    // Flow control: bytes handed to the owner (shellData) and not yet reported consumed, counted
    // per shell (epoch: one per opened shell channel, so a reconnect starts again from zero).
    // Written by the worker only; atomic so that shellFlowStats() may read them from any thread.
    std::atomic<qint64> m_shellWindow { 0 }; // 0: off
    std::atomic<qint64> m_shellUnconsumed { 0 };
    quint64 m_shellEpoch = 0;
    // Read from the owner's thread (tests, the benchmark).
    std::atomic<qint64> m_statPeakUnconsumed { 0 };
    std::atomic<qint64> m_statShellBytes { 0 };
    std::atomic<quint64> m_statPumpTicks { 0 };
    std::atomic<quint64> m_statThrottles { 0 };

    std::vector<Exec> m_execs;
    std::vector<Forward> m_forwards;
    std::vector<std::unique_ptr<Tunnel>> m_tunnels;

    sftp_session_struct *m_sftp = nullptr;
    QTimer *m_transferTimer = nullptr;
    std::vector<std::unique_ptr<SftpTransfer>> m_transfers;
    qint64 m_lastProgressMs = 0;
};

} // namespace gpudesk
