// Settings → Budgets over a real database: set, replace, scope and remove monthly budgets.

#include "billing/Budget.h"
#include "billing/BudgetRepository.h"
#include "core/AppContext.h"
#include "secrets/MemorySecretStore.h"
#include "services/Services.h"
#include "settings/BudgetsTab.h"
#include "settings/SettingsPage.h"
#include "core/AppSettings.h"
#include "metrics/IdleMonitor.h"
#include "providers/ProviderRegistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

class TestBudgetsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setReplaceAndRemove();
    void forgottenMachinesWarning();
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

void TestBudgetsTab::forgottenMachinesWarning()
{
    AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    QTemporaryDir dir;
    Services services;
    services.setSecretStore(std::make_unique<MemorySecretStore>());
    QVERIFY(services.open(dir.path()).ok());
    SettingsPage page(*services.providers(), *services.keys(), services.providerSettings(), dir.path());
    BudgetsTab *tab = page.addBudgetsTab(*services.budgets(), services.providers()->ids());
    page.resize(1000, 700);
    page.show();
    auto *group = tab->findChild<QGroupBox *>(QStringLiteral("forgottenGroup"));
    auto *hours = tab->findChild<QSpinBox *>(QStringLiteral("forgottenHours"));
    auto *percent = tab->findChild<QSpinBox *>(QStringLiteral("forgottenPercent"));
    QVERIFY(group && hours && percent);
    // The defaults: on, 8 h, 10 %.
    QVERIFY(group->isChecked());
    QCOMPARE(hours->value(), 8);
    QCOMPARE(percent->value(), 10);

    QSignalSpy changed(&page, &SettingsPage::forgottenPolicyChanged);
    hours->setValue(12);
    Q_EMIT hours->editingFinished();
    percent->setValue(5);
    Q_EMIT percent->editingFinished();
    QCOMPARE(changed.count(), 2);
    AppSettings stored(dir.path());
    QCOMPARE(stored.forgottenAfterHours(), 12);
    QCOMPARE(stored.forgottenBelowPercent(), 5);
    // What the app does on the signal: the monitor takes the new thresholds.
    services.applyForgottenPolicy();
    QCOMPARE(services.idleMonitor()->forgottenPolicy().runningSeconds, qint64(12) * 3600);
    QCOMPARE(services.idleMonitor()->forgottenPolicy().utilizationPercent, 5);
    QVERIFY(services.idleMonitor()->forgottenPolicy().enabled);

    group->setChecked(false);
    QCOMPARE(changed.count(), 3);
    QVERIFY(!AppSettings(dir.path()).forgottenWarning());
    services.applyForgottenPolicy();
    QVERIFY(!services.idleMonitor()->forgottenPolicy().enabled);
    group->setChecked(true);
    if (auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("settingsTabs")))
        tabs->setCurrentWidget(tab);
    QVERIFY(page.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/settings-budgets-forgotten.png")));
}

QTEST_MAIN(TestBudgetsTab)
#include "tst_budgets_tab.moc"
