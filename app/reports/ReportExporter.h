#pragma once

#include "Report.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gpudesk {

// Writes a Report as CSV, JSON, self-contained HTML or PDF. Every format prints the same rows and
// the same totals from the same Report, so they agree to the cent:
// - CSV: UTF-8 with a header line, ISO dates, plain decimal numbers (dollars with up to 6 decimals,
//   exactly the ledger's micro-dollars; GPU-hours with 3), one row per group, then a "TOTAL" row.
// - JSON: the same fields, money as numbers in dollars, plus the period and settings.
// - HTML: one file, inline CSS and an inline SVG bar chart, nothing fetched.
// - PDF (QPdfWriter, needs a QGuiApplication, offscreen is fine): title, period, summary, a bar
//   chart drawn with QPainter, the table over as many pages as it needs, page numbers.
// HTML and PDF show dollars rounded to cents.
class ReportExporter
{
    Q_DECLARE_TR_FUNCTIONS(ReportExporter)

public:
    enum class Format {
        Csv,
        Json,
        Html,
        Pdf,
    };

    static std::optional<Format> parseFormat(const QString &name);
    static QString formatKey(Format format);

    static QByteArray csv(const Report &report);
    static QByteArray json(const Report &report);
    static QByteArray html(const Report &report);
    static QByteArray pdf(const Report &report);

    static QByteArray render(const Report &report, Format format);
    // Renders and writes to `path` (replacing it atomically).
    static Result<void> write(const Report &report, Format format, const QString &path);
};

} // namespace gpudesk
