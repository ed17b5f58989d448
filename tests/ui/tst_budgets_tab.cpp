// Settings → Budgets over a real database: set, replace, scope and remove monthly budgets.

#include "billing/Budget.h"
#include "billing/BudgetRepository.h"
#include "core/AppContext.h"
#include "secrets/MemorySecretStore.h"
#include "services/Services.h"
#include "settings/BudgetsTab.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

class TestBudgetsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setReplaceAndRemove();
};

void TestBudgetsTab::setReplaceAndRemove()
{
    AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    QTemporaryDir dir;
    Services services;
    services.setSecretStore(std::make_unique<MemorySecretStore>());
    QVERIFY(services.open(dir.path()).ok());
    QVERIFY(services.budgets());
    BudgetsTab tab(*services.budgets(), {QStringLiteral("sandbox"), QStringLiteral("lambda")});
    tab.resize(900, 600);
    tab.show();
    QCOMPARE(tab.table()->rowCount(), 0);

    // Everything, $500, stop at 100 %.
    tab.amount()->setValue(500);
    tab.autoStop()->setChecked(true);
    tab.setButton()->click();
    QCOMPARE(tab.table()->rowCount(), 1);
    auto all = services.budgets()->list();
    QVERIFY(all && all->size() == 1);
    QCOMPARE(all->first().monthly, Money::fromDollars(500));
    QVERIFY(all->first().autoStop);

    // Project "vision" on Lambda, $120.50, warnings only.
    tab.amount()->setValue(120.5);
    tab.project()->setText(QStringLiteral("vision"));
    tab.provider()->setCurrentIndex(tab.provider()->findData(QStringLiteral("lambda")));
    tab.autoStop()->setChecked(false);
    tab.setButton()->click();
    QCOMPARE(tab.table()->rowCount(), 2);
    all = services.budgets()->list();
    QVERIFY(all);
    bool found = false;
    for (const Budget &b : *all) {
        if (b.project == QStringLiteral("vision")) {
            found = true;
            QCOMPARE(b.providerId, QStringLiteral("lambda"));
            QCOMPARE(b.monthly, Money::fromCents(12050));
            QVERIFY(!b.autoStop);
        }
    }
    QVERIFY(found);
    QVERIFY(tab.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/budgets-tab.png")));

    // The same scope again replaces its amount (one budget per scope).
    tab.amount()->setValue(150);
    tab.setButton()->click();
    QCOMPARE(tab.table()->rowCount(), 2);

    // Remove the selected one.
    QVERIFY(!tab.removeButton()->isEnabled());
    tab.table()->selectRow(0);
    const QString scope = tab.table()->item(0, 0)->text();
    tab.removeButton()->click();
    QCOMPARE(tab.table()->rowCount(), 1);
    QCOMPARE(services.budgets()->list()->size(), 1);
    QVERIFY(tab.message()->text().contains(scope));
}

QTEST_MAIN(TestBudgetsTab)
#include "tst_budgets_tab.moc"
