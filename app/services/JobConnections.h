#pragma once

#include "core/Result.h"
#include "providers/Provider.h"
#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace gpudesk {

class JobManager;
class SshSession;

// SSH connections GPU Desk keeps to running jobs' machines for its own commands (the utilization
// sampler's nvidia-smi), one SshSession per job, made on first use and reused. No one is there to
// answer a prompt: a host key the provider did not vouch for and GPU Desk never saw, or a key
// that needs a passphrase not kept in the keychain, makes the command fail with a message saying
// to open a terminal once.
class JobConnections : public QObject
{
    Q_OBJECT

public:
    using Reply = std::function<void(Result<QByteArray>)>;

    JobConnections(JobManager &jobs, QString knownHostsFile, QObject *parent = nullptr);
    ~JobConnections() override;

    // Runs `command` on the job's machine; its standard output, or an error (exit status ≠ 0 included).
    void exec(const QString &jobId, const QString &command, Reply reply);
    // Closes the job's connection (the job ended).
    void drop(const QString &jobId);
    int count() const { return int(m_sessions.size()); }
    // Where the passphrases users chose to keep live (the keychain); null: none is used.
    void setSecretStore(SecretStore *store) { m_secrets = store; }

    // The provider told us the machine's host key over its own authenticated channel (Sandbox
    // daemon, cloud API): record it in GPU Desk's known_hosts, replacing what an earlier machine at
    // the same address had, so the connection checks strictly without asking.
    static void recordVouchedHostKey(const QString &knownHostsFile, const SshEndpoint &endpoint);

private:
    void run(SshSession *session, const QString &jobId, const QString &command, Reply reply);

    JobManager &m_jobs;
    QString m_knownHostsFile;
    QHash<QString, QPointer<SshSession>> m_sessions;
    QPointer<SecretStore> m_secrets;
};

} // namespace gpudesk
