#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace gpudesk {

class BudgetRepository;

// Settings → Budgets: monthly budgets for everything, a project and/or a provider, with optional
// stop-all at 100 % (the same budgets as `gpudesk-cli budget` and the first-run assistant).
class BudgetsTab : public QWidget
{
    Q_OBJECT

public:
    BudgetsTab(BudgetRepository &budgets, const QStringList &providerIds, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QDoubleSpinBox *amount() const { return m_amount; }
    QLineEdit *project() const { return m_project; }
    QComboBox *provider() const { return m_provider; }
    QCheckBox *autoStop() const { return m_autoStop; }
    QPushButton *setButton() const { return m_set; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *message() const { return m_message; }

Q_SIGNALS:
    void budgetsChanged();

private:
    void setBudget();
    void removeSelected();
    void showMessage(const QString &text, bool ok);

    BudgetRepository &m_budgets;
    QTableWidget *m_table;
    QDoubleSpinBox *m_amount;
    QLineEdit *m_project;
    QComboBox *m_provider;
    QCheckBox *m_autoStop;
    QPushButton *m_set;
    QPushButton *m_remove;
    QLabel *m_message;
};

} // namespace gpudesk
