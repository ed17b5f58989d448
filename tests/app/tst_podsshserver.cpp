// PodSshServer against the real OpenSSH client (ssh, scp, ssh-keygen), all on 127.0.0.1.

#include "providers/sandbox/PodSshServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdlib>
#include <memory>
#include <optional>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

using gpudesk::Error;
using gpudesk::PodSshServer;

namespace {

constexpr int kTimeoutMs = 90000;
const QString kUser = QStringLiteral("gpudesk");

struct ProcStat
{
    qint64 pid = 0;
    qint64 ppid = 0;
    qint64 pgrp = 0;
    qint64 session = 0;
    char state = '?';
};

std::optional<ProcStat> procStat(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = f.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 4)
        return std::nullopt;
    ProcStat s;
    s.pid = pid;
    s.state = fields.at(0).isEmpty() ? '?' : fields.at(0).at(0);
    s.ppid = fields.at(1).toLongLong();
    s.pgrp = fields.at(2).toLongLong();
    s.session = fields.at(3).toLongLong();
    return s;
}

QList<ProcStat> allProcesses()
{
    QList<ProcStat> result;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok) {
            if (const auto s = procStat(pid))
                result.append(*s);
        }
    }
    return result;
}

// Alive: exists and is not a zombie.
bool isAlive(qint64 pid)
{
    const auto s = procStat(pid);
    return s && s->state != 'Z' && s->state != 'X';
}

bool exists(qint64 pid)
{
    return QFileInfo::exists(QStringLiteral("/proc/%1").arg(pid));
}

QList<qint64> liveMembersOfGroup(qint64 pgrp)
{
    QList<qint64> pids;
    for (const ProcStat &s : allProcesses()) {
        if (s.pgrp == pgrp && s.state != 'Z' && s.state != 'X')
            pids.append(s.pid);
    }
    return pids;
}

QList<qint64> zombieChildrenOfThisProcess()
{
    QList<qint64> pids;
    const qint64 self = ::getpid();
    for (const ProcStat &s : allProcesses()) {
        if (s.ppid == self && s.state == 'Z')
            pids.append(s.pid);
    }
    return pids;
}

// waitForFinished() says false for a process already seen to finish by the event loop.
bool hasFinished(QProcess &process)
{
    return process.state() == QProcess::NotRunning || process.waitForFinished(kTimeoutMs);
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(4242);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

// What `base64` (GNU coreutils, 76 columns) prints.
QByteArray wrappedBase64(const QByteArray &data)
{
    const QByteArray flat = data.toBase64();
    QByteArray out;
    out.reserve(flat.size() + flat.size() / 76 + 2);
    for (qsizetype i = 0; i < flat.size(); i += 76) {
        out.append(flat.mid(i, 76));
        out.append('\n');
    }
    return out;
}

// A tiny TCP echo service on 127.0.0.1, run by this thread's event loop.
class EchoServer
{
public:
    EchoServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

struct SshRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A PTY pair owned by the test, so that ssh runs with a real local terminal.
struct LocalTerminal
{
    int master = -1;
    QByteArray slavePath;
    QByteArray output;

    bool open(unsigned short rows, unsigned short columns)
    {
        master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (master < 0 || ::grantpt(master) < 0 || ::unlockpt(master) < 0)
            return false;
        char name[128];
        if (::ptsname_r(master, name, sizeof name) != 0)
            return false;
        slavePath = name;
        const int flags = ::fcntl(master, F_GETFL);
        ::fcntl(master, F_SETFL, flags | O_NONBLOCK);
        return resize(rows, columns);
    }
    bool resize(unsigned short rows, unsigned short columns)
    {
        struct winsize size = {};
        size.ws_row = rows;
        size.ws_col = columns;
        return ::ioctl(master, TIOCSWINSZ, &size) == 0;
    }
    const QByteArray &read()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::read(master, buffer, sizeof buffer);
            if (n <= 0)
                break;
            output.append(buffer, n);
        }
        return output;
    }
    void type(const QByteArray &text)
    {
        [[maybe_unused]] const ssize_t n = ::write(master, text.constData(), size_t(text.size()));
    }
    ~LocalTerminal()
    {
        if (master >= 0)
            ::close(master);
    }
};

} // namespace

class tst_PodSshServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void execReportsOutputErrorsAndExitStatus();
    void hostKeyIsPinnedAndPersists();
    void refusesOtherKeys();
    void refusesOtherUsers();
    void offersPublicKeyAuthenticationOnly();
    void ptyShellWithLocalTerminalFollowsResizes();
    void ptyWithoutLocalTerminal();
    void environmentAndWorkingDirectory();
    void largeOutputAndInputArriveComplete();
    void localForwardReachesLocalService();
    void stdioForwardToLocalhost();
    void refusesForwardingToOtherHosts();
    void keepalivesAndConcurrentSessions();
    void survivesAbruptDisconnects();
    void scpThroughSftpSubsystem();
    void childrenJoinThePodProcessGroup();
    void stopKillsChildrenAndClosesThePort();
    void startReportsUsableErrors();

private:
    PodSshServer::Config config() const;
    QStringList sshArguments(quint16 port, const QStringList &options, const QString &command = {},
        const QString &key = {}, const QString &user = kUser) const;
    SshRun ssh(quint16 port, const QStringList &options, const QString &command, const QByteArray &input = {},
        const QString &key = {}, const QString &user = kUser) const;
    SshRun runTool(const QString &program, const QStringList &arguments, const QByteArray &input = {}) const;
    std::unique_ptr<QProcess> startSsh(quint16 port, const QStringList &options, const QString &command) const;
    static qint64 waitForPid(QProcess &process, QByteArray *seen = nullptr);

    QTemporaryDir m_dir;
    QString m_ssh;
    QString m_scp;
    QString m_keygen;
    QString m_key;
    QString m_otherKey;
    QString m_workDir;
    QString m_knownHosts;
};

void tst_PodSshServer::initTestCase()
{
    m_ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    m_scp = QStandardPaths::findExecutable(QStringLiteral("scp"));
    m_keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (m_ssh.isEmpty() || m_keygen.isEmpty())
        QSKIP("the OpenSSH client (ssh, ssh-keygen) is not installed");
    QVERIFY(m_dir.isValid());
    m_key = m_dir.filePath(QStringLiteral("client_key"));
    m_otherKey = m_dir.filePath(QStringLiteral("other_key"));
    for (const QString &key : { m_key, m_otherKey }) {
        const SshRun made = runTool(m_keygen,
            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                QStringLiteral("-C"), QStringLiteral("test"), QStringLiteral("-f"), key });
        QVERIFY2(made.exitCode == 0, made.err.constData());
    }
    m_workDir = m_dir.filePath(QStringLiteral("work"));
    QVERIFY(QDir().mkpath(m_workDir));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("home"))));
    m_knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
}

void tst_PodSshServer::cleanup()
{
    // Every child the servers started has been reaped (QProcess reaps its own ssh clients).
    QTRY_VERIFY_WITH_TIMEOUT(zombieChildrenOfThisProcess().isEmpty(), kTimeoutMs);
}

PodSshServer::Config tst_PodSshServer::config() const
{
    PodSshServer::Config c;
    c.hostKeyPath = m_dir.filePath(QStringLiteral("pod/ssh/host_key"));
    c.authorizedKeyPath = m_key + QStringLiteral(".pub");
    c.workDir = m_workDir;
    // An empty home: the shells must not read the developer's ~/.bashrc (bash reads it for
    // commands run over SSH, as under sshd), whose output would mix with the commands'.
    c.environment = { QStringLiteral("POD_VAR=pod value"), QStringLiteral("CUDA_VISIBLE_DEVICES=0,1"),
        QStringLiteral("HOME=") + m_dir.filePath(QStringLiteral("home")) };
    c.user = kUser;
    return c;
}

QStringList tst_PodSshServer::sshArguments(
    quint16 port, const QStringList &options, const QString &command, const QString &key, const QString &user) const
{
    // ssh keeps the first value of an option: `options` override the defaults after them.
    QStringList args = { QStringLiteral("-F"), QStringLiteral("/dev/null") };
    args += options;
    args += { QStringLiteral("-i"), key.isEmpty() ? m_key : key, QStringLiteral("-p"), QString::number(port),
        QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + m_knownHosts, QStringLiteral("-o"),
        QStringLiteral("StrictHostKeyChecking=accept-new"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
        QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"),
        QStringLiteral("IdentityAgent=none"), QStringLiteral("-o"), QStringLiteral("ConnectTimeout=30"),
        QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR"), user + QStringLiteral("@127.0.0.1") };
    if (!command.isEmpty())
        args.append(command);
    return args;
}

SshRun tst_PodSshServer::runTool(const QString &program, const QStringList &arguments, const QByteArray &input) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    env.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    SshRun run;
    if (!p.waitForStarted(kTimeoutMs))
        return run;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(kTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

SshRun tst_PodSshServer::ssh(quint16 port, const QStringList &options, const QString &command, const QByteArray &input,
    const QString &key, const QString &user) const
{
    return runTool(m_ssh, sshArguments(port, options, command, key, user), input);
}

std::unique_ptr<QProcess> tst_PodSshServer::startSsh(
    quint16 port, const QStringList &options, const QString &command) const
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    p->setProcessEnvironment(env);
    p->start(m_ssh, sshArguments(port, options, command));
    return p;
}

// Waits for a "pid=N" line on the process's stdout.
qint64 tst_PodSshServer::waitForPid(QProcess &process, QByteArray *seen)
{
    static const QRegularExpression pidLine(QStringLiteral("pid=(\\d+)"));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kTimeoutMs) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
        const QRegularExpressionMatch m = pidLine.match(QString::fromLatin1(output));
        if (m.hasMatch()) {
            if (seen)
                *seen = output;
            return m.captured(1).toLongLong();
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    if (seen)
        *seen = output + process.readAllStandardError();
    return 0;
}

void tst_PodSshServer::execReportsOutputErrorsAndExitStatus()
{
    PodSshServer server(config());
    const auto started = server.start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    QVERIFY(server.port() != 0);

    const SshRun run = ssh(server.port(), {}, QStringLiteral("echo hello; echo err >&2; exit 3"));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QByteArray("hello\n"));
    QCOMPARE(run.err, QByteArray("err\n"));

    // Commands run by the configured shell, in the pod's folder, one after the other.
    QCOMPARE(ssh(server.port(), {}, QStringLiteral("true")).exitCode, 0);
    QCOMPARE(ssh(server.port(), {}, QStringLiteral("exit 42")).exitCode, 42);
    const SshRun missing = ssh(server.port(), {}, QStringLiteral("no-such-command-gpudesk"));
    QCOMPARE(missing.exitCode, 127);
    QVERIFY(missing.err.contains("not found"));
}

void tst_PodSshServer::hostKeyIsPinnedAndPersists()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PodSshServer::Config c = config();
    c.hostKeyPath = dir.filePath(QStringLiteral("ssh/host_key"));
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    // The alias keys the known_hosts entry by name, not by the (ephemeral) port.
    const QStringList pinned = { QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHosts,
        QStringLiteral("-o"), QStringLiteral("HostKeyAlias=gpudesk-test-pod") };
    QString fingerprint;
    {
        PodSshServer server(c);
        QVERIFY(server.hostKeyFingerprint().isEmpty());
        QVERIFY(server.start());
        fingerprint = server.hostKeyFingerprint();
        QVERIFY2(fingerprint.startsWith(QStringLiteral("SHA256:")), qPrintable(fingerprint));
        QVERIFY(!fingerprint.endsWith(QLatin1Char('=')));
        QVERIFY(QFile::exists(c.hostKeyPath));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(c.hostKeyPath).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        const SshRun first = ssh(server.port(), pinned, QStringLiteral("echo first"));
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, QByteArray("first\n"));

        // What the client recorded, and the key file itself, say what the server says.
        const SshRun recorded = runTool(m_keygen, { QStringLiteral("-lf"), knownHosts });
        QCOMPARE(recorded.exitCode, 0);
        QCOMPARE(QString::fromLatin1(recorded.out.split(' ').value(1)), fingerprint);
        QVERIFY(recorded.out.contains("(ED25519)"));
        const SshRun ofFile = runTool(m_keygen, { QStringLiteral("-lf"), c.hostKeyPath });
        QCOMPARE(ofFile.exitCode, 0);
        QCOMPARE(QString::fromLatin1(ofFile.out.split(' ').value(1)), fingerprint);
        QVERIFY(server.hostPublicKey().startsWith(QStringLiteral("ssh-ed25519 AAAA")));
        QFile publicFile(c.hostKeyPath + QStringLiteral(".pub"));
        QVERIFY(publicFile.open(QIODevice::ReadOnly));
        QVERIFY(publicFile.readAll().startsWith(QByteArray(server.hostPublicKey().toLatin1() + ' ')));
    }
    {
        // Same key after a restart: strict checking passes.
        PodSshServer server(c);
        QVERIFY(server.start());
        QCOMPARE(server.hostKeyFingerprint(), fingerprint);
        const SshRun again = ssh(server.port(),
            pinned + QStringList { QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes") },
            QStringLiteral("echo again"));
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, QByteArray("again\n"));
    }
    {
        // Another key under the same name is caught, so the pinning above means something.
        PodSshServer::Config other = c;
        other.hostKeyPath = dir.filePath(QStringLiteral("ssh/other_host_key"));
        PodSshServer server(other);
        QVERIFY(server.start());
        QVERIFY(server.hostKeyFingerprint() != fingerprint);
        const SshRun changed = ssh(server.port(),
            pinned + QStringList { QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes") },
            QStringLiteral("echo must-not-run"));
        QCOMPARE(changed.exitCode, 255);
        QVERIFY(changed.out.isEmpty());
        QVERIFY2(changed.err.contains("Host key verification failed"), changed.err.constData());
    }
}

void tst_PodSshServer::refusesOtherKeys()
{
    PodSshServer server(config());
    QVERIFY(server.start());
    const SshRun run = ssh(server.port(), {}, QStringLiteral("echo must-not-run"), {}, m_otherKey);
    QCOMPARE(run.exitCode, 255);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("Permission denied"), run.err.constData());
    // The server goes on serving the right key.
    QCOMPARE(ssh(server.port(), {}, QStringLiteral("echo ok")).out, QByteArray("ok\n"));
}

void tst_PodSshServer::refusesOtherUsers()
{
    PodSshServer server(config());
    QVERIFY(server.start());
    for (const QString &user : { QStringLiteral("root"), QStringLiteral("gpudesk2"), QStringLiteral("GPUDESK") }) {
        const SshRun run = ssh(server.port(), {}, QStringLiteral("echo must-not-run"), {}, {}, user);
        QCOMPARE(run.exitCode, 255);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("Permission denied"), run.err.constData());
    }
}

void tst_PodSshServer::offersPublicKeyAuthenticationOnly()
{
    PodSshServer server(config());
    QVERIFY(server.start());
    const SshRun run = ssh(server.port(),
        { QStringLiteral("-o"), QStringLiteral("PreferredAuthentications=password,keyboard-interactive") },
        QStringLiteral("echo must-not-run"));
    QCOMPARE(run.exitCode, 255);
    // The server's list of methods, as the client reports it.
    QVERIFY2(run.err.contains("Permission denied (publickey)"), run.err.constData());
}

void tst_PodSshServer::ptyShellWithLocalTerminalFollowsResizes()
{
    PodSshServer server(config());
    QVERIFY(server.start());
    LocalTerminal terminal;
    QVERIFY(terminal.open(40, 100));

    QProcess client;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    env.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
    client.setProcessEnvironment(env);
    const QByteArray slavePath = terminal.slavePath;
    client.setChildProcessModifier([slavePath] {
        // ssh gets the terminal as its controlling tty, like in a real terminal window.
        ::setsid();
        const int fd = ::open(slavePath.constData(), O_RDWR);
        if (fd >= 0) {
            ::ioctl(fd, TIOCSCTTY, 0);
            ::dup2(fd, STDIN_FILENO);
            ::dup2(fd, STDOUT_FILENO);
            ::dup2(fd, STDERR_FILENO);
            if (fd > STDERR_FILENO)
                ::close(fd);
        }
    });
    const QString script = QStringLiteral("tty; echo TERM=$TERM; echo SIZE1 $(stty size); "
                                          "while read line; do echo SIZE2 $(stty size); "
                                          "[ \"$line\" = q ] && break; done; echo done; exit 5");
    client.start(m_ssh, sshArguments(server.port(), { QStringLiteral("-tt") }, script));
    QVERIFY(client.waitForStarted(kTimeoutMs));

    QTRY_VERIFY_WITH_TIMEOUT(terminal.read().contains("SIZE1 40 100"), kTimeoutMs);
    QVERIFY2(QRegularExpression(QStringLiteral("/dev/pts/\\d+")).match(QString::fromLatin1(terminal.output)).hasMatch(),
        terminal.output.constData());
    QVERIFY(terminal.output.contains("TERM=xterm-256color"));

    // Resizing the local terminal makes ssh send window-change; the pod's PTY follows.
    QVERIFY(terminal.resize(50, 132));
    QElapsedTimer timer;
    timer.start();
    while (!terminal.read().contains("SIZE2 50 132") && timer.elapsed() < kTimeoutMs) {
        terminal.type("x\r");
        QTest::qWait(300);
    }
    QVERIFY2(terminal.output.contains("SIZE2 50 132"), terminal.output.constData());
    terminal.type("q\r");
    QTRY_VERIFY_WITH_TIMEOUT(terminal.read().contains("done"), kTimeoutMs);
    QVERIFY(hasFinished(client));
    QCOMPARE(client.exitCode(), 5);
}

void tst_PodSshServer::ptyWithoutLocalTerminal()
{
    PodSshServer server(config());
    QVERIFY(server.start());
    const SshRun run = ssh(server.port(), { QStringLiteral("-tt") },
        QStringLiteral("tty; test -t 0 && echo stdin-is-a-terminal; echo $TERM; exit 4"));
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(QRegularExpression(QStringLiteral("^/dev/pts/\\d+\\r?$"), QRegularExpression::MultilineOption)
                 .match(QString::fromLatin1(run.out))
                 .hasMatch(),
        run.out.constData());
    QVERIFY(run.out.contains("stdin-is-a-terminal"));
    QVERIFY(run.out.contains("xterm-256color"));

    // An interactive shell fed from stdin, with a PTY.
    const SshRun shell = ssh(server.port(), { QStringLiteral("-tt") }, {}, "echo from-the-shell-$((6*7))\nexit 6\n");
    QCOMPARE(shell.exitCode, 6);
    QVERIFY2(shell.out.contains("from-the-shell-42"), shell.out.constData());
}

void tst_PodSshServer::environmentAndWorkingDirectory()
{
    PodSshServer server(config());
    QVERIFY(server.start());
    const SshRun run = ssh(server.port(), { QStringLiteral("-o"), QStringLiteral("SetEnv=CLIENT_VAR=from-client") },
        QStringLiteral("pwd -P; echo \"$POD_VAR\"; echo \"$CUDA_VISIBLE_DEVICES\"; "
                       "echo \"$CLIENT_VAR\"; echo \"$SSH_CONNECTION\"; "
                       "echo \"${SSH_AUTH_SOCK:-no agent}\"; echo \"${SSH_TTY:-no tty}\""));
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.size(), 8);
    QCOMPARE(QString::fromLocal8Bit(lines.at(0)), QFileInfo(m_workDir).canonicalFilePath());
    QCOMPARE(lines.at(1), QByteArray("pod value"));
    QCOMPARE(lines.at(2), QByteArray("0,1"));
    QCOMPARE(lines.at(3), QByteArray("from-client"));
    QVERIFY2(lines.at(4).startsWith("127.0.0.1 ")
            && lines.at(4).endsWith(QByteArray(" 127.0.0.1 " + QByteArray::number(server.port()))),
        lines.at(4).constData());
    QCOMPARE(lines.at(5), QByteArray("no agent"));
    QCOMPARE(lines.at(6), QByteArray("no tty"));
}

void tst_PodSshServer::largeOutputAndInputArriveComplete()
{
    PodSshServer server(config());
    QVERIFY(server.start());

    const SshRun out = ssh(server.port(), {},
        QStringLiteral("head -c 5000000 /dev/zero | base64; head -c 2000000 /dev/zero | base64 >&2"));
    QCOMPARE(out.exitCode, 0);
    QCOMPARE(out.out.size(), wrappedBase64(QByteArray(5000000, '\0')).size());
    QVERIFY(out.out == wrappedBase64(QByteArray(5000000, '\0')));
    QVERIFY(out.err == wrappedBase64(QByteArray(2000000, '\0')));

    // 8 MiB up through stdin, more than any window or buffer on the way.
    const QByteArray input = randomBytes(8 * 1024 * 1024);
    const SshRun in = ssh(server.port(), {}, QStringLiteral("sha256sum | cut -d' ' -f1; echo done >&2"), input);
    QCOMPARE(in.exitCode, 0);
    QCOMPARE(in.out.trimmed(), QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
    QCOMPARE(in.err, QByteArray("done\n"));

    // Both ways at once through one channel.
    const SshRun both = ssh(server.port(), {}, QStringLiteral("cat"), input);
    QCOMPARE(both.exitCode, 0);
    QVERIFY(both.out == input);
}

void tst_PodSshServer::localForwardReachesLocalService()
{
    EchoServer echo;
    QVERIFY(echo.port() != 0);
    PodSshServer server(config());
    QVERIFY(server.start());
    const quint16 localPort = freePort();
    QVERIFY(localPort != 0);
    auto client = startSsh(server.port(),
        { QStringLiteral("-N"), QStringLiteral("-o"), QStringLiteral("ExitOnForwardFailure=yes"), QStringLiteral("-L"),
            QStringLiteral("%1:127.0.0.1:%2").arg(localPort).arg(echo.port()) },
        {});
    QVERIFY(client->waitForStarted(kTimeoutMs));

    // Several connections at once through the one SSH connection, each carrying megabytes.
    constexpr int kConnections = 3;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> sent, received(kConnections);
    for (int i = 0; i < kConnections; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < kTimeoutMs) { // until ssh listens
            socket->connectToHost(QHostAddress::LocalHost, localPort);
            if (socket->waitForConnected(2000))
                break;
            socket->abort();
            QVERIFY2(client->state() == QProcess::Running, client->readAllStandardError().constData());
            QTest::qWait(200);
        }
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        QTcpSocket *raw = socket.get();
        connect(raw, &QTcpSocket::readyRead, this, [raw, &received, i] { received[i] += raw->readAll(); });
        sent.append(randomBytes(3 * 1024 * 1024 + i));
        sockets.push_back(std::move(socket));
    }
    for (int i = 0; i < kConnections; ++i)
        sockets[i]->write(sent.at(i));
    for (int i = 0; i < kConnections; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(received.at(i).size(), sent.at(i).size(), kTimeoutMs);
        QVERIFY(received.at(i) == sent.at(i));
    }
    QCOMPARE(echo.connections(), kConnections);

    // Closing one end closes the other.
    sockets.front()->disconnectFromHost();
    sockets.clear();
    client->terminate();
    QVERIFY(hasFinished(*client));
}

void tst_PodSshServer::stdioForwardToLocalhost()
{
    EchoServer echo;
    PodSshServer server(config());
    QVERIFY(server.start());
    for (const QString &host : { QStringLiteral("127.0.0.1"), QStringLiteral("localhost") }) {
        auto client
            = startSsh(server.port(), { QStringLiteral("-W"), QStringLiteral("%1:%2").arg(host).arg(echo.port()) }, {});
        QVERIFY(client->waitForStarted(kTimeoutMs));
        client->write(QByteArray("hello through " + host.toLatin1() + '\n'));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += client->readAllStandardOutput()).contains('\n'), kTimeoutMs);
        QCOMPARE(out, QByteArray("hello through " + host.toLatin1() + '\n'));
        client->closeWriteChannel(); // EOF travels to the service, which closes; so does the channel
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QProcess::NotRunning, kTimeoutMs);
        QCOMPARE(client->exitCode(), 0);
    }
}

void tst_PodSshServer::refusesForwardingToOtherHosts()
{
    PodSshServer server(config());
    QVERIFY(server.start());
    for (const QString &target :
        { QStringLiteral("192.0.2.1:80"), QStringLiteral("example.com:22"), QStringLiteral("10.0.0.1:8888") }) {
        const SshRun run = ssh(
            server.port(), { QStringLiteral("-o"), QStringLiteral("LogLevel=INFO"), QStringLiteral("-W"), target }, {});
        QCOMPARE(run.exitCode, 255);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(
            run.err.contains("administratively prohibited") || run.err.contains("open failed"), run.err.constData());
    }
    // Nothing listens there: refused as well, and the server lives on.
    const SshRun closedPort
        = ssh(server.port(), { QStringLiteral("-W"), QStringLiteral("127.0.0.1:%1").arg(freePort()) }, {});
    QCOMPARE(closedPort.exitCode, 255);
    QCOMPARE(ssh(server.port(), {}, QStringLiteral("echo alive")).out, QByteArray("alive\n"));
}

void tst_PodSshServer::keepalivesAndConcurrentSessions()
{
    PodSshServer server(config());
    QVERIFY(server.start());
    // The client gives up on a server that leaves 3 keepalives unanswered (3 s); each command
    // outlives that. Eight connections at once.
    constexpr int kClients = 8;
    std::vector<std::unique_ptr<QProcess>> clients;
    for (int i = 0; i < kClients; ++i) {
        clients.push_back(startSsh(server.port(),
            { QStringLiteral("-o"), QStringLiteral("ServerAliveInterval=1"), QStringLiteral("-o"),
                QStringLiteral("ServerAliveCountMax=3") },
            QStringLiteral("echo start-%1; sleep 5; echo end-%1").arg(i)));
    }
    for (int i = 0; i < kClients; ++i) {
        QProcess &c = *clients[i];
        QVERIFY(hasFinished(c));
        QCOMPARE(c.exitCode(), 0);
        QCOMPARE(c.readAllStandardOutput(), QStringLiteral("start-%1\nend-%1\n").arg(i).toLatin1());
    }
}

void tst_PodSshServer::survivesAbruptDisconnects()
{
    PodSshServer server(config());
    QVERIFY(server.start());

    // Clients that vanish before, during and after the handshake.
    for (const QByteArray &junk : { QByteArray(), QByteArray("GET / HTTP/1.0\r\n\r\n"),
             QByteArray(QByteArray("SSH-2.0-OpenSSH_9.2\r\n") + QByteArray(1000, 'x')) }) {
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, server.port());
        QVERIFY(raw.waitForConnected(kTimeoutMs));
        if (!junk.isEmpty()) {
            raw.write(junk);
            raw.waitForBytesWritten(kTimeoutMs);
        }
        raw.abort();
    }

    // A client killed while its command runs: the command is hung up and reaped.
    for (const QStringList &options : { QStringList(), QStringList { QStringLiteral("-tt") } }) {
        auto client = startSsh(server.port(), options, QStringLiteral("echo pid=$$; sleep 1000; echo never"));
        QByteArray seen;
        const qint64 pid = waitForPid(*client, &seen);
        QVERIFY2(pid > 0, seen.constData());
        QVERIFY(isAlive(pid));
        client->kill();
        QVERIFY(hasFinished(*client));
        QTRY_VERIFY_WITH_TIMEOUT(!exists(pid), kTimeoutMs); // gone, not a zombie: reaped
        QTRY_VERIFY_WITH_TIMEOUT(liveMembersOfGroup(pid).isEmpty(), kTimeoutMs); // its sleep too
    }

    QCOMPARE(ssh(server.port(), {}, QStringLiteral("echo still-serving")).out, QByteArray("still-serving\n"));
}

void tst_PodSshServer::scpThroughSftpSubsystem()
{
    if (m_scp.isEmpty() || !QFileInfo(QStringLiteral("/usr/lib/openssh/sftp-server")).isExecutable())
        QSKIP("scp or OpenSSH's sftp-server is not installed");
    PodSshServer server(config());
    QVERIFY(server.start());
    const QString local = m_dir.filePath(QStringLiteral("upload.bin"));
    const QByteArray content = randomBytes(300000);
    {
        QFile f(local);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QStringList args = sshArguments(server.port(), {});
    args.removeLast(); // user@host
    const qsizetype portAt = args.indexOf(QStringLiteral("-p"));
    args[portAt] = QStringLiteral("-P");
    args += { local, kUser + QStringLiteral("@127.0.0.1:uploaded.bin") };
    const SshRun run = runTool(m_scp, args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile uploaded(QDir(m_workDir).filePath(QStringLiteral("uploaded.bin")));
    QVERIFY(uploaded.open(QIODevice::ReadOnly));
    QVERIFY(uploaded.readAll() == content);
}

void tst_PodSshServer::childrenJoinThePodProcessGroup()
{
    // A stand-in for the pod: a process leading its own group.
    QProcess pod;
    pod.setChildProcessModifier([] { ::setpgid(0, 0); });
    pod.start(QStringLiteral("sleep"), { QStringLiteral("1000") });
    QVERIFY(pod.waitForStarted(kTimeoutMs));
    const qint64 pgid = pod.processId();
    QTRY_COMPARE_WITH_TIMEOUT(procStat(pgid).value_or(ProcStat()).pgrp, pgid, kTimeoutMs);
    auto killPod = qScopeGuard([&] {
        ::kill(pid_t(-pgid), SIGKILL);
        pod.waitForFinished(kTimeoutMs);
    });

    PodSshServer::Config c = config();
    c.processGroup = pgid;
    PodSshServer server(c);
    QVERIFY(server.start());
    const SshRun exec = ssh(server.port(), {}, QStringLiteral("cut -d' ' -f5 /proc/$$/stat"));
    QCOMPARE(exec.exitCode, 0);
    QCOMPARE(exec.out.trimmed().toLongLong(), pgid);

    // A PTY shell leads its own session (a terminal needs one), outside the pod's group.
    const SshRun pty
        = ssh(server.port(), { QStringLiteral("-tt") }, QStringLiteral("echo \"$$ $(cut -d' ' -f5,6 /proc/$$/stat)\""));
    QCOMPARE(pty.exitCode, 0);
    const QList<QByteArray> ids = pty.out.trimmed().split(' ');
    QCOMPARE(ids.size(), 3);
    QCOMPARE(ids.at(1), ids.at(0));
    QCOMPARE(ids.at(2), ids.at(0));

    // stop() ends what its channels started, even inside the pod's group; the pod lives on.
    auto client = startSsh(server.port(), {}, QStringLiteral("echo pid=$$; sleep 1000"));
    const qint64 pid = waitForPid(*client);
    QVERIFY(pid > 0);
    QCOMPARE(procStat(pid).value_or(ProcStat()).pgrp, pgid);
    server.stop();
    QVERIFY(!exists(pid));
    QTRY_COMPARE_WITH_TIMEOUT(liveMembersOfGroup(pgid), QList<qint64> { pgid }, kTimeoutMs);
    QVERIFY(hasFinished(*client));
}

void tst_PodSshServer::stopKillsChildrenAndClosesThePort()
{
    PodSshServer server(config());
    QVERIFY(server.start());
    const quint16 port = server.port();

    std::vector<std::unique_ptr<QProcess>> clients;
    QList<qint64> pids;
    for (const QStringList &options : { QStringList(), QStringList { QStringLiteral("-tt") } }) {
        // A background job too, which an interactive shell would put in a group of its own.
        clients.push_back(startSsh(port, options, QStringLiteral("sleep 1001 & echo pid=$$; sleep 1000")));
        const qint64 pid = waitForPid(*clients.back());
        QVERIFY(pid > 0);
        pids.append(pid);
    }
    // A client still in the handshake does not hold stop() up.
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(silent.waitForConnected(kTimeoutMs));

    QList<qint64> tree; // the shells and their sleeps
    for (const ProcStat &s : allProcesses()) {
        if (pids.contains(s.pid) || pids.contains(s.ppid))
            tree.append(s.pid);
    }
    QVERIFY(tree.size() >= 4);

    server.stop();
    QVERIFY(!server.isRunning());
    QCOMPARE(server.port(), quint16(0));
    for (qint64 pid : std::as_const(pids))
        QVERIFY2(!exists(pid), qPrintable(QString::number(pid))); // killed and reaped by stop()
    for (qint64 pid : std::as_const(tree))
        QTRY_VERIFY_WITH_TIMEOUT(!isAlive(pid), kTimeoutMs); // grandchildren: init reaps them

    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!probe.waitForConnected(kTimeoutMs));
    QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
    for (auto &c : clients) {
        QVERIFY(hasFinished(*c));
        QVERIFY(c->exitCode() != 0);
    }

    // And it starts again.
    QVERIFY(server.start());
    QCOMPARE(ssh(server.port(), {}, QStringLiteral("echo back")).out, QByteArray("back\n"));
}

void tst_PodSshServer::startReportsUsableErrors()
{
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        PodSshServer::Config c = config();
        c.port = taken.serverPort();
        PodSshServer server(c);
        const auto started = server.start();
        QVERIFY(!started);
        QVERIFY2(started.error().message.startsWith(QStringLiteral("Cannot listen on 127.0.0.1:%1: ").arg(c.port)),
            qPrintable(started.error().message));
        QCOMPARE(started.error().kind, Error::Kind::Network);
        QCOMPARE(server.port(), quint16(0));
    }
    {
        PodSshServer::Config c = config();
        c.authorizedKeyPath = m_dir.filePath(QStringLiteral("missing.pub"));
        const auto started = PodSshServer(c).start();
        QVERIFY(!started);
        QCOMPARE(started.error().kind, Error::Kind::Auth);
        QVERIFY(started.error().message.contains(c.authorizedKeyPath));
    }
    {
        QTemporaryDir dir;
        PodSshServer::Config c = config();
        c.hostKeyPath = dir.filePath(QStringLiteral("host_key"));
        QFile junk(c.hostKeyPath);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a key\n");
        junk.close();
        const auto started = PodSshServer(c).start();
        QVERIFY(!started);
        QCOMPARE(started.error().kind, Error::Kind::Corrupt);
        QVERIFY(started.error().message.contains(c.hostKeyPath));
    }
    {
        PodSshServer::Config c = config();
        c.workDir = m_dir.filePath(QStringLiteral("no-such-folder"));
        const auto started = PodSshServer(c).start();
        QVERIFY(!started);
        QCOMPARE(started.error().kind, Error::Kind::NotFound);
    }
    {
        PodSshServer::Config c = config();
        c.user.clear();
        QVERIFY(!PodSshServer(c).start());
    }
}

QTEST_GUILESS_MAIN(tst_PodSshServer)

#include "tst_podsshserver.moc"
