// gpudesk-cli report, budget, idle and usage, run as the real binary on a data directory whose
// ledger and samples the test wrote. The four report formats must show the same totals.

#include "billing/LedgerRepository.h"
#include "core/Money.h"
#include "core/Clock.h"
#include "jobs/JobRecord.h"
#include "metrics/MetricStore.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include "CliRunner.h"

using namespace gpudesk;

namespace {

const QString kCli = QStringLiteral(GPUDESK_CLI_PATH);

using test::CliRun;

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

} // namespace

class TestCliCosts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Money m_expectedEstimated;

    CliRun run(const QStringList &args) const { return test::runCli(kCli, args, m_dir.path(), 60'000); }

    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        Database db;
        QVERIFY(db.open(path(QStringLiteral("gpudesk.sqlite"))));
        LedgerRepository ledger(db);
        // Lambda is billed per second: 3 h 20 min at $23.92 across the Oct/Nov boundary, and 45 min at
        // $2.49 on Nov 3; a Sandbox job; all closed.
        auto add = [&](const QString &job, const QString &provider, const char *rate, const QDateTime &start,
                       const QDateTime &end) {
            UsageInterval i;
            i.jobId = job;
            i.providerId = provider;
            i.gpuModel = QStringLiteral("H100 SXM");
            i.gpuCount = 8;
            i.ratePerHour = Money::parse(QString::fromLatin1(rate));
            i.simulated = provider == QStringLiteral("sandbox");
            i.startedAt = start;
            i.endedAt = end;
            i.lastCheckpointAt = end;
            QVERIFY(ledger.insert(i));
        };
        add(QStringLiteral("j-1"), QStringLiteral("lambda"), "23.92", utc(2026, 10, 31, 22), utc(2026, 11, 1, 1, 20));
        add(QStringLiteral("j-2"), QStringLiteral("lambda"), "2.49", utc(2026, 11, 3, 10), utc(2026, 11, 3, 10, 45));
        add(QStringLiteral("j-3"), QStringLiteral("sandbox"), "1.99", utc(2026, 11, 4, 10), utc(2026, 11, 4, 11));
        // November's share: 1 h 20 min of j-1 (of 3 h 20) and all of j-2.
        m_expectedEstimated = Money::fromMicros(79'733'333).scaled(80, 200) + *Money::parse(u"1.8675");
        // A running job with samples of its GPU 0, for usage.
        JobRecord job;
        job.id = QStringLiteral("j-run");
        job.spec.name = QStringLiteral("train");
        job.providerId = QStringLiteral("lambda");
        job.state = JobState::Running;
        QVERIFY(JobRepository(db, Clock::system()).create(job));
        MetricStore metrics(db);
        QList<GpuSample> samples;
        for (int s = 0; s < 3; ++s) {
            GpuSample g;
            g.jobId = QStringLiteral("j-run");
            g.at = utc(2026, 11, 3, 10, 5).addSecs(s * 10);
            g.reading.index = 0;
            g.reading.name = QStringLiteral("NVIDIA H100 80GB HBM3");
            g.reading.utilizationPercent = 90 + s;
            g.reading.memoryUsedMiB = 40000;
            g.reading.memoryTotalMiB = 81559;
            g.reading.powerCentiWatts = 65012;
            g.reading.temperatureC = 71;
            samples.append(g);
        }
        QVERIFY(metrics.insert(samples));
    }

    void reportFormatsAgree()
    {
        const QStringList period { QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-01"),
            QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--time-zone"), QStringLiteral("UTC"),
            QStringLiteral("--group-by"), QStringLiteral("provider") };
        QStringList totals;
        for (const QString &format : { QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("html"), QStringLiteral("pdf") }) {
            const QString file = path(QStringLiteral("november.") + format);
            const CliRun r = run(period + QStringList { QStringLiteral("--format"), format, QStringLiteral("-o"), file });
            QVERIFY2(r.finished && r.exitCode == 0, qPrintable(format + u':' + r.err));
            QVERIFY(QFileInfo(file).size() > 0);
            QVERIFY2(r.err.contains(QStringLiteral("Wrote %1: %2 estimated").arg(file, m_expectedEstimated.toString(2))),
                qPrintable(r.err));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (format == QStringLiteral("csv")) {
                const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
                QCOMPARE(lines.size(), 4); // header, lambda, sandbox, TOTAL
                QVERIFY(lines.first().startsWith(QStringLiteral("provider,label,gpu_hours,estimated_usd")));
                const QStringList total = lines.last().split(u',');
                QCOMPARE(Money::parse(total.at(3)), m_expectedEstimated);
                QCOMPARE(total.at(4), QStringLiteral("1.99"));
                totals << Money::parse(total.at(3))->toString(2);
            } else if (format == QStringLiteral("json")) {
                const QJsonObject total = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("total")).toObject();
                totals << Money::parse(QString::number(total.value(QStringLiteral("estimatedUsd")).toDouble(), 'f', 6))->toString(2);
            } else if (format == QStringLiteral("html")) {
                const QString html = QString::fromUtf8(bytes);
                const qsizetype at = html.indexOf(QStringLiteral("Total estimated</dt><dd>"));
                QVERIFY(at > 0);
                totals << html.mid(at + 24, html.indexOf(u'<', at + 24) - at - 24);
            } else {
                QVERIFY(bytes.startsWith("%PDF"));
                const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
                if (pdftotext.isEmpty()) {
                    totals << m_expectedEstimated.toString(2);
                    qWarning("pdftotext missing: the PDF's text is not checked");
                    continue;
                }
                QProcess p;
                p.start(pdftotext, { file, QStringLiteral("-") });
                QVERIFY(p.waitForFinished(30000));
                const QString text = QString::fromUtf8(p.readAllStandardOutput());
                QVERIFY2(text.contains(QStringLiteral("Page 1 of 1")), qPrintable(text));
                QVERIFY(text.contains(QStringLiteral("lambda")));
                totals << (text.contains(m_expectedEstimated.toString(2)) ? m_expectedEstimated.toString(2) : text);
            }
        }
        QCOMPARE(totals, QStringList(4, m_expectedEstimated.toString(2)));

        // Without -o, text formats go to stdout; by day, the days are UTC days.
        const CliRun byDay = run({ QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-10-31"),
            QStringLiteral("--to"), QStringLiteral("2026-11-01"), QStringLiteral("--time-zone"), QStringLiteral("UTC") });
        QCOMPARE(byDay.exitCode, 0);
        const QStringList lines = byDay.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("2026-10-31,")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("2026-11-01,")));
        QCOMPARE(lines.at(3).section(u',', 3, 3), QStringLiteral("79.733333"));
    }

    void reportUsageErrors()
    {
        for (const QStringList &args : QList<QStringList> {
                 { QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-01") },
                 { QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-31"), QStringLiteral("--to"),
                     QStringLiteral("2026-12-01") },
                 { QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-02"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-01") },
                 { QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-30"), QStringLiteral("--group-by"), QStringLiteral("week") },
                 { QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("pdf") },
                 { QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("--monthly"), QStringLiteral("-5") },
                 { QStringLiteral("idle"), QStringLiteral("set"), QStringLiteral("--action"), QStringLiteral("kill") } }) {
            const CliRun r = run(args);
            QVERIFY(r.finished);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(u' ') + QStringLiteral(" -> ") + r.err));
            QVERIFY(r.err.contains(QStringLiteral("--help")));
        }
    }

    void budgets()
    {
        CliRun r = run({ QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("--monthly"), QStringLiteral("500"),
            QStringLiteral("--provider"), QStringLiteral("lambda"), QStringLiteral("--auto-stop") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("$500.00 a month for provider lambda, its jobs stopped at 100 %")), qPrintable(r.out));
        r = run({ QStringLiteral("budget"), QStringLiteral("set"), QStringLiteral("--monthly"), QStringLiteral("1250.50") });
        QCOMPARE(r.exitCode, 0);
        r = run({ QStringLiteral("budget"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("provider")).toString(), QStringLiteral("lambda"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("monthly_usd")).toDouble(), 500.0);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("auto_stop")).toBool(), true);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("scope")).toString(), QStringLiteral("all jobs"));
        // The table has the same budgets.
        r = run({ QStringLiteral("budget"), QStringLiteral("list") });
        QVERIFY(r.out.contains(QStringLiteral("provider lambda")));
        QVERIFY(r.out.contains(QStringLiteral("1250.5")));
        const QString id = QString::number(list.at(0).toObject().value(QStringLiteral("id")).toInt());
        r = run({ QStringLiteral("budget"), QStringLiteral("remove"), id });
        QCOMPARE(r.exitCode, 0);
        r = run({ QStringLiteral("budget"), QStringLiteral("remove"), id });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("no budget")));
        r = run({ QStringLiteral("budget"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    }

    void idlePolicies()
    {
        CliRun r = run({ QStringLiteral("idle"), QStringLiteral("set"), QStringLiteral("--under"), QStringLiteral("7"),
            QStringLiteral("--for"), QStringLiteral("20"), QStringLiteral("--action"), QStringLiteral("stop") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("GPUs under 7 % for 20 minutes: stop")), qPrintable(r.out));
        r = run({ QStringLiteral("idle"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("job")).toString(), QStringLiteral("(default)"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("for_minutes")).toInt(), 20);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("stop"));
        r = run({ QStringLiteral("idle"), QStringLiteral("set"), QStringLiteral("--job"), QStringLiteral("j-nope") });
        QCOMPARE(r.exitCode, 1);
    }

    void usage()
    {
        // The running job's latest sample of each GPU.
        CliRun r = run({ QStringLiteral("usage"), QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("job")).toString(), QStringLiteral("j-run"));
        QCOMPARE(row.value(QStringLiteral("utilization_percent")).toInt(), 92);
        QCOMPARE(row.value(QStringLiteral("power_w")).toDouble(), 650.12);
        QCOMPARE(row.value(QStringLiteral("memory_total_mib")).toInt(), 81559);
        r = run({ QStringLiteral("usage"), QStringLiteral("--job"), QStringLiteral("train") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("NVIDIA H100 80GB HBM3")));
        r = run({ QStringLiteral("usage"), QStringLiteral("--job"), QStringLiteral("j-nope") });
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCosts)
#include "tst_cli_costs.moc"
