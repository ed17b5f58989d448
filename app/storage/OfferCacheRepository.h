#pragma once

#include "catalog/Offer.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <vector>

namespace gpudesk {

class Database;

// The last live offers fetched from each provider, with their fetch time, so the Marketplace
// shows them again after a restart (labelled with their age) before the next refresh.
class OfferCacheRepository
{
public:
    struct Entry
    {
        std::vector<Offer> offers;
        QDateTime fetchedAt;
    };

    explicit OfferCacheRepository(Database &db);

    // Replaces the provider's cached offers in one transaction.
    Result<void> store(const QString &providerId, const std::vector<Offer> &offers, const QDateTime &fetchedAt);
    Result<QHash<QString, Entry>> load() const;

    static QByteArray toJson(const Offer &offer);
    static std::optional<Offer> fromJson(const QByteArray &json);

private:
    Database &m_db;
};

} // namespace gpudesk
