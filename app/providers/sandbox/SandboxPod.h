#pragma once

#include "PodRecord.h"
#include "PodSshHost.h"
#include "core/Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace gpudesk {

// One pod inside gpudesk-sandboxd: its record (saved before every change takes effect), its
// process group (the job's setup and command under `bash -lc`, started in a new session), and
// its SSH server. The daemon calls poll() a few times a second; everything else answers at once
// or, for stop and terminate, through the callback once the pod's processes are gone.
class SandboxPod : public QObject
{
    Q_OBJECT

public:
    struct Context
    {
        QString dataDir;
        QString nvidiaSmiTarget;       // the gpudesk-sandboxd executable (bin/nvidia-smi points at it)
        PodSshHost::Factory sshFactory; // null: no SSH servers
        int stopGraceMs = 10'000;       // SIGTERM → SIGKILL
        int giveUpMs = 15'000;          // after SIGKILL, how long to wait for the kernel
    };

    struct SshInfo
    {
        quint16 port = 0;
        QString hostKeySha256;
        QString hostPublicKey; // "ssh-ed25519 AAAA…"
        QString identityFile;
    };

    using Done = std::function<void(Result<void>)>;

    SandboxPod(const Context &context, PodRecord record, QObject *parent = nullptr);
    ~SandboxPod() override;

    const PodRecord &record() const { return m_record; }
    QString dir() const { return m_dir; }
    // True while the pod's processes should be running (keeps the daemon from exiting when idle).
    bool keepsDaemonAlive() const;

    // First start after the record was made (state Provisioning): files, process, SSH.
    Result<void> launch();
    // After a daemon start: takes the pod over from its saved state.
    void adopt();
    Result<void> start();
    void stop(Done done);
    void terminate(Done done);
    // Kills the pod as a cloud preempts a spot instance: it ends as Preempted, not Terminated.
    void preempt(Done done);
    Result<SshInfo> ssh() const;
    Result<QByteArray> logs(qint64 maxBytes, qint64 *totalSize) const;
    void poll();
    // The daemon exits: close the SSH listener, leave the processes running.
    void detach();

    static QString sshUser() { return QStringLiteral("gpudesk"); }

signals:
    void changed();

private:
    Result<void> save();
    Result<void> prepareFiles();
    Result<void> spawn();
    void startSsh();
    void stopSsh();
    void finishRun(std::optional<int> waitStatus);
    Result<void> beginEnding(PodRecord::State ending, int signal);
    void pollEnding();
    void reapOwnZombies();
    void notify(const Result<void> &result);
    void removeRuntimeFiles();
    QStringList environment() const;
    QString hostKeyPath() const;
    QString authorizedKeysPath() const;

    Context m_context;
    PodRecord m_record;
    QString m_dir;
    bool m_ourChild = false;           // this daemon started the leader (and must reap it)
    std::unique_ptr<PodSshHost> m_ssh;
    std::optional<Error> m_sshError;
    QList<Done> m_waiters;
    QElapsedTimer m_ending;
    bool m_killSent = false;
    bool m_preempting = false;
};

} // namespace gpudesk
