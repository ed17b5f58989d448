// The passphrase prompt of a terminal: the dialog (memory only, or the keychain by the user's
// choice; a PNG beside the binary), and terminals to a real OpenSSH sshd on 127.0.0.1 with a
// passphrase-protected key, where a passphrase kept in the store opens later terminals unasked.

#include "TerminalTestSupport.h"
#include "core/AppContext.h"
#include "secrets/MemorySecretStore.h"
#include "terminal/PassphraseDialog.h"
#include "terminal/TerminalTab.h"
#include "terminal/TerminalsPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QAction>
#include <QTest>

using namespace gpudesk;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kPassphrase = QStringLiteral("correct horse");

} // namespace

class TestTerminalPassphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dialogOffersTheKeychain();
    void dialogWithoutKeychainKeepsInMemory();
    void keptPassphraseOpensTheNextTerminal();
    void aSplitPaneUsesTheTabsPassphrase();

private:
    SshEndpoint endpoint() const;

    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    QString m_key;
};

void TestTerminalPassphrase::initTestCase()
{
    AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    m_key = m_sshd.startWithUserKey(QStringLiteral("id_encrypted"), kPassphrase);
    if (m_key.isEmpty())
        QSKIP("sshd could not start here");
}

SshEndpoint TestTerminalPassphrase::endpoint() const
{
    return test::sshdEndpoint(m_sshd, m_key);
}

void TestTerminalPassphrase::dialogOffersTheKeychain()
{
    PassphraseDialog dialog(m_key, tr("That passphrase does not open the key."), QStringLiteral("the system keychain"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassphrase"));
    auto *notice = dialog.findChild<QLabel *>(QStringLiteral("passphraseNotice"));
    QVERIFY(field && remember && notice);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QVERIFY(remember->isVisible());
    QVERIFY(!remember->isChecked()); // memory only unless the user asks
    QVERIFY(remember->text().contains(QStringLiteral("the system keychain")));
    QVERIFY(notice->text().contains(QStringLiteral("does not open")));
    QTest::keyClicks(field, kPassphrase);
    QCOMPARE(dialog.answer().passphrase, kPassphrase);
    QVERIFY(!dialog.answer().remember);
    remember->setChecked(true);
    QVERIFY(dialog.answer().remember);
    QVERIFY(dialog.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/terminal-passphrase.png")));
}

void TestTerminalPassphrase::dialogWithoutKeychainKeepsInMemory()
{
    PassphraseDialog dialog(m_key, QString(), QString());
    auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("rememberPassphrase"));
    QVERIFY(remember);
    QVERIFY(remember->isHidden());
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("passphraseNotice")));
    remember->setChecked(true); // cannot be, with nowhere to keep it
    QVERIFY(!dialog.answer().remember);
}

void TestTerminalPassphrase::keptPassphraseOpensTheNextTerminal()
{
    MemorySecretStore store;
    TerminalsPage page(m_dir.filePath(QStringLiteral("known_hosts")));
    page.setSecretStore(&store);
    page.resize(900, 400);
    page.show();

    QStringList asked;
    TerminalTab *first = page.openForJob(QStringLiteral("ssh://first"), QStringLiteral("first"), endpoint());
    first->setHostKeyAnswer(TerminalTab::HostKeyAnswer::TrustAlways);
    first->setPassphraseAnswer([&asked](const QString &keyFile, const QString &) {
        asked << keyFile;
        return std::optional<SshPassphrases::Answer>(SshPassphrases::Answer { kPassphrase, true });
    });
    QTRY_COMPARE_WITH_TIMEOUT(first->session()->state(), SshSession::State::Connected, kTimeoutMs);
    QCOMPARE(asked, QStringList { m_key });
    QTRY_COMPARE_WITH_TIMEOUT(store.entries().value(SshPassphrases::secretName(m_key)), kPassphrase, kTimeoutMs);

    TerminalTab *second = page.openForJob(QStringLiteral("ssh://second"), QStringLiteral("second"), endpoint());
    QVERIFY(second != first);
    second->setHostKeyAnswer(TerminalTab::HostKeyAnswer::TrustAlways);
    second->setPassphraseAnswer([&asked](const QString &keyFile, const QString &) {
        asked << keyFile;
        return std::optional<SshPassphrases::Answer>();
    });
    QTRY_COMPARE_WITH_TIMEOUT(second->session()->state(), SshSession::State::Connected, kTimeoutMs);
    QCOMPARE(asked.size(), 1); // the second terminal was not asked
}

void TestTerminalPassphrase::aSplitPaneUsesTheTabsPassphrase()
{
    TerminalsPage page(m_dir.filePath(QStringLiteral("known_hosts_split")));
    page.resize(1000, 400);
    page.show();
    int asked = 0;
    TerminalTab *first = page.openForJob(QStringLiteral("ssh://split"), QStringLiteral("split"), endpoint());
    first->setHostKeyAnswer(TerminalTab::HostKeyAnswer::TrustAlways);
    first->setPassphraseAnswer([&asked](const QString &, const QString &) {
        ++asked;
        return std::optional<SshPassphrases::Answer>(SshPassphrases::Answer { kPassphrase, false });
    });
    QTRY_COMPARE_WITH_TIMEOUT(first->session()->state(), SshSession::State::Connected, kTimeoutMs);
    QCOMPARE(asked, 1);
    // Split Right: a second connection to the same machine, opened with the passphrase typed above.
    page.splitRightAction()->trigger();
    TerminalTab *second = page.tabForJob(QStringLiteral("ssh://split"));
    QVERIFY(second && second != first);
    QTRY_COMPARE_WITH_TIMEOUT(second->session()->state(), SshSession::State::Connected, kTimeoutMs);
    QCOMPARE(asked, 1);
}

QTEST_MAIN(TestTerminalPassphrase)
#include "tst_terminal_passphrase.moc"
