// Settings → SSH: the launch key (GPU Desk's own or the user's) and the trusted hosts list with
// Forget, over real files in a temporary data folder.

#include "core/AppContext.h"
#include "core/AppSettings.h"
#include "providers/sandbox/SandboxPaths.h"
#include "providers/sandbox/SshKeys.h"
#include "settings/SshSettingsTab.h"
#include "ssh/KnownHosts.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

class TestSshSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); }
    void launchKeyIsGpuDesksOwnOrTheUsers();
    void trustedHostsAreListedAndForgotten();
    void tmuxChoiceIsStored();
};

void TestSshSettings::launchKeyIsGpuDesksOwnOrTheUsers()
{
    QTemporaryDir dir;
    const QString own = SandboxPaths(dir.path()).defaultPrivateKey();
    QVERIFY(SshKeys::ensureKeyPair(own).ok());
    const auto ownPrint = SshKeys::fingerprintOfPublicKeyFile(own + QStringLiteral(".pub"));
    QVERIFY(ownPrint);
    SshSettingsTab tab(dir.path(), dir.filePath(QStringLiteral("ssh/known_hosts")));
    tab.show();
    QVERIFY2(tab.keyLabel()->text().contains(*ownPrint), qPrintable(tab.keyLabel()->text()));
    QSignalSpy changed(&tab, &SshSettingsTab::launchKeyChanged);

    // A key without its public half is refused, and nothing changes.
    const QString lonely = dir.filePath(QStringLiteral("lonely_key"));
    QVERIFY(QFile::copy(own, lonely));
    QVERIFY(!tab.useKey(lonely));
    QVERIFY(tab.message()->text().contains(QStringLiteral("public half")));
    QCOMPARE(changed.count(), 0);
    QVERIFY(AppSettings(dir.path()).sshIdentityFile().isEmpty());

    // The user's own key.
    const QString mine = dir.filePath(QStringLiteral("id_mine"));
    QVERIFY(SshKeys::ensureKeyPair(mine).ok());
    const auto minePrint = SshKeys::fingerprintOfPublicKeyFile(mine + QStringLiteral(".pub"));
    QVERIFY(tab.useKey(mine));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(AppSettings(dir.path()).sshIdentityFile(), mine);
    QVERIFY(tab.keyLabel()->text().contains(*minePrint));

    // Back to GPU Desk's own.
    tab.findChild<QPushButton *>(QStringLiteral("useOwnKey"))->click();
    QCOMPARE(changed.count(), 2);
    QVERIFY(AppSettings(dir.path()).sshIdentityFile().isEmpty());
    QVERIFY(tab.keyLabel()->text().contains(*ownPrint));
}

void TestSshSettings::trustedHostsAreListedAndForgotten()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("known_hosts"));
    const KnownHosts known(file, QString());
    const QByteArray blobA = QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIDv6VQq3TO2RWbYHTbR5YfJ4ly6Sa5bEKYRNTtkUIJw5");
    const QByteArray blobB = QByteArray::fromBase64("AAAAC3NzaC1lZDI1NTE5AAAAIHHJ2Y9m4Z6x1f8LWsQJ1mrf7Uv5V2C1mHBpMZkZ3vYw");
    QVERIFY(known.trust(QStringLiteral("127.0.0.1"), 2222, QStringLiteral("ssh-ed25519"), blobA).ok());
    QVERIFY(known.trust(QStringLiteral("gpu1.example.org"), 22, QStringLiteral("ssh-ed25519"), blobB).ok());

    SshSettingsTab tab(dir.path(), file);
    tab.show();
    QTableWidget *hosts = tab.hostsTable();
    QCOMPARE(hosts->rowCount(), 2);
    QCOMPARE(hosts->item(0, 0)->text(), QStringLiteral("[127.0.0.1]:2222"));
    QCOMPARE(hosts->item(0, 2)->text(), KnownHosts::fingerprint(blobA));
    QCOMPARE(hosts->item(1, 0)->text(), QStringLiteral("gpu1.example.org"));
    QVERIFY(!tab.forgetButton()->isEnabled());
    tab.resize(900, 560);
    QVERIFY(tab.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/ssh-settings.png")));

    hosts->selectRow(0);
    QVERIFY(tab.forgetButton()->isEnabled());
    tab.forgetButton()->click();
    QCOMPARE(hosts->rowCount(), 1);
    QCOMPARE(hosts->item(0, 0)->text(), QStringLiteral("gpu1.example.org"));
    auto left = known.entries();
    QVERIFY(left);
    QCOMPARE(left->size(), 1);
    QCOMPARE(known.check(QStringLiteral("127.0.0.1"), 2222, QStringLiteral("ssh-ed25519"), blobA).status,
             KnownHosts::Status::Unknown);
    QVERIFY(tab.message()->text().contains(QStringLiteral("[127.0.0.1]:2222")));
}

void TestSshSettings::tmuxChoiceIsStored()
{
    QTemporaryDir dir;
    {
        SshSettingsTab tab(dir.path(), dir.filePath(QStringLiteral("ssh/known_hosts")));
        QVERIFY(!tab.tmuxBox()->isChecked()); // off unless chosen
        QSignalSpy changed(&tab, &SshSettingsTab::tmuxPreferenceChanged);
        tab.tmuxBox()->click();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toBool(), true);
        QVERIFY(AppSettings(dir.path()).terminalTmux());
    }
    // As stored, the next time.
    SshSettingsTab again(dir.path(), dir.filePath(QStringLiteral("ssh/known_hosts")));
    QVERIFY(again.tmuxBox()->isChecked());
    again.tmuxBox()->click();
    QVERIFY(!AppSettings(dir.path()).terminalTmux());
}

QTEST_MAIN(TestSshSettings)
#include "tst_ssh_settings.moc"
