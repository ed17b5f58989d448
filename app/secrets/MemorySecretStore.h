#pragma once

#include "SecretStore.h"

#include <QHash>

namespace gpudesk {

// Keeps secrets in this process only: for tests and for "remember until I quit".
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    QString backendName() const override;
    void read(const QString &key, std::function<void(Result<QString>)> done) override;
    void write(const QString &key, const QString &value, std::function<void(Result<void>)> done) override;
    void remove(const QString &key, std::function<void(Result<void>)> done) override;

    // Tests: make every call fail as a keychain without a backend does.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    QHash<QString, QString> entries() const { return m_entries; }

private:
    Error unavailableError() const;

    QHash<QString, QString> m_entries;
    bool m_unavailable = false;
};

} // namespace gpudesk
