#pragma once

#include "core/Result.h"
#include "providers/ProviderCredentials.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace gpudesk {

class SecretStore;

// A provider's credentials: from the environment for headless use (LAMBDA_API_KEY, …), else from
// the keychain (one entry per provider). Every key it hands out is registered with Redaction, so
// no log line can print it.
class ProviderKeys : public QObject
{
    Q_OBJECT

public:
    enum class Origin { None, Environment, Keychain };

    struct Loaded
    {
        ProviderCredentials credentials;
        Origin origin = Origin::None;
    };

    explicit ProviderKeys(SecretStore &store, QObject *parent = nullptr);

    // The environment variables a provider's credentials may come from, in the order
    // key, secret, account ("LAMBDA_API_KEY"; Crusoe: access key, secret key, project id).
    static QStringList environmentVariables(const QString &providerId);
    // Whether the provider needs a secret (Crusoe) or an account (Lepton workspace, Crusoe project).
    static bool needsSecret(const QString &providerId);
    static bool needsAccount(const QString &providerId);
    static ProviderCredentials fromEnvironment(const QString &providerId);

    void load(const QString &providerId, std::function<void(Result<Loaded>)> done);
    void save(const QString &providerId, const ProviderCredentials &credentials, std::function<void(Result<void>)> done);
    void remove(const QString &providerId, std::function<void(Result<void>)> done);

    SecretStore &store() { return m_store; }
    static QString entryName(const QString &providerId);

private:
    SecretStore &m_store;
};

} // namespace gpudesk
