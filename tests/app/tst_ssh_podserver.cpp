// SshSession against the Sandbox's own pod SSH server (PodSshServer, libssh server), on 127.0.0.1:
// the same client code reaches pods and real hosts.

#include "providers/sandbox/PodSshServer.h"
#include "providers/sandbox/SshKeys.h"
#include "ssh/SshSession.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;
using State = SshSession::State;

namespace {

constexpr int kTimeoutMs = 30000;
const QString kUser = QStringLiteral("gpudesk");

} // namespace

class TestSshPodServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsExecsShellsAndForwards();
    void reconnectsWhenThePodServerRestarts();

private:
    PodSshServer::Config config() const;
    SshOptions options(const PodSshServer &server) const;

    QTemporaryDir m_dir;
    QString m_key;
};

void TestSshPodServer::initTestCase()
{
    qRegisterMetaType<gpudesk::Error>();
    qRegisterMetaType<gpudesk::SshExecResult>();
    qRegisterMetaType<State>();
    m_key = m_dir.filePath(QStringLiteral("keys/id_gpudesk"));
    const auto made = gpudesk::SshKeys::ensureKeyPair(m_key);
    if (!made)
        QSKIP(qPrintable(made.error().message));
}

PodSshServer::Config TestSshPodServer::config() const
{
    PodSshServer::Config c;
    c.hostKeyPath = m_dir.filePath(QStringLiteral("pod/host_key"));
    c.authorizedKeyPath = m_key + QStringLiteral(".pub");
    c.workDir = m_dir.path();
    c.user = kUser;
    return c;
}

SshOptions TestSshPodServer::options(const PodSshServer &server) const
{
    SshOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = server.port();
    o.user = kUser;
    o.identityFile = m_key;
    o.useAgent = false;
    o.useDefaultKeys = false;
    o.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
    // What SandboxProvider::sshEndpoint() reports: trusted on first contact without a prompt.
    o.expectedFingerprint = server.hostKeyFingerprint();
    o.reconnectDelaysMs = { 100, 200, 400, 800, 1600, 3200, 5000 };
    return o;
}

void TestSshPodServer::connectsExecsShellsAndForwards()
{
    PodSshServer server(config());
    const auto started = server.start();
    QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().message));

    SshSession session(options(server));
    QSignalSpy asked(&session, &SshSession::hostKeyNeedsDecision);
    QByteArray shellText;
    connect(&session, &SshSession::shellData, this, [&](const QByteArray &data) { shellText += data; });
    session.openShell(90, 33);
    session.connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, kTimeoutMs);
    QCOMPARE(asked.count(), 0);

    std::optional<gpudesk::Result<SshExecResult>> result;
    session.exec(QStringLiteral("printf hi; printf oops >&2; exit 3"),
        [&](gpudesk::Result<SshExecResult> r) { result = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kTimeoutMs);
    QVERIFY(result->ok());
    QCOMPARE((*result)->standardOutput, QByteArray("hi"));
    QCOMPARE((*result)->standardError, QByteArray("oops"));
    QCOMPARE((*result)->exitStatus, 3);

    session.writeShell("echo $((6*7)); stty size\n");
    QTRY_VERIFY_WITH_TIMEOUT(shellText.contains("42\r\n") && shellText.contains("33 90"), kTimeoutMs);

    QTcpServer echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
    connect(&echo, &QTcpServer::newConnection, this, [&echo] {
        QTcpSocket *s = echo.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
    });
    QSignalSpy listening(&session, &SshSession::localForwardListening);
    session.addLocalForward(0, QStringLiteral("127.0.0.1"), echo.serverPort());
    QVERIFY(listening.wait(kTimeoutMs));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, listening.first().at(1).value<quint16>());
    QVERIFY(client.waitForConnected(kTimeoutMs));
    client.write("through the pod");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll()) == "through the pod", kTimeoutMs);
}

void TestSshPodServer::reconnectsWhenThePodServerRestarts()
{
    PodSshServer::Config c = config();
    auto server = std::make_unique<PodSshServer>(c);
    QVERIFY(server->start().ok());
    SshSession session(options(*server));
    int opened = 0;
    QByteArray shellText;
    connect(&session, &SshSession::shellOpened, this, [&] { ++opened; });
    connect(&session, &SshSession::shellData, this, [&](const QByteArray &data) { shellText += data; });
    // A shell is only dropped once it has finished starting: one killed while ~/.bashrc runs can leave a
    // tool's lock behind (pyenv's rehash lock made every later command wait 60 s on this project's machines).
    auto ready = [&](const QByteArray &marker) {
        session.writeShell("echo " + marker + "-$((1+1))\n");
        const QByteArray expected = marker + "-2";
        return QTest::qWaitFor([&] { return shellText.contains(expected); }, kTimeoutMs);
    };
    session.openShell(80, 24);
    session.connectToHost();
    QTRY_COMPARE_WITH_TIMEOUT(opened, 1, kTimeoutMs);
    QVERIFY(ready("first"));

    c.port = server->port();
    server.reset(); // stops it: the connection drops
    QSignalSpy attempts(&session, &SshSession::reconnecting);
    QVERIFY(attempts.wait(kTimeoutMs));
    server = std::make_unique<PodSshServer>(c);
    QVERIFY(server->start().ok()); // the same host key (it persists) on the same port
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(opened, 2, kTimeoutMs);
    QVERIFY(ready("second"));
}

QTEST_GUILESS_MAIN(TestSshPodServer)
#include "tst_ssh_podserver.moc"
