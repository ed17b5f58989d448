// tmux in a terminal tab against a real OpenSSH sshd on 127.0.0.1 (and the machine's own tmux):
// the tab starts inside a tmux session of its own, a dropped connection (the sshd session
// processes killed) reconnects to a login shell and the tab offers the session, Attach gets the
// user back into it with what ran there kept. "Continue in tmux" switches a plain tab. Every
// session the test starts is killed at the end. A PNG of the offer goes beside the binary.

#include "TerminalTestSupport.h"
#include "core/AppContext.h"
#include "terminal/TerminalScreen.h"
#include "terminal/TerminalTab.h"
#include "terminal/TerminalView.h"

#include <QFrame>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;
using gpudesk::test::screenText;
using gpudesk::test::typeLine;

namespace {

constexpr int kTimeoutMs = 30000;

// The sshd runs as this user on this machine: its tmux sessions are ours to end, also when a
// check fails half-way.
struct TmuxSessionGuard
{
    QString name;
    ~TmuxSessionGuard()
    {
        if (name.isEmpty())
            return;
        QProcess tmux; // quiet: normally the test has ended the session already
        tmux.start(QStringLiteral("tmux"), { QStringLiteral("kill-session"), QStringLiteral("-t"), QStringLiteral("=") + name });
        tmux.waitForFinished(10000);
    }
};

} // namespace

class TestTerminalTmux : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startsInTmuxAndReattachesAfterReconnect();
    void continueInTmuxSwitchesAPlainTab();
    void newTabOffersAnEarlierSession();

private:
    std::unique_ptr<TerminalTab> newTab(bool startInTmux);
    // Ends the session through the tab's own connection and checks that it is gone.
    void killOnMachine(TerminalTab *tab, const QString &name);
    // The exit status of `command` on the machine (-1: it did not run).
    static int execStatus(TerminalTab *tab, const QString &command);

    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    QString m_key;
};

void TestTerminalTmux::initTestCase()
{
    AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    qRegisterMetaType<gpudesk::SshExecResult>();
    if (QStandardPaths::findExecutable(QStringLiteral("tmux")).isEmpty())
        QSKIP("tmux is not installed here (Debian package tmux; installer/bootstrap.sh installs it)");
    m_key = m_sshd.startWithUserKey();
    if (m_key.isEmpty())
        QSKIP("sshd could not start here");
}

std::unique_ptr<TerminalTab> TestTerminalTmux::newTab(bool startInTmux)
{
    const SshEndpoint endpoint = gpudesk::test::sshdEndpoint(m_sshd, m_key);
    auto tab = std::make_unique<TerminalTab>(QStringLiteral("ssh://tmux-test"), QStringLiteral("tmux"), endpoint,
                                             m_dir.filePath(QStringLiteral("known_hosts")));
    tab->setHostKeyAnswer(TerminalTab::HostKeyAnswer::TrustAlways);
    tab->setStartInTmux(startInTmux);
    tab->resize(1000, 460);
    tab->show();
    return tab;
}

int TestTerminalTmux::execStatus(TerminalTab *tab, const QString &command)
{
    std::optional<int> status;
    tab->session()->exec(command, [&status](Result<SshExecResult> r) { status = r && !r->error ? r->exitStatus : -1; });
    (void)QTest::qWaitFor([&status] { return status.has_value(); }, kTimeoutMs);
    return status.value_or(-1);
}

void TestTerminalTmux::killOnMachine(TerminalTab *tab, const QString &name)
{
    QCOMPARE(execStatus(tab, QStringLiteral("tmux kill-session -t =%1").arg(name)), 0);
    QCOMPARE(execStatus(tab, QStringLiteral("tmux has-session -t =%1 2>/dev/null").arg(name)), 1);
}

void TestTerminalTmux::startsInTmuxAndReattachesAfterReconnect()
{
    auto tab = newTab(true);
    TmuxSessionGuard guard;
    QTRY_VERIFY_WITH_TIMEOUT(tab->inTmux(), kTimeoutMs);
    const QString name = tab->tmuxSession();
    guard.name = name;
    QVERIFY2(name.startsWith(QStringLiteral("gpudesk-")) && name.size() == 14, qPrintable(name));
    // tmux's status line shows the session (its name cut to ten characters), which runs on the
    // machine; a marker set inside tmux.
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("[gpudesk-")), kTimeoutMs);
    QCOMPARE(execStatus(tab.get(), QStringLiteral("tmux has-session -t =%1").arg(name)), 0);
    typeLine(tab.get(), QStringLiteral("export MARK=7; echo ready-$((3*3))"));
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("ready-9")), kTimeoutMs);
    QVERIFY(tab->tmuxOffer()->isHidden());
    QVERIFY(tab->screen()->altScreen());

    // The link drops: a login shell after the reconnect, and the offer.
    QSignalSpy offered(tab.get(), &TerminalTab::tmuxOffered);
    QVERIFY(m_sshd.killSessions() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, kTimeoutMs);
    QCOMPARE(offered.first().first().toString(), name);
    QVERIFY(!tab->inTmux());
    QVERIFY(tab->tmuxOffer()->isVisible());
    QVERIFY(!tab->screen()->altScreen()); // tmux's screen modes, cut off by the drop, were reset
    QCOMPARE(tab->tmuxOfferText()->text(), QStringLiteral("Your tmux session %1 is still running on the machine.").arg(name));
    // The new shell is not the tmux one: no MARK there (and it has finished starting).
    typeLine(tab.get(), QStringLiteral("echo plain-$((MARK+0))"));
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("plain-0")), kTimeoutMs);
    QCoreApplication::processEvents();
    QVERIFY(tab->grab().save(QStringLiteral(GPUDESK_TEST_OUT "/terminal-tmux-offer.png")));

    // Attach: back in the session, which kept its shell and what was set in it.
    QTest::mouseClick(tab->attachTmuxButton(), Qt::LeftButton);
    QVERIFY(tab->inTmux());
    QVERIFY(tab->tmuxOffer()->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("ready-9")), kTimeoutMs);
    typeLine(tab.get(), QStringLiteral("echo answer-$((MARK*6))"));
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("answer-42")), kTimeoutMs);
    QVERIFY(!screenText(tab->screen()).contains(QStringLiteral("plain-0"))); // tmux's screen, not the login shell's
    QCOMPARE(tab->tmuxSession(), name);
    QCOMPARE(offered.count(), 1);

    killOnMachine(tab.get(), name);
}

void TestTerminalTmux::continueInTmuxSwitchesAPlainTab()
{
    auto tab = newTab(false);
    TmuxSessionGuard guard;
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->state() == SshSession::State::Connected, kTimeoutMs);
    // A login shell, fully started before it is replaced.
    typeLine(tab.get(), QStringLiteral("echo login-$((2+3))"));
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("login-5")), kTimeoutMs);
    QVERIFY(!tab->inTmux());
    QVERIFY(tab->tmuxSession().isEmpty());

    tab->startTmux(); // More → Continue in tmux
    QTRY_VERIFY_WITH_TIMEOUT(tab->inTmux(), kTimeoutMs);
    const QString name = tab->tmuxSession();
    guard.name = name;
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("[gpudesk-")), kTimeoutMs);
    QCOMPARE(execStatus(tab.get(), QStringLiteral("tmux has-session -t =%1").arg(name)), 0);
    typeLine(tab.get(), QStringLiteral("echo in-tmux-$((4*4)) $TMUX"));
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("in-tmux-16 /")), kTimeoutMs);

    // Detaching ends the tab's shell; the session still runs, so the tab offers it.
    QSignalSpy offered(tab.get(), &TerminalTab::tmuxOffered);
    typeLine(tab.get(), QStringLiteral("tmux detach-client"));
    QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, kTimeoutMs);
    QVERIFY(!tab->inTmux());
    tab->attachTmux();
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("in-tmux-16 /")), kTimeoutMs);

    killOnMachine(tab.get(), name);
}

void TestTerminalTmux::newTabOffersAnEarlierSession()
{
    TmuxSessionGuard guard;
    QString name;
    {
        auto first = newTab(true);
        QTRY_VERIFY_WITH_TIMEOUT(first->inTmux(), kTimeoutMs);
        name = first->tmuxSession();
        guard.name = name;
        QTRY_VERIFY_WITH_TIMEOUT(screenText(first->screen()).contains(QStringLiteral("[gpudesk-")), kTimeoutMs);
        typeLine(first.get(), QStringLiteral("export MARK=5; echo set-$((MARK))"));
        QTRY_VERIFY_WITH_TIMEOUT(screenText(first->screen()).contains(QStringLiteral("set-5")), kTimeoutMs);
    } // the tab is closed; its tmux session keeps running, detached

    // A new plain terminal to the machine finds it and offers it.
    auto second = newTab(false);
    QSignalSpy offered(second.get(), &TerminalTab::tmuxOffered);
    QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, kTimeoutMs);
    QCOMPARE(offered.first().first().toString(), name);
    QVERIFY(second->tmuxOfferText()->text().contains(QStringLiteral("earlier GPU Desk terminal")));
    QVERIFY(!second->inTmux());
    QTest::mouseClick(second->attachTmuxButton(), Qt::LeftButton);
    QVERIFY(second->inTmux());
    QCOMPARE(second->tmuxSession(), name);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(second->screen()).contains(QStringLiteral("set-5")), kTimeoutMs);
    typeLine(second.get(), QStringLiteral("echo answer-$((MARK*8))"));
    QTRY_VERIFY_WITH_TIMEOUT(screenText(second->screen()).contains(QStringLiteral("answer-40")), kTimeoutMs);
    killOnMachine(second.get(), name);
}

QTEST_MAIN(TestTerminalTmux)
#include "tst_terminal_tmux.moc"
