#include "ExportDialog.h"

#include "core/Clock.h"
#include "reports/ReportBuilder.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gpudesk {

ExportDialog::ExportDialog(const Ledger &ledger, const MetricStore *metrics, const JobRepository *jobs, Clock &clock,
                           const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_metrics(metrics)
    , m_jobs(jobs)
    , m_clock(clock)
    , m_zone(zone)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_groupBy(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Export cost report"));
    setObjectName(QStringLiteral("exportDialog"));
    auto *form = new QFormLayout();
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("exportFrom"));
    m_to->setObjectName(QStringLiteral("exportTo"));
    auto *period = new QHBoxLayout();
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch(1);
    form->addRow(tr("Days:"), period);

    m_groupBy->setObjectName(QStringLiteral("exportGroupBy"));
    for (ReportGroupBy g : {ReportGroupBy::Day, ReportGroupBy::Provider, ReportGroupBy::Project, ReportGroupBy::Gpu,
                            ReportGroupBy::Job})
        m_groupBy->addItem(Report::groupByTitle(g), int(g));
    form->addRow(tr("Group by:"), m_groupBy);

    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (spreadsheets)"), int(ReportExporter::Format::Csv));
    m_format->addItem(tr("JSON"), int(ReportExporter::Format::Json));
    m_format->addItem(tr("HTML (one self-contained file)"), int(ReportExporter::Format::Html));
    m_format->addItem(tr("PDF"), int(ReportExporter::Format::Pdf));
    form->addRow(tr("Format:"), m_format);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);

    auto *file = new QHBoxLayout();
    m_path->setObjectName(QStringLiteral("exportPath"));
    file->addWidget(m_path, 1);
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    file->addWidget(browse);
    form->addRow(tr("File:"), file);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, [this] { (void)exportNow(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const QDate today = m_clock.now().toTimeZone(m_zone).date();
    setPeriod(QDate(today.year(), today.month(), 1), today);
    QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (docs.isEmpty())
        docs = QDir::homePath();
    m_path->setText(QDir(docs).filePath(QStringLiteral("gpudesk-costs.csv")));
    resize(560, sizeHint().height());
}

void ExportDialog::setPeriod(const QDate &first, const QDate &last)
{
    m_from->setDate(first);
    m_to->setDate(last);
}

void ExportDialog::setGroupBy(ReportGroupBy groupBy)
{
    m_groupBy->setCurrentIndex(m_groupBy->findData(int(groupBy)));
}

void ExportDialog::setFormat(ReportExporter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::path() const
{
    return m_path->text();
}

void ExportDialog::formatChanged()
{
    // The file name follows the format: report.csv -> report.pdf.
    const auto format = ReportExporter::Format(m_format->currentData().toInt());
    const QFileInfo info(m_path->text());
    if (info.fileName().isEmpty())
        return;
    m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + QLatin1Char('.')
                                               + ReportExporter::formatKey(format)));
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export cost report"), m_path->text());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

Result<Report> ExportDialog::exportNow()
{
    const auto fail = [this](const QString &message) {
        m_result->setText(QStringLiteral("<span style='color:#c62828'>%1</span>").arg(message.toHtmlEscaped()));
        return makeError(Error::Kind::InvalidInput, message);
    };
    if (m_from->date() > m_to->date())
        return fail(tr("The first day is after the last day."));
    if (m_path->text().trimmed().isEmpty())
        return fail(tr("Choose a file to write the report to."));
    const auto [from, to] = Report::daysPeriod(m_from->date(), m_to->date(), m_zone);
    ReportBuilder builder(m_ledger, m_metrics, m_jobs);
    auto report = builder.build(from, to, ReportGroupBy(m_groupBy->currentData().toInt()), m_clock.now(), m_zone);
    if (!report)
        return fail(report.error().message);
    const auto format = ReportExporter::Format(m_format->currentData().toInt());
    if (auto written = ReportExporter::write(*report, format, m_path->text().trimmed()); !written)
        return fail(written.error().message);
    m_result->setText(tr("Wrote %1: %2 over %3.")
                          .arg(QDir::toNativeSeparators(m_path->text().trimmed()),
                               report->total.estimated.toString(2), report->periodText()));
    return *report;
}

} // namespace gpudesk
