#pragma once

#include "core/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace gpudesk {

// How a report's rows are grouped.
enum class ReportGroupBy {
    Day, // calendar days of the report's time zone (local midnights; a DST day is 23 or 25 hours)
    Provider, // provider id ("lambda", "sandbox")
    Project, // JobSpec project; an empty project is "default"
    Gpu, // GPU model ("H100 SXM")
    Job, // job id (label: the job's name where known)
};

// One row of a report: what one group cost over the report's period.
//
// Money is integer micro-dollars; real and simulated (Sandbox) spend are kept apart and never added.
// "Wasted" is allocated GPU time the samples measured as idle (every sample of a minute under the
// report's idle threshold, MetricStore::idleMinutes), priced at the interval's rate per GPU.
struct ReportRow
{
    QString key; // the group: "2026-11-25" (ISO date, Day), provider id, project, GPU model, job id; "" for the total
    QString label; // what to show: the key, or the job's name for Job rows
    qint64 gpuSeconds = 0; // allocated GPU time (GPUs x nodes x running seconds) in the period
    Money estimated; // real spend estimated from the ledger under each provider's billing rule
    Money simulated; // Sandbox spend: shown, never real
    std::optional<Money> billed; // what the provider billed, where imported; nullopt = nothing imported
    qint64 idleGpuSeconds = 0; // of gpuSeconds, measured idle
    Money wasted; // real spend on idle GPUs
    Money wastedSimulated; // Sandbox spend on idle GPUs
    int unpricedIntervals = 0; // intervals without a known rate: their cost is missing, not zero

    double gpuHours() const { return double(gpuSeconds) / 3600.0; }
    double idleGpuHours() const { return double(idleGpuSeconds) / 3600.0; }
    // Estimated plus simulated: the figure charts and the exporters' "cost" column show.
    Money cost() const { return estimated + simulated; }
    Money wastedCost() const { return wasted + wastedSimulated; }
    // The billed column as text: the amount where imported, "simulated" for Sandbox-only rows,
    // "not imported" otherwise (translated unless `plain`, for machine-readable formats).
    QString billedText(bool plain = false) const;

    // Adds `o`'s figures to this row (not its key or label).
    void accumulate(const ReportRow &o);

    bool operator==(const ReportRow &) const = default;
};

// A cost report: the single source of every figure the Costs page, gpudesk-cli report and the CSV,
// JSON, HTML and PDF exporters show, so they always agree to the cent. Built by ReportBuilder from
// the Ledger (and MetricStore for waste); a plain value, cheap to copy and safe to hand to a thread.
//
// The period is [from, to). Intervals are clipped to it: an interval running across a boundary
// contributes the part of its cost proportional to its running time inside (cumulative rounding, so
// adjacent periods add up to the whole exactly). `total` is the sum of `rows`, field by field.
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    QDateTime from; // inclusive
    QDateTime to; // exclusive
    QTimeZone zone; // days and displayed times are in this zone
    ReportGroupBy groupBy = ReportGroupBy::Day;
    QDateTime generatedAt; // "now": open intervals are costed up to here
    int idleThresholdPercent = 5;
    QList<ReportRow> rows; // sorted by key (days chronologically)
    ReportRow total;

    // The period of whole local days `first` .. `last` (both included) in `zone`.
    static std::pair<QDateTime, QDateTime> daysPeriod(const QDate &first, const QDate &last, const QTimeZone &zone);
    // The calendar month holding `day` in `zone`: [1st 00:00, next 1st 00:00).
    static std::pair<QDateTime, QDateTime> monthPeriod(const QDate &day, const QTimeZone &zone);

    // "day", "provider", "project", "gpu", "job" and back.
    static QString groupByKey(ReportGroupBy groupBy);
    static std::optional<ReportGroupBy> parseGroupBy(const QString &key);
    // The translated column title for the group ("Day", "Provider", …).
    static QString groupByTitle(ReportGroupBy groupBy);
    // "2026-11-01 – 2026-11-30" (the last day included), in the report's zone.
    QString periodText() const;

    bool operator==(const Report &) const = default;
};

// Spend over time for the Costs page's stacked chart: one column per bucket (hour or local day),
// one stack per group key. estimated[k][b] is the real spend of keys[k] in bucket b.
struct SpendSeries
{
    enum class Bucket {
        Hour,
        Day,
    };

    Bucket bucket = Bucket::Day;
    ReportGroupBy stackBy = ReportGroupBy::Provider;
    QList<QDateTime> bucketStarts; // bucket b is [bucketStarts[b], bucketStarts[b + 1]) (the last ends at `to`)
    QDateTime to;
    QStringList keys; // stack keys, sorted
    QList<QList<Money>> estimated; // [key][bucket]
    QList<QList<Money>> simulated; // [key][bucket]
    QList<Money> wasted; // [bucket], real
    QList<Money> wastedSimulated; // [bucket]

    bool operator==(const SpendSeries &) const = default;
};

// The Costs page's headline figures at one moment.
struct CostSummary
{
    QDateTime at;
    Money burnRatePerHour; // summed hourly rate of the running (open) intervals, real
    Money simulatedBurnRatePerHour; // the same for Sandbox jobs
    int runningUnpriced = 0; // running intervals without a known rate
    Money today; // real spend since local midnight
    Money simulatedToday;
    Money thisMonth; // real spend since the 1st of the month, local time
    Money simulatedThisMonth;

    bool operator==(const CostSummary &) const = default;
};

} // namespace gpudesk
