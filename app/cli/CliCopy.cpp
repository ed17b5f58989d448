// gpudesk-cli cp: files and folders to and from a job's machine (or any SSH host) over SFTP, on
// the same connection code as exec (CliExec.cpp) and the terminal tabs (SshSession).

#include "Cli.h"

#include "CliOptions.h"
#include "ssh/SshSession.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTextStream>
#include <QUrl>

#include <optional>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace gpudesk {

namespace {

// JOB:PATH or ssh://user@host:port/PATH: where to connect and the path there.
struct RemoteSpec
{
    QString target; // a job or ssh://user@host:port
    QString path; // relative paths and ~/… are in the remote home folder
};

std::optional<RemoteSpec> remoteSpec(const QString &arg)
{
    if (arg.startsWith(QStringLiteral("ssh://"))) {
        const QUrl url(arg, QUrl::StrictMode);
        QString path = url.path();
        if (path.isEmpty() || path == QStringLiteral("/") || path == QStringLiteral("/~"))
            path = QStringLiteral("~");
        else if (path.startsWith(QStringLiteral("/~/")))
            path = path.mid(1);
        return RemoteSpec { url.adjusted(QUrl::RemovePath).toString(), path };
    }
    // A colon before any slash, after more than one character (C:\… is a local Windows path).
    const qsizetype colon = arg.indexOf(QLatin1Char(':'));
    const qsizetype slash = arg.indexOf(QLatin1Char('/'));
    if (colon > 1 && (slash < 0 || colon < slash)) {
        const QString path = arg.mid(colon + 1);
        return RemoteSpec { arg.left(colon), path.isEmpty() ? QStringLiteral("~") : path };
    }
    return std::nullopt;
}

// How the user would write the remote path: ssh://user@host:port/PATH or JOB:PATH.
QString remoteName(const QString &target, const QString &path)
{
    if (!target.startsWith(QStringLiteral("ssh://")))
        return target + QLatin1Char(':') + path;
    return path.startsWith(QLatin1Char('/')) ? QString(target + path) : QString(target + QStringLiteral("/~/") + path);
}

// "[#########           ]  45%  22.5 MB / 50.0 MB  31.2 MB/s", redrawn in place.
QString progressLine(qint64 done, qint64 total, qint64 elapsedMs)
{
    constexpr int kWidth = 30;
    const int filled = total > 0 ? int(std::min<qint64>(kWidth, done * kWidth / total)) : 0;
    const int percent = total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 100;
    const QLocale locale;
    const qint64 rate = elapsedMs > 0 ? done * 1000 / elapsedMs : 0;
    return QStringLiteral("\r[%1%2] %3%  %4 / %5  %6/s ")
        .arg(QString(filled, QLatin1Char('#')), QString(kWidth - filled, QLatin1Char(' ')))
        .arg(percent, 3)
        .arg(locale.formattedDataSize(done, 1, QLocale::DataSizeSIFormat),
             locale.formattedDataSize(total, 1, QLocale::DataSizeSIFormat),
             locale.formattedDataSize(rate, 1, QLocale::DataSizeSIFormat));
}

} // namespace

int Cli::copy(const QStringList &args, const QString &dataDir)
{
    const auto opts = CliOptions::parse(QStringLiteral("cp"), sshShortOptions(args),
                                        {{{QStringLiteral("identity"), true},
                                          {QStringLiteral("known-hosts"), true},
                                          {QStringLiteral("accept-new"), false},
                                          {QStringLiteral("recursive"), false}},
                                         2,
                                         false});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    if (opts.positionals.size() != 2)
        return usageError(tr("cp: give a SOURCE and a TARGET, one of them JOB:PATH or ssh://user@host:port/PATH"));
    const QString &source = opts.positionals.at(0);
    const QString &destination = opts.positionals.at(1);
    const std::optional<RemoteSpec> remoteSource = remoteSpec(source);
    const std::optional<RemoteSpec> remoteDestination = remoteSpec(destination);
    if (remoteSource.has_value() == remoteDestination.has_value())
        return usageError(remoteSource ? tr("cp: copy between this computer and one remote machine, not between two")
                                       : tr("cp: one of SOURCE and TARGET must be JOB:PATH or ssh://user@host:port/PATH "
                                            "(write ./%1 for a local name with a colon)")
                                             .arg(source));
    const bool upload = remoteDestination.has_value();
    const RemoteSpec remote = upload ? *remoteDestination : *remoteSource;
    const QString local = upload ? source : destination;
    const bool recursive = opts.flags.contains(QStringLiteral("recursive"));

    const auto options = sshTarget(remote.target, opts, dataDir);
    if (!options)
        return sshTargetError(QStringLiteral("cp"), options.error());
    const SshOptions &o = *options;
    SshSession session(o);
    const auto failure = watchSshSession(session, opts.flags.contains(QStringLiteral("accept-new")));

    bool bar = false;
#ifdef Q_OS_UNIX
    bar = ::isatty(STDOUT_FILENO);
#endif
    QElapsedTimer clock;
    qint64 lastDone = -1;
    QObject::connect(&session, &SshSession::transferProgress, &session,
                     [this, bar, &clock, &lastDone](quint64, qint64 done, qint64 total) {
                         if (!clock.isValid())
                             clock.start();
                         lastDone = done;
                         if (bar) {
                             m_out << progressLine(done, total, clock.elapsed());
                             m_out.flush();
                         }
                     });
    std::optional<SftpTransferResult> result;
    const auto reply = [&result](const SftpTransferResult &r) { result = r; };
    session.connectToHost();
    if (upload)
        session.upload(local, remote.path, recursive, reply);
    else
        session.download(remote.path, local, recursive, reply);

    const auto over = [&result, failure, &session] {
        return result.has_value() || (failure->has_value() && session.state() == SshSession::State::Failed);
    };
    // A long transfer may take any time; only a stall (no progress for the timeout) gives up.
    qint64 seen = lastDone;
    while (!waitUntil(over, m_providerTimeoutMs)) {
        if (lastDone == seen)
            return runtimeError(tr("%1 did not answer in time.").arg(o.displayName()));
        seen = lastDone;
    }
    if (bar && lastDone >= 0)
        m_out << "\n";
    if (!result || (failure->has_value() && session.state() == SshSession::State::Failed))
        return runtimeError(failure->has_value() ? (*failure)->message : tr("The transfer did not finish."));
    if (result->error)
        return runtimeError(result->error->message);
    session.disconnectFromHost();
    m_out << tr("Copied %n file(s), %1, to %2.", nullptr, result->files)
                 .arg(QLocale().formattedDataSize(result->bytes, 1, QLocale::DataSizeSIFormat),
                      upload ? remoteName(remote.target, result->target) : result->target)
          << "\n";
    return Ok;
}

} // namespace gpudesk
