#include "ReportBuilder.h"

#include "billing/CostShare.h"
#include "billing/Ledger.h"
#include "jobs/JobRecord.h"
#include "metrics/MetricStore.h"
#include "storage/JobRepository.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <map>

namespace gpudesk {

namespace {

qint64 gpusOf(const UsageInterval &i)
{
    return qint64(std::max(0, i.gpuCount)) * std::max(1, i.nodes);
}

QString groupKey(ReportGroupBy groupBy, const UsageInterval &i)
{
    switch (groupBy) {
    case ReportGroupBy::Provider:
        return i.providerId;
    case ReportGroupBy::Project:
        // JobSpec: an empty project is the "default" project.
        return i.project.isEmpty() ? QStringLiteral("default") : i.project;
    case ReportGroupBy::Gpu:
        return i.gpuModel;
    case ReportGroupBy::Job:
        return i.jobId;
    case ReportGroupBy::Day:
        break;
    }
    return {};
}

// One cell (a window and a key) while it is being summed. Time is kept in milliseconds and waste per
// interval, so each is rounded once, at the end.
struct Cell
{
    ReportRow row;
    qint64 gpuMs = 0;
    qint64 idleGpuMs = 0;
    std::map<size_t, qint64> idleGpuMsByInterval;
};

using CellKey = std::pair<int, QString>; // window index, group key

// Sums the intervals (and idle minutes) over consecutive windows bounds[w] .. bounds[w + 1].
class Aggregation
{
public:
    Aggregation(const Ledger &ledger, std::vector<qint64> bounds, const QDateTime &now,
        std::function<QString(int window, const UsageInterval &)> key)
        : m_ledger(ledger), m_bounds(std::move(bounds)), m_now(now), m_key(std::move(key))
    { }

    void addIntervals(const std::vector<UsageInterval> &intervals)
    {
        m_intervals = intervals;
        if (m_bounds.size() < 2)
            return;
        for (size_t n = 0; n < m_intervals.size(); ++n) {
            const UsageInterval &i = m_intervals[n];
            m_byJob[i.jobId].push_back(n);
            const Money whole = Ledger::cost(i, ruleFor(i.providerId), m_now);
            const qint64 start = i.startedAt.toMSecsSinceEpoch();
            const qint64 end = std::max(start, i.effectiveEnd(m_now).toMSecsSinceEpoch());
            for (int w = windowOf(std::max(start, m_bounds.front())); w >= 0 && w + 1 < int(m_bounds.size()); ++w) {
                if (m_bounds[size_t(w)] >= end && !(start == end && w == windowOf(start)))
                    break;
                const CostShare share = CostShare::of(i, whole, m_bounds[size_t(w)], m_bounds[size_t(w) + 1], m_now);
                if (!share.hit)
                    continue;
                Cell &c = m_cells[{ w, m_key(w, i) }];
                if (i.simulated)
                    c.row.simulated += share.cost;
                else
                    c.row.estimated += share.cost;
                c.gpuMs += share.ms * gpusOf(i);
                if (!i.ratePerHour)
                    ++c.row.unpricedIntervals;
            }
        }
    }

    // Minutes measured idle, attributed to the interval of the job running then.
    void addIdle(const QList<MetricStore::IdleMinute> &minutes)
    {
        for (const MetricStore::IdleMinute &m : minutes) {
            const auto job = m_byJob.find(m.jobId);
            if (job == m_byJob.end())
                continue;
            const qint64 t0 = std::max(m.minuteStart * 1000, m_bounds.front());
            const qint64 t1 = std::min(m.minuteStart * 1000 + 60'000, m_bounds.back());
            for (size_t n : job->second) {
                const UsageInterval &i = m_intervals[n];
                const qint64 a = std::max(t0, i.startedAt.toMSecsSinceEpoch());
                const qint64 b = std::min(t1, i.effectiveEnd(m_now).toMSecsSinceEpoch());
                const qint64 gpus = std::min<qint64>(m.idleGpus, gpusOf(i));
                for (int w = windowOf(a); a < b && w >= 0 && w + 1 < int(m_bounds.size()); ++w) {
                    const qint64 wa = std::max(a, m_bounds[size_t(w)]);
                    const qint64 wb = std::min(b, m_bounds[size_t(w) + 1]);
                    if (wa >= b)
                        break;
                    if (wa >= wb)
                        continue;
                    Cell &c = m_cells[{ w, m_key(w, i) }];
                    c.idleGpuMs += (wb - wa) * gpus;
                    c.idleGpuMsByInterval[n] += (wb - wa) * gpus;
                }
            }
        }
    }

    // The finished cells: seconds rounded down once, waste priced once per interval.
    std::map<CellKey, ReportRow> finish()
    {
        std::map<CellKey, ReportRow> out;
        for (auto &[key, c] : m_cells) {
            ReportRow row = c.row;
            row.key = key.second;
            row.label = key.second;
            row.gpuSeconds = c.gpuMs / 1000;
            row.idleGpuSeconds = c.idleGpuMs / 1000;
            for (const auto &[n, idleMs] : c.idleGpuMsByInterval) {
                const UsageInterval &i = m_intervals[n];
                if (!i.ratePerHour || gpusOf(i) == 0)
                    continue;
                const Money waste = i.ratePerHour->scaled(idleMs, gpusOf(i) * 3'600'000);
                (i.simulated ? row.wastedSimulated : row.wasted) += waste;
            }
            out.emplace(key, row);
        }
        return out;
    }

private:
    // The ledger's rule for a provider, looked up once per report.
    const BillingRule &ruleFor(const QString &providerId)
    {
        auto it = m_rules.find(providerId);
        if (it == m_rules.end())
            it = m_rules.emplace(providerId, m_ledger.rule(providerId)).first;
        return it->second;
    }

    // The window holding `t`, or -1 outside them all.
    int windowOf(qint64 t) const
    {
        if (t < m_bounds.front() || t >= m_bounds.back())
            return -1;
        return int(std::upper_bound(m_bounds.begin(), m_bounds.end(), t) - m_bounds.begin()) - 1;
    }

    const Ledger &m_ledger;
    std::vector<qint64> m_bounds;
    QDateTime m_now;
    std::function<QString(int, const UsageInterval &)> m_key;
    std::vector<UsageInterval> m_intervals;
    std::map<QString, std::vector<size_t>> m_byJob;
    std::map<CellKey, Cell> m_cells;
    std::map<QString, BillingRule> m_rules;
};

// Adds the idle minutes measured over [from, to) (from a minute earlier: a minute straddling `from`).
Result<void> addIdle(Aggregation &agg, const MetricStore *metrics, const QDateTime &from, const QDateTime &to,
    int thresholdPercent)
{
    if (!metrics)
        return {};
    auto idle = metrics->idleMinutes(from.addSecs(-60), to, thresholdPercent);
    if (!idle)
        return idle.error();
    agg.addIdle(*idle);
    return {};
}

std::vector<qint64> dayBounds(const QDateTime &from, const QDateTime &to, const QTimeZone &zone, QList<QDate> *days)
{
    std::vector<qint64> bounds;
    CostShare::forEachDay(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), zone,
        [&](const QDate &day, qint64 a, qint64) {
            bounds.push_back(a);
            if (days)
                days->append(day);
        });
    if (!bounds.empty())
        bounds.push_back(to.toMSecsSinceEpoch());
    return bounds;
}

} // namespace

ReportBuilder::ReportBuilder(const Ledger &ledger, const MetricStore *metrics, const JobRepository *jobs)
    : m_ledger(ledger), m_metrics(metrics), m_jobs(jobs)
{ }

Result<Report> ReportBuilder::build(const QDateTime &from, const QDateTime &to, ReportGroupBy groupBy,
    const QDateTime &now, const QTimeZone &zone) const
{
    Report report;
    report.from = from;
    report.to = to;
    report.zone = zone;
    report.groupBy = groupBy;
    report.generatedAt = now;
    report.idleThresholdPercent = m_idleThresholdPercent;
    if (from >= to)
        return report;

    auto intervals = m_ledger.intervals(from, to);
    if (!intervals)
        return intervals.error();

    QList<QDate> days;
    std::vector<qint64> bounds = groupBy == ReportGroupBy::Day
        ? dayBounds(from, to, zone, &days)
        : std::vector<qint64> { from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch() };
    QStringList dayKeys;
    for (const QDate &day : std::as_const(days))
        dayKeys.append(day.toString(Qt::ISODate));
    Aggregation agg(m_ledger, bounds, now, [&](int w, const UsageInterval &i) {
        return groupBy == ReportGroupBy::Day ? dayKeys.at(w) : groupKey(groupBy, i);
    });
    agg.addIntervals(*intervals);
    if (auto idle = addIdle(agg, m_metrics, from, to, m_idleThresholdPercent); !idle)
        return idle.error();

    QHash<QString, QString> names;
    if (groupBy == ReportGroupBy::Job && m_jobs) {
        auto jobs = m_jobs->list();
        if (!jobs)
            return jobs.error();
        for (const JobRecord &job : *jobs)
            names.insert(job.id, job.spec.name);
    }
    // Cells are ordered by window then key; Day rows have one key per window, the others one window.
    for (auto &[key, row] : agg.finish()) {
        if (const QString name = names.value(row.key); !name.isEmpty())
            row.label = name;
        report.total.accumulate(row);
        report.rows.append(row);
    }
    return report;
}

Result<SpendSeries> ReportBuilder::series(const QDateTime &from, const QDateTime &to, SpendSeries::Bucket bucket,
    ReportGroupBy stackBy, const QDateTime &now, const QTimeZone &zone) const
{
    SpendSeries s;
    s.bucket = bucket;
    s.stackBy = stackBy;
    s.to = to;
    if (from >= to)
        return s;
    std::vector<qint64> bounds;
    if (bucket == SpendSeries::Bucket::Day) {
        bounds = dayBounds(from, to, zone, nullptr);
    } else {
        const qint64 a = from.toMSecsSinceEpoch();
        const qint64 b = to.toMSecsSinceEpoch();
        bounds.push_back(a);
        for (qint64 h = (a / 3'600'000 + 1) * 3'600'000; h < b; h += 3'600'000)
            bounds.push_back(h);
        bounds.push_back(b);
    }
    for (size_t w = 0; w + 1 < bounds.size(); ++w)
        s.bucketStarts.append(QDateTime::fromMSecsSinceEpoch(bounds[w], zone));

    auto intervals = m_ledger.intervals(from, to);
    if (!intervals)
        return intervals.error();
    const ReportGroupBy stack = stackBy == ReportGroupBy::Day ? ReportGroupBy::Provider : stackBy;
    Aggregation agg(m_ledger, bounds, now, [&](int, const UsageInterval &i) { return groupKey(stack, i); });
    agg.addIntervals(*intervals);
    if (auto idle = addIdle(agg, m_metrics, from, to, m_idleThresholdPercent); !idle)
        return idle.error();
    const auto cells = agg.finish();
    for (const auto &[key, row] : cells) {
        if (!s.keys.contains(key.second))
            s.keys.append(key.second);
    }
    std::sort(s.keys.begin(), s.keys.end());
    const qsizetype n = s.bucketStarts.size();
    for (qsizetype k = 0; k < s.keys.size(); ++k) {
        s.estimated.append(QList<Money>(n));
        s.simulated.append(QList<Money>(n));
    }
    s.wasted = QList<Money>(n);
    s.wastedSimulated = QList<Money>(n);
    for (const auto &[key, row] : cells) {
        const qsizetype k = s.keys.indexOf(key.second);
        s.estimated[k][key.first] += row.estimated;
        s.simulated[k][key.first] += row.simulated;
        s.wasted[key.first] += row.wasted;
        s.wastedSimulated[key.first] += row.wastedSimulated;
    }
    return s;
}

Result<CostSummary> ReportBuilder::summary(const QDateTime &now, const QTimeZone &zone) const
{
    CostSummary s;
    s.at = now;
    auto rate = m_ledger.burnRate();
    if (!rate)
        return rate.error();
    s.burnRatePerHour = rate->cost;
    s.simulatedBurnRatePerHour = rate->simulatedCost;
    s.runningUnpriced = rate->unpricedIntervals;
    auto today = m_ledger.spendToday(now, zone);
    if (!today)
        return today.error();
    s.today = today->cost;
    s.simulatedToday = today->simulatedCost;
    auto month = m_ledger.spendThisMonth(now, zone);
    if (!month)
        return month.error();
    s.thisMonth = month->cost;
    s.simulatedThisMonth = month->simulatedCost;
    return s;
}

} // namespace gpudesk
