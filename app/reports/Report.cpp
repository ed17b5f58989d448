#include "Report.h"

namespace gpudesk {

QString ReportRow::billedText(bool plain) const
{
    if (billed)
        return plain ? billed->toDecimalString() : billed->toString(2);
    if (estimated.isZero() && !simulated.isZero())
        return plain ? QStringLiteral("simulated") : Report::tr("simulated");
    return plain ? QStringLiteral("not imported") : Report::tr("not imported");
}

void ReportRow::accumulate(const ReportRow &o)
{
    gpuSeconds += o.gpuSeconds;
    estimated += o.estimated;
    simulated += o.simulated;
    if (o.billed)
        billed = billed.value_or(Money()) + *o.billed;
    idleGpuSeconds += o.idleGpuSeconds;
    wasted += o.wasted;
    wastedSimulated += o.wastedSimulated;
    unpricedIntervals += o.unpricedIntervals;
}

std::pair<QDateTime, QDateTime> Report::daysPeriod(const QDate &first, const QDate &last, const QTimeZone &zone)
{
    return { first.startOfDay(zone), last.addDays(1).startOfDay(zone) };
}

std::pair<QDateTime, QDateTime> Report::monthPeriod(const QDate &day, const QTimeZone &zone)
{
    const QDate first(day.year(), day.month(), 1);
    return { first.startOfDay(zone), first.addMonths(1).startOfDay(zone) };
}

QString Report::groupByKey(ReportGroupBy groupBy)
{
    switch (groupBy) {
    case ReportGroupBy::Day:
        return QStringLiteral("day");
    case ReportGroupBy::Provider:
        return QStringLiteral("provider");
    case ReportGroupBy::Project:
        return QStringLiteral("project");
    case ReportGroupBy::Gpu:
        return QStringLiteral("gpu");
    case ReportGroupBy::Job:
        return QStringLiteral("job");
    }
    return {};
}

std::optional<ReportGroupBy> Report::parseGroupBy(const QString &key)
{
    for (ReportGroupBy g : { ReportGroupBy::Day, ReportGroupBy::Provider, ReportGroupBy::Project, ReportGroupBy::Gpu,
             ReportGroupBy::Job }) {
        if (groupByKey(g) == key.trimmed().toLower())
            return g;
    }
    return std::nullopt;
}

QString Report::groupByTitle(ReportGroupBy groupBy)
{
    switch (groupBy) {
    case ReportGroupBy::Day:
        return tr("Day");
    case ReportGroupBy::Provider:
        return tr("Provider");
    case ReportGroupBy::Project:
        return tr("Project");
    case ReportGroupBy::Gpu:
        return tr("GPU");
    case ReportGroupBy::Job:
        return tr("Job");
    }
    return {};
}

QString Report::periodText() const
{
    const QDateTime a = from.toTimeZone(zone);
    const QDateTime b = to.toTimeZone(zone);
    const bool wholeDays = a.time() == QTime(0, 0) && b.time() == QTime(0, 0);
    if (wholeDays) {
        return tr("%1 to %2")
            .arg(a.date().toString(Qt::ISODate), b.date().addDays(-1).toString(Qt::ISODate));
    }
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    return tr("%1 to %2").arg(a.toString(format), b.toString(format));
}

} // namespace gpudesk
