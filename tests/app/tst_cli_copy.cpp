// gpudesk-cli cp both ways over SFTP: against OpenSSH's sshd on 127.0.0.1 (ssh://…/PATH) and
// against a real Sandbox pod (JOB:PATH, the pod's own SSH server running OpenSSH's sftp-server).
// Both run as the current user on this machine, so the test reads the "remote" files directly.

#include "FileChecksum.h"
#include "SshdFixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

class TestCliCopy : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;

    QString data() const { return m_dir.filePath(QStringLiteral("data")); }

    Run cli(const QStringList &args, int timeoutMs = 180000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GPUDESK_DATA_DIR"), data());
        env.insert(QStringLiteral("GPUDESK_SANDBOXD"), QStringLiteral(GPUDESK_SANDBOXD_PATH));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GPUDESK_CLI_PATH), args);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            r.err = "timed out";
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -9;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static bool writeFile(const QString &path, qint64 size, QFileDevice::Permissions permissions)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        QByteArray chunk(qint64(1) << 20, Qt::Uninitialized);
        QRandomGenerator generator { quint32(size) };
        for (qint64 written = 0; written < size; written += chunk.size()) {
            generator.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            const qint64 n = std::min<qint64>(chunk.size(), size - written);
            if (file.write(chunk.constData(), n) != n)
                return false;
        }
        file.close();
        return QFile::setPermissions(path, permissions);
    }

    // Uploads `local` to `remote` (a JOB:PATH or ssh:// spec whose path is `remotePath` here), then
    // downloads it back; both copies must match the original, modes included.
    void roundTrip(const QStringList &sshArgs, const QString &remoteSpec, const QString &remotePath)
    {
        constexpr auto kMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser | QFileDevice::ReadGroup;
        const QString local = m_dir.filePath(QStringLiteral("payload.bin"));
        QVERIFY(writeFile(local, 5 * 1024 * 1024 + 7, kMode));
        Run r = cli(QStringList { QStringLiteral("cp") } + sshArgs + QStringList { local, remoteSpec });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("Copied 1 file"), r.out.constData());
        QVERIFY2(!r.out.contains('\r') && !r.out.contains("##"), "a progress bar although stdout is no terminal");
        QCOMPARE(fileSha256(remotePath), fileSha256(local));
        QCOMPARE(QFileInfo(remotePath).permissions(), QFileInfo(local).permissions());

        const QString back = m_dir.filePath(QStringLiteral("payload-back.bin"));
        r = cli(QStringList { QStringLiteral("cp") } + sshArgs + QStringList { remoteSpec, back });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(fileSha256(back), fileSha256(local));
        QCOMPARE(QFileInfo(back).permissions(), QFileInfo(local).permissions());
        QFile::remove(back);
        QFile::remove(remotePath);
    }

    QJsonArray jobs()
    {
        return QJsonDocument::fromJson(cli({ QStringLiteral("jobs"), QStringLiteral("--format"), QStringLiteral("json") }).out)
            .array();
    }

private Q_SLOTS:
    void againstSshd()
    {
        SshdFixture sshd;
        const QString key = sshd.startWithUserKey();
        if (key.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no test sshd: ") + QString::fromUtf8(sshd.log())));
        const QString host = QStringLiteral("ssh://%1@127.0.0.1:%2").arg(SshdFixture::currentUser()).arg(sshd.port());
        const QStringList ssh { QStringLiteral("-i"), key, QStringLiteral("--known-hosts"),
                                m_dir.filePath(QStringLiteral("kh")), QStringLiteral("--accept-new") };
        const QString remotePath = m_dir.filePath(QStringLiteral("remote.bin"));
        roundTrip(ssh, host + remotePath, remotePath);

        // A folder with -r, into an existing folder (it keeps its name), and back.
        const QString tree = m_dir.filePath(QStringLiteral("tree"));
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/sub")));
        QVERIFY(writeFile(tree + QStringLiteral("/a.bin"), 1000, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(writeFile(tree + QStringLiteral("/sub/b.sh"), 2000,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        const QString inbox = m_dir.filePath(QStringLiteral("inbox"));
        QVERIFY(QDir().mkpath(inbox));
        Run r = cli(QStringList { QStringLiteral("cp"), QStringLiteral("-r") } + ssh + QStringList { tree, host + inbox });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith("Copied 2 files"), r.out.constData());
        QCOMPARE(fileSha256(inbox + QStringLiteral("/tree/sub/b.sh")), fileSha256(tree + QStringLiteral("/sub/b.sh")));
        QVERIFY(QFileInfo(inbox + QStringLiteral("/tree/sub/b.sh")).isExecutable());
        const QString outbox = m_dir.filePath(QStringLiteral("outbox"));
        r = cli(QStringList { QStringLiteral("cp"), QStringLiteral("-r") } + ssh
                + QStringList { host + inbox + QStringLiteral("/tree"), outbox });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(fileSha256(outbox + QStringLiteral("/a.bin")), fileSha256(tree + QStringLiteral("/a.bin")));
        QCOMPARE(fileSha256(outbox + QStringLiteral("/sub/b.sh")), fileSha256(tree + QStringLiteral("/sub/b.sh")));

        // A folder without -r, a missing remote file: exit 1 with the reason.
        r = cli(QStringList { QStringLiteral("cp") } + ssh + QStringList { tree, host + inbox });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("-r"), r.err.constData());
        r = cli(QStringList { QStringLiteral("cp") } + ssh
                + QStringList { host + m_dir.filePath(QStringLiteral("missing.txt")), outbox });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No such file") && r.err.contains("missing.txt"), r.err.constData());

        // Usage errors: exit 2.
        QCOMPARE(cli({ QStringLiteral("cp"), tree, outbox }).exitCode, 2); // both local
        QCOMPARE(cli({ QStringLiteral("cp"), host + QStringLiteral("/a"), host + QStringLiteral("/b") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("cp"), tree }).exitCode, 2);

        // On a terminal (script(1) gives it one) a progress bar is drawn.
        const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
        if (!script.isEmpty()) {
            QStringList words { QStringLiteral(GPUDESK_CLI_PATH), QStringLiteral("--data-dir"), data(), QStringLiteral("cp") };
            words << ssh << m_dir.filePath(QStringLiteral("tree/a.bin")) << host + remotePath;
            QString command;
            for (const QString &w : words)
                command += QLatin1Char('\'') + w + QStringLiteral("' ");
            QProcess p;
            p.start(script, { QStringLiteral("-qec"), command, QStringLiteral("/dev/null") });
            QVERIFY(p.waitForFinished(120000));
            const QByteArray out = p.readAllStandardOutput();
            QVERIFY2(p.exitCode() == 0, out.constData());
            QVERIFY2(out.contains("\r[##############################] 100%"), out.constData());
        }
    }

    void againstASandboxPod()
    {
        const Run launched = cli({ QStringLiteral("launch"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
                                   QStringLiteral("--gpu"), QStringLiteral("H100 SXM:1"), QStringLiteral("--name"),
                                   QStringLiteral("cp"), QStringLiteral("--image"), QStringLiteral("ubuntu:24.04"),
                                   QStringLiteral("--"), QStringLiteral("exec sleep 600") });
        QVERIFY2(launched.exitCode == 0, launched.err.constData());
        const QString id = QString::fromUtf8(launched.out.trimmed());
        const Run running = cli({ QStringLiteral("status"), id, QStringLiteral("--wait"), QStringLiteral("running"),
                                  QStringLiteral("--timeout"), QStringLiteral("60") });
        QVERIFY2(running.exitCode == 0, running.err.constData());
        const QString remotePath = m_dir.filePath(QStringLiteral("pod.bin"));
        roundTrip({}, id + QLatin1Char(':') + remotePath, remotePath);

        // A relative path is in the pod's home folder: there and back.
        const QString small = m_dir.filePath(QStringLiteral("small.txt"));
        QVERIFY(writeFile(small, 100, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        Run r = cli({ QStringLiteral("cp"), small, id + QStringLiteral(":gpudesk-cp-test.txt") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString back = m_dir.filePath(QStringLiteral("small-back.txt"));
        r = cli({ QStringLiteral("cp"), id + QStringLiteral(":gpudesk-cp-test.txt"), back });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(fileSha256(back), fileSha256(small));

        r = cli({ QStringLiteral("cp"), QStringLiteral("no-such-job:x"), back });
        QCOMPARE(r.exitCode, 1);
    }

    void cleanupTestCase()
    {
        for (const QJsonValue &v : jobs()) {
            if (v.toObject().value(QStringLiteral("state")).toString() != QStringLiteral("terminated"))
                cli({ QStringLiteral("terminate"), v.toObject().value(QStringLiteral("id")).toString() });
        }
        QFile lock(QDir(data()).filePath(QStringLiteral("sandbox/sandboxd.lock")));
        if (lock.open(QIODevice::ReadOnly)) {
            const qint64 pid = lock.readLine().trimmed().toLongLong();
            if (pid > 1)
                ::kill(pid_t(pid), SIGTERM);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCopy)
#include "tst_cli_copy.moc"
