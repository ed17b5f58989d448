// SshSession against OpenSSH's real sshd (tests/support/SshdFixture.h), all on 127.0.0.1.

#include "ssh/KnownHosts.h"
#include "ssh/SshSession.h"

#include "SshdClient.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using gpudesk::Error;
using gpudesk::KnownHosts;
using gpudesk::SshExecResult;
using gpudesk::SshOptions;
using gpudesk::SshSession;
using State = gpudesk::SshSession::State;

namespace {

constexpr int kTimeoutMs = 60000;

// A TCP echo service on 127.0.0.1, run by the test thread's event loop.
class EchoServer
{
public:
    EchoServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QTcpServer m_server;
};

// Everything one session printed on its shell, and how it ended.
struct ShellLog
{
    explicit ShellLog(SshSession &session)
    {
        QObject::connect(&session, &SshSession::shellData, &session, [this](const QByteArray &data) { text += data; });
        QObject::connect(&session, &SshSession::shellOpened, &session, [this] { ++opened; });
        QObject::connect(&session, &SshSession::shellClosed, &session, [this](int status) { exitStatus = status; });
        QObject::connect(
            &session, &SshSession::errorOccurred, &session, [this](const Error &error) { errors.append(error); });
    }
    QByteArray text;
    int opened = 0;
    int exitStatus = -2;
    QList<Error> errors;
};

QByteArray randomBytes(qsizetype size)
{
    QList<quint32> words(size / 4 + 1);
    QRandomGenerator(7).fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), size);
}

} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstContactAsksThenKnown();
    void changedHostKeyIsRefused();
    void rejectedHostKeyDoesNotConnect();
    void encryptedKeyAsksForPassphrase();
    void wrongKeyGivesAuthError();
    void execReturnsOutputAndStatus();
    void shellEchoesAndResizes();
    void closingWithOpenChannelsIsQuick();
    void localForwardCarriesBytes();
    void reconnectsAfterSessionKilled();
    void shellCommandThenLoginShellAfterReconnect();
    void reconnectsAfterServerRestart();
    void keepaliveNoticesASilentServer();
    void givesUpAfterAttempts();

private:
    SshOptions options(const SshdFixture &sshd, const QString &key) const;
    static void trustAutomatically(SshSession &session);
    static bool connectAndWait(SshSession &session);
    static bool connectWithShell(SshSession &session, const ShellLog &shell);
    // The shell has finished starting (its rc files ran): only then may a test kill it. A shell killed
    // while ~/.bashrc runs can leave a tool's lock behind (pyenv's rehash lock made every later
    // command wait 60 s on this project's machines).
    static bool waitShellReady(SshSession &session, const ShellLog &shell);

    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    QString m_key;
};

void TestSshSession::initTestCase()
{
    qRegisterMetaType<gpudesk::Error>();
    qRegisterMetaType<gpudesk::SshExecResult>();
    qRegisterMetaType<gpudesk::KnownHosts::Status>();
    qRegisterMetaType<State>();
    const QString why = m_sshd.prepare();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    m_key = m_sshd.makeUserKey(QStringLiteral("id_user"));
    QVERIFY(!m_key.isEmpty());
    QVERIFY2(m_sshd.start(), m_sshd.log().constData());
}

SshOptions TestSshSession::options(const SshdFixture &sshd, const QString &key) const
{
    SshOptions o = sshdClientOptions(sshd, key, m_dir.filePath(QStringLiteral("known_hosts_%1").arg(sshd.port())));
    o.autoReconnect = true;
    o.reconnectDelaysMs = { 100, 200, 400, 800, 1600, 3200, 5000, 5000, 5000 };
    return o;
}

void TestSshSession::trustAutomatically(SshSession &session)
{
    QObject::connect(
        &session, &SshSession::hostKeyNeedsDecision, &session, [&session] { session.acceptHostKey(true); });
}

bool TestSshSession::connectAndWait(SshSession &session)
{
    session.connectToHost();
    QElapsedTimer timer;
    timer.start();
    while (session.state() != State::Connected && session.state() != State::Failed && timer.elapsed() < kTimeoutMs)
        QTest::qWait(20);
    return session.state() == State::Connected;
}

// As a terminal tab does: true once connected with the shell open.
bool TestSshSession::connectWithShell(SshSession &session, const ShellLog &shell)
{
    session.openShell(80, 24);
    return connectAndWait(session) && QTest::qWaitFor([&shell] { return shell.opened >= 1; }, kTimeoutMs)
        && waitShellReady(session, shell);
}

bool TestSshSession::waitShellReady(SshSession &session, const ShellLog &shell)
{
    static int round = 0;
    const int n = ++round;
    session.writeShell(QStringLiteral("echo shell-ready-$((%1+1000))\n").arg(n).toUtf8());
    const QByteArray expected = "shell-ready-" + QByteArray::number(n + 1000);
    return QTest::qWaitFor([&shell, &expected] { return shell.text.contains(expected); }, kTimeoutMs);
}

void TestSshSession::firstContactAsksThenKnown()
{
    const SshOptions o = options(m_sshd, m_key);
    QFile::remove(o.knownHostsFile);
    const QString expected = KnownHosts::fingerprint(m_sshd.hostKeyBlob());
    {
        SshSession session(o);
        QSignalSpy asked(&session, &SshSession::hostKeyNeedsDecision);
        session.connectToHost();
        QVERIFY(asked.wait(kTimeoutMs));
        QCOMPARE(asked.first().at(0).toString(), expected);
        QCOMPARE(asked.first().at(1).toString(), QStringLiteral("ssh-ed25519"));
        QCOMPARE(asked.first().at(2).value<KnownHosts::Status>(), KnownHosts::Status::Unknown);
        QCOMPARE(session.state(), State::Connecting);
        session.acceptHostKey(true);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, kTimeoutMs);
    }
    const KnownHosts known(o.knownHostsFile, QString());
    QCOMPARE(known.check(o.host, o.port, QStringLiteral("ssh-ed25519"), m_sshd.hostKeyBlob()).status,
        KnownHosts::Status::Known);
    {
        SshSession session(o);
        QSignalSpy asked(&session, &SshSession::hostKeyNeedsDecision);
        QVERIFY(connectAndWait(session));
        QCOMPARE(asked.count(), 0);
    }
}

void TestSshSession::changedHostKeyIsRefused()
{
    SshdFixture sshd;
    const QString key = sshd.startWithUserKey();
    QVERIFY2(!key.isEmpty(), sshd.log().constData());
    const SshOptions o = options(sshd, key);
    const QString oldFingerprint = KnownHosts::fingerprint(sshd.hostKeyBlob());
    {
        SshSession session(o);
        trustAutomatically(session);
        QVERIFY(connectAndWait(session));
    }
    QVERIFY(sshd.newHostKey());
    QVERIFY(sshd.restart());
    const QString newFingerprint = KnownHosts::fingerprint(sshd.hostKeyBlob());
    QVERIFY(oldFingerprint != newFingerprint);

    SshSession session(o);
    QSignalSpy asked(&session, &SshSession::hostKeyNeedsDecision);
    QSignalSpy errors(&session, &SshSession::errorOccurred);
    session.connectToHost();
    QVERIFY(errors.wait(kTimeoutMs));
    const auto error = errors.first().at(0).value<Error>();
    QCOMPARE(error.kind, Error::Kind::Auth);
    QVERIFY2(error.message.contains(QStringLiteral("The host key of 127.0.0.1:%1 has changed").arg(sshd.port())),
        qPrintable(error.message));
    QVERIFY(error.message.contains(oldFingerprint));
    QVERIFY(error.message.contains(newFingerprint));
    QVERIFY(error.message.contains(QStringLiteral("Settings → SSH → Known hosts")));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, kTimeoutMs);
    QCOMPARE(asked.count(), 0);
    // The refusal is final: accepting now does nothing.
    session.acceptHostKey(true);
    QTest::qWait(200);
    QCOMPARE(session.state(), State::Failed);
}

void TestSshSession::rejectedHostKeyDoesNotConnect()
{
    SshOptions o = options(m_sshd, m_key);
    o.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts_rejected"));
    SshSession session(o);
    QObject::connect(&session, &SshSession::hostKeyNeedsDecision, &session, [&session] { session.rejectHostKey(); });
    QSignalSpy errors(&session, &SshSession::errorOccurred);
    session.connectToHost();
    QVERIFY(errors.wait(kTimeoutMs));
    QVERIFY(errors.first().at(0).value<Error>().message.contains(QStringLiteral("did not trust")));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, kTimeoutMs);
    QVERIFY(!QFile::exists(o.knownHostsFile));
}

void TestSshSession::encryptedKeyAsksForPassphrase()
{
    const QString key = m_sshd.makeUserKey(QStringLiteral("id_encrypted"), QStringLiteral("correct horse"));
    QVERIFY(!key.isEmpty());
    SshSession session(options(m_sshd, key));
    trustAutomatically(session);
    QList<bool> wrongFlags;
    QObject::connect(
        &session, &SshSession::passphraseRequested, &session, [&](const QString &file, bool previousWasWrong) {
            QCOMPARE(file, key);
            wrongFlags.append(previousWasWrong);
            session.providePassphrase(
                wrongFlags.size() == 1 ? QStringLiteral("wrong") : QStringLiteral("correct horse"));
        });
    QVERIFY(connectAndWait(session));
    QCOMPARE(wrongFlags, (QList<bool> { false, true }));
}

void TestSshSession::wrongKeyGivesAuthError()
{
    const QString stranger = m_sshd.makeUserKey(QStringLiteral("id_stranger"), QString(), false);
    SshSession session(options(m_sshd, stranger));
    trustAutomatically(session);
    QSignalSpy errors(&session, &SshSession::errorOccurred);
    session.connectToHost();
    QVERIFY(errors.wait(kTimeoutMs));
    const auto error = errors.first().at(0).value<Error>();
    QCOMPARE(error.kind, Error::Kind::Auth);
    QVERIFY2(error.message.contains(QStringLiteral("refused every way")), qPrintable(error.message));
    QVERIFY(error.message.contains(stranger));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, kTimeoutMs);
}

void TestSshSession::execReturnsOutputAndStatus()
{
    SshSession session(options(m_sshd, m_key));
    trustAutomatically(session);
    // Asked before the connection exists: waits for it.
    std::optional<gpudesk::Result<SshExecResult>> first;
    session.exec(QStringLiteral("printf hi; printf oops >&2; exit 3"),
        [&](gpudesk::Result<SshExecResult> result) { first = std::move(result); });
    QVERIFY(connectAndWait(session));
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), kTimeoutMs);
    QVERIFY(first->ok());
    QCOMPARE((*first)->standardOutput, QByteArray("hi"));
    QCOMPARE((*first)->standardError, QByteArray("oops"));
    QCOMPARE((*first)->exitStatus, 3);

    // Several at once, beside a shell, with more output than one channel window.
    ShellLog shell(session);
    session.openShell(80, 24);
    QList<SshExecResult> results;
    for (int i = 0; i < 5; ++i)
        session.exec(QStringLiteral("head -c %1 /dev/zero | tr '\\0' x; exit %2").arg(300000 * (i + 1)).arg(i),
            [&](gpudesk::Result<SshExecResult> result) {
                QVERIFY(result.ok());
                results.append(*result);
            });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, kTimeoutMs);
    for (const SshExecResult &result : results) {
        QCOMPARE(result.standardOutput.size(), 300000 * (result.exitStatus + 1));
        QCOMPARE(result.standardOutput.count('x'), result.standardOutput.size());
    }
    QTRY_COMPARE_WITH_TIMEOUT(shell.opened, 1, kTimeoutMs);
}

void TestSshSession::shellEchoesAndResizes()
{
    SshSession session(options(m_sshd, m_key));
    trustAutomatically(session);
    ShellLog shell(session);
    session.openShell(100, 30);
    QVERIFY(connectAndWait(session));
    QTRY_COMPARE_WITH_TIMEOUT(shell.opened, 1, kTimeoutMs);
    session.writeShell("echo $((6*7))\n");
    QTRY_VERIFY2_WITH_TIMEOUT(shell.text.contains("42\r\n"), shell.text.toPercentEncoding(" ").constData(), kTimeoutMs);
    session.writeShell("stty size\n");
    QTRY_VERIFY_WITH_TIMEOUT(shell.text.contains("30 100"), kTimeoutMs);
    session.resizeShell(120, 40);
    session.writeShell("stty size\n");
    QTRY_VERIFY_WITH_TIMEOUT(shell.text.contains("40 120"), kTimeoutMs);
    session.writeShell("exit 5\n");
    QTRY_COMPARE_WITH_TIMEOUT(shell.exitStatus, 5, kTimeoutMs);
    QCOMPARE(session.state(), State::Connected);
    QVERIFY(shell.errors.isEmpty());
}

void TestSshSession::closingWithOpenChannelsIsQuick()
{
    // Closing a terminal tab must not block the GUI thread on the network.
    QElapsedTimer timer;
    {
        auto session = std::make_unique<SshSession>(options(m_sshd, m_key));
        trustAutomatically(*session);
        ShellLog shell(*session);
        session->openShell(80, 24);
        QVERIFY(connectAndWait(*session));
        QTRY_COMPARE_WITH_TIMEOUT(shell.opened, 1, kTimeoutMs);
        session->writeShell("sleep 100\n");
        session->exec(QStringLiteral("sleep 100"));
        QTest::qWait(200);
        timer.start();
    }
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

void TestSshSession::localForwardCarriesBytes()
{
    EchoServer echo;
    SshSession session(options(m_sshd, m_key));
    trustAutomatically(session);
    QSignalSpy listening(&session, &SshSession::localForwardListening);
    const int id = session.addLocalForward(0, QStringLiteral("127.0.0.1"), echo.port());
    QVERIFY(connectAndWait(session));
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, kTimeoutMs);
    QCOMPARE(listening.first().at(0).toInt(), id);
    const auto localPort = listening.first().at(1).value<quint16>();
    QVERIFY(localPort != 0);
    QCOMPARE(session.localForwards().size(), 1);
    QCOMPARE(session.localForwards().first().localPort, localPort);
    QCOMPARE(session.localForwards().first().remotePort, echo.port());

    const QByteArray payload = randomBytes(4 * 1024 * 1024);
    for (int round = 0; round < 2; ++round) {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, localPort);
        QVERIFY(client.waitForConnected(kTimeoutMs));
        client.write(payload);
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (received.size() < payload.size() && timer.elapsed() < kTimeoutMs) {
            QTest::qWait(5);
            received += client.readAll();
        }
        QCOMPARE(received.size(), payload.size());
        QVERIFY(received == payload);
    }

    session.removeLocalForward(id);
    QVERIFY(session.localForwards().isEmpty());
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, localPort);
    QTRY_VERIFY_WITH_TIMEOUT(refused.state() == QAbstractSocket::UnconnectedState, kTimeoutMs);
}

void TestSshSession::reconnectsAfterSessionKilled()
{
    SshdFixture sshd;
    const QString key = sshd.startWithUserKey();
    QVERIFY2(!key.isEmpty(), sshd.log().constData());
    EchoServer echo;
    SshSession session(options(sshd, key));
    trustAutomatically(session);
    ShellLog shell(session);
    QList<State> states;
    QObject::connect(&session, &SshSession::stateChanged, &session, [&](State s) { states.append(s); });
    session.openShell(80, 24);
    QSignalSpy listening(&session, &SshSession::localForwardListening);
    session.addLocalForward(0, QStringLiteral("127.0.0.1"), echo.port());
    QVERIFY(connectAndWait(session));
    QTRY_COMPARE_WITH_TIMEOUT(shell.opened, 1, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(listening.count(), 1, kTimeoutMs);
    const auto localPort = listening.first().at(1).value<quint16>();
    QVERIFY(waitShellReady(session, shell));

    QVERIFY(sshd.killSessions() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(State::Reconnecting), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(shell.opened, 2, kTimeoutMs);
    QCOMPARE(shell.exitStatus, -2); // the drop is not the shell's end

    session.writeShell("echo $((6*7))\n");
    QTRY_VERIFY_WITH_TIMEOUT(shell.text.contains("42\r\n"), kTimeoutMs);

    // The forward listens on the same port and carries bytes again.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, localPort);
    QVERIFY(client.waitForConnected(kTimeoutMs));
    client.write("ping");
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll()) == "ping", kTimeoutMs);
}

void TestSshSession::shellCommandThenLoginShellAfterReconnect()
{
    // openShell with a command: the PTY runs it (here `cat` after a line of its own) instead of the
    // login shell; after a dropped connection the session reopens a login shell.
    SshdFixture sshd;
    const QString key = sshd.startWithUserKey();
    QVERIFY2(!key.isEmpty(), sshd.log().constData());
    SshSession session(options(sshd, key));
    trustAutomatically(session);
    ShellLog shell(session);
    session.openShell(90, 20, QStringLiteral("echo command-$((6*7)); stty size; exec cat"));
    QVERIFY(connectAndWait(session));
    QTRY_COMPARE_WITH_TIMEOUT(shell.opened, 1, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(shell.text.contains("command-42\r\n20 90\r\n"), kTimeoutMs);
    session.writeShell("echo not-$((1+1))\n"); // cat echoes the line as it is
    QTRY_VERIFY_WITH_TIMEOUT(shell.text.count("echo not-$((1+1))") == 2, kTimeoutMs);
    QVERIFY(!shell.text.contains("not-2"));

    QVERIFY(sshd.killSessions() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(shell.opened, 2, kTimeoutMs);
    QVERIFY(waitShellReady(session, shell)); // a shell that evaluates what it is given
}

void TestSshSession::reconnectsAfterServerRestart()
{
    SshdFixture sshd;
    const QString key = sshd.startWithUserKey();
    QVERIFY2(!key.isEmpty(), sshd.log().constData());
    SshSession session(options(sshd, key));
    trustAutomatically(session);
    ShellLog shell(session);
    QSignalSpy attempts(&session, &SshSession::reconnecting);
    QVERIFY(connectWithShell(session, shell));

    sshd.stop();
    QTRY_VERIFY_WITH_TIMEOUT(attempts.count() >= 2, kTimeoutMs); // the first attempt finds nobody listening
    QVERIFY(sshd.restart());
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(shell.opened, 2, kTimeoutMs);
    std::optional<gpudesk::Result<SshExecResult>> result;
    session.exec(QStringLiteral("echo back"), [&](gpudesk::Result<SshExecResult> r) { result = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kTimeoutMs);
    QVERIFY(result->ok());
    QCOMPARE((*result)->standardOutput, QByteArray("back\n"));
}

void TestSshSession::keepaliveNoticesASilentServer()
{
    SshdFixture sshd;
    const QString key = sshd.startWithUserKey();
    QVERIFY2(!key.isEmpty(), sshd.log().constData());
    SshOptions o = options(sshd, key);
    // 2 s of silence counts as dead: short for the test, yet long enough that a healthy sshd on a
    // loaded 2-core CI machine answers in time (3 × 200 ms once failed there).
    o.keepaliveIntervalMs = 200;
    o.keepaliveCountMax = 10;
    SshSession session(o);
    trustAutomatically(session);
    ShellLog shell(session);
    QSignalSpy attempts(&session, &SshSession::reconnecting);
    QVERIFY(connectWithShell(session, shell));
    // An idle but healthy link answers the keepalives and stays up.
    QTest::qWait(1500);
    QCOMPARE(attempts.count(), 0);

    // Frozen session processes keep the TCP connection open but answer nothing.
    QVERIFY(sshd.signalSessions(SIGSTOP) > 0);
    QVERIFY(attempts.wait(kTimeoutMs));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(shell.opened, 2, kTimeoutMs);
    QVERIFY(waitShellReady(session, shell));
    sshd.killSessions(); // the frozen ones and the new one
}

void TestSshSession::givesUpAfterAttempts()
{
    SshdFixture sshd;
    const QString key = sshd.startWithUserKey();
    QVERIFY2(!key.isEmpty(), sshd.log().constData());
    SshOptions o = options(sshd, key);
    o.reconnectDelaysMs = { 50, 50, 50 };
    SshSession session(o);
    trustAutomatically(session);
    QVERIFY(connectAndWait(session));
    QSignalSpy attempts(&session, &SshSession::reconnecting);
    QSignalSpy errors(&session, &SshSession::errorOccurred);
    sshd.stop();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, kTimeoutMs);
    QCOMPARE(attempts.count(), 3);
    QCOMPARE(errors.count(), 1);
    const auto error = errors.first().at(0).value<Error>();
    QVERIFY2(error.message.contains(QStringLiteral("was lost and 3 attempt")), qPrintable(error.message));
    std::optional<gpudesk::Result<SshExecResult>> result;
    session.exec(QStringLiteral("true"), [&](gpudesk::Result<SshExecResult> r) { result = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kTimeoutMs);
    QVERIFY(!result->ok());
}

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_ssh_session.moc"
