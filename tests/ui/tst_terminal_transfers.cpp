// Upload and Download in a terminal tab, over SFTP to a real OpenSSH sshd on 127.0.0.1: the
// transfer bar's progress, Cancel and its finished/failed/cancelled message; the shell's directory
// (OSC 7) as the target. A PNG of the tab after a transfer goes beside the binary.

#include "FileChecksum.h"
#include "SshdFixture.h"
#include "core/AppContext.h"
#include "terminal/FileTransferBar.h"
#include "terminal/TerminalScreen.h"
#include "terminal/TerminalTab.h"

#include <QCryptographicHash>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

namespace {

constexpr int kTimeoutMs = 60000;

} // namespace

class TestTerminalTransfers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void uploadAndDownloadShowProgressAndResult();
    void cancelLeavesNoFile();
    void missingRemoteFileSaysWhy();
    void filesPanelFollowsTheShell();

private:
    std::unique_ptr<TerminalTab> connectedTab();
    // Waits for the tab's transfer to end; its result.
    std::optional<SftpTransferResult> waitFinished(TerminalTab &tab);

    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    QString m_key;
};

void TestTerminalTransfers::initTestCase()
{
    AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    qRegisterMetaType<gpudesk::SftpTransferResult>();
    m_key = m_sshd.startWithUserKey();
    if (m_key.isEmpty())
        QSKIP("sshd could not start here");
}

std::unique_ptr<TerminalTab> TestTerminalTransfers::connectedTab()
{
    SshEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = m_sshd.port();
    endpoint.user = SshdFixture::currentUser();
    endpoint.identityFile = m_key;
    auto tab = std::make_unique<TerminalTab>(QStringLiteral("ssh://test"), QStringLiteral("test"), endpoint,
                                             m_dir.filePath(QStringLiteral("known_hosts")));
    tab->setHostKeyAnswer(TerminalTab::HostKeyAnswer::TrustAlways);
    tab->resize(1000, 420);
    tab->show();
    if (!QTest::qWaitFor([&] { return tab->session()->state() == SshSession::State::Connected; }, kTimeoutMs))
        return nullptr;
    return tab;
}

std::optional<SftpTransferResult> TestTerminalTransfers::waitFinished(TerminalTab &tab)
{
    std::optional<SftpTransferResult> result;
    const auto c = connect(tab.transfers(), &FileTransferBar::finished, this,
                           [&result](quint64, const SftpTransferResult &r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs);
    disconnect(c);
    return result;
}

void TestTerminalTransfers::uploadAndDownloadShowProgressAndResult()
{
    auto tab = connectedTab();
    QVERIFY(tab);
    QCOMPARE(tab->remoteDirectory(), QStringLiteral("~"));
    // The shell reports its directory (OSC 7, as vte.sh and fish do): uploads go there.
    const QString remoteDir = m_dir.filePath(QStringLiteral("remote"));
    QVERIFY(QDir().mkpath(remoteDir));
    tab->screen()->feed("\x1b]7;file://pod" + remoteDir.toUtf8() + "\x07");
    QCOMPARE(tab->remoteDirectory(), remoteDir);

    const QString source = m_dir.filePath(QStringLiteral("results.csv"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200000; ++i)
            file.write(QByteArray::number(i) + ",gpu,0.93\n");
    }
    QSignalSpy progress(tab->session(), &SshSession::transferProgress);
    tab->uploadTo({ source }, tab->remoteDirectory());
    QVERIFY(tab->transfers()->isVisible());
    QVERIFY(tab->transfers()->progressBar()->isVisible());
    QVERIFY(tab->transfers()->label()->text().contains(QStringLiteral("Uploading results.csv")));
    auto result = waitFinished(*tab);
    QVERIFY(result && !result->error);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(fileSha256(remoteDir + QStringLiteral("/results.csv")), fileSha256(source));
    QVERIFY2(tab->transfers()->label()->text().startsWith(QStringLiteral("Uploaded results.csv to ") + remoteDir + QStringLiteral(" (1 file, ")),
             qPrintable(tab->transfers()->label()->text()));
    QVERIFY(!tab->transfers()->progressBar()->isVisible());

    const QString localDir = m_dir.filePath(QStringLiteral("downloads"));
    QVERIFY(QDir().mkpath(localDir));
    tab->downloadTo(remoteDir + QStringLiteral("/results.csv"), localDir);
    result = waitFinished(*tab);
    QVERIFY(result && !result->error);
    QCOMPARE(fileSha256(localDir + QStringLiteral("/results.csv")), fileSha256(source));
    QVERIFY(tab->transfers()->label()->text().startsWith(QStringLiteral("Downloaded ")));
    const QString png = QStringLiteral(GPUDESK_TEST_OUT "/terminal-transfer.png");
    QVERIFY(tab->grab().save(png));
}

void TestTerminalTransfers::cancelLeavesNoFile()
{
    auto tab = connectedTab();
    QVERIFY(tab);
    const QString source = m_dir.filePath(QStringLiteral("huge.bin"));
    {
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(qint64(2) * 1024 * 1024 * 1024));
    }
    const QString remoteDir = m_dir.filePath(QStringLiteral("cancel-target"));
    QVERIFY(QDir().mkpath(remoteDir));
    tab->uploadTo({ source }, remoteDir);
    QVERIFY(QTest::qWaitFor([&] { return tab->transfers()->progressBar()->value() > 0; }, kTimeoutMs));
    QTest::mouseClick(tab->transfers()->cancelButton(), Qt::LeftButton);
    const auto result = waitFinished(*tab);
    QVERIFY(result && result->cancelled);
    QVERIFY(tab->transfers()->label()->text().startsWith(QStringLiteral("Cancelled")));
    QCOMPARE(QDir(remoteDir).entryList(QDir::Files | QDir::Hidden), QStringList());
    QFile::remove(source);
}

void TestTerminalTransfers::missingRemoteFileSaysWhy()
{
    auto tab = connectedTab();
    QVERIFY(tab);
    tab->downloadTo(QStringLiteral("/no/such/file.txt"), m_dir.path());
    const auto result = waitFinished(*tab);
    QVERIFY(result && result->error);
    const QString text = tab->transfers()->label()->text();
    QVERIFY2(text.startsWith(QStringLiteral("Failed:")) && text.contains(QStringLiteral("No such file")), qPrintable(text));
}

void TestTerminalTransfers::filesPanelFollowsTheShell()
{
    auto tab = connectedTab();
    QVERIFY(tab);
    const QString dir = m_dir.filePath(QStringLiteral("browse"));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/inner")));
    QFile file(dir + QStringLiteral("/model.pt"));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("weights") == 7);
    file.close();
    tab->showFiles(true);
    QVERIFY(tab->filesList()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!tab->browsedPath().isEmpty(), kTimeoutMs); // the home folder
    // The shell changes folder and says so (OSC 7): the panel follows.
    tab->screen()->feed("\x1b]7;file://pod" + dir.toUtf8() + "\x07");
    QTRY_COMPARE_WITH_TIMEOUT(tab->browsedPath(), dir, kTimeoutMs);
    QStringList names;
    for (int i = 0; i < tab->filesList()->count(); ++i)
        names << tab->filesList()->item(i)->text();
    QCOMPARE(names, (QStringList { QStringLiteral(".."), QStringLiteral("inner/"), QStringLiteral("model.pt  (7 bytes)") }));
    // Double-click a folder: it opens.
    QListWidgetItem *inner = tab->filesList()->item(1);
    Q_EMIT tab->filesList()->itemDoubleClicked(inner);
    QTRY_COMPARE_WITH_TIMEOUT(tab->browsedPath(), dir + QStringLiteral("/inner"), kTimeoutMs);
    QVERIFY(tab->grab().save(QStringLiteral(GPUDESK_TEST_OUT "/terminal-files.png")));
}

QTEST_MAIN(TestTerminalTransfers)
#include "tst_terminal_transfers.moc"
