#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace gpudesk {

// Where API keys and key passphrases live. Never SQLite, settings, logs or exports: the OS
// keychain (KeychainSecretStore) in the product, an in-memory store in tests.
// Asynchronous like the keychains themselves: callbacks run later, on this object's thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~SecretStore() override = default;

    // "the system keychain (Secret Service)", "memory": for messages.
    virtual QString backendName() const = 0;

    // An absent entry is not an error: the callback gets an empty string.
    virtual void read(const QString &key, std::function<void(Result<QString>)> done) = 0;
    virtual void write(const QString &key, const QString &value, std::function<void(Result<void>)> done) = 0;
    // Removing an absent entry succeeds.
    virtual void remove(const QString &key, std::function<void(Result<void>)> done) = 0;
};

} // namespace gpudesk
