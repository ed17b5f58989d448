#pragma once

#include <QWizard>

class QButtonGroup;
class QCheckBox;
class QDoubleSpinBox;
class QComboBox;
class QLabel;
class QRadioButton;
class QVBoxLayout;

namespace gpudesk {

class AppSettings;
class BudgetRepository;
class ProviderKeys;
class ProviderKeysPanel;
class ProviderRegistry;
class ProviderSettingsRepository;

// The first-run assistant: language, the clouds the user has (keys entered, tested and stored in
// the keychain, or skipped), the SSH key GPU Desk gives the machines it launches, and a "try the
// Sandbox" choice. Every page can be skipped; with no key at all GPU Desk works on the Sandbox.
// Shown once per data folder (AppSettings::firstRunCompleted), reopened from Settings → Data.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { LanguagePage, ProvidersPage, SshKeyPage, BudgetPage, FinishPage };

    struct Context
    {
        ProviderRegistry *providers = nullptr; // null: the keys page says keys need the database
        ProviderKeys *keys = nullptr;
        ProviderSettingsRepository *providerSettings = nullptr;
        AppSettings *settings = nullptr;
        BudgetRepository *budgets = nullptr; // null: the budget page says budgets need the database
        QString dataDir;
        QString language;           // the language in use now ("en", "zh_CN")
        bool windowOpen = false;    // reopened from Settings: a language change applies at the next start
    };

    explicit FirstRunWizard(const Context &context, QWidget *parent = nullptr);

    QString language() const { return m_language; }
    // The user asked to launch a Sandbox dev pod and open its terminal once the assistant closes.
    bool trySandbox() const;
    // The private key chosen on the SSH page (GPU Desk's own, or the user's).
    QString sshIdentityFile() const { return m_identityFile; }

    // Tests and screenshots reach the widgets by these.
    QRadioButton *languageButton(const QString &language) const;
    ProviderKeysPanel *providerKeys() const { return m_panel; }
    QRadioButton *createKeyButton() const { return m_createKey; }
    QRadioButton *existingKeyButton() const { return m_existingKey; }
    QComboBox *existingKeys() const { return m_existingKeys; }
    QLabel *keyStatus() const { return m_keyStatus; }
    QCheckBox *trySandboxBox() const { return m_trySandbox; }
    QDoubleSpinBox *budgetAmount() const { return m_budget; }
    QCheckBox *budgetAutoStop() const { return m_budgetAutoStop; }

Q_SIGNALS:
    void languageChanged(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void done(int result) override;

private:
    QWizardPage *createLanguagePage();
    QWizardPage *createProvidersPage();
    QWizardPage *createSshKeyPage();
    QWizardPage *createBudgetPage();
    QWizardPage *createFinishPage();
    bool applyBudget();
    void retranslate();
    void chooseLanguage(const QString &language);
    bool applySshKey();
    void fillExistingKeys();

    Context m_context;
    QString m_language;
    QString m_identityFile;
    QButtonGroup *m_languages = nullptr;
    QLabel *m_welcome = nullptr;
    QLabel *m_languageNote = nullptr;
    QVBoxLayout *m_providersLayout = nullptr;
    ProviderKeysPanel *m_panel = nullptr;
    QString m_panelLanguage;
    QLabel *m_providersNote = nullptr;
    QRadioButton *m_createKey = nullptr;
    QRadioButton *m_existingKey = nullptr;
    QComboBox *m_existingKeys = nullptr;
    QLabel *m_sshIntro = nullptr;
    QLabel *m_keyStatus = nullptr;
    QLabel *m_budgetIntro = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QCheckBox *m_budgetAutoStop = nullptr;
    QLabel *m_budgetStatus = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_trySandbox = nullptr;
};

} // namespace gpudesk
