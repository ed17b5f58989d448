#include "ProviderRegistry.h"

#include "crusoe/CrusoeProvider.h"
#include "lambda/LambdaProvider.h"
#include "lepton/LeptonProvider.h"
#include "net/HttpClient.h"
#include "runpod/RunPodProvider.h"
#include "sandbox/SandboxProvider.h"
#include "vast/VastProvider.h"

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
    // Keys arrive later (Services::loadCredentials); until then each adapter answers with an error
    // saying where to add one, without sending anything.
    auto url = [&baseUrls](const QString &id, const QUrl &fallback) {
        return HttpClient::baseUrl(id, fallback, baseUrls.value(id));
    };
    // In the Marketplace's order (ProviderDirectory).
    registry->add(new LeptonProvider({}, url(QStringLiteral("lepton"), LeptonProvider::publicBaseUrl())));
    registry->add(new LambdaProvider({}, url(QStringLiteral("lambda"), LambdaProvider::defaultBaseUrl())));
    registry->add(new RunPodProvider({}, url(QStringLiteral("runpod"), RunPodProvider::defaultBaseUrl())));
    registry->add(new VastProvider({}, url(QStringLiteral("vastai"), VastProvider::publicBaseUrl())));
    registry->add(new CrusoeProvider({}, url(QStringLiteral("crusoe"), CrusoeProvider::publicBaseUrl())));
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
