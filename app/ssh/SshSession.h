#pragma once

#include "core/Result.h"
#include "ssh/KnownHosts.h"
#include "ssh/SftpTransfer.h"
#include "ssh/SshOptions.h"
#include "ssh/SshStallWatch.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <functional>

namespace gpudesk {

class SshWorker;

// One SSH connection, used from the thread that created it (normally the GUI thread). The libssh
// session lives on a worker thread of its own (see SshWorker); every method here returns at once
// and every signal arrives queued on this object's thread.
//
// Flow: connectToHost() → stateChanged(Connecting) → on first contact hostKeyNeedsDecision(), answered
// by acceptHostKey()/rejectHostKey() → passphraseRequested()/promptsRequested() as needed →
// stateChanged(Connected). A changed host key ends in errorOccurred() and Failed: there is no way
// to connect anyway. When the link drops: Reconnecting (reconnecting() per attempt) → Connected
// with the shell reopened and forwards listening as before, or Failed with an error.
class SshSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Authenticating, Connected, Reconnecting, Failed };
    Q_ENUM(State)
    using ExecReply = std::function<void(Result<SshExecResult>)>;
    using TransferReply = std::function<void(const SftpTransferResult &)>;

    explicit SshSession(SshOptions options, QObject *parent = nullptr);
    ~SshSession() override;

    const SshOptions &options() const { return m_options; }
    State state() const { return m_state; }

    void connectToHost();
    void disconnectFromHost();

    // Answers to the prompts.
    void acceptHostKey(bool permanently);
    void rejectHostKey();
    void providePassphrase(const QString &passphrase); // kept in memory for reconnects only
    void skipKey(); // no passphrase: try the next way to log in
    void answerPrompts(const QStringList &answers); // keyboard-interactive answers or the password

    // The interactive shell (a PTY with options().terminalType). May be called before Connected.
    // With a `command` the PTY runs it instead of the login shell (as `ssh -t host COMMAND`); a
    // reconnect after a dropped connection reopens a login shell either way.
    void openShell(int columns, int rows, const QString &command = {});
    void resizeShell(int columns, int rows);
    void writeShell(const QByteArray &data);
    void closeShell();

    // Flow control of the shell's output, off (0) by default. With a window, the worker stops
    // reading the shell channel while more than `windowBytes` of shellData() have not been
    // reported back with consumeShellData(); libssh then stops widening the SSH channel window, so
    // the server and the remote program block (back-pressure: a flood waits for the screen, and
    // Ctrl-C is not followed by megabytes of backlog). Input to the shell, commands, forwards, SFTP
    // and keepalives go on meanwhile. Counting starts again with each new shell (also after a
    // reconnect); bytes of an earlier shell reported later are ignored.
    void setShellFlowControl(qint64 windowBytes);
    void consumeShellData(qint64 bytes);
    struct ShellFlowStats
    {
        qint64 window = 0;
        qint64 unconsumed = 0; // handed out by the worker, not yet reported consumed
        qint64 peakUnconsumed = 0; // the most ever, since the session began
        qint64 shellBytes = 0; // shell output read from the channel, in all
        quint64 throttles = 0; // times the worker stopped reading the shell for want of room
        quint64 pumpTicks = 0; // turns of the worker's 10 ms pump timer (it runs only while busy)
    };
    // Read across threads; for tests and the benchmark.
    ShellFlowStats shellFlowStats() const;

    // Runs `command` on its own channel (concurrently with the shell and other commands). `reply`
    // runs on this object's thread, once, unless this session is destroyed first. Commands asked
    // for before Connected wait for the connection. Returns the id also given to execFinished().
    quint64 exec(const QString &command, ExecReply reply = {});

    // -L: listens on 127.0.0.1:localPort (0: any free port) and carries each connection to
    // remoteHost:remotePort as seen from the server. Listening starts at once (before Connected);
    // connections are refused while disconnected. Returns the forward's id.
    int addLocalForward(quint16 localPort, const QString &remoteHost, quint16 remotePort);
    void removeLocalForward(int id);
    QList<SshLocalForward> localForwards() const { return m_forwards; }

    // SFTP. Copies a file, or a folder with everything in it when `recursive`, in chunks on the
    // worker thread (one transfer at a time, in the order asked; asked before Connected, they wait
    // for the connection). A target that is an existing folder receives the source under its own
    // name, as cp does; remote paths are relative to the home folder ("~/" too). Modes are kept.
    // transferProgress() reports at most every 100 ms; transferFinished() and `reply` come once.
    // Returns the transfer's id.
    quint64 upload(const QString &localPath, const QString &remotePath, bool recursive = false,
                   TransferReply reply = {});
    quint64 download(const QString &remotePath, const QString &localPath, bool recursive = false,
                     TransferReply reply = {});
    // Lists a remote folder ("~" or "" is the home folder); `reply` runs once on this thread.
    using ListReply = std::function<void(Result<SftpListing>)>;
    void listRemoteDirectory(const QString &path, ListReply reply);
    // Stops it soon: the file in progress is removed (finished files stay), the result says cancelled.
    void cancelTransfer(quint64 id);

    // Tests: behave as if the network dropped the connection.
    void simulateConnectionLoss();

signals:
    void stateChanged(gpudesk::SshSession::State state);
    void hostKeyNeedsDecision(const QString &fingerprint, const QString &keyType, gpudesk::KnownHosts::Status status);
    void passphraseRequested(const QString &keyFile, bool previousWasWrong);
    void promptsRequested(
        const QString &name, const QString &instruction, const QStringList &prompts, const QList<bool> &echo);
    void errorOccurred(const gpudesk::Error &error);
    void reconnecting(int attempt, int delayMs);
    void shellOpened();
    void shellData(const QByteArray &data);
    void shellClosed(int exitStatus);
    void execFinished(quint64 id, const gpudesk::SshExecResult &result);
    void localForwardListening(int id, quint16 localPort);
    void localForwardFailed(int id, const gpudesk::Error &error);
    void transferProgress(quint64 id, qint64 bytesDone, qint64 bytesTotal, const QString &currentFile);
    void transferFinished(quint64 id, const gpudesk::SftpTransferResult &result);

private:
    friend class SshWorker;

    template <typename F> void post(F function);
    // Called by the worker, queued to this thread.
    void setStateFromWorker(State state);
    void shellOpenedFromWorker(quint64 epoch);
    void shellDataFromWorker(const QByteArray &data);
    void finishExecFromWorker(quint64 id, const SshExecResult &result);
    void forwardListeningFromWorker(int id, quint16 localPort);
    void forwardFailedFromWorker(int id, const Error &error);
    void finishTransferFromWorker(quint64 id, const SftpTransferResult &result);
    void finishListFromWorker(quint64 id, const Result<SftpListing> &result);
    void watchBlocking(quint64 id);
    void unwatchBlocking(quint64 id);
    quint64 startTransfer(SftpTransfer::Direction direction, const QString &localPath, const QString &remotePath,
                          bool recursive, TransferReply reply);

    SshOptions m_options;
    QThread m_thread;
    SshWorker *m_worker = nullptr;
    State m_state = State::Disconnected;
    quint64 m_nextExecId = 1;
    int m_nextForwardId = 1;
    QHash<quint64, ExecReply> m_execReplies;
    quint64 m_nextTransferId = 1;
    QHash<quint64, TransferReply> m_transferReplies;
    QHash<quint64, ListReply> m_listReplies;
    QList<SshLocalForward> m_forwards;
    // SFTP work in flight (transfers and listings): while there is any, m_stallTimer checks that
    // the worker is not stuck in a call to a server that stopped answering.
    SshStallWatch m_stallWatch;
    QSet<quint64> m_blockingWork;
    QTimer m_stallTimer;
    // Flow control bookkeeping on this thread: what shellData() handed out and what came back.
    quint64 m_shellEpoch = 0;
    qint64 m_shellEmitted = 0;
    qint64 m_shellConsumed = 0;
    qint64 m_staleShellBytes = 0; // handed out for an earlier shell, not yet consumed
};

} // namespace gpudesk
