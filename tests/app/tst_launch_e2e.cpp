// End to end on the real Sandbox: gpudesk-cli launches a job, the daemon runs it as a local pod,
// the real OpenSSH client reaches it through `ssh-config`, and the job is stopped, started and
// terminated. A CLI killed by SIGKILL in the middle of a launch leaves a record that the next run
// reconciles with the pod it created; a pod whose record is lost shows up as an orphan.

#include "TestConfig.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

class TestLaunchE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void launchReachStopStartTerminate();
    void killedDuringLaunchIsReconciled();
    void lostRecordIsAnOrphan();
    void validateAndDryRun();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QProcessEnvironment &extra = {}, int timeoutMs = 120000);
    QJsonArray jobs();
    QString stateOf(const QString &jobId);
    bool processWithMarkerExists(const QString &marker);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_runMarker;  // in every command line of this run
    QString m_marker;     // this test function's: a failure does not spill into the next
};

TestLaunchE2E::Run TestLaunchE2E::cli(const QStringList &args, const QProcessEnvironment &extra, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GPUDESK_DATA_DIR"), m_data);
    env.insert(QStringLiteral("GPUDESK_SANDBOXD"), QStringLiteral(GPUDESK_SANDBOXD_PATH));
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GPUDESK_CLI_PATH), args);
    Run r;
    if (!p.waitForStarted() || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -9;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonArray TestLaunchE2E::jobs()
{
    const Run r = cli({QStringLiteral("jobs"), QStringLiteral("--format"), QStringLiteral("json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QString TestLaunchE2E::stateOf(const QString &jobId)
{
    for (const QJsonValue &v : jobs()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == jobId)
            return v.toObject().value(QStringLiteral("state")).toString();
    }
    return {};
}

bool TestLaunchE2E::processWithMarkerExists(const QString &marker)
{
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker.toUtf8()))
            return true;
    }
    return false;
}

void TestLaunchE2E::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data"));
    if (QStandardPaths::findExecutable(QStringLiteral("ssh")).isEmpty())
        QFAIL("OpenSSH's ssh client is needed (installer/bootstrap.sh deps installs openssh-client)");
    // A word in every command line of this run, to find stray processes afterwards.
    m_runMarker = QStringLiteral("gpudesk-e2e-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

void TestLaunchE2E::init()
{
    m_marker = m_runMarker + u'-' + QString::fromLatin1(QTest::currentTestFunction());
}

void TestLaunchE2E::cleanupTestCase()
{
    for (const QJsonValue &v : jobs()) {
        const QString state = v.toObject().value(QStringLiteral("state")).toString();
        if (state != QStringLiteral("terminated"))
            cli({QStringLiteral("terminate"), v.toObject().value(QStringLiteral("id")).toString()});
    }
    QVERIFY2(QTest::qWaitFor([this] { return !processWithMarkerExists(m_runMarker); }, 20000),
             "a pod process outlived its job");
    // The daemon would leave by itself after its idle time; this run's is not needed any more.
    QFile lock(QDir(m_data).filePath(QStringLiteral("sandbox/sandboxd.lock")));
    if (lock.open(QIODevice::ReadOnly)) {
        const qint64 pid = lock.readLine().trimmed().toLongLong();
        if (pid > 1)
            ::kill(pid_t(pid), SIGTERM);
    }
}

void TestLaunchE2E::launchReachStopStartTerminate()
{
    const Run launched = cli({QStringLiteral("launch"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
                              QStringLiteral("--gpu"), QStringLiteral("H100 SXM:2"), QStringLiteral("--name"),
                              QStringLiteral("e2e"), QStringLiteral("--image"), QStringLiteral("ubuntu:24.04"),
                              QStringLiteral("--"), QStringLiteral("echo started; exec sleep 600 # %1").arg(m_marker)});
    QVERIFY2(launched.exitCode == 0, qPrintable(launched.err));
    const QString id = launched.out.trimmed();
    QVERIFY2(id.startsWith(QStringLiteral("j-")), qPrintable(launched.out));

    const Run running = cli({QStringLiteral("status"), id, QStringLiteral("--wait"), QStringLiteral("running"),
                             QStringLiteral("--timeout"), QStringLiteral("60")});
    QVERIFY2(running.exitCode == 0, qPrintable(running.err));
    QVERIFY(running.out.contains(QStringLiteral("state:       running")));
    QVERIFY(processWithMarkerExists(m_marker));

    // The real OpenSSH client, through the Host block and known_hosts that ssh-config writes.
    const QString config = m_dir.filePath(QStringLiteral("ssh_config"));
    const Run sshConfig = cli({QStringLiteral("ssh-config"), id, QStringLiteral("-o"), config});
    QVERIFY2(sshConfig.exitCode == 0, qPrintable(sshConfig.err));
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"),
              {QStringLiteral("-F"), config, QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
               QStringLiteral("gpudesk-") + id,
               QStringLiteral("nvidia-smi --query-gpu=index,name,utilization.gpu,memory.used,memory.total,power.draw,"
                              "temperature.gpu --format=csv,noheader,nounits; echo CUDA=$CUDA_VISIBLE_DEVICES")});
    QVERIFY(ssh.waitForFinished(60000));
    const QString smi = QString::fromUtf8(ssh.readAllStandardOutput());
    QVERIFY2(ssh.exitCode() == 0, qPrintable(QString::fromUtf8(ssh.readAllStandardError())));
    const QStringList lines = smi.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    for (int gpu = 0; gpu < 2; ++gpu) {
        const QStringList cols = lines.at(gpu).split(QStringLiteral(", "));
        QCOMPARE(cols.size(), 7);
        QCOMPARE(cols.at(0), QString::number(gpu));
        QVERIFY2(cols.at(1).contains(QStringLiteral("H100")) && cols.at(1).contains(QStringLiteral("(simulated)")),
                 qPrintable(cols.at(1)));
        QCOMPARE(cols.at(4), QStringLiteral("81920"));
    }
    QCOMPARE(lines.at(2), QStringLiteral("CUDA=0,1"));

    const Run logs = cli({QStringLiteral("logs"), id});
    QCOMPARE(logs.exitCode, 0);
    QVERIFY2(logs.out.contains(QStringLiteral("started")), qPrintable(logs.out));

    QCOMPARE(cli({QStringLiteral("stop"), id}).out.trimmed(), id + QStringLiteral(" stopped"));
    QVERIFY(QTest::qWaitFor([this] { return !processWithMarkerExists(m_marker); }, 20000));
    QCOMPARE(cli({QStringLiteral("start"), id}).out.trimmed(), id + QStringLiteral(" running"));
    QVERIFY(QTest::qWaitFor([this] { return processWithMarkerExists(m_marker); }, 20000));
    QCOMPARE(cli({QStringLiteral("terminate"), id}).out.trimmed(), id + QStringLiteral(" terminated"));
    QVERIFY2(QTest::qWaitFor([this] { return !processWithMarkerExists(m_marker); }, 20000),
             "terminate left the pod's processes running");
    // The pod's SSH listener is gone too.
    QProcess again;
    again.start(QStringLiteral("ssh"), {QStringLiteral("-F"), config, QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                                        QStringLiteral("-o"), QStringLiteral("ConnectTimeout=5"),
                                        QStringLiteral("gpudesk-") + id, QStringLiteral("true")});
    QVERIFY(again.waitForFinished(30000));
    QCOMPARE(again.exitCode(), 255);

    // Its history tells the whole story.
    const Run status = cli({QStringLiteral("status"), id, QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonObject o = QJsonDocument::fromJson(status.out.toUtf8()).object();
    QStringList states;
    for (const QJsonValue &e : o.value(QStringLiteral("history")).toArray())
        states << e.toObject().value(QStringLiteral("to")).toString();
    QVERIFY2(states.first() == QStringLiteral("submitting") && states.contains(QStringLiteral("running"))
                 && states.contains(QStringLiteral("stopped")) && states.last() == QStringLiteral("terminated"),
             qPrintable(states.join(u' ')));
}

void TestLaunchE2E::killedDuringLaunchIsReconciled()
{
    QProcessEnvironment failpoint;
    failpoint.insert(QStringLiteral("GPUDESK_FAILPOINT"), QStringLiteral("launch-answered"));
    const Run killed = cli({QStringLiteral("launch"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
                            QStringLiteral("--gpu"), QStringLiteral("L40S:1"), QStringLiteral("--name"),
                            QStringLiteral("crash"), QStringLiteral("--image"), QStringLiteral("ubuntu:24.04"),
                            QStringLiteral("--"), QStringLiteral("exec sleep 600 # %1").arg(m_marker)},
                           failpoint);
    QCOMPARE(killed.exitCode, -9); // died by SIGKILL after the pod was created
    QVERIFY(processWithMarkerExists(m_marker));

    // What the crash left: a record still "submitting", without an instance id.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("e2e-peek"));
    db.setDatabaseName(QDir(m_data).filePath(QStringLiteral("gpudesk.sqlite")));
    QVERIFY(db.open());
    QString id;
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, state, instance_id FROM jobs WHERE name = 'crash'")));
        QVERIFY(q.next());
        id = q.value(0).toString();
        QCOMPARE(q.value(1).toString(), QStringLiteral("submitting"));
        QVERIFY(q.value(2).isNull());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("e2e-peek"));

    // The next run matches it with the pod by its launch token: running, with the pod's id, and
    // the pod is no orphan. Nothing was launched twice.
    QCOMPARE(stateOf(id), QStringLiteral("running"));
    const Run orphans = cli({QStringLiteral("orphans"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(QJsonDocument::fromJson(orphans.out.toUtf8()).array().size(), 0);
    QCOMPARE(cli({QStringLiteral("terminate"), id}).exitCode, 0);
    QVERIFY(QTest::qWaitFor([this] { return !processWithMarkerExists(m_marker); }, 20000));
}

void TestLaunchE2E::lostRecordIsAnOrphan()
{
    const Run launched = cli({QStringLiteral("launch"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
                              QStringLiteral("--gpu"), QStringLiteral("L4:1"), QStringLiteral("--name"),
                              QStringLiteral("lost"), QStringLiteral("--image"), QStringLiteral("ubuntu:24.04"),
                              QStringLiteral("--"), QStringLiteral("exec sleep 600 # %1").arg(m_marker)});
    QCOMPARE(launched.exitCode, 0);
    const QString id = launched.out.trimmed();
    QString instance;
    for (const QJsonValue &v : jobs()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            instance = v.toObject().value(QStringLiteral("instance_id")).toString();
    }
    QVERIFY(!instance.isEmpty());

    // The record is lost (a restored backup, another data dir): the pod belongs to no job.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("e2e-lose"));
        db.setDatabaseName(QDir(m_data).filePath(QStringLiteral("gpudesk.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys=ON")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM jobs WHERE id = '%1'").arg(id)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("e2e-lose"));

    const Run orphans = cli({QStringLiteral("orphans"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(orphans.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(orphans.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("unowned-instance"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("instance_id")).toString(), instance);

    const Run terminated = cli({QStringLiteral("orphans"), QStringLiteral("--terminate"), instance});
    QVERIFY2(terminated.exitCode == 0, qPrintable(terminated.err));
    QVERIFY(QTest::qWaitFor([this] { return !processWithMarkerExists(m_marker); }, 20000));
    QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("orphans"), QStringLiteral("--format"), QStringLiteral("json")})
                                         .out.toUtf8())
                 .array()
                 .size(),
             0);
}

void TestLaunchE2E::validateAndDryRun()
{
    const QString file = m_dir.filePath(QStringLiteral("job.yaml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name: bad name\nprovider: sandbox\ngpu: H100 SXM:2\nports: [70000]\ncommand: python train.py\n");
    f.close();
    const Run bad = cli({QStringLiteral("validate"), file});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("name")) && bad.err.contains(QStringLiteral("image"))
                 && bad.err.contains(QStringLiteral("ports[0]")),
             qPrintable(bad.err));

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("# my training run\nname: train\nprovider: sandbox\ngpu: H100 SXM:2\nimage: ubuntu:24.04\n"
            "command: python train.py\nmax_runtime: 2h\n");
    f.close();
    QCOMPARE(cli({QStringLiteral("validate"), file}).exitCode, 0);
    const Run dry = cli({QStringLiteral("launch"), file, QStringLiteral("--dry-run"), QStringLiteral("--format"),
                         QStringLiteral("json")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    const QJsonObject o = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("price_source")).toString(), QStringLiteral("simulated"));
    QVERIFY(!o.value(QStringLiteral("price_usd_per_hour")).toString().isEmpty());
    QVERIFY(!o.value(QStringLiteral("max_runtime_cost_usd")).toString().isEmpty());
    // A dry run launches nothing.
    for (const QJsonValue &v : jobs())
        QVERIFY(v.toObject().value(QStringLiteral("name")).toString() != QStringLiteral("train"));
}

QTEST_GUILESS_MAIN(TestLaunchE2E)
#include "tst_launch_e2e.moc"
