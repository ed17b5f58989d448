#include "OfferRefresh.h"

#include "Services.h"
#include "providers/ProviderRegistry.h"
#include "secrets/ProviderKeys.h"
#include "storage/OfferCacheRepository.h"

#include <QPointer>

#include <memory>

namespace gpudesk {

OfferRefresh::OfferRefresh(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

Error OfferRefresh::missingKeyError(const QString &providerId, const QString &displayName)
{
    const QStringList vars = ProviderKeys::environmentVariables(providerId);
    return makeError(Error::Kind::Auth,
                     tr("%1 has no API key. Add one in Settings → Providers → %1, with \"gpudesk-cli keys set %2\", "
                        "or in the environment (%3).")
                         .arg(displayName, providerId, vars.join(QStringLiteral(", "))));
}

void OfferRefresh::refresh(const QStringList &providerIds, std::function<void(QList<Outcome>)> done)
{
    struct State
    {
        QList<Outcome> outcomes;
        QHash<QString, std::vector<Offer>> fetched;
        int left = 0;
        std::function<void(QList<Outcome>)> done;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);

    QList<Provider *> targets;
    ProviderRegistry *registry = m_services.providers();
    if (providerIds.isEmpty()) {
        for (Provider *p : m_services.activeProviders()) {
            if (p->capabilities().listOffers && p->needsCredentials())
                targets.append(p);
        }
    } else if (registry) {
        for (const QString &id : providerIds) {
            if (Provider *p = registry->provider(id))
                targets.append(p);
        }
    }

    QList<Provider *> calling;
    for (Provider *p : targets) {
        Outcome o{p->id(), p->displayName(), 0, std::nullopt};
        if (!p->capabilities().listOffers)
            o.error = makeError(Error::Kind::Provider, tr("%1 does not list offers through its API.").arg(p->displayName()));
        else if (!p->hasCredentials())
            o.error = missingKeyError(p->id(), p->displayName());
        else
            calling.append(p);
        state->outcomes.append(o);
    }

    QPointer<OfferRefresh> self(this);
    auto finish = [self, state] {
        if (self && !state->fetched.isEmpty()) {
            Services &services = self->m_services;
            const QDateTime now = services.clock().now();
            for (auto it = state->fetched.cbegin(); it != state->fetched.cend(); ++it) {
                if (services.offerCache()) {
                    if (auto stored = services.offerCache()->store(it.key(), it.value(), now); !stored) {
                        for (Outcome &o : state->outcomes) {
                            if (o.providerId == it.key() && !o.error)
                                o.error = stored.error();
                        }
                    }
                }
            }
            services.catalog().replaceProviderOffers(state->fetched);
            Q_EMIT self->catalogChanged();
        }
        state->done(state->outcomes);
    };

    state->left = int(calling.size());
    if (calling.isEmpty()) {
        QMetaObject::invokeMethod(this, finish, Qt::QueuedConnection);
        return;
    }
    for (Provider *p : calling) {
        const QString id = p->id();
        p->listOffers([state, id, finish](Result<std::vector<Offer>> offers) {
            for (Outcome &o : state->outcomes) {
                if (o.providerId != id)
                    continue;
                if (offers) {
                    o.offers = int(offers->size());
                    state->fetched.insert(id, *offers);
                } else {
                    o.error = offers.error();
                }
            }
            if (--state->left == 0)
                finish();
        });
    }
}

} // namespace gpudesk
