// A flood of shell output through SshSession + TerminalFeeder + TerminalScreen against OpenSSH's
// real sshd (tests/support/SshdFixture.h): Ctrl-C stops it on screen, flow control holds the
// server back while the screen has not consumed the output, and a reconnect starts counting anew.
// No timings asserted here: the Ctrl-C latency and the event loop's longest block are measured by
// gpudesk-bench-terminal.

#include "ssh/SshSession.h"
#include "terminal/TerminalFeeder.h"
#include "terminal/TerminalScreen.h"

#include "ShellFlood.h"
#include "SshdClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using gpudesk::SshExecResult;
using gpudesk::SshOptions;
using gpudesk::SshSession;
using gpudesk::TerminalFeeder;
using gpudesk::TerminalScreen;
using State = gpudesk::SshSession::State;

namespace {

constexpr int kTimeoutMs = 120000;
constexpr qint64 kWindow = 512 * 1024;
// libssh widens the SSH channel window to 1,280,000 bytes (WINDOWBASE in its channels.c): the most
// the server may send that nobody has read yet. sshd keeps at most as much again read from the PTY.
constexpr qint64 kSshWindow = 1280000;

// Waits until `bytes()` has not changed for `quietMs` (or `timeoutMs` passed); returns its value.
template <typename F> qint64 waitQuiet(F bytes, int quietMs, int timeoutMs)
{
    QElapsedTimer total;
    total.start();
    qint64 last = bytes();
    QElapsedTimer still;
    still.start();
    while (still.elapsed() < quietMs && total.elapsed() < timeoutMs) {
        QTest::qWait(20);
        const qint64 now = bytes();
        if (now != last) {
            last = now;
            still.restart();
        }
    }
    return last;
}

} // namespace

class TestSshFlood : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ctrlCStopsAFloodOnScreen();
    void unconsumedOutputHoldsTheServer();
    void reconnectStartsTheWindowAgain();

private:
    SshOptions options() const;
    bool connect(SshSession &session, int *opened);

    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    QString m_key;
};

void TestSshFlood::initTestCase()
{
    qRegisterMetaType<gpudesk::Error>();
    qRegisterMetaType<State>();
    const QString why = m_sshd.prepare();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    m_key = m_sshd.makeUserKey(QStringLiteral("id_user"));
    QVERIFY(!m_key.isEmpty());
    QVERIFY2(m_sshd.start(), m_sshd.log().constData());
}

SshOptions TestSshFlood::options() const
{
    SshOptions o = sshdClientOptions(m_sshd, m_key, m_dir.filePath(QStringLiteral("known_hosts")));
    o.autoReconnect = true;
    o.reconnectDelaysMs = { 100, 200, 400, 800, 1600, 3200 };
    return o;
}

// Connected with a shell open; `opened` counts shellOpened().
bool TestSshFlood::connect(SshSession &session, int *opened)
{
    QObject::connect(&session, &SshSession::hostKeyNeedsDecision, &session, [&session] { session.acceptHostKey(true); });
    QObject::connect(&session, &SshSession::shellOpened, &session, [opened] { ++*opened; });
    session.connectToHost();
    return QTest::qWaitFor([&] { return session.state() == State::Connected && *opened >= 1; }, kTimeoutMs);
}

void TestSshFlood::ctrlCStopsAFloodOnScreen()
{
    SshSession session(options());
    TerminalScreen screen(50, 200);
    TerminalFeeder feeder(&screen);
    feeder.attach(&session, kWindow);
    qint64 received = 0;
    QObject::connect(&session, &SshSession::shellData, &session, [&](const QByteArray &d) { received += d.size(); });
    int opened = 0;
    session.openShell(200, 50);
    QVERIFY(connect(session, &opened));
    // The shell is ready (its rc files ran) before anything is interrupted.
    session.writeShell("echo ready-$((40+2))\n");
    QTRY_VERIFY_WITH_TIMEOUT(shellflood::screenShows(screen, QStringLiteral("ready-42")), kTimeoutMs);

    session.writeShell(shellflood::floodCommand());
    QTRY_VERIFY_WITH_TIMEOUT(feeder.bytesFed() > 8 * 1000 * 1000, kTimeoutMs);
    QVERIFY(shellflood::screenShows(screen, QStringLiteral("flood green orange truecolour 中文字符 日本語 mixed")));
    // A command on its own channel is served during the flood.
    std::optional<gpudesk::Result<SshExecResult>> exec;
    session.exec(QStringLiteral("echo exec-$((40+2))"), [&](gpudesk::Result<SshExecResult> r) { exec = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(exec.has_value(), kTimeoutMs);
    QVERIFY(exec->ok());
    QCOMPARE((*exec)->standardOutput, QByteArray("exec-42\n"));

    const qint64 atCtrlC = received;
    session.writeShell("\x03");
    const qint64 settled = waitQuiet([&] { return feeder.bytesFed(); }, 500, kTimeoutMs);
    session.writeShell("echo END-$((6*7))\n");
    QTRY_VERIFY_WITH_TIMEOUT(shellflood::screenShows(screen, QStringLiteral("END-42")), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(session.shellFlowStats().shellBytes, received, kTimeoutMs);
    feeder.flush();

    const SshSession::ShellFlowStats stats = session.shellFlowStats();
    const qint64 afterCtrlC = settled - atCtrlC;
    qInfo("flood: %lld bytes before Ctrl-C, %lld after it; peak unconsumed %lld of a %lld window, %llu throttles",
        atCtrlC, afterCtrlC, stats.peakUnconsumed, stats.window, stats.throttles);
    // The output stopped: what followed Ctrl-C is what was in flight (our window, the SSH window,
    // sshd's buffer) plus what flowed until the remote side acted on it (about 5 MB here; up to
    // ~50 MB on a machine loaded with builds), nowhere near the gigabyte the command would print.
    QVERIFY2(afterCtrlC < 100 * 1000 * 1000, qPrintable(QString::number(afterCtrlC)));
    QVERIFY(received < 300 * 1000 * 1000);
    // Flow control held: the worker never handed out more than the window unconsumed, and it did
    // have to wait for the screen.
    QCOMPARE(stats.window, kWindow);
    QVERIFY2(stats.peakUnconsumed <= kWindow, qPrintable(QString::number(stats.peakUnconsumed)));
    QVERIFY(stats.throttles > 0);
    QCOMPARE(feeder.bytesFed(), received);
}

void TestSshFlood::unconsumedOutputHoldsTheServer()
{
    // A consumer that does not consume: the worker stops at the window, the server waits.
    SshSession session(options());
    session.setShellFlowControl(kWindow);
    QByteArray text;
    QObject::connect(&session, &SshSession::shellData, &session, [&](const QByteArray &d) { text += d; });
    int opened = 0;
    session.openShell(200, 50);
    QVERIFY(connect(session, &opened));
    session.writeShell("echo ready-$((40+2))\n");
    QTRY_VERIFY_WITH_TIMEOUT(text.contains("ready-42"), kTimeoutMs);
    session.consumeShellData(text.size());

    session.writeShell(shellflood::floodCommand());
    const qint64 consumedBefore = text.size();
    const qint64 held = waitQuiet([&] { return qint64(text.size()); }, 1000, kTimeoutMs);
    // Exactly the window: the worker reads no further, however much the server has.
    QCOMPARE(held - consumedBefore, kWindow);
    SshSession::ShellFlowStats stats = session.shellFlowStats();
    QCOMPARE(stats.unconsumed, held - consumedBefore);
    QVERIFY(stats.throttles > 0);

    // Throttled, the worker is idle: its 10 ms pump does not spin (a busy pump would tick ~100
    // times in this second), and a command, a keepalive's traffic, still get through.
    const quint64 ticks = stats.pumpTicks;
    QTest::qWait(1000);
    const quint64 idleTicks = session.shellFlowStats().pumpTicks - ticks;
    QVERIFY2(idleTicks < 10, qPrintable(QString::number(idleTicks)));
    std::optional<gpudesk::Result<SshExecResult>> exec;
    session.exec(QStringLiteral("echo exec-$((40+2))"), [&](gpudesk::Result<SshExecResult> r) { exec = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(exec.has_value(), kTimeoutMs);
    QVERIFY(exec->ok());
    QCOMPARE((*exec)->standardOutput, QByteArray("exec-42\n"));
    QCOMPARE(qint64(text.size()), held); // still nothing more from the shell

    // Ctrl-C while held; then consume: only what was in flight follows, and the shell answers.
    session.writeShell("\x03");
    session.writeShell("echo END-$((6*7))\n");
    qint64 consumed = held;
    session.consumeShellData(held - consumedBefore);
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (text.size() > consumed) {
                session.consumeShellData(text.size() - consumed);
                consumed = text.size();
            }
            return text.contains("END-42");
        },
        kTimeoutMs));
    const qint64 afterCtrlC = text.size() - held;
    qInfo("held %lld bytes unconsumed; %lld bytes followed Ctrl-C", held - consumedBefore, afterCtrlC);
    QVERIFY2(afterCtrlC < 2 * kSshWindow + 1024 * 1024, qPrintable(QString::number(afterCtrlC)));
    QVERIFY(session.shellFlowStats().peakUnconsumed <= kWindow);
}

void TestSshFlood::reconnectStartsTheWindowAgain()
{
    SshSession session(options());
    session.setShellFlowControl(kWindow);
    QByteArray text;
    qint64 sinceReopen = 0;
    int opened = 0;
    QObject::connect(&session, &SshSession::shellData, &session, [&](const QByteArray &d) {
        text += d;
        if (opened >= 2)
            sinceReopen += d.size();
    });
    session.openShell(120, 40);
    QVERIFY(connect(session, &opened));
    session.writeShell("echo ready-$((40+2))\n");
    QTRY_VERIFY_WITH_TIMEOUT(text.contains("ready-42"), kTimeoutMs);
    // Fill the window without consuming: the shell is throttled.
    session.writeShell(shellflood::floodCommand());
    QTRY_VERIFY_WITH_TIMEOUT(session.shellFlowStats().unconsumed >= kWindow, kTimeoutMs);
    const qint64 stale = text.size();

    // The link drops: the new shell is not held back by the old shell's unconsumed output.
    session.simulateConnectionLoss();
    QTRY_COMPARE_WITH_TIMEOUT(opened, 2, kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, kTimeoutMs);
    session.writeShell("echo again-$((1+1))\n");
    QTRY_VERIFY_WITH_TIMEOUT(text.mid(stale).contains("again-2"), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(session.shellFlowStats().unconsumed, sinceReopen, kTimeoutMs);
    // Consuming the old shell's bytes now does not count for the new one.
    session.consumeShellData(stale);
    QTest::qWait(100);
    QCOMPARE(session.shellFlowStats().unconsumed, sinceReopen);
    session.consumeShellData(sinceReopen);
    QTRY_COMPARE_WITH_TIMEOUT(session.shellFlowStats().unconsumed, qint64(0), kTimeoutMs);
    QVERIFY(session.shellFlowStats().peakUnconsumed <= kWindow);
}

QTEST_GUILESS_MAIN(TestSshFlood)
#include "tst_ssh_flood.moc"
