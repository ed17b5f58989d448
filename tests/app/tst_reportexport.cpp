#include "billing/Ledger.h"
#include "billing/LedgerRepository.h"
#include "core/Clock.h"
#include "reports/Report.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportExporter.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace gpudesk;

namespace {

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

BillingRule perSecond(const QString &provider)
{
    BillingRule r;
    r.providerId = provider;
    r.simulated = provider == QStringLiteral("sandbox");
    return r;
}

// The dollars of a plain decimal as the cents HTML and PDF print ("$12.35").
QString centsOf(const QString &decimal)
{
    auto m = Money::parse(decimal);
    return m ? m->toString(2) : QStringLiteral("unparsable: ") + decimal;
}

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock { utc(2026, 12, 2) };
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Ledger> m_ledger;
    Report m_report;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(QDir(m_dir.path()).filePath(QStringLiteral("gpudesk.sqlite"))));
        m_ledger = std::make_unique<Ledger>(*m_db, m_clock);
        m_ledger->setRules(&perSecond);
        LedgerRepository repo(*m_db);
        // 140 jobs over November at odd rates and durations, so rounding to cents matters; a job's
        // name with a comma and quotes, and one Sandbox job.
        const QStringList providers { QStringLiteral("lambda"), QStringLiteral("runpod"), QStringLiteral("vast") };
        for (int n = 0; n < 140; ++n) {
            UsageInterval i;
            i.jobId = QStringLiteral("j-%1").arg(n, 4, 10, QLatin1Char('0'));
            i.providerId = n == 7 ? QStringLiteral("sandbox") : providers.at(n % 3);
            i.simulated = n == 7;
            i.project = n % 2 ? QStringLiteral("vision, \"large\"") : QStringLiteral("nlp");
            i.gpuModel = QStringLiteral("H100 SXM");
            i.gpuCount = 1 + n % 8;
            i.ratePerHour = Money::fromMicros(1'234'567 + 98'765 * n);
            i.startedAt = utc(2026, 11, 1 + n % 29, n % 24, n % 60, n % 59);
            i.endedAt = i.startedAt.addSecs(617 + 3'331 * n);
            i.lastCheckpointAt = i.endedAt;
            QVERIFY(repo.insert(i));
        }
        ReportBuilder builder(*m_ledger);
        auto [from, to] = Report::monthPeriod(QDate(2026, 11, 1), QTimeZone::utc());
        auto report = builder.build(from, to, ReportGroupBy::Job, m_clock.now(), QTimeZone::utc());
        QVERIFY(report);
        m_report = *report;
        QCOMPARE(m_report.rows.size(), 140);
        QVERIFY(!m_report.total.simulated.isZero());
        // Not a whole number of cents, so each format's rounding is exercised.
        QVERIFY(m_report.total.estimated.micros() % 10'000 != 0);
    }

    void csvTotal()
    {
        const QStringList lines = QString::fromUtf8(ReportExporter::csv(m_report)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 142);
        QVERIFY(lines.first().startsWith(QStringLiteral("job,label,gpu_hours,estimated_usd,")));
        const QStringList total = lines.last().split(u',');
        QCOMPARE(total.at(0), QStringLiteral("TOTAL"));
        QCOMPARE(Money::parse(total.at(3)), m_report.total.estimated);
        QCOMPARE(Money::parse(total.at(4)), m_report.total.simulated);
        QCOMPARE(total.at(10), QStringLiteral("2026-11-01T00:00:00+00:00"));
        // Plain numbers: no currency sign, no thousands separator.
        QVERIFY(!lines.join(QString()).contains(u'$'));
    }

    void jsonTotal()
    {
        const QJsonObject root = QJsonDocument::fromJson(ReportExporter::json(m_report)).object();
        QCOMPARE(root.value(QStringLiteral("rows")).toArray().size(), 140);
        const QJsonObject total = root.value(QStringLiteral("total")).toObject();
        const double estimated = total.value(QStringLiteral("estimatedUsd")).toDouble();
        QCOMPARE(centsOf(QString::number(estimated, 'f', 6)), m_report.total.estimated.toString(2));
        QCOMPARE(centsOf(QString::number(total.value(QStringLiteral("simulatedUsd")).toDouble(), 'f', 6)),
            m_report.total.simulated.toString(2));
        QCOMPARE(root.value(QStringLiteral("groupBy")).toString(), QStringLiteral("job"));
    }

    void htmlTotal()
    {
        const QString html = QString::fromUtf8(ReportExporter::html(m_report));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        // Self-contained: nothing loaded from elsewhere.
        QVERIFY(!html.contains(QStringLiteral("src=")));
        QVERIFY(!html.contains(QStringLiteral("href=")));
        QVERIFY(html.contains(QStringLiteral("<svg")));
        const qsizetype totalRow = html.indexOf(QStringLiteral("<tr class=\"total\">"));
        QVERIFY(totalRow > 0);
        const QString row = html.mid(totalRow, html.indexOf(QStringLiteral("</tr>"), totalRow) - totalRow);
        QVERIFY2(row.contains(QStringLiteral("<td class=\"n\">%1</td>").arg(m_report.total.estimated.toString(2))),
            qPrintable(row));
        // The name with a comma and quotes is escaped, not broken.
        QVERIFY(html.contains(QStringLiteral("Total estimated</dt><dd>%1</dd>").arg(m_report.total.estimated.toString(2))));
    }

    // The PDF opens with poppler's pdftotext and holds the same totals and page numbers.
    void pdfTotal()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed: installer/bootstrap.sh deps installs it");
        const QString path = QDir(m_dir.path()).filePath(QStringLiteral("report.pdf"));
        QVERIFY(ReportExporter::write(m_report, ReportExporter::Format::Pdf, path));
        QProcess p;
        p.start(pdftotext, { QStringLiteral("-layout"), path, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("GPU Desk cost report")), qPrintable(text.left(500)));
        const QString estimated = m_report.total.estimated.toString(2);
        QVERIFY2(text.count(estimated) >= 2, qPrintable(estimated)); // the summary and the table's total row
        QVERIFY(text.contains(m_report.total.simulated.toString(2)));
        QVERIFY(text.contains(QStringLiteral("2026-11-01 to 2026-11-30")));
        const int pages = int(text.count(u'\f'));
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("j-0139")));
        // Kept for a look at the layout when GPUDESK_KEEP_REPORT names a file.
        if (const QString keep = qEnvironmentVariable("GPUDESK_KEEP_REPORT"); !keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(path, keep);
        }
    }

    void formatsAgreeOnEveryRow()
    {
        // Each CSV row's estimate is the report's, exactly; HTML has each row's cents.
        const QStringList lines = QString::fromUtf8(ReportExporter::csv(m_report)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        const QString html = QString::fromUtf8(ReportExporter::html(m_report));
        for (int n = 0; n < m_report.rows.size(); ++n) {
            const ReportRow &row = m_report.rows.at(n);
            QCOMPARE(lines.at(n + 1).section(u',', 0, 0), row.key);
            QVERIFY(html.contains(row.estimated.toString(2)));
        }
        QCOMPARE(ReportExporter::parseFormat(QStringLiteral("PDF")), ReportExporter::Format::Pdf);
        QCOMPARE(ReportExporter::parseFormat(QStringLiteral("xlsx")), std::nullopt);
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
