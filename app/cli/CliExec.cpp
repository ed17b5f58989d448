// gpudesk-cli exec: one command over GPU Desk's own SSH code, to a job's machine or any host; and
// the connection handling that cp shares (target, host key and passphrase without a prompt).

#include "Cli.h"

#include "CliOptions.h"
#include "jobs/JobManager.h"
#include "services/JobConnections.h"
#include "services/Services.h"
#include "secrets/KeychainSecretStore.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshPassphrases.h"
#include "ssh/SshSession.h"
#include "storage/JobRepository.h"

#include <QDir>
#include <QTextStream>
#include <QUrl>

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace gpudesk {

QStringList Cli::sshShortOptions(const QStringList &args)
{
    // `-i KEY` as in ssh(1), `-r` as in scp(1); what follows `--` is left alone.
    QStringList normalized;
    bool afterDashes = false;
    for (const QString &a : args) {
        afterDashes = afterDashes || a == QStringLiteral("--");
        if (!afterDashes && a == QStringLiteral("-i"))
            normalized << QStringLiteral("--identity");
        else if (!afterDashes && a == QStringLiteral("-r"))
            normalized << QStringLiteral("--recursive");
        else
            normalized << a;
    }
    return normalized;
}

Result<SshOptions> Cli::sshTarget(const QString &target, const CliOptions &opts, const QString &dataDir)
{
    Services *s = services(dataDir);
    if (!s)
        return makeError(Error::Kind::Internal, QString()); // services() printed why
    QString knownHosts = opts.value(QStringLiteral("known-hosts"));
    if (knownHosts.isEmpty()) {
        QDir(dataDir).mkpath(QStringLiteral("ssh"));
        knownHosts = QDir(dataDir).filePath(QStringLiteral("ssh/known_hosts"));
    }

    SshOptions o;
    if (target.startsWith(QStringLiteral("ssh://"))) {
        auto endpoint = SshOptions::endpointFromUrl(target);
        if (!endpoint)
            return endpoint.error(); // InvalidInput: a usage error
        o = SshOptions::fromEndpoint(*endpoint, knownHosts);
    } else {
        auto job = s->jobs()->find(target);
        if (!job)
            return makeError(Error::Kind::NotFound, job.error().message);
        auto endpoint = std::make_shared<std::optional<Result<SshEndpoint>>>();
        s->jobManager()->sshEndpoint(job->id, [endpoint](Result<SshEndpoint> r) { *endpoint = std::move(r); });
        if (!waitUntil([endpoint] { return endpoint->has_value(); }, m_providerTimeoutMs))
            return makeError(Error::Kind::Network,
                             tr("The provider did not say how to reach job %1 in time.").arg(job->id));
        if (!**endpoint)
            return makeError(Error::Kind::Provider, (**endpoint).error().message);
        const SshEndpoint &e = (**endpoint).value();
        JobConnections::recordVouchedHostKey(knownHosts, e);
        o = SshOptions::fromEndpoint(e, knownHosts);
        if (!job->spec.sshKey.isEmpty())
            o.identityFile = job->spec.sshKey;
    }
    const QString identity = opts.value(QStringLiteral("identity"));
    if (!identity.isEmpty())
        o.identityFile = identity;
    o.autoReconnect = false;
    o.allowKeyboardInteractive = false;
    o.allowPassword = false;
    return o;
}

int Cli::sshTargetError(const QString &command, const Error &error)
{
    if (error.kind == Error::Kind::Internal && error.message.isEmpty())
        return RuntimeError; // already printed
    if (error.kind == Error::Kind::InvalidInput)
        return usageError(tr("%1: %2").arg(command, error.message));
    return runtimeError(error.message);
}

std::shared_ptr<std::optional<Error>> Cli::watchSshSession(SshSession &session, bool acceptNew)
{
    // With no one to ask: an unknown host only with --accept-new, a passphrase only from a terminal.
    auto failure = std::make_shared<std::optional<Error>>();
    const QString name = session.options().displayName();
    QObject::connect(&session, &SshSession::hostKeyNeedsDecision, &session,
                     [&session, acceptNew, failure, name](const QString &fingerprint, const QString &keyType,
                                                          KnownHosts::Status) {
                         if (acceptNew) {
                             session.acceptHostKey(true);
                             return;
                         }
                         *failure = makeError(Error::Kind::Auth,
                                              tr("%1 is not a known host (%2 key %3). Check the fingerprint, then "
                                                 "run again with --accept-new to trust it.")
                                                  .arg(name, keyType, fingerprint));
                         session.rejectHostKey();
                     });
    // A passphrase kept in the keychain (from the app's prompt) is used; else a terminal asks.
    SshPassphrases::Ask ask;
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        ask = [this](const QString &keyFile, const QString &notice, bool, const SshPassphrases::Reply &reply) {
            if (!notice.isEmpty())
                m_err << notice << "\n" << Qt::flush;
            reply(SshPassphrases::Answer { readSecretLine(tr("Passphrase for %1").arg(keyFile)), false });
        };
    }
#endif
    if (!m_passphraseStore)
        m_passphraseStore = std::make_unique<KeychainSecretStore>();
    new SshPassphrases(&session, m_passphraseStore.get(), std::move(ask));
    QObject::connect(&session, &SshSession::errorOccurred, &session, [failure](const Error &e) {
        if (!failure->has_value())
            *failure = e;
    });
    return failure;
}

int Cli::exec(const QStringList &args, const QString &dataDir)
{
    const auto opts = CliOptions::parse(QStringLiteral("exec"), sshShortOptions(args),
                                        {{{QStringLiteral("identity"), true},
                                          {QStringLiteral("known-hosts"), true},
                                          {QStringLiteral("accept-new"), false}},
                                         1,
                                         true});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    if (opts.positionals.size() != 1 || opts.rest.isEmpty())
        return usageError(tr("exec: name a job or ssh://user@host:port, then -- COMMAND"));
    const QString command = opts.rest.join(u' ');
    const auto options = sshTarget(opts.positionals.first(), opts, dataDir);
    if (!options)
        return sshTargetError(QStringLiteral("exec"), options.error());
    const SshOptions &o = *options;

    SshSession session(o);
    const auto failure = watchSshSession(session, opts.flags.contains(QStringLiteral("accept-new")));
    auto result = std::make_shared<std::optional<Result<SshExecResult>>>();
    session.connectToHost();
    session.exec(command, [result](Result<SshExecResult> r) { *result = std::move(r); });
    const bool finished = waitUntil(
        [result, failure, &session] {
            return result->has_value() || (failure->has_value() && session.state() == SshSession::State::Failed);
        },
        m_providerTimeoutMs);
    if (!finished)
        return runtimeError(tr("%1 did not answer in time.").arg(o.displayName()));
    if (failure->has_value() && !result->has_value())
        return runtimeError((*failure)->message);
    if (!**result)
        return runtimeError(failure->has_value() ? (*failure)->message : (**result).error().message);
    const SshExecResult &r = (**result).value();
    if (r.error)
        return runtimeError(failure->has_value() ? (*failure)->message : r.error->message);
    m_out.flush();
    m_err.flush();
    std::fwrite(r.standardOutput.constData(), 1, size_t(r.standardOutput.size()), stdout);
    std::fflush(stdout);
    std::fwrite(r.standardError.constData(), 1, size_t(r.standardError.size()), stderr);
    std::fflush(stderr);
    session.disconnectFromHost();
    return r.exitStatus & 0xff;
}

} // namespace gpudesk
