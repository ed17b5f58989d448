#include "BudgetMonitor.h"

#include "BudgetRepository.h"
#include "CostShare.h"
#include "Ledger.h"
#include "core/Clock.h"
#include "core/Notifier.h"
#include "jobs/JobManager.h"

#include <algorithm>

namespace gpudesk {

BudgetMonitor::BudgetMonitor(const Ledger &ledger, BudgetRepository &budgets, Clock &clock, JobManager *jobs,
    Notifier *notifier, QObject *parent)
    : QObject(parent), m_ledger(ledger), m_budgets(budgets), m_clock(clock), m_jobs(jobs), m_notifier(notifier)
{
    connect(&m_timer, &QTimer::timeout, this, &BudgetMonitor::evaluateNow);
}

void BudgetMonitor::evaluateNow()
{
    if (auto r = evaluate(); !r)
        Q_EMIT problem(r.error().message);
}

bool BudgetMonitor::covers(const Budget &budget, const UsageInterval &interval)
{
    if (!budget.providerId.isEmpty() && budget.providerId != interval.providerId)
        return false;
    if (budget.project.isEmpty())
        return true;
    const QString project = interval.project.isEmpty() ? QStringLiteral("default") : interval.project;
    return budget.project == project;
}

Result<BudgetStatus> BudgetMonitor::status(const Budget &budget) const
{
    const QDateTime now = m_clock.now();
    const QDate today = now.toTimeZone(m_zone).date();
    BudgetStatus s;
    s.budget = budget;
    s.period = today.toString(QStringLiteral("yyyy-MM"));
    s.periodStart = QDate(today.year(), today.month(), 1).startOfDay(m_zone);
    s.periodEnd = QDate(today.year(), today.month(), 1).addMonths(1).startOfDay(m_zone);
    auto intervals = m_ledger.intervals(s.periodStart, now);
    if (!intervals)
        return intervals.error();
    const qint64 from = s.periodStart.toMSecsSinceEpoch();
    const qint64 to = now.toMSecsSinceEpoch();
    for (const UsageInterval &i : *intervals) {
        if (!covers(budget, i))
            continue;
        s.spent += CostShare::of(i, m_ledger.cost(i, now), from, to, now).cost;
        if (i.isOpen()) {
            if (!s.runningJobs.contains(i.jobId))
                s.runningJobs.append(i.jobId);
            if (i.ratePerHour)
                s.burnRatePerHour += *i.ratePerHour;
        }
    }
    const qint64 budgetMicros = budget.monthly.micros();
    s.percent = budgetMicros > 0 ? int(std::min<qint64>(s.spent.micros() * 100 / budgetMicros, 100'000)) : 0;
    const qint64 leftMs = std::max<qint64>(0, s.periodEnd.toMSecsSinceEpoch() - to);
    s.monthEndForecast = s.spent + s.burnRatePerHour.scaled(leftMs, 3'600'000);
    if (s.spent < budget.monthly && s.burnRatePerHour.micros() > 0) {
        const Money left = budget.monthly - s.spent;
        // Milliseconds until `left` is spent at the burn rate, rounded up.
        const qint64 ms = Money::fromMicros(3'600'000).scaled(left.micros(), s.burnRatePerHour.micros()).micros();
        const QDateTime out = now.addMSecs(ms);
        if (out < s.periodEnd)
            s.runsOutAt = out;
    }
    return s;
}

Result<QList<BudgetStatus>> BudgetMonitor::statuses() const
{
    auto budgets = m_budgets.list();
    if (!budgets)
        return budgets.error();
    QList<BudgetStatus> out;
    for (const Budget &b : *budgets) {
        auto s = status(b);
        if (!s)
            return s.error();
        out.append(*s);
    }
    return out;
}

Result<QList<BudgetAlert>> BudgetMonitor::evaluate()
{
    auto all = statuses();
    if (!all)
        return all.error();
    const QDateTime now = m_clock.now();
    QList<BudgetAlert> fired;
    for (const BudgetStatus &s : *all) {
        std::optional<BudgetAlert> highest;
        for (int threshold : kThresholds) {
            if (s.percent < threshold)
                continue;
            const BudgetAlert alert { s.budget.id, s.period, threshold, now, s.spent };
            auto recorded = m_budgets.recordAlert(alert);
            if (!recorded)
                return recorded.error();
            if (*recorded) {
                fired.append(alert);
                highest = alert;
            }
        }
        if (!highest)
            continue;
        Q_EMIT alerted(*highest);
        if (m_notifier) {
            Notification n;
            n.kind = Notification::Kind::BudgetThreshold;
            n.severity = highest->threshold >= 100 ? Notification::Severity::Critical
                : highest->threshold >= 80         ? Notification::Severity::Warning
                                                   : Notification::Severity::Info;
            n.at = now;
            n.budgetId = s.budget.id;
            n.title = tr("Budget at %1 %").arg(highest->threshold);
            n.message = tr("%1 of the %2 monthly budget for %3 is spent (%4 %). At the current rate the month ends "
                           "at %5.")
                            .arg(s.spent.toString(2), s.budget.monthly.toString(2), s.budget.scopeText())
                            .arg(s.percent)
                            .arg(s.monthEndForecast.toString(2));
            m_notifier->notify(n);
        }
        if (highest->threshold >= 100 && s.budget.autoStop && !s.runningJobs.isEmpty()) {
            const QString reason = tr("Budget for %1 reached 100 % (%2 of %3): stopping its jobs (budget auto-stop).")
                                       .arg(s.budget.scopeText(), s.spent.toString(2), s.budget.monthly.toString(2));
            if (m_jobs) {
                for (const QString &jobId : s.runningJobs)
                    m_jobs->stop(jobId, reason);
            }
            if (m_notifier) {
                Notification n;
                n.kind = Notification::Kind::BudgetStop;
                n.severity = Notification::Severity::Critical;
                n.at = now;
                n.budgetId = s.budget.id;
                n.title = tr("Budget reached: jobs stopped");
                n.message = tr("%n job(s) stopped: %1", nullptr, int(s.runningJobs.size()))
                                .arg(s.runningJobs.join(QStringLiteral(", ")));
                m_notifier->notify(n);
            }
        }
    }
    return fired;
}

void BudgetMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    connect(&m_ledger, &Ledger::changed, this, &BudgetMonitor::evaluateNow, Qt::UniqueConnection);
}

void BudgetMonitor::stop()
{
    m_timer.stop();
}

} // namespace gpudesk
