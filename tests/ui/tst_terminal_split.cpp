// Split view in the Terminals page against a real OpenSSH sshd on 127.0.0.1: Split right and
// Split down (by their keys and actions) give panes with their own connections and shells, the
// focused pane is the one tabForJob() returns and the tab's title follows it, Close Pane collapses
// the split, the last pane closes the tab. A PNG of a two-pane split goes beside the binary.

#include "TerminalTestSupport.h"
#include "core/AppContext.h"
#include "terminal/TerminalScreen.h"
#include "terminal/TerminalSplit.h"
#include "terminal/TerminalTab.h"
#include "terminal/TerminalView.h"
#include "terminal/TerminalsPage.h"

#include <QAction>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;
using gpudesk::test::screenText;
using gpudesk::test::typeLine;

namespace {

constexpr int kTimeoutMs = 30000;

QRect geometryIn(QWidget *widget, QWidget *ancestor)
{
    return QRect(widget->mapTo(ancestor, QPoint(0, 0)), widget->size());
}

} // namespace

class TestTerminalSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void splitsIntoPanesWithTheirOwnShells();

private:
    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    QString m_key;
};

void TestTerminalSplit::initTestCase()
{
    AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    m_key = m_sshd.startWithUserKey();
    if (m_key.isEmpty())
        QSKIP("sshd could not start here");
}

void TestTerminalSplit::splitsIntoPanesWithTheirOwnShells()
{
    TerminalsPage page(m_dir.filePath(QStringLiteral("known_hosts")));
    page.setPreferences(QString(), 5000);
    page.resize(1200, 760);
    page.show();
    QApplication::setActiveWindow(&page);
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QVERIFY(!page.splitRightAction()->isEnabled()); // no tab yet

    const SshEndpoint endpoint = gpudesk::test::sshdEndpoint(m_sshd, m_key);
    const QString id = QStringLiteral("ssh://%1@127.0.0.1:%2").arg(endpoint.user).arg(endpoint.port);
    TerminalTab *first = page.openForJob(id, QStringLiteral("split-test"), endpoint);
    QVERIFY(first);
    first->setHostKeyAnswer(TerminalTab::HostKeyAnswer::TrustAlways); // later panes take the same answer
    TerminalSplit *split = page.splitForJob(id);
    QVERIFY(split);
    QCOMPARE(split->paneCount(), 1);
    QCOMPARE(page.tabForJob(id), first);
    QTRY_VERIFY(first->isVisible());
    QVERIFY(!first->isCompact()); // the whole width: every button in the row
    QTRY_VERIFY_WITH_TIMEOUT(first->statusLabel()->text().contains(QStringLiteral("Connected to")), kTimeoutMs);

    // Split right through the page's action.
    QVERIFY(page.splitRightAction()->isEnabled());
    page.splitRightAction()->trigger();
    QCOMPARE(split->paneCount(), 2);
    TerminalTab *second = split->panes().at(1);
    QVERIFY(second != first);
    QCOMPARE(split->focusedPane(), second); // a new pane takes the keyboard
    QCOMPARE(page.tabForJob(id), second);
    QCOMPARE(second->session()->options().port, m_sshd.port());
    QVERIFY(second->session() != first->session());

    // Split down by its key, typed into the focused pane.
    QTRY_VERIFY_WITH_TIMEOUT(second->view()->hasFocus(), kTimeoutMs);
    QTest::keyClick(second->view(), Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(split->paneCount(), 3);
    const QList<TerminalTab *> panes = split->panes();
    QCOMPARE(panes.at(0), first);
    QCOMPARE(panes.at(1), second);
    TerminalTab *third = panes.at(2);
    QCOMPARE(split->focusedPane(), third);
    QCOMPARE(page.count(), 1);
    QCOMPARE(page.openJobIds(), QStringList { id });

    // Layout: [first | [second / third]].
    QTRY_VERIFY(third->isVisible() && third->height() > 100);
    const QRect g1 = geometryIn(first, split), g2 = geometryIn(second, split), g3 = geometryIn(third, split);
    QVERIFY2(g2.left() > g1.right() && g3.left() == g2.left(), "second and third are right of first");
    QVERIFY2(g3.top() > g2.bottom(), "third is below second");
    QVERIFY(g1.height() > g2.height() + g3.height() - 20);
    QCOMPARE(second->view()->scrollbackLines(), 5000); // the page's preferences reach new panes
    // Half a window: the buttons go into the More menu, and the split does not force the window wider.
    QVERIFY(first->isCompact() && second->isCompact() && third->isCompact());
    QVERIFY2(split->minimumSizeHint().width() < 700, qPrintable(QString::number(split->minimumSizeHint().width())));

    // Ctrl+Shift+arrows move the keyboard to the pane beside the focused one.
    const auto move = [&split](Qt::Key key) {
        QTest::keyClick(split->focusedPane()->view(), key, Qt::ControlModifier | Qt::ShiftModifier);
        return split->focusedPane();
    };
    split->focusPane(first);
    QTRY_VERIFY(first->view()->hasFocus());
    QCOMPARE(move(Qt::Key_Left), first); // nothing further left
    QCOMPARE(move(Qt::Key_Right), second); // of the two on the right, the nearer (a tie: the first)
    QCOMPARE(move(Qt::Key_Down), third);
    QTRY_VERIFY(third->view()->hasFocus());
    QCOMPARE(move(Qt::Key_Up), second);
    QCOMPARE(move(Qt::Key_Left), first);
    QVERIFY(page.focusPaneAction(Qt::RightArrow));

    // Every pane has its own connection and its own shell.
    for (TerminalTab *pane : panes)
        QTRY_VERIFY_WITH_TIMEOUT(pane->statusLabel()->text().contains(QStringLiteral("Connected to")), kTimeoutMs);
    for (int n = 1; n <= 3; ++n) {
        TerminalTab *pane = panes.at(n - 1);
        split->focusPane(pane);
        QTRY_VERIFY(pane->view()->hasFocus());
        // A plain prompt that leaves the title alone, then a title and a result of this pane's own.
        typeLine(pane, QStringLiteral("PROMPT_COMMAND=; PS1='%1> '; printf '\\033]2;title-%1\\007'; echo pane-$((%1*10+1))")
                       .arg(n));
    }
    for (int n = 1; n <= 3; ++n) {
        TerminalTab *pane = panes.at(n - 1);
        const QString result = QStringLiteral("pane-%1").arg(n * 10 + 1);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(pane->screen()).contains(result), kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(pane->displayTitle(), QStringLiteral("title-%1").arg(n), kTimeoutMs);
        for (TerminalTab *other : panes) {
            if (other != pane)
                QVERIFY2(!screenText(other->screen()).contains(result), qPrintable(result));
        }
    }

    // The tab's title follows the focused pane: by focusPane() and by a click into a pane.
    auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("terminalTabs"));
    QVERIFY(tabs);
    split->focusPane(first);
    QCOMPARE(tabs->tabText(0), QStringLiteral("title-1"));
    QCOMPARE(page.tabForJob(id), first);
    QTest::mouseClick(second->view()->viewport(), Qt::LeftButton, {}, QPoint(40, 40));
    QCOMPARE(split->focusedPane(), second);
    QCOMPARE(tabs->tabText(0), QStringLiteral("title-2"));
    QTRY_VERIFY(second->view()->hasFocus());

    // Close Pane (its key) on the middle pane: the neighbour below takes the focus, the
    // vertical splitter gives way, first and third share the width.
    QTest::keyClick(second->view(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(split->paneCount(), 2);
    QCOMPARE(split->panes(), (QList<TerminalTab *> { first, third }));
    QCOMPARE(split->focusedPane(), third);
    QCOMPARE(tabs->tabText(0), QStringLiteral("title-3"));
    QCOMPARE(page.tabForJob(id), third);
    QCOMPARE(split->findChildren<QSplitter *>(QStringLiteral("terminalSplitter")).size() -
                 split->findChildren<QSplitter *>(QStringLiteral("terminalSplitter"), Qt::FindDirectChildrenOnly).size(),
             0);
    QTRY_VERIFY(third->height() > g1.height() - 20);
    QVERIFY(geometryIn(third, split).left() > geometryIn(first, split).right());
    // Both still answer.
    typeLine(first, QStringLiteral("echo still-$((6*7))"));
    typeLine(third, QStringLiteral("echo also-$((6*7))"));
    QTRY_VERIFY_WITH_TIMEOUT(screenText(first->screen()).contains(QStringLiteral("still-42")), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(third->screen()).contains(QStringLiteral("also-42")), kTimeoutMs);
    page.setPreferences(QString(), 7000);
    QCOMPARE(first->view()->scrollbackLines(), 7000);
    QCOMPARE(third->view()->scrollbackLines(), 7000);

    QCoreApplication::processEvents();
    QVERIFY(page.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/terminal-split.png")));

    // The tab shows how its connections stand: both panes connected...
    QCOMPARE(page.tabState(0), SshSession::State::Connected);
    QVERIFY(!tabs->tabIcon(0).isNull());
    QVERIFY2(tabs->tabToolTip(0).contains(QStringLiteral("Connected (2 panes)")), qPrintable(tabs->tabToolTip(0).replace(u'\n', u'|')));
    // ...the server goes away: every pane retries, and the tab says so...
    m_sshd.stop();
    QTRY_COMPARE_WITH_TIMEOUT(page.tabState(0), SshSession::State::Reconnecting, kTimeoutMs);
    QVERIFY(tabs->tabToolTip(0).contains(QStringLiteral("Reconnecting")));
    // ...and it is back once they all are.
    QVERIFY(m_sshd.restart());
    QTRY_COMPARE_WITH_TIMEOUT(page.tabState(0), SshSession::State::Connected, kTimeoutMs);
    // The new shells answer (and so have finished their startup files) before the test closes
    // them: a shell hung up in the middle of those can leave their locks behind.
    for (TerminalTab *pane : split->panes()) {
        typeLine(pane, QStringLiteral("echo back-$((6*7))"));
        QTRY_VERIFY_WITH_TIMEOUT(screenText(pane->screen()).contains(QStringLiteral("back-42")), kTimeoutMs);
    }

    // The same job again focuses its tab and returns the focused pane.
    QCOMPARE(page.openForJob(id, QStringLiteral("split-test"), endpoint), third);
    QCOMPARE(page.count(), 1);

    // The last pane closes the tab.
    split->closePane(third);
    QCOMPARE(split->focusedPane(), first);
    QCOMPARE(tabs->tabText(0), QStringLiteral("title-1"));
    page.closePaneAction()->trigger();
    QCOMPARE(page.count(), 0);
    QVERIFY(page.tabForJob(id) == nullptr);
    QVERIFY(page.openJobIds().isEmpty());
    QVERIFY(!page.closePaneAction()->isEnabled());
}

QTEST_MAIN(TestTerminalSplit)
#include "tst_terminal_split.moc"
