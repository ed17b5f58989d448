#include "BudgetsTab.h"

#include "billing/Budget.h"
#include "billing/BudgetRepository.h"
#include "catalog/ProviderInfo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gpudesk {

BudgetsTab::BudgetsTab(BudgetRepository &budgets, const QStringList &providerIds, QWidget *parent)
    : QWidget(parent)
    , m_budgets(budgets)
    , m_table(new QTableWidget(0, 3, this))
    , m_amount(new QDoubleSpinBox(this))
    , m_project(new QLineEdit(this))
    , m_provider(new QComboBox(this))
    , m_autoStop(new QCheckBox(tr("Stop its running jobs when it is spent"), this))
    , m_set(new QPushButton(tr("Set budget"), this))
    , m_remove(new QPushButton(tr("Remove budget"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("budgetsTab"));
    auto *v = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Warnings at 50 %, 80 % and 100 % of each monthly budget, in the Costs page and as desktop "
                                "notifications. Sandbox jobs count their simulated cost. One budget per scope: setting it "
                                "again changes its amount."),
                             this);
    intro->setWordWrap(true);
    v->addWidget(intro);
    m_table->setHorizontalHeaderLabels({tr("Scope"), tr("Monthly"), tr("At 100 %")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    v->addWidget(m_table, 1);

    auto *form = new QFormLayout();
    m_amount->setObjectName(QStringLiteral("budgetAmount"));
    m_amount->setRange(1, 10'000'000);
    m_amount->setDecimals(2);
    m_amount->setValue(500);
    m_amount->setPrefix(QStringLiteral("$ "));
    form->addRow(tr("Monthly amount:"), m_amount);
    m_project->setObjectName(QStringLiteral("budgetProject"));
    m_project->setPlaceholderText(tr("every project"));
    form->addRow(tr("Project:"), m_project);
    m_provider->setObjectName(QStringLiteral("budgetProvider"));
    m_provider->addItem(tr("every provider"), QString());
    for (const QString &id : providerIds) {
        const ProviderInfo *info = ProviderDirectory::lookup(id);
        m_provider->addItem(info ? info->displayName : id, id);
    }
    form->addRow(tr("Provider:"), m_provider);
    m_autoStop->setObjectName(QStringLiteral("budgetAutoStop"));
    form->addRow(QString(), m_autoStop);
    v->addLayout(form);
    auto *buttons = new QHBoxLayout();
    m_set->setObjectName(QStringLiteral("setBudget"));
    m_remove->setObjectName(QStringLiteral("removeBudget"));
    m_remove->setEnabled(false);
    buttons->addWidget(m_set);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_message->setObjectName(QStringLiteral("budgetMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    v->addWidget(m_message);

    connect(m_set, &QPushButton::clicked, this, &BudgetsTab::setBudget);
    connect(m_remove, &QPushButton::clicked, this, &BudgetsTab::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_remove->setEnabled(m_table->currentRow() >= 0); });
    reload();
}

void BudgetsTab::reload()
{
    m_table->setRowCount(0);
    auto budgets = m_budgets.list();
    if (!budgets) {
        showMessage(budgets.error().message, false);
        return;
    }
    for (const Budget &b : *budgets) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *scope = new QTableWidgetItem(b.scopeText());
        scope->setData(Qt::UserRole, b.id);
        m_table->setItem(row, 0, scope);
        m_table->setItem(row, 1, new QTableWidgetItem(b.monthly.toString(2)));
        m_table->setItem(row, 2, new QTableWidgetItem(b.autoStop ? tr("stop its jobs") : tr("warn")));
    }
    m_table->resizeColumnsToContents();
    m_remove->setEnabled(false);
}

void BudgetsTab::setBudget()
{
    Budget b;
    const auto money = Money::parse(QString::number(m_amount->value(), 'f', 2));
    if (!money) {
        showMessage(tr("%1 is not an amount.").arg(m_amount->text()), false);
        return;
    }
    b.monthly = *money;
    b.project = m_project->text().trimmed();
    b.providerId = m_provider->currentData().toString();
    b.autoStop = m_autoStop->isChecked();
    auto stored = m_budgets.set(b);
    if (!stored) {
        showMessage(stored.error().message, false);
        return;
    }
    reload();
    showMessage(tr("Budget for %1: %2 a month.").arg(stored->scopeText(), stored->monthly.toString(2)), true);
    Q_EMIT budgetsChanged();
}

void BudgetsTab::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString scope = m_table->item(row, 0)->text();
    if (auto removed = m_budgets.remove(id); !removed) {
        showMessage(removed.error().message, false);
        return;
    }
    reload();
    showMessage(tr("Budget for %1 removed.").arg(scope), true);
    Q_EMIT budgetsChanged();
}

void BudgetsTab::showMessage(const QString &text, bool ok)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    m_message->setText(text);
    m_message->show();
}

} // namespace gpudesk
