// gpudesk-cli exec against OpenSSH's sshd on 127.0.0.1 (started here): output and exit status
// passed through, an unknown host refused with its fingerprint unless --accept-new, a changed host
// key refused always, naming both fingerprints.

#include "SshdFixture.h"
#include "ssh/KnownHosts.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gpudesk;

class TestCliExec : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_data;

    Run cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(GPUDESK_CLI_PATH), QStringList{QStringLiteral("--data-dir"), m_data.path()} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("gpudesk-cli exec did not finish");
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private Q_SLOTS:
    void passesOutputAndStatusThroughAndChecksHostKeys()
    {
        SshdFixture sshd;
        const QString key = sshd.startWithUserKey();
        if (key.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no test sshd: ") + QString::fromUtf8(sshd.log())));
        const QString target = QStringLiteral("ssh://%1@127.0.0.1:%2").arg(SshdFixture::currentUser()).arg(sshd.port());
        const QString knownHosts = m_data.filePath(QStringLiteral("kh"));
        const QStringList base{QStringLiteral("exec"), target, QStringLiteral("-i"), key, QStringLiteral("--known-hosts"),
                               knownHosts};
        const QString fingerprint = KnownHosts::fingerprint(sshd.hostKeyBlob());

        // First contact without --accept-new: refused, with the fingerprint to check.
        Run r = cli(base + QStringList{QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(fingerprint.toUtf8()) && r.err.contains("--accept-new"), r.err.constData());

        r = cli(base + QStringList{QStringLiteral("--accept-new"), QStringLiteral("--"),
                                   QStringLiteral("printf 'out\\n'; printf err >&2; exit 7")});
        QVERIFY2(r.exitCode == 7, r.err.constData());
        QCOMPARE(r.out, QByteArray("out\n"));
        QVERIFY2(r.err.endsWith("err"), r.err.constData());

        // Known now: no flag needed.
        r = cli(base + QStringList{QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("$((6*7))")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, QByteArray("42\n"));

        // The host key changes: refused, even with --accept-new, naming both fingerprints.
        QVERIFY(sshd.newHostKey());
        QVERIFY(sshd.restart());
        const QString newFingerprint = KnownHosts::fingerprint(sshd.hostKeyBlob());
        r = cli(base + QStringList{QStringLiteral("--accept-new"), QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(fingerprint.toUtf8()) && r.err.contains(newFingerprint.toUtf8()), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliExec)
#include "tst_cli_exec.moc"
