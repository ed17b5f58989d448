// API keys end to end, with a real keychain: gpudesk-cli stores a canary key in GNOME Keyring
// (started by this test on a private D-Bus session), uses it against a fake Lambda on 127.0.0.1,
// and the key must then appear nowhere: not in the data directory (SQLite, WAL, logs), not on
// stdout or stderr (with every log category on), not in error messages that echo it back.
// ctest runs this binary under dbus-run-session.

#include "FaultHttpServer.h"
#include "TestConfig.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace gpudesk::test;

namespace {

const QByteArray kCanary = "canary_gpudesk_lambda_key_8c1f2e7d";

const QByteArray kInstanceTypes =
    "{\"data\":{\"gpu_1x_a100_sxm4\":{\"instance_type\":{\"name\":\"gpu_1x_a100_sxm4\","
    "\"description\":\"1x A100 (40 GB SXM4)\",\"gpu_description\":\"A100 (40 GB SXM4)\","
    "\"price_cents_per_hour\":129,\"specs\":{\"vcpus\":30,\"memory_gib\":200,\"storage_gib\":512,\"gpus\":1}},"
    "\"regions_with_capacity_available\":[{\"name\":\"us-east-1\",\"description\":\"Virginia, USA\"}]}}}";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestKeysE2E : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_data;
    FaultHttpServer m_lambda;
    QProcessEnvironment m_env;
    bool m_keyRejected = false;

    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(QStringLiteral(GPUDESK_CLI_PATH), QStringList{QStringLiteral("--data-dir"), m_data.path()} + args);
        if (!p.waitForStarted())
            qFatal("gpudesk-cli did not start");
        p.write(stdinData);
        p.closeWriteChannel();
        // The fake provider lives on this thread: keep the event loop turning while the CLI runs.
        if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 60000))
            qFatal("gpudesk-cli did not finish");
        return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    void expectNoCanary(const Run &r)
    {
        QVERIFY2(!r.out.contains(kCanary), r.out.constData());
        QVERIFY2(!r.err.contains(kCanary), r.err.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: ctest runs this test under dbus-run-session (package dbus)");
        const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (keyring.isEmpty()) {
            if (qEnvironmentVariable("GPUDESK_REQUIRE_CONFORMANCE") == QLatin1String("1"))
                QFAIL("gnome-keyring-daemon is missing (installer/bootstrap.sh deps installs gnome-keyring)");
            QSKIP("gnome-keyring-daemon is missing (package gnome-keyring)");
        }
        QVERIFY(m_home.isValid() && m_data.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/.local/share"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/.config"));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("gpudesk.*=true"));
        m_env.remove(QStringLiteral("LAMBDA_API_KEY"));

        QProcess daemon;
        daemon.setProcessEnvironment(m_env);
        daemon.start(keyring, {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        QVERIFY(daemon.waitForStarted());
        daemon.write("test-keyring-password");
        daemon.closeWriteChannel();
        QVERIFY(daemon.waitForFinished(20000)); // it forks and prints the variables to export
        for (const QByteArray &line : daemon.readAllStandardOutput().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }

        QVERIFY(m_lambda.listen());
        m_env.insert(QStringLiteral("GPUDESK_LAMBDA_BASE_URL"), m_lambda.url().toString());
        m_lambda.setHandler([this](const HttpCall &call) {
            if (call.header("authorization") != "Bearer " + kCanary || m_keyRejected)
                return HttpAnswer::json(401, "{\"error\":{\"code\":\"global/invalid-api-key\",\"message\":\"API key " + kCanary
                                                 + " was invalid, expired, or deleted.\"}}");
            if (call.path() == QLatin1String("/api/v1/instance-types"))
                return HttpAnswer::json(200, kInstanceTypes);
            if (call.path() == QLatin1String("/api/v1/instances"))
                return HttpAnswer::json(200, "{\"data\":[]}");
            return HttpAnswer::json(404, "{\"error\":{\"code\":\"global/object-does-not-exist\",\"message\":\"no\"}}");
        });
    }

    void storeTheKeyFromStdin()
    {
        const Run r = cli({QStringLiteral("keys"), QStringLiteral("set"), QStringLiteral("lambda")}, kCanary + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Stored the Lambda key in the system keychain"), r.out.constData());
        expectNoCanary(r);
        const Run list = cli({QStringLiteral("keys"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(list.out.contains("\"id\": \"lambda\", \"name\": \"Lambda\", \"key\": \"keychain\""), list.out.constData());
        expectNoCanary(list);
    }

    void testTheKey()
    {
        const Run r = cli({QStringLiteral("keys"), QStringLiteral("test"), QStringLiteral("lambda")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.out.trimmed().isEmpty());
        QVERIFY(m_lambda.callCount() > 0);
        QCOMPARE(m_lambda.calls().last().header("authorization"), "Bearer " + kCanary);
        expectNoCanary(r);
    }

    void refreshLiveOffersAndCacheThem()
    {
        Run r = cli({QStringLiteral("offers"), QStringLiteral("--refresh"), QStringLiteral("--provider"),
                     QStringLiteral("lambda"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("Lambda: 1 live offer."), r.err.constData());
        QVERIFY2(r.out.contains("gpu_1x_a100_sxm4"), r.out.constData());
        QVERIFY2(r.out.contains("\"price_source\": \"live\""), r.out.constData());
        expectNoCanary(r);
        // Without --refresh the cached live offer is shown in place of the snapshot rows.
        r = cli({QStringLiteral("offers"), QStringLiteral("--provider"), QStringLiteral("lambda"), QStringLiteral("--format"),
                 QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("gpu_1x_a100_sxm4"));
        QVERIFY2(!r.out.contains("snapshot"), r.out.constData());
    }

    void rejectedKeyEchoedByTheProviderIsMasked()
    {
        m_keyRejected = true;
        const Run r = cli({QStringLiteral("keys"), QStringLiteral("test"), QStringLiteral("lambda")});
        m_keyRejected = false;
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Lambda rejected the API key (401)"), r.err.constData());
        expectNoCanary(r);
    }

    void jobsAndReconcileUseTheKeyQuietly()
    {
        const Run r = cli({QStringLiteral("orphans")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        expectNoCanary(r);
    }

    void theKeyIsInNoFileOfTheDataDirectory()
    {
        int files = 0;
        QDirIterator it(m_data.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kCanary), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 0); // the database at least
    }

    void removeTheKey()
    {
        Run r = cli({QStringLiteral("keys"), QStringLiteral("remove"), QStringLiteral("lambda")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli({QStringLiteral("keys"), QStringLiteral("test"), QStringLiteral("lambda")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Lambda has no API key"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestKeysE2E)
#include "tst_keys_e2e.moc"
