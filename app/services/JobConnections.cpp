#include "JobConnections.h"

#include "jobs/JobManager.h"
#include "ssh/KnownHosts.h"
#include "secrets/SecretStore.h"
#include "ssh/SshPassphrases.h"
#include "ssh/SshSession.h"

#include <QDir>
#include <QFileInfo>

namespace gpudesk {

JobConnections::JobConnections(JobManager &jobs, QString knownHostsFile, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_knownHostsFile(std::move(knownHostsFile))
{
}

JobConnections::~JobConnections()
{
    for (const QPointer<SshSession> &s : std::as_const(m_sessions)) {
        if (s)
            s->disconnectFromHost();
    }
}

void JobConnections::recordVouchedHostKey(const QString &knownHostsFile, const SshEndpoint &endpoint)
{
    const QStringList parts = endpoint.hostPublicKey.trimmed().split(u' ');
    if (parts.size() < 2)
        return;
    const QByteArray blob = QByteArray::fromBase64(parts.at(1).toLatin1());
    if (blob.isEmpty())
        return;
    QDir().mkpath(QFileInfo(knownHostsFile).absolutePath());
    const KnownHosts known(knownHostsFile, QString());
    if (known.check(endpoint.host, endpoint.port, parts.first(), blob).status == KnownHosts::Status::Known)
        return;
    auto forgotten = known.forget(endpoint.host, endpoint.port);
    Q_UNUSED(forgotten)
    auto trusted = known.trust(endpoint.host, endpoint.port, parts.first(), blob);
    Q_UNUSED(trusted)
}

void JobConnections::exec(const QString &jobId, const QString &command, Reply reply)
{
    if (SshSession *s = m_sessions.value(jobId); s && s->state() != SshSession::State::Failed) {
        run(s, jobId, command, std::move(reply));
        return;
    }
    QPointer<JobConnections> self(this);
    m_jobs.sshEndpoint(jobId, [self, jobId, command, reply = std::move(reply)](Result<SshEndpoint> endpoint) {
        if (!self)
            return;
        if (!endpoint) {
            reply(endpoint.error());
            return;
        }
        if (SshSession *existing = self->m_sessions.value(jobId); existing && existing->state() != SshSession::State::Failed) {
            self->run(existing, jobId, command, reply);
            return;
        }
        recordVouchedHostKey(self->m_knownHostsFile, *endpoint);
        SshOptions options = SshOptions::fromEndpoint(*endpoint, self->m_knownHostsFile);
        options.allowKeyboardInteractive = false;
        options.allowPassword = false;
        auto *session = new SshSession(options, self);
        // Nobody can answer here: refuse what needs a person, and say where to do it.
        connect(session, &SshSession::hostKeyNeedsDecision, session, [session] { session->rejectHostKey(); });
        new SshPassphrases(session, self->m_secrets, {}); // kept passphrases only; never asks
        if (SshSession *old = self->m_sessions.value(jobId))
            old->deleteLater();
        self->m_sessions.insert(jobId, session);
        session->connectToHost();
        self->run(session, jobId, command, reply);
    });
}

void JobConnections::run(SshSession *session, const QString &jobId, const QString &command, Reply reply)
{
    session->exec(command, [jobId, command, reply](Result<SshExecResult> r) {
        if (!r) {
            reply(r.error());
            return;
        }
        if (r->error) {
            Error e = *r->error;
            e.message = tr("Could not run \"%1\" on job %2's machine: %3 (opening a terminal to it once lets GPU "
                           "Desk ask about its host key or your key's passphrase).")
                            .arg(command.section(u' ', 0, 0), jobId, e.message);
            reply(e);
            return;
        }
        if (r->exitStatus != 0) {
            reply(makeError(Error::Kind::Provider,
                            tr("\"%1\" exited with status %2 on job %3's machine: %4")
                                .arg(command.section(u' ', 0, 0))
                                .arg(r->exitStatus)
                                .arg(jobId, QString::fromUtf8(r->standardError.left(300)).trimmed())));
            return;
        }
        reply(r->standardOutput);
    });
}

void JobConnections::drop(const QString &jobId)
{
    if (SshSession *s = m_sessions.take(jobId)) {
        s->disconnectFromHost();
        s->deleteLater();
    }
}

} // namespace gpudesk
