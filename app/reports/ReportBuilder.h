#pragma once

#include "Report.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace gpudesk {

class JobRepository;
class Ledger;
class MetricStore;

// Builds Reports, spend series and the cost summary from the Ledger, plus waste from the
// MetricStore's minute rollups when one is given, plus job names from the JobRepository when one is
// given. Reads only; every call is one pass over the intervals overlapping the period.
//
// Usage (what the CLI and the Costs page do):
//     ReportBuilder builder(*services.ledger(), services.metrics(), services.jobs());
//     auto [from, to] = Report::monthPeriod(QDate::currentDate(), QTimeZone::systemTimeZone());
//     Result<Report> report = builder.build(from, to, ReportGroupBy::Provider, clock.now());
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportBuilder(const Ledger &ledger, const MetricStore *metrics = nullptr, const JobRepository *jobs = nullptr);

    // A GPU minute counts as idle when every sample in it is below this (default 5 %).
    void setIdleThresholdPercent(int percent) { m_idleThresholdPercent = percent; }
    int idleThresholdPercent() const { return m_idleThresholdPercent; }

    // The report over [from, to), grouped; open intervals costed up to `now`; days in `zone`
    // (default: the system's time zone, so a day is the user's day).
    Result<Report> build(const QDateTime &from, const QDateTime &to, ReportGroupBy groupBy, const QDateTime &now,
        const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    // Spend over [from, to) per bucket, stacked by `stackBy` (Day is not a stack: use Provider,
    // Project, Gpu or Job). Hour buckets are whole UTC hours (shown in local time), day buckets local days.
    Result<SpendSeries> series(const QDateTime &from, const QDateTime &to, SpendSeries::Bucket bucket,
        ReportGroupBy stackBy, const QDateTime &now, const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

    // Burn rate now, spend today and this month (local days in `zone`).
    Result<CostSummary> summary(const QDateTime &now, const QTimeZone &zone = QTimeZone::systemTimeZone()) const;

private:
    const Ledger &m_ledger;
    const MetricStore *m_metrics = nullptr;
    const JobRepository *m_jobs = nullptr;
    int m_idleThresholdPercent = 5;
};

} // namespace gpudesk
