#pragma once

#include "Budget.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>

#include <optional>

namespace gpudesk {

class BudgetRepository;
class Clock;
class JobManager;
class Ledger;
class Notifier;
struct UsageInterval;

// Where one budget stands this month.
struct BudgetStatus
{
    Budget budget;
    QString period; // "2026-11", local time
    QDateTime periodStart; // the 1st, 00:00 local
    QDateTime periodEnd; // the next 1st
    Money spent; // real + simulated spend of the jobs in scope, this month up to now
    int percent = 0; // spent / monthly, rounded down
    Money burnRatePerHour; // the summed rate of the scope's running jobs
    Money monthEndForecast; // spent + burn rate x the time left in the month
    std::optional<QDateTime> runsOutAt; // when spend reaches the budget at this rate, if before the month ends
    QStringList runningJobs; // the scope's jobs with an open interval

    bool operator==(const BudgetStatus &) const = default;
};

// Evaluates every budget against the ledger: at 50, 80 and 100 % of the month's budget it notifies
// once per threshold and month (stored in budget_alerts, so restarts do not repeat it), and at 100 %
// a budget with auto-stop stops every running job in its scope through JobManager (the reason is the
// job's "stopping" event; the provider's answer follows as the next event). A job started again after
// that runs on: the user chose to. Months are calendar months in the monitor's time zone.
class BudgetMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int kThresholds[] = { 50, 80, 100 };

    BudgetMonitor(const Ledger &ledger, BudgetRepository &budgets, Clock &clock, JobManager *jobs = nullptr,
        Notifier *notifier = nullptr, QObject *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    Result<BudgetStatus> status(const Budget &budget) const;
    Result<QList<BudgetStatus>> statuses() const;

    // Checks every budget now; returns the alerts that fired (already recorded and notified).
    Result<QList<BudgetAlert>> evaluate();

    // Evaluates on a timer (spend grows while jobs run) and whenever the ledger changes.
    void start(int intervalMs = 60'000);
    void stop();

    // Whether `interval` counts against `budget`.
    static bool covers(const Budget &budget, const UsageInterval &interval);

Q_SIGNALS:
    void alerted(const gpudesk::BudgetAlert &alert);
    void problem(const QString &message);

private Q_SLOTS:
    void evaluateNow();

private:
    const Ledger &m_ledger;
    BudgetRepository &m_budgets;
    Clock &m_clock;
    JobManager *m_jobs = nullptr;
    Notifier *m_notifier = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTimer m_timer;
};

} // namespace gpudesk
