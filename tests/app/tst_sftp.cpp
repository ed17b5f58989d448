// SFTP transfers of SshSession against OpenSSH's real sshd (tests/support/SshdFixture.h) on
// 127.0.0.1. sshd runs as the current user, so the test reads the "remote" files directly too.

#include "ssh/SshSession.h"

#include "FileChecksum.h"
#include "SshdClient.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <utility>

using gpudesk::Error;
using gpudesk::SftpTransferResult;
using gpudesk::SshOptions;
using gpudesk::SshSession;
using State = gpudesk::SshSession::State;

namespace {

constexpr int kTimeoutMs = 120000;

// Writes `size` pseudo-random bytes in 1 MiB pieces (never the whole file in memory).
bool writeRandomFile(const QString &path, qint64 size, quint32 seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator generator(seed);
    QList<quint32> words(256 * 1024);
    for (qint64 written = 0; written < size;) {
        generator.fillRange(words.data(), words.size());
        const qint64 n = std::min<qint64>(size - written, qint64(words.size()) * 4);
        if (file.write(reinterpret_cast<const char *>(words.constData()), n) != n)
            return false;
        written += n;
    }
    return true;
}

bool writeText(const QString &path, const QByteArray &text, QFileDevice::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && (file.close(), true)
        && QFile::setPermissions(path, permissions);
}

// Every file name under `dir`, relative.
QStringList filesUnder(const QString &dir)
{
    QStringList names;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QDir(dir).relativeFilePath(it.next());
    names.sort();
    return names;
}

// A sparse 2 GB file: far more than can go by before a cancel arrives, and instant to make.
bool makeHugeSparseFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(qint64(2) * 1024 * 1024 * 1024);
}

// Cancels transfer `id` as soon as it reports its first bytes.
void cancelOnFirstProgress(SshSession &session, quint64 id)
{
    QObject::connect(&session, &SshSession::transferProgress, &session,
        [&session, id](quint64 transfer, qint64 done) {
            if (transfer == id && done > 0)
                session.cancelTransfer(id);
        });
}

constexpr auto kOwnerRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
constexpr auto kOwnerRwx = kOwnerRw | QFileDevice::ExeOwner | QFileDevice::ExeUser;

} // namespace

class TestSftp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void roundTripOf50MBKeepsChecksum();
    void folderRoundTripKeepsModes();
    void intoAnExistingFolderKeepsTheName();
    void cancelledUploadLeavesNoFile();
    void cancelledDownloadLeavesNoFile();
    void missingFilesGiveClearErrors();
    void forwardWorksDuringATransfer();
    void transferAskedBeforeConnectWaits();
    void listsARemoteFolder();
    void silentServerFailsTheTransfer();
    void closingDuringASilentTransferIsQuick();

private:
    // Starts downloading a huge file and freezes the server (SIGSTOP) once bytes flow; cleanup()
    // thaws it again however the test ends.
    quint64 downloadThenFreeze(SshSession &session, const QString &remote, const QString &local);
    SshOptions options() const;
    bool connect(SshSession &session);
    // Runs one transfer to its end; the result, or nullopt on timeout.
    std::optional<SftpTransferResult> wait(SshSession &session, quint64 id);

    SshdFixture m_sshd;
    bool m_frozen = false;
    QTemporaryDir m_dir;
    QString m_key;
};

void TestSftp::initTestCase()
{
    qRegisterMetaType<gpudesk::Error>();
    qRegisterMetaType<gpudesk::SftpTransferResult>();
    qRegisterMetaType<State>();
    const QString why = m_sshd.prepare();
    if (!why.isEmpty())
        QSKIP(qPrintable(why));
    m_key = m_sshd.makeUserKey(QStringLiteral("id_user"));
    QVERIFY(!m_key.isEmpty());
    QVERIFY2(m_sshd.start(), m_sshd.log().constData());
}

void TestSftp::cleanup()
{
    if (std::exchange(m_frozen, false))
        m_sshd.signalSessions(SIGCONT);
}

SshOptions TestSftp::options() const
{
    return sshdClientOptions(m_sshd, m_key, m_dir.filePath(QStringLiteral("known_hosts")));
}

bool TestSftp::connect(SshSession &session)
{
    QObject::connect(
        &session, &SshSession::hostKeyNeedsDecision, &session, [&session] { session.acceptHostKey(true); });
    session.connectToHost();
    return QTest::qWaitFor(
               [&session] { return session.state() == State::Connected || session.state() == State::Failed; },
               kTimeoutMs)
        && session.state() == State::Connected;
}

std::optional<SftpTransferResult> TestSftp::wait(SshSession &session, quint64 id)
{
    std::optional<SftpTransferResult> result;
    const auto connection = QObject::connect(&session, &SshSession::transferFinished, &session,
        [&result, id](quint64 finished, const SftpTransferResult &r) {
            if (finished == id)
                result = r;
        });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs);
    QObject::disconnect(connection);
    return result;
}

void TestSftp::roundTripOf50MBKeepsChecksum()
{
    constexpr qint64 kSize = 50 * 1024 * 1024 + 12345; // not a multiple of the chunk size
    const QString source = m_dir.filePath(QStringLiteral("big.bin"));
    QVERIFY(writeRandomFile(source, kSize, 50));
    const QByteArray expected = fileSha256(source);
    const QString remote = m_dir.filePath(QStringLiteral("remote-big.bin")); // sshd sees the same disk
    const QString back = m_dir.filePath(QStringLiteral("back.bin"));

    SshSession session(options());
    QVERIFY(connect(session));
    QSignalSpy progress(&session, &SshSession::transferProgress);

    QElapsedTimer clock;
    clock.start();
    const quint64 up = session.upload(source, remote);
    const auto uploaded = wait(session, up);
    qInfo("upload of %lld bytes: %lld ms", kSize, clock.restart());
    QVERIFY(uploaded);
    QVERIFY2(!uploaded->error, qPrintable(uploaded->error ? uploaded->error->message : QString()));
    QCOMPARE(uploaded->bytes, kSize);
    QCOMPARE(uploaded->files, 1);
    QCOMPARE(uploaded->target, remote);
    QCOMPARE(fileSha256(remote), expected);
    QVERIFY(!QFile::exists(remote + QLatin1String(gpudesk::kSftpPartSuffix)));
    // Progress came during the transfer and ended at the total.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toULongLong(), up);
    QCOMPARE(progress.last().at(1).toLongLong(), kSize);
    QCOMPARE(progress.last().at(2).toLongLong(), kSize);

    const quint64 down = session.download(remote, back);
    const auto downloaded = wait(session, down);
    qInfo("download of %lld bytes: %lld ms", kSize, clock.elapsed());
    QVERIFY(downloaded);
    QVERIFY2(!downloaded->error, qPrintable(downloaded->error ? downloaded->error->message : QString()));
    QCOMPARE(downloaded->bytes, kSize);
    QCOMPARE(QFileInfo(back).size(), kSize);
    QCOMPARE(fileSha256(back), expected);
    QVERIFY(!QFile::exists(back + QLatin1String(gpudesk::kSftpPartSuffix)));
    QFile::remove(source);
    QFile::remove(remote);
    QFile::remove(back);
}

void TestSftp::folderRoundTripKeepsModes()
{
    const QString tree = m_dir.filePath(QStringLiteral("tree"));
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/sub/deeper")));
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/empty")));
    QVERIFY(writeText(tree + QStringLiteral("/readme.txt"), "hello\n", kOwnerRw | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY(writeText(tree + QStringLiteral("/run.sh"), "#!/bin/sh\necho hi\n", kOwnerRwx | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    QVERIFY(writeText(tree + QStringLiteral("/sub/secret"), "key", kOwnerRw));
    QVERIFY(writeText(tree + QStringLiteral("/sub/deeper/zero"), "", kOwnerRw));
    QVERIFY(writeText(tree + QStringLiteral("/.hidden"), "dot", kOwnerRw));
    QVERIFY(writeRandomFile(tree + QStringLiteral("/sub/data.bin"), 300000, 3));
    QVERIFY(QFile::setPermissions(tree + QStringLiteral("/sub"), kOwnerRwx));

    const QString remote = m_dir.filePath(QStringLiteral("remote-tree"));
    const QString back = m_dir.filePath(QStringLiteral("back-tree"));
    SshSession session(options());
    QVERIFY(connect(session));

    // Without -r a folder is refused with a hint.
    const auto refused = wait(session, session.upload(tree, remote));
    QVERIFY(refused && refused->error);
    QVERIFY2(refused->error->message.contains(QStringLiteral("-r")), qPrintable(refused->error->message));

    const auto uploaded = wait(session, session.upload(tree, remote, true));
    QVERIFY(uploaded);
    QVERIFY2(!uploaded->error, qPrintable(uploaded->error ? uploaded->error->message : QString()));
    QCOMPARE(uploaded->files, 6);
    QCOMPARE(filesUnder(remote), filesUnder(tree));
    const auto downloaded = wait(session, session.download(remote, back, true));
    QVERIFY(downloaded);
    QVERIFY2(!downloaded->error, qPrintable(downloaded->error ? downloaded->error->message : QString()));
    QCOMPARE(downloaded->files, 6);
    QCOMPARE(filesUnder(back), filesUnder(tree));
    for (const QString &name : filesUnder(tree)) {
        const QFileInfo original(QDir(tree).filePath(name));
        for (const QString &copy : { QDir(remote).filePath(name), QDir(back).filePath(name) }) {
            const QFileInfo info(copy);
            QCOMPARE(info.isDir(), original.isDir());
            QVERIFY2(info.permissions() == original.permissions(), qPrintable(copy));
            if (!original.isDir())
                QCOMPARE(fileSha256(copy), fileSha256(original.filePath()));
        }
    }
}

void TestSftp::intoAnExistingFolderKeepsTheName()
{
    const QString source = m_dir.filePath(QStringLiteral("named.txt"));
    QVERIFY(writeText(source, "named\n", kOwnerRw));
    const QString remoteDir = m_dir.filePath(QStringLiteral("inbox"));
    const QString localDir = m_dir.filePath(QStringLiteral("outbox"));
    QVERIFY(QDir().mkpath(remoteDir));
    QVERIFY(QDir().mkpath(localDir));
    SshSession session(options());
    QVERIFY(connect(session));
    const auto up = wait(session, session.upload(source, remoteDir));
    QVERIFY(up && !up->error);
    QCOMPARE(up->target, remoteDir + QStringLiteral("/named.txt"));
    QCOMPARE(fileSha256(up->target), fileSha256(source));
    const auto down = wait(session, session.download(up->target, localDir));
    QVERIFY(down && !down->error);
    QCOMPARE(down->target, QDir(localDir).filePath(QStringLiteral("named.txt")));
    QCOMPARE(fileSha256(down->target), fileSha256(source));
}

void TestSftp::cancelledUploadLeavesNoFile()
{
    const QString source = m_dir.filePath(QStringLiteral("huge.bin"));
    QVERIFY(makeHugeSparseFile(source));
    const QString remote = m_dir.filePath(QStringLiteral("remote-huge.bin"));
    SshSession session(options());
    QVERIFY(connect(session));
    const quint64 id = session.upload(source, remote);
    cancelOnFirstProgress(session, id);
    const auto result = wait(session, id);
    QVERIFY(result);
    QVERIFY(result->cancelled);
    QVERIFY(result->error);
    QVERIFY(result->bytes > 0);
    QVERIFY(result->bytes < qint64(2) * 1024 * 1024 * 1024);
    QVERIFY(!QFile::exists(remote));
    QVERIFY(!QFile::exists(remote + QLatin1String(gpudesk::kSftpPartSuffix)));
    QFile::remove(source);
}

void TestSftp::cancelledDownloadLeavesNoFile()
{
    const QString remote = m_dir.filePath(QStringLiteral("remote-huge2.bin"));
    QVERIFY(makeHugeSparseFile(remote));
    const QString local = m_dir.filePath(QStringLiteral("local-huge2.bin"));
    SshSession session(options());
    QVERIFY(connect(session));
    const quint64 id = session.download(remote, local);
    cancelOnFirstProgress(session, id);
    const auto result = wait(session, id);
    QVERIFY(result);
    QVERIFY(result->cancelled);
    QVERIFY(result->bytes > 0);
    QVERIFY(!QFile::exists(local));
    QVERIFY(!QFile::exists(local + QLatin1String(gpudesk::kSftpPartSuffix)));
    QFile::remove(remote);
}

void TestSftp::missingFilesGiveClearErrors()
{
    SshSession session(options());
    QVERIFY(connect(session));
    const QString missing = m_dir.filePath(QStringLiteral("no/such/file.txt"));
    const auto down = wait(session, session.download(missing, m_dir.filePath(QStringLiteral("x"))));
    QVERIFY(down && down->error);
    QCOMPARE(down->error->kind, Error::Kind::NotFound);
    QVERIFY2(down->error->message.contains(QStringLiteral("No such file")), qPrintable(down->error->message));
    QVERIFY2(down->error->message.contains(missing), qPrintable(down->error->message));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x"))));

    const auto up = wait(session, session.upload(missing, m_dir.filePath(QStringLiteral("y"))));
    QVERIFY(up && up->error);
    QCOMPARE(up->error->kind, Error::Kind::NotFound);
    QVERIFY2(up->error->message.contains(QStringLiteral("this computer")), qPrintable(up->error->message));

    // A remote folder that does not exist: the server's own "no such file".
    const QString source = m_dir.filePath(QStringLiteral("small.txt"));
    QVERIFY(writeText(source, "small", kOwnerRw));
    const auto intoMissing = wait(session, session.upload(source, missing));
    QVERIFY(intoMissing && intoMissing->error);
    QVERIFY2(intoMissing->error->message.contains(QStringLiteral("No such file")), qPrintable(intoMissing->error->message));

    // Permission denied, in words.
    const QString locked = m_dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir().mkpath(locked));
    QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    if (::geteuid() != 0) { // root writes anywhere
        const auto denied = wait(session, session.upload(source, locked + QStringLiteral("/small.txt")));
        QVERIFY(denied && denied->error);
        QVERIFY2(denied->error->message.contains(QStringLiteral("Permission denied")), qPrintable(denied->error->message));
    }
    QFile::setPermissions(locked, kOwnerRwx);
    QCOMPARE(session.state(), State::Connected); // errors end the transfer, not the connection
}

void TestSftp::forwardWorksDuringATransfer()
{
    // A TCP echo service on 127.0.0.1, reached through a -L forward of the same session.
    QTcpServer echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
    QObject::connect(&echo, &QTcpServer::newConnection, &echo, [&echo] {
        while (QTcpSocket *s = echo.nextPendingConnection())
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
    });
    const QString remote = m_dir.filePath(QStringLiteral("remote-sparse.bin"));
    QVERIFY(makeHugeSparseFile(remote));
    SshSession session(options());
    QVERIFY(connect(session));
    QSignalSpy listening(&session, &SshSession::localForwardListening);
    session.addLocalForward(0, QStringLiteral("127.0.0.1"), echo.serverPort());
    QVERIFY(listening.wait(kTimeoutMs));
    const auto localPort = listening.first().at(1).value<quint16>();

    std::optional<SftpTransferResult> transfer;
    QObject::connect(&session, &SshSession::transferFinished, &session,
        [&transfer](quint64, const SftpTransferResult &r) { transfer = r; });
    QSignalSpy progress(&session, &SshSession::transferProgress);
    const quint64 id = session.download(remote, m_dir.filePath(QStringLiteral("sparse-copy.bin")));
    QVERIFY(progress.wait(kTimeoutMs));
    // Bytes through the forward go both ways while the download runs: the worker interleaves.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, localPort);
    QVERIFY(client.waitForConnected(kTimeoutMs));
    client.write("during-transfer");
    QByteArray echoed;
    QVERIFY(QTest::qWaitFor([&] { echoed += client.readAll(); return echoed.size() >= 15 || transfer; }, kTimeoutMs));
    QCOMPARE(echoed, QByteArray("during-transfer"));
    QVERIFY2(!transfer.has_value(), transfer && transfer->error ? qPrintable(transfer->error->message) : "finished");
    session.cancelTransfer(id);
    QVERIFY(QTest::qWaitFor([&transfer] { return transfer.has_value(); }, kTimeoutMs));
    QVERIFY(transfer->cancelled);
    QFile::remove(remote);
}

void TestSftp::transferAskedBeforeConnectWaits()
{
    const QString source = m_dir.filePath(QStringLiteral("early.txt"));
    QVERIFY(writeText(source, "early", kOwnerRw));
    SshSession session(options());
    const quint64 id = session.upload(source, m_dir.filePath(QStringLiteral("early-remote.txt")));
    QVERIFY(connect(session));
    const auto result = wait(session, id);
    QVERIFY(result && !result->error);
    QCOMPARE(fileSha256(m_dir.filePath(QStringLiteral("early-remote.txt"))), fileSha256(source));
}

void TestSftp::listsARemoteFolder()
{
    const QString dir = m_dir.filePath(QStringLiteral("listing"));
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/zdir")));
    QVERIFY(writeText(dir + QStringLiteral("/b.txt"), "12345", kOwnerRw));
    QVERIFY(writeText(dir + QStringLiteral("/a.sh"), "#!", kOwnerRwx));
    SshSession session(options());
    QVERIFY(connect(session));
    std::optional<gpudesk::Result<gpudesk::SftpListing>> listing;
    session.listRemoteDirectory(dir, [&listing](gpudesk::Result<gpudesk::SftpListing> r) { listing = r; });
    QVERIFY(QTest::qWaitFor([&listing] { return listing.has_value(); }, kTimeoutMs));
    QVERIFY(*listing);
    QCOMPARE((*listing)->path, dir);
    const QList<gpudesk::SftpEntry> &entries = (*listing)->entries;
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).name, QStringLiteral("zdir")); // folders first
    QVERIFY(entries.at(0).isDirectory);
    QCOMPARE(entries.at(1).name, QStringLiteral("a.sh"));
    QCOMPARE(entries.at(1).permissions, 0700u);
    QCOMPARE(entries.at(2).name, QStringLiteral("b.txt"));
    QCOMPARE(entries.at(2).size, 5);

    listing.reset();
    session.listRemoteDirectory(dir + QStringLiteral("/missing"), [&listing](gpudesk::Result<gpudesk::SftpListing> r) { listing = r; });
    QVERIFY(QTest::qWaitFor([&listing] { return listing.has_value(); }, kTimeoutMs));
    QVERIFY(!*listing);
    QVERIFY2(listing->error().message.contains(QStringLiteral("No such file")), qPrintable(listing->error().message));
}


quint64 TestSftp::downloadThenFreeze(SshSession &session, const QString &remote, const QString &local)
{
    const quint64 id = session.download(remote, local);
    QObject::connect(&session, &SshSession::transferProgress, &session, [this, id](quint64 transfer, qint64 done) {
        if (transfer == id && done > 0 && !m_frozen) {
            m_frozen = true;
            m_sshd.signalSessions(SIGSTOP);
        }
    });
    return id;
}

void TestSftp::silentServerFailsTheTransfer()
{
    const QString remote = m_dir.filePath(QStringLiteral("remote-silent.bin"));
    QVERIFY(makeHugeSparseFile(remote));
    const QString local = m_dir.filePath(QStringLiteral("local-silent.bin"));
    SshOptions o = options();
    o.stallTimeoutMs = 1500; // the server freezes for good: give up on it soon
    SshSession session(o);
    QVERIFY(connect(session));
    const quint64 id = downloadThenFreeze(session, remote, local);
    const auto result = wait(session, id);
    QVERIFY(m_frozen);
    QVERIFY(result);
    QVERIFY(!result->cancelled);
    QVERIFY(result->error);
    QVERIFY2(result->error->message.contains(QStringLiteral("stopped answering")), qPrintable(result->error->message));
    QVERIFY(result->bytes < qint64(2) * 1024 * 1024 * 1024);
    QVERIFY(!QFile::exists(local));
    QVERIFY(!QFile::exists(local + QLatin1String(gpudesk::kSftpPartSuffix)));
    // The link counts as lost (no reconnect asked for here): the session ends, it does not hang.
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == State::Failed || session.state() == State::Disconnected, kTimeoutMs);
    QFile::remove(remote);
}

void TestSftp::closingDuringASilentTransferIsQuick()
{
    const QString remote = m_dir.filePath(QStringLiteral("remote-silent2.bin"));
    QVERIFY(makeHugeSparseFile(remote));
    const QString local = m_dir.filePath(QStringLiteral("local-silent2.bin"));
    SshOptions o = options();
    o.stallTimeoutMs = 10 * 60 * 1000; // the watch alone would wait ten minutes
    auto session = std::make_unique<SshSession>(o);
    QVERIFY(connect(*session));
    downloadThenFreeze(*session, remote, local);
    QTRY_VERIFY_WITH_TIMEOUT(m_frozen, kTimeoutMs);
    QTest::qWait(300); // the worker is now waiting inside an SFTP read
    QElapsedTimer closing;
    closing.start();
    session.reset();
    // Not a speed target: before the stall watch, this waited for TCP to give up (or forever).
    QVERIFY2(closing.elapsed() < 10000, qPrintable(QString::number(closing.elapsed())));
    QVERIFY(!QFile::exists(local + QLatin1String(gpudesk::kSftpPartSuffix)));
    QFile::remove(remote);
}

QTEST_GUILESS_MAIN(TestSftp)
#include "tst_sftp.moc"
