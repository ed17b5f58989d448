#include "MemorySecretStore.h"

#include <QTimer>

namespace gpudesk {

QString MemorySecretStore::backendName() const
{
    return tr("memory (until GPU Desk quits)");
}

Error MemorySecretStore::unavailableError() const
{
    return makeError(Error::Kind::Io, tr("No keychain is available. GPU Desk never stores keys in plain text."));
}

void MemorySecretStore::read(const QString &key, std::function<void(Result<QString>)> done)
{
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        if (m_unavailable)
            done(unavailableError());
        else
            done(m_entries.value(key));
    });
}

void MemorySecretStore::write(const QString &key, const QString &value, std::function<void(Result<void>)> done)
{
    QTimer::singleShot(0, this, [this, key, value, done = std::move(done)] {
        if (m_unavailable) {
            done(unavailableError());
            return;
        }
        m_entries.insert(key, value);
        done({});
    });
}

void MemorySecretStore::remove(const QString &key, std::function<void(Result<void>)> done)
{
    QTimer::singleShot(0, this, [this, key, done = std::move(done)] {
        if (m_unavailable) {
            done(unavailableError());
            return;
        }
        m_entries.remove(key);
        done({});
    });
}

} // namespace gpudesk
