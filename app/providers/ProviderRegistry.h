#pragma once

#include "Provider.h"

#include <QList>
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

    // The providers available out of the box for a data directory: the Sandbox, for now.
    static std::unique_ptr<ProviderRegistry> createDefault(const QString &dataDir);

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
