#pragma once

#include "Provider.h"

#include <QHash>
#include <QList>
#include <QUrl>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace gpudesk {

// The providers GPU Desk can launch on, by id. Owns them (as QObject children).
class ProviderRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ProviderRegistry(QObject *parent = nullptr);

    // The providers GPU Desk ships: the Sandbox for a data directory, and the cloud adapters
    // (without keys until Services::loadCredentials). `baseUrls`: the user's overrides by provider
    // id (Settings); GPUDESK_<ID>_BASE_URL still wins.
    static std::unique_ptr<ProviderRegistry> createDefault(const QString &dataDir,
                                                           const QHash<QString, QUrl> &baseUrls = {});

    // Takes ownership. Returns false (and deletes nothing) when the id is already registered.
    bool add(Provider *provider);
    Provider *provider(const QString &id) const;
    template<typename T>
    T *provider(const QString &id) const { return qobject_cast<T *>(provider(id)); }
    // In registration order.
    QList<Provider *> providers() const { return m_providers; }
    QStringList ids() const;

private:
    QList<Provider *> m_providers;
};

} // namespace gpudesk
