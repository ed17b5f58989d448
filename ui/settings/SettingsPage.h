#pragma once

#include <QWidget>

class QLineEdit;
class QTabWidget;

namespace gpudesk {

class ProviderKeys;
class ProviderKeysPanel;
class ProviderRegistry;
class ProviderSettingsRepository;
class BudgetRepository;
class BudgetsTab;
class SandboxProvider;
class SandboxSettings;
class SshSettingsTab;

// Settings: Providers and keys (ProviderKeysPanel), SSH (launch key, trusted hosts), Appearance (theme, language), Data (where GPU Desk
// keeps its files, the first-run assistant).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    // `settings` may be null (no database): switches and base URLs then cannot be saved.
    SettingsPage(ProviderRegistry &registry, ProviderKeys &keys, ProviderSettingsRepository *settings,
                 const QString &dataDir, QWidget *parent = nullptr);

    ProviderKeysPanel *providerKeys() const { return m_providerKeys; }
    SshSettingsTab *sshTab() const { return m_ssh; }
    // Re-reads where each key comes from (environment, keychain, none).
    void reload();
    // The Sandbox tab: the GPU models it refuses for lack of capacity (a demo of failover).
    void addSandboxTab(SandboxSettings &settings, SandboxProvider &sandbox);
    // The Budgets tab (the database holds them): monthly budgets per scope.
    // Below them, the forgotten-instance warning (kept in AppSettings; forgottenPolicyChanged()).
    BudgetsTab *addBudgetsTab(BudgetRepository &budgets, const QStringList &providerIds);
    QLineEdit *sandboxNoCapacityField() const { return m_noCapacity; }

Q_SIGNALS:
    // A key was stored, replaced or removed: live offers and jobs of that provider may change.
    void credentialsChanged(const QString &providerId);
    void providerEnabledChanged(const QString &providerId, bool enabled);
    // Settings → Data → "Run the first-start assistant again".
    void firstRunRequested();
    // Settings → SSH: another key for the machines launched from now on.
    void launchKeyChanged();
    // Settings → SSH: new terminals start inside tmux (or no longer).
    void terminalTmuxChanged(bool on);
    // Settings → Appearance: terminal font ("family,size,…") and scrollback, GPU sampling interval.
    void terminalPreferencesChanged(const QString &font, int scrollbackLines);
    void samplingIntervalChanged(int seconds);
    // Settings → Budgets: the forgotten-instance warning's switch or thresholds (in AppSettings).
    void forgottenPolicyChanged();

private:
    QWidget *createAppearanceTab(const QString &dataDir);
    QWidget *createDataTab(const QString &dataDir);

    QString m_dataDir;
    ProviderKeysPanel *m_providerKeys = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_noCapacity = nullptr;
    SshSettingsTab *m_ssh = nullptr;
};

} // namespace gpudesk
