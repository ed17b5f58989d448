// gpudesk-sandboxd through SandboxProvider, with real processes: the daemon started on demand,
// pods launched, stopped, started and terminated, exit codes, re-adoption after kill -9, the
// simulated nvidia-smi inside a pod, and SSH into a pod with OpenSSH's own client. Every test has
// its own data dir and ends with no daemon, no pod process and no listening port left behind.

#include "TestConfig.h"
#include "providers/sandbox/SandboxPaths.h"
#include "providers/sandbox/SandboxProvider.h"
#include "providers/sandbox/SshKeys.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <optional>

using namespace gpudesk;

namespace {

constexpr int kLong = 120'000;
const QByteArray kQuery = "index,name,utilization.gpu,memory.used,memory.total,power.draw,temperature.gpu";

template<typename T, typename Call>
Result<T> await(Call &&call, int timeoutMs = kLong)
{
    std::optional<Result<T>> out;
    call([&out](Result<T> r) { out.emplace(std::move(r)); });
    QElapsedTimer t;
    t.start();
    while (!out && t.elapsed() < timeoutMs)
        QTest::qWait(10);
    if (!out)
        return makeError(Error::Kind::Internal, QStringLiteral("test: no answer within %1 ms").arg(timeoutMs));
    return std::move(*out);
}

QByteArray procFile(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Independent of the code under test: a small /proc reader of our own.
struct Proc
{
    qint64 pid = 0;
    qint64 pgid = 0;
    char state = '?';
};

QList<Proc> allProcesses()
{
    QList<Proc> out;
    for (const QString &name : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = name.toLongLong(&ok);
        if (!ok)
            continue;
        const QByteArray stat = procFile(pid, "stat");
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> f = stat.mid(close + 2).split(' ');
        if (f.size() < 3)
            continue;
        out.append({pid, f.at(2).toLongLong(), f.at(0).isEmpty() ? '?' : f.at(0).at(0)});
    }
    return out;
}

bool alive(qint64 pid)
{
    const QByteArray stat = procFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.size() > close + 2 && stat.at(close + 2) != 'Z';
}

// Every process (zombies included) in group `pgid`, or whose environment names a pod under `dataDir`
// (when given).
QList<qint64> podProcesses(qint64 pgid, const QString &dataDir)
{
    const QByteArray marker = "GPUDESK_SANDBOX_POD_DIR=" + QFile::encodeName(dataDir);
    QList<qint64> found;
    for (const Proc &p : allProcesses()) {
        if (pgid > 1 && p.pgid == pgid) {
            found << p.pid;
            continue;
        }
        if (dataDir.isEmpty())
            continue;
        for (const QByteArray &entry : procFile(p.pid, "environ").split('\0')) {
            if (entry.startsWith(marker)) {
                found << p.pid;
                break;
            }
        }
    }
    return found;
}

// Any process started for this data dir: pods, SSH sessions, the daemon itself.
QList<qint64> strays(const QString &dataDir)
{
    QList<qint64> found = podProcesses(0, dataDir);
    const QByteArray dir = QFile::encodeName(dataDir);
    for (const Proc &p : allProcesses()) {
        if (p.state != 'Z' && procFile(p.pid, "cmdline").contains(dir) && !found.contains(p.pid))
            found << p.pid;
    }
    return found;
}

bool listening(int port)
{
    for (const char *table : {"/proc/net/tcp", "/proc/net/tcp6"}) {
        QFile f(QString::fromLatin1(table));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray suffix = ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QList<QByteArray> cols = line.simplified().split(' ');
            if (cols.size() > 3 && cols.at(1).endsWith(suffix) && cols.at(3) == "0A")
                return true;
        }
    }
    return false;
}

bool canConnect(int port)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    const bool ok = s.waitForConnected(3000);
    s.abort();
    return ok;
}

JobSpec job(const QString &command, const QString &gpu = QStringLiteral("H100 SXM"), int count = 1)
{
    JobSpec s;
    s.name = QStringLiteral("test");
    s.providerId = QStringLiteral("sandbox");
    s.gpuModel = gpu;
    s.gpuCount = count;
    s.image = QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3");
    s.command = command;
    return s;
}

} // namespace

class TestSandboxDaemon : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void daemonStartsOnDemand();
    void missingDaemonIsAClearError();
    void secondDaemonForTheSameDataDirRefuses();
    void idleDaemonExitsByItself();
    void launchRunsTheCommand();
    void launchIsIdempotentPerToken();
    void badRequestsExplainThemselves();
    void stopAndStart();
    void exitCodes();
    void terminateLeavesNothing();
    void readoptAfterKill9();
    void nvidiaSmiInAPod();
    void utilizationFollowsCpu();
    void sshIntoAPodWithOpenSsh();

private:
    Instance launch(const JobSpec &spec, const QString &token);
    Instance instance(const QString &id);
    QJsonObject view(const QString &id);
    qint64 daemonPid();
    QByteArray logs(const QString &id);
    bool waitForState(const QString &id, Instance::State state, int timeoutMs = kLong);
    std::unique_ptr<SandboxProvider> newProvider();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProvider> m_sandbox;
};

std::unique_ptr<SandboxProvider> TestSandboxDaemon::newProvider()
{
    auto p = std::make_unique<SandboxProvider>(m_dir->path());
    p->client().setDaemonProgram(QStringLiteral(GPUDESK_SANDBOXD_PATH));
    // Should a test crash before its cleanup, its daemon still goes away soon by itself.
    p->client().setDaemonArguments({QStringLiteral("--idle-exit"), QStringLiteral("60")});
    return p;
}

void TestSandboxDaemon::init()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tst_sbx-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_sandbox = newProvider();
}

void TestSandboxDaemon::cleanup()
{
    const SandboxPaths paths(m_dir->path());
    if (QFileInfo::exists(paths.socketPath())) {
        auto ping = await<QJsonObject>([&](Reply<QJsonObject> r) { m_sandbox->ping(std::move(r)); });
        if (ping) {
            const qint64 pid = ping->value(QStringLiteral("pid")).toInteger();
            QVERIFY(await<void>([&](Reply<void> r) { m_sandbox->shutdownDaemon(true, std::move(r)); }));
            QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), 30'000);
        }
    }
    m_sandbox.reset();
    // No stray daemon, pod process or SSH session for this data dir.
    QTRY_VERIFY_WITH_TIMEOUT(strays(m_dir->path()).isEmpty(), 30'000);
    m_dir.reset();
}

Instance TestSandboxDaemon::launch(const JobSpec &spec, const QString &token)
{
    auto r = await<Instance>([&](Reply<Instance> reply) { m_sandbox->launch(spec, token, std::move(reply)); });
    if (!r) {
        qWarning("launch failed: %s", qPrintable(r.error().message));
        return {};
    }
    return *r;
}

Instance TestSandboxDaemon::instance(const QString &id)
{
    auto r = await<Instance>([&](Reply<Instance> reply) { m_sandbox->instance(id, std::move(reply)); });
    return r ? *r : Instance{};
}

QJsonObject TestSandboxDaemon::view(const QString &id)
{
    auto r = await<QJsonValue>([&](SandboxClient::Callback cb) {
        m_sandbox->client().send(QJsonObject{{QStringLiteral("op"), QStringLiteral("instance")},
                                             {QStringLiteral("pod"), id}},
                                 std::move(cb));
    });
    return r ? r->toObject() : QJsonObject();
}

qint64 TestSandboxDaemon::daemonPid()
{
    auto ping = await<QJsonObject>([&](Reply<QJsonObject> r) { m_sandbox->ping(std::move(r)); });
    return ping ? ping->value(QStringLiteral("pid")).toInteger() : 0;
}

QByteArray TestSandboxDaemon::logs(const QString &id)
{
    auto r = await<QByteArray>([&](Reply<QByteArray> reply) { m_sandbox->logs(id, 1 << 20, std::move(reply)); });
    return r ? *r : QByteArray();
}

bool TestSandboxDaemon::waitForState(const QString &id, Instance::State state, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        if (instance(id).state == state)
            return true;
        QTest::qWait(100);
    }
    return false;
}

void TestSandboxDaemon::daemonStartsOnDemand()
{
    const SandboxPaths paths(m_dir->path());
    QVERIFY(!QFileInfo::exists(paths.socketPath()));
    bool answered = false;
    std::optional<Result<QJsonObject>> first;
    m_sandbox->ping([&](Result<QJsonObject> r) {
        answered = true;
        first.emplace(std::move(r));
    });
    QVERIFY(!answered); // never from inside the call
    QTRY_VERIFY_WITH_TIMEOUT(answered, 30'000);
    QVERIFY2(*first, *first ? "" : qPrintable(first->error().message));
    const qint64 pid = (*first)->value(QStringLiteral("pid")).toInteger();
    QVERIFY(pid > 1);
    QVERIFY(alive(pid));
    QCOMPARE((*first)->value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE((*first)->value(QStringLiteral("data_dir")).toString(), QDir::cleanPath(m_dir->path()));
    QVERIFY(QFileInfo::exists(paths.socketPath()));

    // Another client of the same data dir reaches the same daemon; none is started twice.
    auto other = newProvider();
    auto again = await<QJsonObject>([&](Reply<QJsonObject> r) { other->ping(std::move(r)); });
    QVERIFY(again);
    QCOMPARE(again->value(QStringLiteral("pid")).toInteger(), pid);
}

void TestSandboxDaemon::missingDaemonIsAClearError()
{
    m_sandbox->client().setDaemonProgram(m_dir->filePath(QStringLiteral("no-such/gpudesk-sandboxd")));
    auto r = await<QJsonObject>([&](Reply<QJsonObject> reply) { m_sandbox->ping(std::move(reply)); });
    QVERIFY(!r);
    QCOMPARE(r.error().kind, Error::Kind::NotFound);
    QVERIFY2(r.error().message.contains(QStringLiteral("gpudesk-sandboxd")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("GPUDESK_SANDBOXD")));
}

void TestSandboxDaemon::secondDaemonForTheSameDataDirRefuses()
{
    const qint64 pid = daemonPid();
    QVERIFY(pid > 0);
    QProcess second;
    second.start(QStringLiteral(GPUDESK_SANDBOXD_PATH), {QStringLiteral("--data-dir"), m_dir->path()});
    QVERIFY(second.waitForFinished(30'000));
    QCOMPARE(second.exitCode(), 3);
    QVERIFY(QString::fromLocal8Bit(second.readAllStandardError()).contains(QStringLiteral("Another Sandbox daemon")));
    QVERIFY(alive(pid));
    QCOMPARE(daemonPid(), pid);
}

void TestSandboxDaemon::idleDaemonExitsByItself()
{
    m_sandbox->client().setDaemonArguments({QStringLiteral("--idle-exit"), QStringLiteral("1")});
    const qint64 pid = daemonPid();
    QVERIFY(pid > 0);
    QTest::qWait(2500);
    QVERIFY2(alive(pid), "a connected client keeps the daemon up");
    m_sandbox = newProvider(); // the old client disconnects
    QTRY_VERIFY_WITH_TIMEOUT(!alive(pid), 30'000);
}

void TestSandboxDaemon::launchRunsTheCommand()
{
    const Instance i = launch(job(QStringLiteral("echo started; sleep 30")), QStringLiteral("token-run"));
    QVERIFY(!i.id.isEmpty());
    QCOMPARE(i.providerId, QStringLiteral("sandbox"));
    QCOMPARE(i.state, Instance::State::Running);
    QCOMPARE(i.clientToken, QStringLiteral("token-run"));
    QCOMPARE(i.gpuModel, QStringLiteral("H100 SXM"));
    QCOMPARE(i.gpuCount, 1);
    QCOMPARE(i.instanceType, QStringLiteral("sandbox-1x-h100sxm"));
    QCOMPARE(i.region, QStringLiteral("local"));
    QVERIFY(i.createdAt.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(logs(i.id).contains("started"), 30'000);
    QCOMPARE(instance(i.id).state, Instance::State::Running);
    const qint64 pgid = view(i.id).value(QStringLiteral("pid")).toInteger();
    QVERIFY(alive(pgid));
    QVERIFY(await<void>([&](Reply<void> r) { m_sandbox->terminate(i.id, std::move(r)); }));
}

void TestSandboxDaemon::launchIsIdempotentPerToken()
{
    const Instance a = launch(job(QStringLiteral("sleep 30")), QStringLiteral("same-token"));
    const Instance b = launch(job(QStringLiteral("sleep 30")), QStringLiteral("same-token"));
    QVERIFY(!a.id.isEmpty());
    QCOMPARE(b.id, a.id);
    const Instance c = launch(job(QStringLiteral("sleep 30")), QStringLiteral("other-token"));
    QVERIFY(!c.id.isEmpty() && c.id != a.id);
    auto all = await<std::vector<Instance>>([&](Reply<std::vector<Instance>> r) { m_sandbox->instances(std::move(r)); });
    QVERIFY(all);
    QCOMPARE(all->size(), size_t(2));
    // One pod directory per token, one process group per pod.
    QCOMPARE(QDir(SandboxPaths(m_dir->path()).podsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2);
    QVERIFY(!podProcesses(view(a.id).value(QStringLiteral("pid")).toInteger(), QString()).isEmpty());
}

void TestSandboxDaemon::badRequestsExplainThemselves()
{
    auto tryLaunch = [&](const JobSpec &spec) {
        return await<Instance>([&](Reply<Instance> r) { m_sandbox->launch(spec, QString(), std::move(r)); });
    };
    auto unknownGpu = tryLaunch(job(QStringLiteral("true"), QStringLiteral("Z9000")));
    QVERIFY(!unknownGpu);
    QCOMPARE(unknownGpu.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(unknownGpu.error().message.contains(QStringLiteral("Sandbox"))
                 && unknownGpu.error().message.contains(QStringLiteral("Z9000")),
             qPrintable(unknownGpu.error().message));

    JobSpec twoNodes = job(QStringLiteral("true"));
    twoNodes.nodes = 2;
    auto nodes = tryLaunch(twoNodes);
    QVERIFY(!nodes);
    QVERIFY(nodes.error().message.contains(QStringLiteral("single-node")));

    auto noCommand = tryLaunch(job(QString()));
    QVERIFY(!noCommand);
    QCOMPARE(noCommand.error().kind, Error::Kind::InvalidInput);

    auto tooMany = tryLaunch(job(QStringLiteral("true"), QStringLiteral("H100 SXM"), 16));
    QVERIFY(!tooMany);

    auto missing = await<Instance>([&](Reply<Instance> r) { m_sandbox->instance(QStringLiteral("sbx-nope"), std::move(r)); });
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("sbx-nope")));
}

void TestSandboxDaemon::stopAndStart()
{
    const Instance i = launch(job(QStringLiteral("echo started; sleep 30")), QStringLiteral("t"));
    QCOMPARE(i.state, Instance::State::Running);
    const qint64 first = view(i.id).value(QStringLiteral("pid")).toInteger();
    QTRY_VERIFY_WITH_TIMEOUT(logs(i.id).contains("started"), 30'000);

    auto stopped = await<void>([&](Reply<void> r) { m_sandbox->stop(i.id, std::move(r)); });
    QVERIFY2(stopped, stopped ? "" : qPrintable(stopped.error().message));
    QCOMPARE(instance(i.id).state, Instance::State::Stopped);
    QTRY_VERIFY_WITH_TIMEOUT(podProcesses(first, m_dir->path()).isEmpty(), 30'000);
    // Stopping twice is fine.
    QVERIFY(await<void>([&](Reply<void> r) { m_sandbox->stop(i.id, std::move(r)); }));

    QVERIFY(await<void>([&](Reply<void> r) { m_sandbox->start(i.id, std::move(r)); }));
    QCOMPARE(instance(i.id).state, Instance::State::Running);
    const qint64 second = view(i.id).value(QStringLiteral("pid")).toInteger();
    QVERIFY(second != first);
    QVERIFY(alive(second));
    QTRY_VERIFY_WITH_TIMEOUT(logs(i.id).count("started") == 2, 30'000); // the command ran again
}

void TestSandboxDaemon::exitCodes()
{
    const Instance failing = launch(job(QStringLiteral("echo bye; exit 3")), QStringLiteral("fail"));
    const Instance passing = launch(job(QStringLiteral("true")), QStringLiteral("pass"));
    JobSpec badSetup = job(QStringLiteral("echo never"));
    badSetup.setup = QStringLiteral("exit 4");
    const Instance setup = launch(badSetup, QStringLiteral("setup"));

    QVERIFY(waitForState(failing.id, Instance::State::Failed));
    const Instance f = instance(failing.id);
    QCOMPARE(f.exitCode, std::optional<int>(3));
    QVERIFY2(f.message.contains(QStringLiteral("3")), qPrintable(f.message));
    QVERIFY(f.endedAt.isValid());

    QVERIFY(waitForState(passing.id, Instance::State::Succeeded));
    QCOMPARE(instance(passing.id).exitCode, std::optional<int>(0));

    QVERIFY(waitForState(setup.id, Instance::State::Failed));
    const Instance s = instance(setup.id);
    QCOMPARE(s.exitCode, std::optional<int>(4));
    QVERIFY2(s.message.contains(QStringLiteral("setup")), qPrintable(s.message));
    QVERIFY(!logs(setup.id).contains("never"));

    // The leaders were reaped: no zombie stays behind for a finished pod.
    for (const QString &id : {failing.id, passing.id, setup.id}) {
        const qint64 pid = view(id).value(QStringLiteral("pid")).toInteger();
        QTRY_VERIFY_WITH_TIMEOUT(procFile(pid, "stat").isEmpty() || !procFile(pid, "stat").contains(") Z"), 10'000);
    }
}

void TestSandboxDaemon::terminateLeavesNothing()
{
    // A background child, and one that escapes into a session of its own: both must go.
    const Instance i = launch(job(QStringLiteral("sleep 300 & setsid sleep 301 & echo up; sleep 302")),
                              QStringLiteral("t"));
    QCOMPARE(i.state, Instance::State::Running);
    QTRY_VERIFY_WITH_TIMEOUT(logs(i.id).contains("up"), 30'000);
    const QJsonObject v = view(i.id);
    const qint64 pgid = v.value(QStringLiteral("pid")).toInteger();
    const int port = v.value(QStringLiteral("ssh_port")).toInt();
    QVERIFY(port > 0);
    QTRY_VERIFY_WITH_TIMEOUT(podProcesses(pgid, m_dir->path()).size() >= 4, 30'000);
    QVERIFY(listening(port));

    auto done = await<void>([&](Reply<void> r) { m_sandbox->terminate(i.id, std::move(r)); });
    QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    const Instance after = instance(i.id);
    QCOMPARE(after.state, Instance::State::Terminated);
    QVERIFY(after.endedAt.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(podProcesses(pgid, m_dir->path()).isEmpty(), 30'000);
    QVERIFY(!listening(port));
    QVERIFY(!canConnect(port));
    // Terminated is final.
    auto start = await<void>([&](Reply<void> r) { m_sandbox->start(i.id, std::move(r)); });
    QVERIFY(!start);
    QVERIFY(start.error().message.contains(QStringLiteral("terminated")));
    QVERIFY(await<void>([&](Reply<void> r) { m_sandbox->terminate(i.id, std::move(r)); }));
}

void TestSandboxDaemon::readoptAfterKill9()
{
    const Instance kept = launch(job(QStringLiteral("echo kept; sleep 300")), QStringLiteral("kept"));
    const Instance lost = launch(job(QStringLiteral("sleep 300")), QStringLiteral("lost"));
    QCOMPARE(kept.state, Instance::State::Running);
    const qint64 keptPid = view(kept.id).value(QStringLiteral("pid")).toInteger();
    const qint64 lostPid = view(lost.id).value(QStringLiteral("pid")).toInteger();
    const qint64 oldDaemon = daemonPid();
    QVERIFY(oldDaemon > 1);

    QCOMPARE(::kill(pid_t(oldDaemon), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(oldDaemon), 30'000);
    QVERIFY(alive(keptPid)); // pods outlive their daemon
    // While no daemon watches, one pod's processes vanish.
    QCOMPARE(::kill(pid_t(-lostPid), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(podProcesses(lostPid, QString()).isEmpty(), 30'000);

    // The next request starts a new daemon, which re-adopts the pods from their saved state.
    const Instance again = instance(kept.id);
    QCOMPARE(again.state, Instance::State::Running);
    const qint64 newDaemon = daemonPid();
    QVERIFY(newDaemon > 1 && newDaemon != oldDaemon);
    QCOMPARE(view(kept.id).value(QStringLiteral("pid")).toInteger(), keptPid);
    const Instance vanished = instance(lost.id);
    QCOMPARE(vanished.state, Instance::State::Failed);
    QVERIFY2(!vanished.message.isEmpty(), "a vanished pod says what happened");

    // Still reachable: logs, and SSH (its server restarted, on a port that may have changed).
    QVERIFY(logs(kept.id).contains("kept"));
    auto ssh = await<SshEndpoint>([&](Reply<SshEndpoint> r) { m_sandbox->sshEndpoint(kept.id, std::move(r)); });
    QVERIFY2(ssh, ssh ? "" : qPrintable(ssh.error().message));
    QVERIFY(canConnect(ssh->port));

    // The adopted pod is no child of the new daemon, and stops all the same.
    QVERIFY(await<void>([&](Reply<void> r) { m_sandbox->stop(kept.id, std::move(r)); }));
    QCOMPARE(instance(kept.id).state, Instance::State::Stopped);
    QTRY_VERIFY_WITH_TIMEOUT(podProcesses(keptPid, QString()).isEmpty(), 30'000);
}

void TestSandboxDaemon::nvidiaSmiInAPod()
{
    const QString command = QStringLiteral(
        "nvidia-smi --query-gpu=%1 --format=csv,noheader,nounits\n"
        "echo \"CUDA_VISIBLE_DEVICES=$CUDA_VISIBLE_DEVICES\"\n"
        "echo \"GPUDESK_SANDBOX=$GPUDESK_SANDBOX\"\n"
        "nvidia-smi --query-gpu=index,memory.total --format=csv\n"
        "nvidia-smi\n")
                                .arg(QLatin1String(kQuery));
    const Instance i = launch(job(command, QStringLiteral("H100 SXM"), 4), QStringLiteral("smi"));
    QVERIFY(!i.id.isEmpty());
    QVERIFY(waitForState(i.id, Instance::State::Succeeded));
    const QString out = QString::fromUtf8(logs(i.id));

    static const QRegularExpression row(
        QStringLiteral("^(\\d+), ([^,]+), (\\d+), (\\d+), (\\d+), (\\d+\\.\\d\\d), (\\d+)$"),
        QRegularExpression::MultilineOption);
    int rows = 0;
    for (auto it = row.globalMatch(out); it.hasNext(); ++rows) {
        const QRegularExpressionMatch m = it.next();
        QCOMPARE(m.captured(1).toInt(), rows);
        QVERIFY(m.captured(2).endsWith(QStringLiteral("(simulated)")));
        QCOMPARE(m.captured(2), QStringLiteral("NVIDIA H100 SXM (simulated)"));
        QVERIFY(m.captured(3).toInt() >= 0 && m.captured(3).toInt() <= 100);
        QVERIFY(m.captured(4).toInt() <= m.captured(5).toInt());
        QCOMPARE(m.captured(5).toInt(), 80 * 1024);
        QVERIFY(m.captured(6).toDouble() > 0 && m.captured(6).toDouble() <= 700.0);
        QVERIFY(m.captured(7).toInt() >= 20 && m.captured(7).toInt() <= 100);
    }
    QVERIFY2(rows == 4, qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("CUDA_VISIBLE_DEVICES=0,1,2,3\n")));
    QVERIFY(out.contains(QStringLiteral("GPUDESK_SANDBOX=1\n")));
    QVERIFY(out.contains(QStringLiteral("index, memory.total [MiB]\n0, 81920 MiB\n")));
    QVERIFY(out.contains(QStringLiteral("| NVIDIA-SMI 550.127.05             Driver Version: 550.127.05     CUDA "
                                        "Version: 12.4     |")));
    QVERIFY(out.contains(QStringLiteral("|   3  NVIDIA H100 SXM (simulated)    On  |   00000000:5D:00.0 Off |")));
}

void TestSandboxDaemon::utilizationFollowsCpu()
{
    // A busy loop, measured over a second of its life; then a quiet second.
    const QString command = QStringLiteral(
        "q() { nvidia-smi --query-gpu=utilization.gpu --format=csv,noheader,nounits | head -n 1; }\n"
        "end=$((SECONDS + 4)); while [ $SECONDS -lt $end ]; do :; done &\n"
        "q >/dev/null; sleep 1; echo \"busy $(q)\"\n"
        "wait\n"
        "q >/dev/null; sleep 2; echo \"idle $(q)\"\n");
    const Instance i = launch(job(command), QStringLiteral("util"));
    QVERIFY(waitForState(i.id, Instance::State::Succeeded));
    const QString out = QString::fromUtf8(logs(i.id));
    static const QRegularExpression busyRe(QStringLiteral("busy (\\d+)"));
    static const QRegularExpression idleRe(QStringLiteral("idle (\\d+)"));
    const auto busy = busyRe.match(out);
    const auto idle = idleRe.match(out);
    QVERIFY2(busy.hasMatch() && idle.hasMatch(), qPrintable(out));
    QVERIFY2(busy.captured(1).toInt() >= 25, qPrintable(out));
    QVERIFY2(busy.captured(1).toInt() > idle.captured(1).toInt(), qPrintable(out));
}

void TestSandboxDaemon::sshIntoAPodWithOpenSsh()
{
    const QString ssh = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (ssh.isEmpty())
        QSKIP("OpenSSH's ssh client is not installed");
    const Instance i = launch(job(QStringLiteral("sleep 300"), QStringLiteral("A100 80GB SXM"), 2), QStringLiteral("ssh"));
    QCOMPARE(i.state, Instance::State::Running);
    auto endpoint = await<SshEndpoint>([&](Reply<SshEndpoint> r) { m_sandbox->sshEndpoint(i.id, std::move(r)); });
    QVERIFY2(endpoint, endpoint ? "" : qPrintable(endpoint.error().message));
    QCOMPARE(endpoint->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(endpoint->user, QStringLiteral("gpudesk"));
    QVERIFY(endpoint->port > 0);

    const SandboxPaths paths(m_dir->path());
    const QString hostPub = paths.podDir(i.id) + QStringLiteral("/ssh/ssh_host_ed25519_key.pub");
    QCOMPARE(endpoint->hostKeySha256, *SshKeys::fingerprintOfPublicKeyFile(hostPub));
    QCOMPARE(endpoint->identityFile, paths.defaultPrivateKey());
    QVERIFY(endpoint->hostPublicKey.startsWith(QStringLiteral("ssh-ed25519 ")));
    QCOMPARE(*SshKeys::fingerprintOfPublicKeyLine(endpoint->hostPublicKey.toLatin1()), endpoint->hostKeySha256);
    const QByteArray knownHosts =
        "[127.0.0.1]:" + QByteArray::number(endpoint->port) + ' ' + endpoint->hostPublicKey.toLatin1() + '\n';
    const QString knownHostsFile = m_dir->filePath(QStringLiteral("known_hosts"));
    QFile kh(knownHostsFile);
    QVERIFY(kh.open(QIODevice::WriteOnly));
    kh.write(knownHosts);
    kh.close();

    auto sshArguments = [&](const QString &identity, const QString &remote) {
        return QStringList{QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-i"), identity,
                           QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-o"),
                           QStringLiteral("BatchMode=yes"), QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                           QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + knownHostsFile,
                           QStringLiteral("-o"), QStringLiteral("GlobalKnownHostsFile=/dev/null"), QStringLiteral("-o"),
                           QStringLiteral("ConnectTimeout=30"), QStringLiteral("-p"), QString::number(endpoint->port),
                           endpoint->user + QStringLiteral("@") + endpoint->host, remote};
    };
    auto runSsh = [&](const QString &identity, const QString &remote, QByteArray *output) {
        QProcess p;
        p.start(ssh, sshArguments(identity, remote));
        if (!p.waitForFinished(90'000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *output = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };

    QByteArray out;
    const int rc = runSsh(paths.defaultPrivateKey(),
                          QStringLiteral("nvidia-smi --query-gpu=%1 --format=csv,noheader,nounits; "
                                         "echo CUDA=$CUDA_VISIBLE_DEVICES")
                              .arg(QLatin1String(kQuery)),
                          &out);
    QVERIFY2(rc == 0, out.constData());
    const QStringList lines = QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == 3, out.constData());
    for (int gpu = 0; gpu < 2; ++gpu) {
        const QStringList cols = lines.at(gpu).split(QStringLiteral(", "));
        QCOMPARE(cols.size(), 7);
        QCOMPARE(cols.at(0).toInt(), gpu);
        QCOMPARE(cols.at(1), QStringLiteral("NVIDIA A100 80GB SXM (simulated)"));
        QCOMPARE(cols.at(4).toInt(), 80 * 1024);
    }
    QCOMPARE(lines.at(2), QStringLiteral("CUDA=0,1"));

    // Any other key is refused.
    const QString stranger = m_dir->filePath(QStringLiteral("stranger_ed25519"));
    QVERIFY(SshKeys::ensureKeyPair(stranger));
    QByteArray refused;
    QVERIFY(runSsh(stranger, QStringLiteral("true"), &refused) != 0);

    // An SSH session still running, with a child in the background: terminate ends them too.
    QProcess session;
    session.start(ssh, sshArguments(paths.defaultPrivateKey(), QStringLiteral("sleep 601 & sleep 602")));
    auto sessionSleeps = [&] {
        int n = 0;
        for (qint64 pid : podProcesses(0, m_dir->path())) {
            const QByteArray cmdline = procFile(pid, "cmdline");
            n += cmdline == QByteArray("sleep\0" "601\0", 10) || cmdline == QByteArray("sleep\0" "602\0", 10);
        }
        return n;
    };
    QTRY_VERIFY_WITH_TIMEOUT(sessionSleeps() == 2, 60'000);

    QVERIFY(await<void>([&](Reply<void> r) { m_sandbox->terminate(i.id, std::move(r)); }));
    QTRY_VERIFY_WITH_TIMEOUT(podProcesses(0, m_dir->path()).isEmpty(), 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), QProcess::NotRunning, 60'000); // the client sees the end
    QVERIFY(!listening(endpoint->port));
    QVERIFY(!canConnect(endpoint->port));
}

QTEST_GUILESS_MAIN(TestSandboxDaemon)
#include "tst_sandboxdaemon.moc"
