// `gpudesk --connect ssh://user@host:port -i KEY`: a terminal to any SSH host (here a real OpenSSH
// sshd started by the test on 127.0.0.1), through MainWindow::connectTo, which main() calls.

#include "SshdFixture.h"
#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "core/AppContext.h"
#include "core/Clock.h"
#include "ssh/KnownHosts.h"
#include "terminal/TerminalScreen.h"
#include "terminal/TerminalTab.h"
#include "terminal/TerminalsPage.h"
#include "terminal/TerminalView.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

class TestConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }
    void opensATerminalToAnySshHost();
    void refusesWhatIsNotAnSshAddress();

private:
    static QString screenText(TerminalScreen *screen)
    {
        QString all;
        for (int line = 0; line < screen->rows(); ++line)
            all += screen->lineText(line) + u'\n';
        return all;
    }
};

void TestConnect::opensATerminalToAnySshHost()
{
    SshdFixture sshd;
    const QString key = sshd.startWithUserKey();
    if (key.isEmpty())
        QSKIP("sshd could not start here");
    QTemporaryDir dir;
    // The host is trusted beforehand (the prompt path is tst_terminals_sandbox's and tst_ssh_session's).
    const QString knownHosts = dir.filePath(QStringLiteral("known_hosts"));
    QFile pub(sshd.hostKeyPath() + QStringLiteral(".pub"));
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    QVERIFY(KnownHosts(knownHosts, QString())
                .trust(QStringLiteral("127.0.0.1"), sshd.port(), QString::fromLatin1(fields.at(0)),
                       QByteArray::fromBase64(fields.at(1)))
                .ok());

    SystemClock clock;
    auto catalog = Catalog::loadBundled(clock);
    QVERIFY(catalog);
    MainWindow window(*catalog, nullptr, dir.path());
    auto *terminals = new TerminalsPage(knownHosts);
    window.setTerminalsPage(terminals);
    terminals->setPreferences(QString(), 20'000); // Settings → Appearance
    window.resize(1100, 700);
    window.show();

    const QString url = QStringLiteral("ssh://%1@127.0.0.1:%2").arg(SshdFixture::currentUser()).arg(sshd.port());
    QVERIFY(window.connectTo(url, key).ok());
    TerminalTab *tab = terminals->tabForJob(url);
    QVERIFY(tab);
    QCOMPARE(tab->view()->scrollbackLines(), 20'000);
    QTRY_VERIFY_WITH_TIMEOUT(tab->statusLabel()->text().contains(QStringLiteral("Connected to")), 20000);
    QVERIFY2(!tab->statusLabel()->text().contains(QStringLiteral("job")), qPrintable(tab->statusLabel()->text()));
    QTest::keyClicks(tab->view(), QStringLiteral("echo connect-$((40+2))"));
    QTest::keyClick(tab->view(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("connect-42")), 20000);
    // The same address again reuses its tab.
    QVERIFY(window.connectTo(url, key).ok());
    QCOMPARE(terminals->tabForJob(url), tab);
}

void TestConnect::refusesWhatIsNotAnSshAddress()
{
    QTemporaryDir dir;
    SystemClock clock;
    auto catalog = Catalog::loadBundled(clock);
    QVERIFY(catalog);
    MainWindow window(*catalog, nullptr, dir.path());
    window.setTerminalsPage(new TerminalsPage(dir.filePath(QStringLiteral("known_hosts"))));
    for (const char *bad : {"http://example.org", "ssh://", "user@host", "ssh://host/path"}) {
        auto r = window.connectTo(QString::fromLatin1(bad));
        QVERIFY2(!r.ok(), bad);
        QVERIFY(r.error().message.contains(QStringLiteral("ssh://user@host:port")));
    }
}

QTEST_MAIN(TestConnect)
#include "tst_connect.moc"
