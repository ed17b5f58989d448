#include "SandboxPod.h"

#include "PodProcesses.h"
#include "SandboxPaths.h"
#include "SshKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

namespace gpudesk {

namespace {

// The pod's main process. It runs setup (once) then the command, each under `bash -lc`, and
// leaves their exit status in a file, so the status survives a daemon that is not running then.
const char *const kLeaderScript = R"(status=$1; setup_marker=$2; setup=$3; command=$4
if [ -n "$setup" ]; then
    /bin/bash -lc "$setup"
    rc=$?
    if [ "$rc" -ne 0 ]; then
        printf 'setup %d\n' "$rc" > "$status.tmp" && mv -f "$status.tmp" "$status"
        exit "$rc"
    fi
    : > "$setup_marker"
fi
/bin/bash -lc "$command"
rc=$?
printf 'command %d\n' "$rc" > "$status.tmp" && mv -f "$status.tmp" "$status"
exit "$rc"
)";

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return u'\'' + q + u'\'';
}

QString setupMarkerPath(const QString &dir)
{
    return dir + QStringLiteral("/setup-done");
}

const QFileDevice::Permissions kOwnerOnlyDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

SandboxPod::SandboxPod(const Context &context, PodRecord record, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_record(std::move(record))
    , m_dir(SandboxPaths(context.dataDir).podDir(m_record.id))
{
}

SandboxPod::~SandboxPod()
{
    stopSsh();
}

bool SandboxPod::keepsDaemonAlive() const
{
    return m_record.isAlive() || m_record.state == PodRecord::State::Provisioning;
}

Result<void> SandboxPod::save()
{
    auto saved = m_record.save(SandboxPaths::podStateFile(m_dir));
    emit changed();
    return saved;
}

QString SandboxPod::hostKeyPath() const
{
    return SandboxPaths::podSshDir(m_dir) + QStringLiteral("/ssh_host_ed25519_key");
}

QString SandboxPod::authorizedKeysPath() const
{
    return SandboxPaths::podSshDir(m_dir) + QStringLiteral("/authorized_keys");
}

QStringList SandboxPod::environment() const
{
    const QString home = SandboxPaths::podHome(m_dir);
    const QString bin = SandboxPaths::podBin(m_dir);
    QList<QPair<QString, QString>> vars{
        {QStringLiteral("HOME"), home},
        {QStringLiteral("PATH"), bin + QStringLiteral(":/usr/local/bin:/usr/bin:/bin")},
        {QStringLiteral("SHELL"), QStringLiteral("/bin/bash")},
    };
    // From the daemon only what describes the user's session, never its other variables.
    for (const char *name : {"USER", "LOGNAME", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_MESSAGES", "TZ", "TMPDIR"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            vars.append({QString::fromLatin1(name), value});
    }
    if (m_record.gpu.count > 0) {
        QStringList devices;
        for (int i = 0; i < m_record.gpu.count; ++i)
            devices << QString::number(i);
        vars.append({QStringLiteral("CUDA_VISIBLE_DEVICES"), devices.join(u',')});
    }
    auto set = [&vars](const QString &name, const QString &value) {
        vars.removeIf([&](const QPair<QString, QString> &v) { return v.first == name; });
        vars.append({name, value});
    };
    for (const auto &[name, value] : m_record.env)
        set(name, value);
    // Last, so no job variable can hide the pod's processes from stop and terminate.
    set(QStringLiteral("GPUDESK_SANDBOX"), QStringLiteral("1"));
    set(PodProcesses::markerVariable(), m_record.id);
    set(QStringLiteral("GPUDESK_SANDBOX_POD_DIR"), m_dir);

    QStringList env;
    for (const auto &[name, value] : vars)
        env << name + u'=' + value;
    return env;
}

Result<void> SandboxPod::prepareFiles()
{
    const QString home = SandboxPaths::podHome(m_dir);
    const QString bin = SandboxPaths::podBin(m_dir);
    const QString logs = QFileInfo(SandboxPaths::podLogFile(m_dir)).absolutePath();
    const QString sshDir = SandboxPaths::podSshDir(m_dir);
    for (const QString &d : {m_dir, home, bin, logs, sshDir}) {
        if (!QDir().mkpath(d))
            return makeError(Error::Kind::Io,
                             tr("The Sandbox could not create the pod folder %1. Check free disk space and the data "
                                "folder's permissions.")
                                 .arg(QDir::toNativeSeparators(d)));
    }
    QFile::setPermissions(m_dir, kOwnerOnlyDir);
    QFile::setPermissions(sshDir, kOwnerOnlyDir);

    const QString profile = home + QStringLiteral("/.profile");
    if (!QFileInfo::exists(profile)) {
        // Debian's /etc/profile resets PATH for login shells (`bash -lc`, SSH logins): put the
        // pod's bin/ back in front so its nvidia-smi is the one found.
        const QString text = QStringLiteral(
            "# GPU Desk Sandbox pod: keep the pod's bin/ (the simulated nvidia-smi) first on PATH.\n"
            "case \":$PATH:\" in *:%1:*) ;; *) PATH=%2\":$PATH\"; export PATH ;; esac\n"
            "if [ -n \"$BASH_VERSION\" ] && [ -f \"$HOME/.bashrc\" ]; then . \"$HOME/.bashrc\"; fi\n")
                                 .arg(bin, shellQuote(bin));
        QSaveFile f(profile);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0 || !f.commit())
            return makeError(Error::Kind::Io,
                             tr("The Sandbox could not write %1. Check free disk space and the data folder's "
                                "permissions.")
                                 .arg(QDir::toNativeSeparators(profile)),
                             f.errorString());
    }

    const QString smi = bin + QStringLiteral("/nvidia-smi");
    if (m_record.gpu.count > 0 && !m_context.nvidiaSmiTarget.isEmpty()
        && QFileInfo(smi).symLinkTarget() != QFileInfo(m_context.nvidiaSmiTarget).absoluteFilePath()) {
        QFile::remove(smi);
        if (!QFile::link(m_context.nvidiaSmiTarget, smi))
            return makeError(Error::Kind::Io,
                             tr("The Sandbox could not place the simulated nvidia-smi in %1. Check the data "
                                "folder's permissions.")
                                 .arg(QDir::toNativeSeparators(bin)));
    }

    if (m_context.sshFactory) {
        auto key = SshKeys::ensureKeyPair(hostKeyPath(), QStringLiteral("gpudesk-sandbox-") + m_record.id);
        if (!key)
            return key.error();
        QSaveFile keys(authorizedKeysPath());
        const QByteArray line = m_record.authorizedKey.toUtf8() + '\n';
        if (!keys.open(QIODevice::WriteOnly) || keys.write(line) != line.size() || !keys.commit())
            return makeError(Error::Kind::Io,
                             tr("The Sandbox could not write the pod's authorized key. Check the data folder's "
                                "permissions."),
                             keys.errorString());
        QFile::setPermissions(authorizedKeysPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return {};
}

Result<void> SandboxPod::spawn()
{
    if (auto prepared = prepareFiles(); !prepared)
        return prepared;
    const QString exitFile = SandboxPaths::podExitFile(m_dir);
    QFile::remove(exitFile);
    m_record.setupDone = m_record.setupDone || QFileInfo::exists(setupMarkerPath(m_dir));
    const bool runSetup = !m_record.setup.trimmed().isEmpty() && !m_record.setupDone;

    // Saved before the process exists: a daemon killed right after fork finds "provisioning" and
    // looks for the pod's marked processes.
    m_record.state = PodRecord::State::Provisioning;
    m_record.runCount += 1;
    m_record.exitCode.reset();
    m_record.message.clear();
    m_record.leaderPid = 0;
    m_record.leaderStartTicks = 0;
    m_record.endedAt = QDateTime();
    if (auto saved = save(); !saved)
        return saved;

    PodProcesses::SpawnRequest request;
    request.program = QStringLiteral("/bin/bash");
    request.arguments = {QStringLiteral("-c"), QString::fromLatin1(kLeaderScript), QStringLiteral("gpudesk-pod"),
                         exitFile, setupMarkerPath(m_dir), runSetup ? m_record.setup : QString(), m_record.command};
    request.environment = environment();
    request.workingDirectory = SandboxPaths::podHome(m_dir);
    request.outputFile = SandboxPaths::podLogFile(m_dir);
    auto pid = PodProcesses::spawnInNewSession(request);
    if (!pid) {
        m_record.state = PodRecord::State::Failed;
        m_record.message = pid.error().message;
        m_record.endedAt = QDateTime::currentDateTimeUtc();
        (void)save();
        return pid.error();
    }
    m_ourChild = true;
    m_record.leaderPid = *pid;
    const auto stat = PodProcesses::stat(*pid);
    m_record.leaderStartTicks = stat ? stat->startTicks : 0;
    m_record.state = PodRecord::State::Running;
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    return save();
}

void SandboxPod::startSsh()
{
    if (m_ssh || !m_context.sshFactory)
        return;
    m_sshError.reset();
    PodSshHost::Config config;
    config.hostKeyPath = hostKeyPath();
    config.authorizedKeyPath = authorizedKeysPath();
    config.workDir = SandboxPaths::podHome(m_dir);
    config.environment = environment();
    config.user = sshUser();
    // The pod leads a session of its own (so it outlives this daemon), and a process group cannot
    // span sessions: the server's children could not join it. They carry the pod's marker
    // variable instead, which is how stop, terminate and the nvidia-smi shim find them.
    config.processGroup = 0;
    // The same port as before where it is free, so an ssh config written earlier keeps working.
    config.port = static_cast<quint16>(m_record.sshPort);
    std::unique_ptr<PodSshHost> host = m_context.sshFactory(config);
    Result<void> started = host->start();
    if (!started && config.port != 0) {
        config.port = 0;
        host = m_context.sshFactory(config);
        started = host->start();
    }
    if (!started) {
        m_sshError = started.error();
        m_record.sshPort = 0;
        (void)save();
        return;
    }
    m_ssh = std::move(host);
    m_record.sshPort = m_ssh->port();
    m_record.hostKeySha256 = m_ssh->hostKeyFingerprint();
    if (m_record.hostKeySha256.isEmpty()) {
        if (auto fp = SshKeys::fingerprintOfPublicKeyFile(hostKeyPath() + QStringLiteral(".pub")))
            m_record.hostKeySha256 = *fp;
    }
    (void)save();
}

void SandboxPod::stopSsh()
{
    if (m_ssh) {
        m_ssh->stop();
        m_ssh.reset();
    }
}

Result<void> SandboxPod::launch()
{
    auto result = spawn();
    if (!result) {
        if (m_record.state != PodRecord::State::Failed) {
            m_record.state = PodRecord::State::Failed;
            m_record.message = result.error().message;
            (void)save();
        }
        return result;
    }
    startSsh();
    return {};
}

void SandboxPod::adopt()
{
    m_ourChild = false;
    switch (m_record.state) {
    case PodRecord::State::Provisioning: {
        // Killed between saving and starting, or between starting and saving the pid: the
        // pod's leader, if any, is the marked process that leads its own session.
        for (const PodProcesses::Stat &s : PodProcesses::members(0, m_record.id, false)) {
            if (s.pid == s.sid) {
                m_record.leaderPid = s.pid;
                m_record.leaderStartTicks = s.startTicks;
                m_record.state = PodRecord::State::Running;
                if (!m_record.startedAt.isValid())
                    m_record.startedAt = QDateTime::currentDateTimeUtc();
                (void)save();
                startSsh();
                return;
            }
        }
        m_record.state = PodRecord::State::Failed;
        m_record.message = tr("The pod did not start: the Sandbox daemon stopped while starting it. Start it "
                              "again.");
        m_record.endedAt = QDateTime::currentDateTimeUtc();
        (void)save();
        return;
    }
    case PodRecord::State::Running:
        if (!PodProcesses::isAlive(m_record.leaderPid, m_record.leaderStartTicks))
            finishRun(std::nullopt);
        startSsh();
        return;
    case PodRecord::State::Stopping:
        m_ending.start();
        m_killSent = false;
        PodProcesses::signalAll(m_record.leaderPid, m_record.id, SIGTERM);
        return;
    case PodRecord::State::Terminating:
        m_ending.start();
        PodProcesses::signalAll(m_record.leaderPid, m_record.id, SIGKILL);
        return;
    case PodRecord::State::Succeeded:
    case PodRecord::State::Failed:
        startSsh();
        return;
    case PodRecord::State::Stopped:
    case PodRecord::State::Terminated:
    case PodRecord::State::Preempted:
        // Nothing may run for these; a leftover from an interrupted stop is ended now.
        if (!PodProcesses::members(m_record.leaderPid, m_record.id, false).isEmpty())
            PodProcesses::signalAll(m_record.leaderPid, m_record.id, SIGKILL);
        return;
    }
}

void SandboxPod::finishRun(std::optional<int> waitStatus)
{
    m_ourChild = false;
    m_record.setupDone = m_record.setupDone || QFileInfo::exists(setupMarkerPath(m_dir));
    m_record.endedAt = QDateTime::currentDateTimeUtc();
    QFile f(SandboxPaths::podExitFile(m_dir));
    const QList<QByteArray> status =
        f.open(QIODevice::ReadOnly) ? f.readAll().simplified().split(' ') : QList<QByteArray>();
    bool numeric = false;
    const int code = status.size() == 2 ? status.at(1).toInt(&numeric) : 0;
    if (numeric && status.at(0) == "command") {
        m_record.exitCode = code;
        m_record.state = code == 0 ? PodRecord::State::Succeeded : PodRecord::State::Failed;
        m_record.message = code == 0 ? QString() : tr("The command exited with code %1.").arg(code);
    } else if (numeric && status.at(0) == "setup") {
        m_record.exitCode = code;
        m_record.state = PodRecord::State::Failed;
        m_record.message = tr("The setup commands exited with code %1; the command did not run.").arg(code);
    } else if (waitStatus && WIFSIGNALED(*waitStatus)) {
        const int signal = WTERMSIG(*waitStatus);
        m_record.exitCode = 128 + signal;
        m_record.state = PodRecord::State::Failed;
        m_record.message = tr("The pod's main process was killed by signal %1 (%2).")
                               .arg(signal)
                               .arg(QString::fromLocal8Bit(::strsignal(signal)));
    } else if (waitStatus && WIFEXITED(*waitStatus)) {
        m_record.exitCode = WEXITSTATUS(*waitStatus);
        m_record.state = *m_record.exitCode == 0 ? PodRecord::State::Succeeded : PodRecord::State::Failed;
        m_record.message = *m_record.exitCode == 0 ? QString()
                                                   : tr("The command exited with code %1.").arg(*m_record.exitCode);
    } else {
        m_record.exitCode.reset();
        m_record.state = PodRecord::State::Failed;
        m_record.message = tr("The pod's processes ended while the Sandbox daemon was not watching, and their exit "
                              "status is unknown. Look at the pod's logs, then start it again or terminate it.");
    }
    (void)save();
}

Result<void> SandboxPod::start()
{
    switch (m_record.state) {
    case PodRecord::State::Running:
    case PodRecord::State::Provisioning:
        return {};
    case PodRecord::State::Stopping:
    case PodRecord::State::Terminating:
        return makeError(Error::Kind::Provider,
                         tr("Sandbox pod %1 is still stopping. Wait until it has stopped, then start it.")
                             .arg(m_record.id));
    case PodRecord::State::Terminated:
        return makeError(Error::Kind::Provider,
                         tr("Sandbox pod %1 is terminated and cannot be started again. Launch a new job.")
                             .arg(m_record.id));
    case PodRecord::State::Preempted:
        return makeError(Error::Kind::Provider,
                         tr("Sandbox pod %1 was preempted and cannot be started again. Launch a new job.")
                             .arg(m_record.id));
    case PodRecord::State::Stopped:
    case PodRecord::State::Succeeded:
    case PodRecord::State::Failed:
        break;
    }
    if (auto spawned = spawn(); !spawned)
        return spawned;
    startSsh();
    return {};
}

Result<void> SandboxPod::beginEnding(PodRecord::State ending, int signal)
{
    const PodRecord::State before = m_record.state;
    m_record.state = ending;
    if (auto saved = save(); !saved) {
        m_record.state = before;
        return saved;
    }
    stopSsh();
    m_ending.start();
    m_killSent = signal == SIGKILL;
    PodProcesses::signalAll(m_record.leaderPid, m_record.id, signal);
    return {};
}

void SandboxPod::stop(Done done)
{
    switch (m_record.state) {
    case PodRecord::State::Terminating:
    case PodRecord::State::Terminated:
    case PodRecord::State::Preempted:
        done(makeError(Error::Kind::Provider,
                       tr("Sandbox pod %1 is terminated; there is nothing to stop.").arg(m_record.id)));
        return;
    case PodRecord::State::Stopped:
        done({});
        return;
    case PodRecord::State::Stopping:
        m_waiters.append(std::move(done));
        return;
    default:
        break;
    }
    if (auto begun = beginEnding(PodRecord::State::Stopping, SIGTERM); !begun) {
        done(begun);
        return;
    }
    m_waiters.append(std::move(done));
    pollEnding();
}

void SandboxPod::preempt(Done done)
{
    if (!m_record.isAlive() && m_record.state != PodRecord::State::Provisioning) {
        done(makeError(Error::Kind::Provider,
                       tr("Sandbox pod %1 is %2, not running: there is nothing to preempt.")
                           .arg(m_record.id, PodRecord::stateKey(m_record.state))));
        return;
    }
    if (m_record.state == PodRecord::State::Terminating) {
        m_waiters.append(std::move(done));
        return;
    }
    m_preempting = true;
    if (auto begun = beginEnding(PodRecord::State::Terminating, SIGKILL); !begun) {
        m_preempting = false;
        done(begun);
        return;
    }
    m_waiters.append(std::move(done));
    pollEnding();
}

void SandboxPod::terminate(Done done)
{
    if (m_record.state == PodRecord::State::Terminated || m_record.state == PodRecord::State::Preempted) {
        done({});
        return;
    }
    if (m_record.state == PodRecord::State::Terminating) {
        m_waiters.append(std::move(done));
        return;
    }
    if (auto begun = beginEnding(PodRecord::State::Terminating, SIGKILL); !begun) {
        done(begun);
        return;
    }
    m_waiters.append(std::move(done));
    pollEnding();
}

void SandboxPod::reapOwnZombies()
{
    const qint64 self = ::getpid();
    for (const PodProcesses::Stat &s : PodProcesses::members(m_record.leaderPid, m_record.id, true)) {
        if (s.isZombie() && s.ppid == self) {
            PodProcesses::reap(s.pid);
            if (s.pid == m_record.leaderPid)
                m_ourChild = false;
        }
    }
}

void SandboxPod::pollEnding()
{
    reapOwnZombies();
    const QList<PodProcesses::Stat> left = PodProcesses::members(m_record.leaderPid, m_record.id, true);
    const bool terminating = m_record.state == PodRecord::State::Terminating;
    const qint64 elapsed = m_ending.isValid() ? m_ending.elapsed() : 0;
    const qint64 limit = (terminating ? 0 : m_context.stopGraceMs) + m_context.giveUpMs;
    if (!left.isEmpty() && elapsed <= limit) {
        if (!m_killSent && elapsed >= m_context.stopGraceMs) {
            PodProcesses::signalAll(m_record.leaderPid, m_record.id, SIGKILL);
            m_killSent = true;
        } else if (m_killSent) {
            // Again, for anything forked since the last round.
            PodProcesses::signalAll(m_record.leaderPid, m_record.id, SIGKILL);
        }
        return;
    }

    Result<void> result;
    QString message;
    if (!left.isEmpty()) {
        QStringList pids;
        for (const PodProcesses::Stat &s : left)
            pids << QString::number(s.pid);
        message = tr("Processes %1 of the pod did not end even after SIGKILL (they are likely stuck in the kernel, "
                     "e.g. on a hung file system); restart the computer if they stay.")
                      .arg(pids.join(QStringLiteral(", ")));
        result = makeError(Error::Kind::Internal,
                           tr("The Sandbox could not end every process of pod %1. %2").arg(m_record.id, message));
    }
    m_ourChild = false;
    m_record.setupDone = m_record.setupDone || QFileInfo::exists(setupMarkerPath(m_dir));
    m_record.endedAt = QDateTime::currentDateTimeUtc();
    m_record.exitCode.reset();
    m_record.message = message;
    if (terminating) {
        removeRuntimeFiles();
        m_record.state = m_preempting ? PodRecord::State::Preempted : PodRecord::State::Terminated;
        if (m_preempting && message.isEmpty())
            m_record.message = tr("Preempted: the Sandbox took the pod back, as a cloud takes back a spot instance.");
        m_preempting = false;
        m_record.sshPort = 0;
    } else {
        m_record.state = PodRecord::State::Stopped;
    }
    if (auto saved = save(); !saved && result.ok())
        result = saved;
    notify(result);
}

void SandboxPod::notify(const Result<void> &result)
{
    const QList<Done> waiters = std::exchange(m_waiters, {});
    for (const Done &d : waiters) {
        if (d)
            d(result);
    }
}

void SandboxPod::removeRuntimeFiles()
{
    QDir(SandboxPaths::podHome(m_dir)).removeRecursively();
    QDir(SandboxPaths::podBin(m_dir)).removeRecursively();
    QDir(SandboxPaths::podSshDir(m_dir)).removeRecursively();
    QFile::remove(SandboxPaths::podGpuSampleFile(m_dir));
    QFile::remove(setupMarkerPath(m_dir));
}

void SandboxPod::poll()
{
    switch (m_record.state) {
    case PodRecord::State::Running: {
        std::optional<int> status = m_ourChild ? PodProcesses::reap(m_record.leaderPid) : std::nullopt;
        if (!status) {
            if (PodProcesses::isAlive(m_record.leaderPid, m_record.leaderStartTicks))
                return;
            if (m_ourChild)
                status = PodProcesses::reap(m_record.leaderPid); // it ended between the two looks
        }
        finishRun(status);
        return;
    }
    case PodRecord::State::Stopping:
    case PodRecord::State::Terminating:
        if (!m_ending.isValid())
            m_ending.start();
        pollEnding();
        return;
    default:
        return;
    }
}

void SandboxPod::detach()
{
    stopSsh();
}

Result<SandboxPod::SshInfo> SandboxPod::ssh() const
{
    switch (m_record.state) {
    case PodRecord::State::Terminating:
    case PodRecord::State::Terminated:
    case PodRecord::State::Preempted:
        return makeError(Error::Kind::Provider,
                         tr("Sandbox pod %1 is terminated; it cannot be reached over SSH any more.").arg(m_record.id));
    case PodRecord::State::Stopping:
    case PodRecord::State::Stopped:
        return makeError(Error::Kind::Provider,
                         tr("Sandbox pod %1 is stopped. Start it to reach it over SSH.").arg(m_record.id));
    default:
        break;
    }
    if (!m_ssh) {
        if (m_sshError)
            return makeError(Error::Kind::Network,
                             tr("The SSH server of Sandbox pod %1 is not running: %2").arg(m_record.id, m_sshError->message),
                             m_sshError->detail);
        return makeError(Error::Kind::Network,
                         tr("The SSH server of Sandbox pod %1 is not running. Stop and start the pod to restart it.")
                             .arg(m_record.id));
    }
    SshInfo info{m_ssh->port(), m_record.hostKeySha256, {}, m_record.identityFile};
    QFile pub(hostKeyPath() + QStringLiteral(".pub"));
    if (pub.open(QIODevice::ReadOnly))
        info.hostPublicKey = QString::fromLatin1(pub.readAll().simplified().split(' ').mid(0, 2).join(' '));
    return info;
}

Result<QByteArray> SandboxPod::logs(qint64 maxBytes, qint64 *totalSize) const
{
    QFile f(SandboxPaths::podLogFile(m_dir));
    if (!f.exists()) {
        if (totalSize)
            *totalSize = 0;
        return QByteArray();
    }
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io,
                         tr("The Sandbox could not read the log of pod %1. Check the data folder's permissions.")
                             .arg(m_record.id),
                         f.errorString());
    const qint64 size = f.size();
    if (totalSize)
        *totalSize = size;
    const qint64 want = qBound(qint64(0), maxBytes, qint64(16 * 1024 * 1024));
    if (size > want)
        f.seek(size - want);
    return f.read(want);
}

} // namespace gpudesk
