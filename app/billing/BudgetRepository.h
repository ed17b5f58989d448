#pragma once

#include "Budget.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gpudesk {

class Database;

// budgets and budget_alerts: the budgets the user set, and which thresholds already fired in which
// month (so a restart never repeats an alert).
class BudgetRepository
{
    Q_DECLARE_TR_FUNCTIONS(BudgetRepository)

public:
    explicit BudgetRepository(Database &db);

    // Stores a budget; one per scope (project, provider): setting it again replaces the amount and
    // auto-stop of the existing one and keeps its id (and the alerts already fired).
    Result<Budget> set(Budget budget);
    Result<QList<Budget>> list() const;
    Result<std::optional<Budget>> get(qint64 id) const;
    // Removes the budget and its alerts; NotFound when there is none.
    Result<void> remove(qint64 id);

    // Records that `alert` fired; false when it had already fired (nothing written).
    Result<bool> recordAlert(const BudgetAlert &alert);
    Result<QList<BudgetAlert>> alerts(qint64 budgetId, const QString &period) const;

private:
    Database &m_db;
};

} // namespace gpudesk
