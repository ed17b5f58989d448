#pragma once

#include "core/Result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gpudesk {

class Services;

// "Refresh" in the Marketplace and `gpudesk-cli offers --refresh`: fetches live offers from
// providers concurrently, puts them in the catalog in place of the snapshot rows of each provider
// that answered, and caches them. One provider failing never hides the others.
class OfferRefresh : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        QString providerId;
        QString displayName;
        int offers = 0;
        std::optional<Error> error;
    };

    explicit OfferRefresh(Services &services, QObject *parent = nullptr);

    // `providerIds` empty: every active provider that can list offers (the Sandbox's simulated
    // market lives in the catalog already). A provider named without a key gets an Auth error
    // saying where to add one. `done` gets one outcome per provider, in the order asked.
    void refresh(const QStringList &providerIds, std::function<void(QList<Outcome>)> done);

    // "Add a key in Settings → Providers → Lambda, with gpudesk-cli keys set lambda, or in LAMBDA_API_KEY."
    static Error missingKeyError(const QString &providerId, const QString &displayName);

Q_SIGNALS:
    void catalogChanged();

private:
    Services &m_services;
};

} // namespace gpudesk
