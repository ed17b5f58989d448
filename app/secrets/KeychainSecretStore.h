#pragma once

#include "SecretStore.h"

namespace QKeychain {
class Job;
}

namespace gpudesk {

// The OS keychain through qtkeychain: Secret Service (GNOME Keyring, KWallet) on Linux, the
// Keychain on macOS, the Credential Manager on Windows. Never falls back to plain text: without
// a backend every call fails with a message saying what to do instead.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("GPU Desk"), QObject *parent = nullptr);

    QString backendName() const override;
    void read(const QString &key, std::function<void(Result<QString>)> done) override;
    void write(const QString &key, const QString &value, std::function<void(Result<void>)> done) override;
    void remove(const QString &key, std::function<void(Result<void>)> done) override;

private:
    Error errorFor(const QKeychain::Job *job, const QString &what) const;

    QString m_service;
};

} // namespace gpudesk
