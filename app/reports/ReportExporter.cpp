#include "ReportExporter.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace gpudesk {

namespace {

QString hours(qint64 seconds)
{
    return QString::number(double(seconds) / 3600.0, 'f', 3);
}

QString cents(Money m)
{
    return m.toString(2);
}

QString csvField(const QString &s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        QString q = s;
        q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + q + u'"';
    }
    return s;
}

QString isoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString isoLocal(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone).toString(Qt::ISODate);
}

// The rows a chart shows: all of them up to `limit`, else the `limit` costliest in their order.
QList<ReportRow> chartRows(const Report &report, int limit)
{
    if (report.rows.size() <= limit)
        return report.rows;
    QList<qsizetype> order(report.rows.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
        [&](qsizetype a, qsizetype b) { return report.rows.at(a).cost() > report.rows.at(b).cost(); });
    order.resize(limit);
    std::sort(order.begin(), order.end());
    QList<ReportRow> out;
    for (qsizetype i : order)
        out.append(report.rows.at(i));
    return out;
}

// The largest bar (at least one micro-dollar, so an empty chart divides by one).
std::int64_t tallest(const QList<ReportRow> &bars)
{
    std::int64_t most = 1;
    for (const ReportRow &r : bars)
        most = std::max(most, r.cost().micros());
    return most;
}

QString title()
{
    return ReportExporter::tr("GPU Desk cost report");
}

// Column titles shared by HTML and PDF.
QStringList displayColumns(const Report &report)
{
    return { Report::groupByTitle(report.groupBy), ReportExporter::tr("GPU-hours"), ReportExporter::tr("Estimated"),
        ReportExporter::tr("Simulated"), ReportExporter::tr("Billed"), ReportExporter::tr("Idle GPU-h"),
        ReportExporter::tr("Wasted"), ReportExporter::tr("Wasted (sim.)") };
}

QStringList displayCells(const ReportRow &row, const QString &label)
{
    return { label, hours(row.gpuSeconds), cents(row.estimated), cents(row.simulated), row.billedText(),
        hours(row.idleGpuSeconds), cents(row.wasted), cents(row.wastedSimulated) };
}

// The summary lines HTML and PDF print above the chart.
QList<std::pair<QString, QString>> summaryLines(const Report &report)
{
    const ReportRow &t = report.total;
    QList<std::pair<QString, QString>> lines {
        { ReportExporter::tr("Total estimated"), cents(t.estimated) },
        { ReportExporter::tr("Total simulated (Sandbox)"), cents(t.simulated) },
        { ReportExporter::tr("GPU-hours"), hours(t.gpuSeconds) },
        { ReportExporter::tr("Wasted (idle GPUs)"),
            ReportExporter::tr("%1 (%2 idle GPU-hours under %3 %)")
                .arg(cents(t.wasted), hours(t.idleGpuSeconds))
                .arg(report.idleThresholdPercent) },
    };
    if (t.unpricedIntervals > 0)
        lines.append({ ReportExporter::tr("Without a known rate"),
            ReportExporter::tr("%n interval(s), not in the totals", nullptr, t.unpricedIntervals) });
    return lines;
}

QString totalLabel()
{
    return ReportExporter::tr("Total");
}

} // namespace

std::optional<ReportExporter::Format> ReportExporter::parseFormat(const QString &name)
{
    for (Format f : { Format::Csv, Format::Json, Format::Html, Format::Pdf }) {
        if (formatKey(f) == name.trimmed().toLower())
            return f;
    }
    return std::nullopt;
}

QString ReportExporter::formatKey(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QByteArray ReportExporter::csv(const Report &report)
{
    QString out;
    out += QStringLiteral("%1,label,gpu_hours,estimated_usd,simulated_usd,billed_usd,idle_gpu_hours,wasted_usd,"
                          "wasted_simulated_usd,unpriced_intervals,period_from,period_to\r\n")
               .arg(Report::groupByKey(report.groupBy));
    const QString from = isoLocal(report.from, report.zone);
    const QString to = isoLocal(report.to, report.zone);
    auto line = [&](const QString &key, const ReportRow &r) {
        const QStringList cells { csvField(key), csvField(r.label), hours(r.gpuSeconds), r.estimated.toDecimalString(),
            r.simulated.toDecimalString(), csvField(r.billedText(true)), hours(r.idleGpuSeconds),
            r.wasted.toDecimalString(), r.wastedSimulated.toDecimalString(), QString::number(r.unpricedIntervals), from,
            to };
        out += cells.join(u',') + QStringLiteral("\r\n");
    };
    for (const ReportRow &r : report.rows)
        line(r.key, r);
    line(QStringLiteral("TOTAL"), report.total);
    return out.toUtf8();
}

QByteArray ReportExporter::json(const Report &report)
{
    auto money = [](Money m) { return QJsonValue(m.toDecimalString().toDouble()); };
    auto rowObject = [&](const ReportRow &r) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), r.key);
        o.insert(QStringLiteral("label"), r.label);
        o.insert(QStringLiteral("gpuSeconds"), r.gpuSeconds);
        o.insert(QStringLiteral("gpuHours"), hours(r.gpuSeconds).toDouble());
        o.insert(QStringLiteral("estimatedUsd"), money(r.estimated));
        o.insert(QStringLiteral("simulatedUsd"), money(r.simulated));
        o.insert(QStringLiteral("billedUsd"), r.billed ? money(*r.billed) : QJsonValue());
        o.insert(QStringLiteral("billed"), r.billedText(true));
        o.insert(QStringLiteral("idleGpuSeconds"), r.idleGpuSeconds);
        o.insert(QStringLiteral("wastedUsd"), money(r.wasted));
        o.insert(QStringLiteral("wastedSimulatedUsd"), money(r.wastedSimulated));
        o.insert(QStringLiteral("unpricedIntervals"), r.unpricedIntervals);
        return o;
    };
    QJsonArray rows;
    for (const ReportRow &r : report.rows)
        rows.append(rowObject(r));
    QJsonObject root;
    root.insert(QStringLiteral("from"), isoLocal(report.from, report.zone));
    root.insert(QStringLiteral("to"), isoLocal(report.to, report.zone));
    root.insert(QStringLiteral("timeZone"), QString::fromUtf8(report.zone.id()));
    root.insert(QStringLiteral("groupBy"), Report::groupByKey(report.groupBy));
    root.insert(QStringLiteral("generatedAt"), isoUtc(report.generatedAt));
    root.insert(QStringLiteral("currency"), QStringLiteral("USD"));
    root.insert(QStringLiteral("idleThresholdPercent"), report.idleThresholdPercent);
    root.insert(QStringLiteral("rows"), rows);
    root.insert(QStringLiteral("total"), rowObject(report.total));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray ReportExporter::html(const Report &report)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n").arg(title().toHtmlEscaped());
    h += QStringLiteral(
        "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}"
        "th,td{padding:3px 8px;border-bottom:1px solid #ddd}td.n,th.n{text-align:right}"
        "tr.total td{font-weight:bold;border-top:2px solid #444}dl{display:grid;grid-template-columns:max-content auto;"
        "gap:2px 12px}dt{color:#555}dd{margin:0}</style></head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n<p>%2 · %3</p>\n")
             .arg(title().toHtmlEscaped(), report.periodText().toHtmlEscaped(),
                 tr("time zone %1").arg(QString::fromUtf8(report.zone.id())).toHtmlEscaped());
    h += QStringLiteral("<dl>\n");
    for (const auto &[name, value] : summaryLines(report))
        h += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    h += QStringLiteral("</dl>\n");

    // Bar chart: cost per group, estimated in blue with simulated stacked in grey.
    const QList<ReportRow> bars = chartRows(report, 60);
    const std::int64_t maxMicros = tallest(bars);
    const int width = 720;
    const int height = 220;
    const double barWidth = bars.isEmpty() ? 0 : double(width - 60) / double(bars.size());
    h += QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\">\n")
             .arg(width)
             .arg(height + 20);
    h += QStringLiteral("<text x=\"0\" y=\"12\" font-size=\"11\">%1</text>\n").arg(cents(Money::fromMicros(maxMicros)).toHtmlEscaped());
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const ReportRow &r = bars.at(i);
        const double x = 60 + double(i) * barWidth;
        const double est = double(r.estimated.micros()) / double(maxMicros) * (height - 10);
        const double sim = double(r.simulated.micros()) / double(maxMicros) * (height - 10);
        h += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#3b6fd8\"><title>%5</title></rect>")
                 .arg(x, 0, 'f', 1)
                 .arg(height - est, 0, 'f', 1)
                 .arg(std::max(1.0, barWidth - 2), 0, 'f', 1)
                 .arg(est, 0, 'f', 1)
                 .arg(QString(r.label + QStringLiteral(": ") + cents(r.estimated)).toHtmlEscaped());
        h += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#9aa3ad\"><title>%5</title></rect>\n")
                 .arg(x, 0, 'f', 1)
                 .arg(height - est - sim, 0, 'f', 1)
                 .arg(std::max(1.0, barWidth - 2), 0, 'f', 1)
                 .arg(sim, 0, 'f', 1)
                 .arg(QString(r.label + QStringLiteral(": ") + cents(r.simulated)).toHtmlEscaped());
    }
    h += QStringLiteral("<line x1=\"58\" y1=\"%1\" x2=\"%2\" y2=\"%1\" stroke=\"#444\"/></svg>\n").arg(height).arg(width);

    h += QStringLiteral("<table>\n<tr>");
    const QStringList columns = displayColumns(report);
    for (qsizetype c = 0; c < columns.size(); ++c)
        h += QStringLiteral("<th%1>%2</th>").arg(c == 0 ? QString() : QStringLiteral(" class=\"n\""), columns.at(c).toHtmlEscaped());
    h += QStringLiteral("</tr>\n");
    auto line = [&](const ReportRow &r, const QString &label, bool total) {
        h += total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        const QStringList cells = displayCells(r, label);
        for (qsizetype c = 0; c < cells.size(); ++c)
            h += QStringLiteral("<td%1>%2</td>").arg(c == 0 ? QString() : QStringLiteral(" class=\"n\""), cells.at(c).toHtmlEscaped());
        h += QStringLiteral("</tr>\n");
    };
    for (const ReportRow &r : report.rows)
        line(r, r.label, false);
    line(report.total, totalLabel(), true);
    h += QStringLiteral("</table>\n<p><small>%1</small></p>\n</body></html>\n")
             .arg(tr("Generated %1. Simulated (Sandbox) cost is never real spend and is not in the estimated total.")
                      .arg(isoLocal(report.generatedAt, report.zone))
                      .toHtmlEscaped());
    return h.toUtf8();
}

QByteArray ReportExporter::pdf(const Report &report)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("GPU Desk"));
    writer.setResolution(144);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
        QPageLayout::Millimeter));

    QPainter p(&writer);
    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(8);
    QFont bold = body;
    bold.setBold(true);
    QFont heading = body;
    heading.setPointSizeF(16);
    heading.setBold(true);
    const double line = QFontMetricsF(body, &writer).height() * 1.35;
    const double footer = line * 1.5;

    // Header, summary and chart on the first page.
    double y = 0;
    p.setFont(heading);
    const double headingHeight = QFontMetricsF(heading, &writer).height();
    p.drawText(QRectF(0, y, page.width(), headingHeight), Qt::AlignLeft | Qt::AlignVCenter, title());
    y += headingHeight * 1.3;
    p.setFont(body);
    p.drawText(QRectF(0, y, page.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Period: %1 (time zone %2), grouped by %3")
            .arg(report.periodText(), QString::fromUtf8(report.zone.id()), Report::groupByTitle(report.groupBy)));
    y += line * 1.5;
    for (const auto &[name, value] : summaryLines(report)) {
        p.setFont(bold);
        p.drawText(QRectF(0, y, page.width() * 0.35, line), Qt::AlignLeft | Qt::AlignVCenter, name);
        p.setFont(body);
        p.drawText(QRectF(page.width() * 0.35, y, page.width() * 0.65, line), Qt::AlignLeft | Qt::AlignVCenter, value);
        y += line;
    }
    y += line;

    const QList<ReportRow> bars = chartRows(report, 60);
    const double chartHeight = page.height() * 0.25;
    const double axis = page.width() * 0.12;
    const std::int64_t maxMicros = tallest(bars);
    p.setPen(QPen(QColor(0x44, 0x44, 0x44), 1));
    p.drawLine(QPointF(axis, y + chartHeight), QPointF(page.width(), y + chartHeight));
    p.drawLine(QPointF(axis, y), QPointF(axis, y + chartHeight));
    p.drawText(QRectF(0, y, axis - 6, line), Qt::AlignRight | Qt::AlignVCenter, cents(Money::fromMicros(maxMicros)));
    p.drawText(QRectF(0, y + chartHeight - line, axis - 6, line), Qt::AlignRight | Qt::AlignVCenter, cents(Money()));
    if (!bars.isEmpty()) {
        const double slot = (page.width() - axis) / double(bars.size());
        for (qsizetype i = 0; i < bars.size(); ++i) {
            const ReportRow &r = bars.at(i);
            const double x = axis + double(i) * slot + slot * 0.1;
            const double est = double(r.estimated.micros()) / double(maxMicros) * chartHeight;
            const double sim = double(r.simulated.micros()) / double(maxMicros) * chartHeight;
            p.fillRect(QRectF(x, y + chartHeight - est, slot * 0.8, est), QColor(0x3b, 0x6f, 0xd8));
            p.fillRect(QRectF(x, y + chartHeight - est - sim, slot * 0.8, sim), QColor(0x9a, 0xa3, 0xad));
        }
        // First and last labels under the axis, so the reader knows the order.
        p.drawText(QRectF(axis, y + chartHeight, page.width() / 2, line), Qt::AlignLeft | Qt::AlignVCenter,
            bars.first().label);
        if (bars.size() > 1)
            p.drawText(QRectF(page.width() / 2, y + chartHeight, page.width() / 2, line),
                Qt::AlignRight | Qt::AlignVCenter, bars.last().label);
    }
    y += chartHeight + line * 2;

    // The table, over as many pages as it takes; the header repeats on every page.
    const QStringList columns = displayColumns(report);
    const QList<double> widths { 0.15, 0.1, 0.12, 0.11, 0.12, 0.13, 0.11, 0.16 };
    const qsizetype rowCount = report.rows.size() + 1; // + total
    const int firstPageRows = std::max(0, int((page.height() - footer - y) / line) - 1);
    const int otherPageRows = std::max(1, int((page.height() - footer) / line) - 1);
    const int pages = 1
        + (rowCount > firstPageRows ? int((rowCount - firstPageRows + otherPageRows - 1) / otherPageRows) : 0);
    int pageNumber = 1;
    auto drawFooter = [&] {
        p.setFont(body);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(0, page.height() - line, page.width(), line), Qt::AlignCenter,
            tr("Page %1 of %2").arg(pageNumber).arg(pages));
        p.setPen(Qt::black);
    };
    auto drawRow = [&](const QStringList &cells, const QFont &font) {
        p.setFont(font);
        const QFontMetricsF metrics(font, &writer);
        double x = 0;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const double w = widths.at(c) * page.width();
            const QRectF cell(x, y, w - 4, line);
            p.drawText(cell, (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                metrics.elidedText(cells.at(c), Qt::ElideRight, cell.width()));
            x += w;
        }
        y += line;
    };
    p.setPen(Qt::black);
    drawRow(columns, bold);
    int onPage = 0;
    const int capacityFirst = firstPageRows;
    int capacity = capacityFirst;
    for (qsizetype i = 0; i < rowCount; ++i) {
        if (onPage >= capacity) {
            drawFooter();
            writer.newPage();
            ++pageNumber;
            y = 0;
            onPage = 0;
            capacity = otherPageRows;
            drawRow(columns, bold);
        }
        const bool total = i == report.rows.size();
        if (total) {
            p.drawLine(QPointF(0, y), QPointF(page.width(), y));
            drawRow(displayCells(report.total, totalLabel()), bold);
        } else {
            drawRow(displayCells(report.rows.at(i), report.rows.at(i).label), body);
        }
        ++onPage;
    }
    drawFooter();
    p.end();
    return bytes;
}

QByteArray ReportExporter::render(const Report &report, Format format)
{
    switch (format) {
    case Format::Csv:
        return csv(report);
    case Format::Json:
        return json(report);
    case Format::Html:
        return html(report);
    case Format::Pdf:
        return pdf(report);
    }
    return {};
}

Result<void> ReportExporter::write(const Report &report, Format format, const QString &path)
{
    const QByteArray bytes = render(report, format);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Kind::Io, tr("Could not write the report to %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace gpudesk
