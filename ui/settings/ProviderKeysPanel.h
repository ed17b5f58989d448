#pragma once

#include <QHash>
#include <QScrollArea>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gpudesk {

class Provider;
class ProviderKeys;
class ProviderRegistry;
class ProviderSettingsRepository;

// Per cloud provider, its API key (kept in the OS keychain, never shown again once stored), a Test
// button that makes one cheap authenticated call and says what worked, the base URL (proxies,
// mocks) and the on/off switch. Shown in Settings → Providers and keys and in the first-run wizard.
class ProviderKeysPanel : public QScrollArea
{
    Q_OBJECT

public:
    // `settings` may be null (no database): switches and base URLs then cannot be saved.
    ProviderKeysPanel(ProviderRegistry &registry, ProviderKeys &keys, ProviderSettingsRepository *settings,
                      QWidget *parent = nullptr);

    // Re-reads where each key comes from (environment, keychain, none).
    void reload();
    // Tests: the widgets of one provider's card.
    QLineEdit *keyField(const QString &providerId) const;
    QLineEdit *secretField(const QString &providerId) const;
    QLineEdit *accountField(const QString &providerId) const;
    QPushButton *saveButton(const QString &providerId) const;
    QPushButton *testButton(const QString &providerId) const;
    QPushButton *removeButton(const QString &providerId) const;
    QLabel *statusLabel(const QString &providerId) const;
    QLabel *resultLabel(const QString &providerId) const;

Q_SIGNALS:
    // A key was stored, replaced or removed: live offers and jobs of that provider may change.
    void credentialsChanged(const QString &providerId);
    void providerEnabledChanged(const QString &providerId, bool enabled);

private:
    struct Card
    {
        Provider *provider = nullptr;
        QLabel *status = nullptr;
        QLineEdit *key = nullptr;
        QLineEdit *secret = nullptr;
        QLineEdit *account = nullptr;
        QLineEdit *baseUrl = nullptr;
        QCheckBox *enabled = nullptr;
        QPushButton *save = nullptr;
        QPushButton *test = nullptr;
        QPushButton *remove = nullptr;
        QLabel *result = nullptr;
    };

    QWidget *createCard(Provider *provider, QWidget *parent);
    void refreshStatus(const QString &providerId);
    void save(const QString &providerId);
    void test(const QString &providerId);
    void remove(const QString &providerId);
    void saveBaseUrl(const QString &providerId);
    void showResult(const QString &providerId, const QString &text, bool ok);

    ProviderRegistry &m_registry;
    ProviderKeys &m_keys;
    ProviderSettingsRepository *m_settings;
    QHash<QString, Card> m_cards;
};

} // namespace gpudesk
