#include "ProviderRegistry.h"

#include "sandbox/SandboxProvider.h"

namespace gpudesk {

ProviderRegistry::ProviderRegistry(QObject *parent)
    : QObject(parent)
{
}

std::unique_ptr<ProviderRegistry> ProviderRegistry::createDefault(const QString &dataDir,
                                                                 const QHash<QString, QUrl> &baseUrls)
{
    auto registry = std::make_unique<ProviderRegistry>();
    registry->add(new SandboxProvider(dataDir));
    Q_UNUSED(baseUrls)
    return registry;
}

bool ProviderRegistry::add(Provider *provider)
{
    if (!provider || this->provider(provider->id()))
        return false;
    provider->setParent(this);
    m_providers.append(provider);
    return true;
}

Provider *ProviderRegistry::provider(const QString &id) const
{
    for (Provider *p : m_providers) {
        if (p->id() == id)
            return p;
    }
    return nullptr;
}

QStringList ProviderRegistry::ids() const
{
    QStringList out;
    for (const Provider *p : m_providers)
        out << p->id();
    return out;
}

} // namespace gpudesk
