// The first-run assistant offscreen, with an in-memory keychain and a fake Lambda on 127.0.0.1:
// language switch (the wizard itself turns Chinese), a key stored from the keys page, an SSH key
// made on the SSH page, and preferences written for the next start. Screenshots of each page.

#include "FaultHttpServer.h"
#include "core/AppContext.h"
#include "billing/Budget.h"
#include "billing/BudgetRepository.h"
#include "core/AppSettings.h"
#include "firstrun/FirstRunWizard.h"
#include "providers/ProviderRegistry.h"
#include "providers/sandbox/SandboxPaths.h"
#include "secrets/MemorySecretStore.h"
#include "services/Services.h"
#include "settings/ProviderKeysPanel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;
using namespace gpudesk::test;

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_home;
    FaultHttpServer m_lambda;
    std::unique_ptr<Services> m_services;
    MemorySecretStore *m_store = nullptr;

    void shoot(QWidget &w, const QString &name)
    {
        QVERIFY(w.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/firstrun-%1.png").arg(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        for (const char *v : {"LAMBDA_API_KEY", "RUNPOD_API_KEY", "VAST_API_KEY", "CRUSOE_ACCESS_KEY", "LEPTON_API_TOKEN"})
            qunsetenv(v);
        // ~/.ssh is read for existing keys: an empty home of the test's own.
        qputenv("HOME", m_home.path().toUtf8());
        QVERIFY(m_lambda.listen());
        qputenv("GPUDESK_LAMBDA_BASE_URL", m_lambda.url().toString().toUtf8());
        m_lambda.setHandler([](const HttpCall &) { return HttpAnswer::json(200, "{\"data\":{}}"); });
        for (const char *v : {"GPUDESK_RUNPOD_BASE_URL", "GPUDESK_VASTAI_BASE_URL", "GPUDESK_CRUSOE_BASE_URL",
                              "GPUDESK_LEPTON_BASE_URL"})
            qputenv(v, "http://127.0.0.1:9/");
        m_services = std::make_unique<Services>();
        auto store = std::make_unique<MemorySecretStore>();
        m_store = store.get();
        m_services->setSecretStore(std::move(store));
        QVERIFY(m_services->open(m_dir.path()).ok());
        QVERIFY(m_services->hasDatabase());
    }

    void cleanupTestCase()
    {
        m_services.reset();
        AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    }

    void walkThroughEveryPage()
    {
        AppSettings settings(m_dir.path());
        QVERIFY(!settings.firstRunCompleted());
        FirstRunWizard wizard({m_services->providers(), m_services->keys(), m_services->providerSettings(), &settings,
                               m_services->budgets(), m_dir.path(), QStringLiteral("en"), false});
        wizard.show();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::LanguagePage));
        QCOMPARE(wizard.windowTitle(), QStringLiteral("Welcome"));
        QVERIFY(wizard.languageButton(QStringLiteral("en"))->isChecked());
        shoot(wizard, QStringLiteral("1-language"));

        // Chinese: the assistant itself switches at once, buttons included.
        wizard.languageButton(QStringLiteral("zh_CN"))->click();
        QCOMPARE(wizard.language(), QStringLiteral("zh_CN"));
        QTRY_VERIFY(wizard.windowTitle().contains(QStringLiteral("欢迎")));
        QVERIFY2(wizard.buttonText(QWizard::NextButton).contains(QStringLiteral("下一步")),
                 qPrintable(wizard.buttonText(QWizard::NextButton)));
        shoot(wizard, QStringLiteral("1-language-zh"));
        // ... and back to English for the rest of the walk.
        wizard.languageButton(QStringLiteral("en"))->click();
        QTRY_COMPARE(wizard.windowTitle(), QStringLiteral("Welcome"));

        // Keys: the same cards as Settings; a Lambda key goes to the keychain (here: memory).
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::ProvidersPage));
        ProviderKeysPanel *panel = wizard.providerKeys();
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        panel->keyField(QStringLiteral("lambda"))->setText(QStringLiteral("wizard_lambda_key_42"));
        panel->saveButton(QStringLiteral("lambda"))->click();
        QTRY_VERIFY(m_store->entries().contains(QStringLiteral("provider/lambda")));
        QVERIFY(m_store->entries().value(QStringLiteral("provider/lambda")).contains(QStringLiteral("wizard_lambda_key_42")));
        QTRY_VERIFY(panel->statusLabel(QStringLiteral("lambda"))->text().contains(QStringLiteral("keychain")));
        panel->testButton(QStringLiteral("lambda"))->click();
        QTRY_VERIFY(panel->resultLabel(QStringLiteral("lambda"))->isVisible());
        shoot(wizard, QStringLiteral("2-keys"));

        // SSH: no key in ~/.ssh, so "one of my keys" is off; GPU Desk makes its own.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SshKeyPage));
        QVERIFY(!wizard.existingKeyButton()->isEnabled());
        QVERIFY(wizard.createKeyButton()->isChecked());
        shoot(wizard, QStringLiteral("3-ssh"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::BudgetPage));
        const QString key = SandboxPaths(m_dir.path()).defaultPrivateKey();
        QCOMPARE(wizard.sshIdentityFile(), key);
        QVERIFY(QFile::exists(key));
        QVERIFY(QFile::exists(key + QStringLiteral(".pub")));
        QCOMPARE(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QVERIFY(wizard.keyStatus()->text().contains(QStringLiteral("SHA256:")));
        // A monthly budget for everything, stopping jobs at 100 %.
        wizard.budgetAmount()->setValue(500);
        wizard.budgetAutoStop()->setChecked(true);
        shoot(wizard, QStringLiteral("4-budget"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::FinishPage));
        auto budgets = m_services->budgets()->list();
        QVERIFY(budgets);
        QCOMPARE(budgets->size(), 1);
        QCOMPARE(budgets->first().monthly, Money::fromDollars(500));
        QVERIFY(budgets->first().autoStop);
        QVERIFY(budgets->first().project.isEmpty() && budgets->first().providerId.isEmpty());
        QVERIFY(wizard.trySandboxBox()->isChecked());
        shoot(wizard, QStringLiteral("5-ready"));

        wizard.trySandboxBox()->setChecked(false);
        wizard.button(QWizard::FinishButton)->click();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(!wizard.trySandbox());

        // Written for the next start, and no secret in the file.
        AppSettings reread(m_dir.path());
        QVERIFY(reread.firstRunCompleted());
        QCOMPARE(reread.language(), QStringLiteral("en"));
        QVERIFY(reread.sshIdentityFile().isEmpty()); // GPU Desk's own key
        QFile ini(AppSettings::fileName(m_dir.path()));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("wizard_lambda_key_42"));
    }

    void anExistingKeyCanBeChosenAndSkippingCountsAsDone()
    {
        QTemporaryDir data;
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral(".ssh")));
        const QString mine = m_home.path() + QStringLiteral("/.ssh/id_ed25519");
        QVERIFY(QFile::copy(SandboxPaths(m_dir.path()).defaultPrivateKey(), mine));
        QVERIFY(QFile::copy(SandboxPaths(m_dir.path()).defaultPublicKey(), mine + QStringLiteral(".pub")));
        AppSettings settings(data.path());
        FirstRunWizard wizard({m_services->providers(), m_services->keys(), m_services->providerSettings(), &settings,
                               nullptr, data.path(), QStringLiteral("en"), false});
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SshKeyPage));
        QVERIFY(wizard.existingKeyButton()->isEnabled());
        QCOMPARE(wizard.existingKeys()->currentData().toString(), mine);
        wizard.existingKeyButton()->setChecked(true);
        wizard.next();
        // No database here: the budget page says so and lets the user go on.
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::BudgetPage));
        QVERIFY(!wizard.budgetAmount()->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::FinishPage));
        QCOMPARE(wizard.sshIdentityFile(), mine);
        QVERIFY(!QFile::exists(SandboxPaths(data.path()).defaultPrivateKey())); // none made
        // Skip: the assistant does not come back by itself, and nothing is launched.
        wizard.button(QWizard::CancelButton)->click();
        QVERIFY(!wizard.trySandbox());
        AppSettings reread(data.path());
        QVERIFY(reread.firstRunCompleted());
        QCOMPARE(reread.sshIdentityFile(), mine);
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
