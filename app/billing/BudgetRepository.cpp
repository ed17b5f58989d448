#include "BudgetRepository.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace gpudesk {

namespace {

const char kBudgetColumns[] = "id, monthly_micros, project, provider_id, auto_stop, created_at_ms";

Budget budgetOf(const QSqlQuery &q)
{
    Budget b;
    b.id = q.value(0).toLongLong();
    b.monthly = Money::fromMicros(q.value(1).toLongLong());
    b.project = q.value(2).toString();
    b.providerId = q.value(3).toString();
    b.autoStop = q.value(4).toInt() != 0;
    b.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
    return b;
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

QString Budget::scopeText() const
{
    if (project.isEmpty() && providerId.isEmpty())
        return QCoreApplication::translate("Budget", "all jobs");
    if (providerId.isEmpty())
        return QCoreApplication::translate("Budget", "project %1").arg(project);
    if (project.isEmpty())
        return QCoreApplication::translate("Budget", "provider %1").arg(providerId);
    return QCoreApplication::translate("Budget", "project %1 on %2").arg(project, providerId);
}

BudgetRepository::BudgetRepository(Database &db) : m_db(db)
{ }

Result<Budget> BudgetRepository::set(Budget budget)
{
    if (budget.monthly.micros() <= 0)
        return makeError(Error::Kind::InvalidInput, tr("A monthly budget must be more than $0."));
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO budgets (monthly_micros, project, provider_id, auto_stop, created_at_ms) "
                             "VALUES (?,?,?,?,?) ON CONFLICT (project, provider_id) DO UPDATE SET "
                             "monthly_micros = excluded.monthly_micros, auto_stop = excluded.auto_stop"));
    q.addBindValue(qint64(budget.monthly.micros()));
    q.addBindValue(text(budget.project));
    q.addBindValue(text(budget.providerId));
    q.addBindValue(budget.autoStop ? 1 : 0);
    q.addBindValue(budget.createdAt.isValid() ? budget.createdAt.toMSecsSinceEpoch() : qint64(0));
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not store the budget."), q.lastError().text());
    QSqlQuery id(m_db.handle());
    id.prepare(QStringLiteral("SELECT %1 FROM budgets WHERE project = ? AND provider_id = ?")
                   .arg(QLatin1String(kBudgetColumns)));
    id.addBindValue(text(budget.project));
    id.addBindValue(text(budget.providerId));
    if (!id.exec() || !id.next())
        return makeError(Error::Kind::Database, tr("Could not store the budget."), id.lastError().text());
    return budgetOf(id);
}

Result<QList<Budget>> BudgetRepository::list() const
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT %1 FROM budgets ORDER BY id").arg(QLatin1String(kBudgetColumns))))
        return makeError(Error::Kind::Database, tr("Could not read the budgets."), q.lastError().text());
    QList<Budget> out;
    while (q.next())
        out.append(budgetOf(q));
    return out;
}

Result<std::optional<Budget>> BudgetRepository::get(qint64 id) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT %1 FROM budgets WHERE id = ?").arg(QLatin1String(kBudgetColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not read the budgets."), q.lastError().text());
    if (!q.next())
        return std::optional<Budget>();
    return std::optional<Budget>(budgetOf(q));
}

Result<void> BudgetRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("DELETE FROM budgets WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not remove the budget."), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return makeError(Error::Kind::NotFound, tr("There is no budget %1: gpudesk-cli budget list shows them.").arg(id));
    return {};
}

Result<bool> BudgetRepository::recordAlert(const BudgetAlert &alert)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO budget_alerts (budget_id, period, threshold, fired_at_ms, "
                             "spent_micros) VALUES (?,?,?,?,?)"));
    q.addBindValue(alert.budgetId);
    q.addBindValue(alert.period);
    q.addBindValue(alert.threshold);
    q.addBindValue(alert.firedAt.toMSecsSinceEpoch());
    q.addBindValue(qint64(alert.spent.micros()));
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not record the budget alert."), q.lastError().text());
    return q.numRowsAffected() > 0;
}

Result<QList<BudgetAlert>> BudgetRepository::alerts(qint64 budgetId, const QString &period) const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT budget_id, period, threshold, fired_at_ms, spent_micros FROM budget_alerts "
                             "WHERE budget_id = ? AND period = ? ORDER BY threshold"));
    q.addBindValue(budgetId);
    q.addBindValue(period);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not read the budget alerts."), q.lastError().text());
    QList<BudgetAlert> out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(),
            QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc()),
            Money::fromMicros(q.value(4).toLongLong()) });
    }
    return out;
}

} // namespace gpudesk
