#pragma once

#include "core/Result.h"
#include "reports/Report.h"
#include "reports/ReportExporter.h"

#include <QDate>
#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace gpudesk {

class Clock;
class JobRepository;
class Ledger;
class MetricStore;

// Costs → Export report: a period of whole days, a grouping and a format (CSV, JSON, HTML, PDF),
// written by ReportExporter from the same Report the page and `gpudesk-cli report` build, so the
// totals agree to the cent in every format.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const Ledger &ledger, const MetricStore *metrics, const JobRepository *jobs, Clock &clock,
                 const QTimeZone &zone, QWidget *parent = nullptr);

    // First and last day included.
    void setPeriod(const QDate &first, const QDate &last);
    void setGroupBy(ReportGroupBy groupBy);
    void setFormat(ReportExporter::Format format);
    void setPath(const QString &path);
    QString path() const;

    // Builds the report and writes it; on success the dialog says where (and the grand total).
    Result<Report> exportNow();

private:
    void browse();
    void formatChanged();

    const Ledger &m_ledger;
    const MetricStore *m_metrics;
    const JobRepository *m_jobs;
    Clock &m_clock;
    QTimeZone m_zone;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_groupBy;
    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_result;
};

} // namespace gpudesk
