// End to end on the real Sandbox: with H100 capacity switched off (GPUDESK_SANDBOX_NO_CAPACITY), a job
// asking for an H100 or an A100 lands on an A100 pod after one recorded refusal; `sandbox preempt`
// takes the pod back, and the next status check relaunches the job (recover: true) on another
// offer. gpudesk-cli and gpudesk-sandboxd are the real programs; everything stays on this machine.

#include "DispatchE2EJob.h"
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestDispatchE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void failoverThenRecoveryAfterPreemption();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &args, const QProcessEnvironment &extra = {});
    QJsonObject status(const QString &jobId);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_marker;
    QString m_jobId;
};

TestDispatchE2E::Run TestDispatchE2E::cli(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("GPUDESK_SANDBOX_NO_CAPACITY"));
    env.insert(QStringLiteral("GPUDESK_DATA_DIR"), m_data);
    env.insert(QStringLiteral("GPUDESK_SANDBOXD"), QStringLiteral(GPUDESK_SANDBOXD_PATH));
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GPUDESK_CLI_PATH), args);
    Run r;
    if (!p.waitForStarted() || !p.waitForFinished(180000)) {
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

QJsonObject TestDispatchE2E::status(const QString &jobId)
{
    const Run r = cli({QStringLiteral("status"), jobId, QStringLiteral("--format"), QStringLiteral("json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void TestDispatchE2E::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_marker = QStringLiteral("gpudesk-dispatch-e2e-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

void TestDispatchE2E::cleanupTestCase()
{
    if (!m_jobId.isEmpty())
        cli({QStringLiteral("terminate"), m_jobId});
    QFile lock(QDir(m_data).filePath(QStringLiteral("sandbox/sandboxd.lock")));
    if (lock.open(QIODevice::ReadOnly)) {
        const qint64 pid = lock.readLine().trimmed().toLongLong();
        if (pid > 1)
            ::kill(pid_t(pid), SIGTERM);
    }
}

void TestDispatchE2E::failoverThenRecoveryAfterPreemption()
{
    const QString file = m_dir.filePath(QStringLiteral("job.yaml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(dispatchE2EJob(m_marker).toUtf8());
    f.close();

    // The dry run ranks the H100 first (prefer: listed), the A100 second, and says why.
    const Run dry = cli({QStringLiteral("launch"), file, QStringLiteral("--dry-run"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
    const QJsonArray ranked = QJsonDocument::fromJson(dry.out.toUtf8()).object().value(QStringLiteral("candidates")).toArray();
    QCOMPARE(ranked.size(), 2);
    QCOMPARE(ranked.at(0).toObject().value(QStringLiteral("gpu_model")).toString(), QStringLiteral("H100 SXM"));
    QCOMPARE(ranked.at(1).toObject().value(QStringLiteral("gpu_model")).toString(), QStringLiteral("A100 80GB SXM"));
    QVERIFY(!ranked.at(0).toObject().value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(ranked.at(0).toObject().value(QStringLiteral("price_source")).toString(), QStringLiteral("simulated"));

    // No H100 capacity: one refusal, then the A100.
    QProcessEnvironment noH100;
    noH100.insert(QStringLiteral("GPUDESK_SANDBOX_NO_CAPACITY"), QStringLiteral("H100"));
    const Run launched = cli({QStringLiteral("launch"), file, QStringLiteral("--format"), QStringLiteral("json")}, noH100);
    QVERIFY2(launched.exitCode == 0, qPrintable(launched.err + launched.out));
    const QJsonObject placed = QJsonDocument::fromJson(launched.out.toUtf8()).object();
    m_jobId = placed.value(QStringLiteral("id")).toString();
    QVERIFY2(m_jobId.startsWith(QStringLiteral("j-")), qPrintable(launched.out));
    QCOMPARE(placed.value(QStringLiteral("provider")).toString(), QStringLiteral("sandbox"));
    const QString firstPod = placed.value(QStringLiteral("instance_id")).toString();
    QVERIFY(!firstPod.isEmpty());

    QJsonObject s = status(m_jobId);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QJsonArray attempts = s.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("no-capacity"));
    QCOMPARE(attempts.at(0).toObject().value(QStringLiteral("gpu_model")).toString(), QStringLiteral("H100 SXM"));
    QVERIFY2(attempts.at(0).toObject().value(QStringLiteral("message")).toString().contains(QStringLiteral("no H100 SXM capacity")),
             qPrintable(attempts.at(0).toObject().value(QStringLiteral("message")).toString()));
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("launched"));
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("gpu_model")).toString(), QStringLiteral("A100 80GB SXM"));
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("instance_id")).toString(), firstPod);
    // The pod really is an A100 pod: its simulated nvidia-smi says so.
    const Run smi = cli({QStringLiteral("exec"), m_jobId, QStringLiteral("--"), QStringLiteral("nvidia-smi"),
                         QStringLiteral("--query-gpu=name"), QStringLiteral("--format=csv,noheader")});
    QVERIFY2(smi.exitCode == 0 && smi.out.contains(QStringLiteral("A100")), qPrintable(smi.out + smi.err));

    // The Sandbox takes the pod back; the next status check notices and relaunches elsewhere.
    const Run preempt = cli({QStringLiteral("sandbox"), QStringLiteral("preempt"), m_jobId});
    QVERIFY2(preempt.exitCode == 0, qPrintable(preempt.err));
    const Run back = cli({QStringLiteral("status"), m_jobId, QStringLiteral("--wait"), QStringLiteral("running"),
                          QStringLiteral("--timeout"), QStringLiteral("120"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(back.exitCode == 0, qPrintable(back.err + back.out));
    s = QJsonDocument::fromJson(back.out.toUtf8()).object();
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    const QString secondPod = s.value(QStringLiteral("instance_id")).toString();
    QVERIFY(!secondPod.isEmpty());
    QVERIFY(secondPod != firstPod);
    attempts = s.value(QStringLiteral("attempts")).toArray();
    QCOMPARE(attempts.size(), 3);
    QCOMPARE(attempts.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("preempted"));
    QCOMPARE(attempts.at(2).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("launched"));
    QCOMPARE(attempts.at(2).toObject().value(QStringLiteral("round")).toInt(), 1);
    // Another offer: the preempted A100 place is avoided, and the H100 has capacity again.
    QCOMPARE(attempts.at(2).toObject().value(QStringLiteral("gpu_model")).toString(), QStringLiteral("H100 SXM"));
    QCOMPARE(attempts.at(2).toObject().value(QStringLiteral("instance_id")).toString(), secondPod);
    bool sawPreempted = false;
    for (const QJsonValue &e : s.value(QStringLiteral("history")).toArray())
        sawPreempted = sawPreempted || e.toObject().value(QStringLiteral("to")).toString() == QStringLiteral("preempted");
    QVERIFY(sawPreempted);
}

QTEST_GUILESS_MAIN(TestDispatchE2E)
#include "tst_dispatch_e2e.moc"
