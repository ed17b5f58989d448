#pragma once

#include "Offer.h"
#include "core/Money.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gpudesk {

class Catalog;

enum class OfferSort { Price, PricePerGpu, PricePerPflop, Memory };
QString offerSortKey(OfferSort s);                 // "price", "price-per-gpu", …
std::optional<OfferSort> offerSortFromKey(const QString &key);

// Filter + sort over a Catalog, in one pass over precomputed keys: fast enough for 100k offers
// inside one frame, which a chain of QSortFilterProxyModels is not.
struct OfferQuery
{
    QString gpu;                       // "h100", "H100, H200", "rtx4090" (see GpuSpecTable::nameMatches)
    int minGpus = 0;
    int minMemoryGb = 0;               // per GPU
    std::optional<Money> maxPricePerHour;
    QStringList providerIds;           // empty = all
    QStringList excludedProviderIds;   // switched off by the user
    QString region;                    // see Region::matches
    std::optional<Billing> billing;
    QString search;                    // free text over provider, instance type, GPU, region, billing
    bool includeSimulated = false;     // Sandbox offers; implied when providerIds names "sandbox"
    bool includeQuotes = true;         // offers without a list price (dropped when a max price is set)
    OfferSort sort = OfferSort::Price;
    int limit = 0;                     // 0 = all
    bool sorted = true;                // false: catalog order (a Recommender sorts them anyway)

    // Indices into catalog.offers(), filtered and sorted. Offers with no value for the sort key
    // (no price, no published TFLOPS) come last; ties keep a stable, deterministic order.
    std::vector<int> run(const Catalog &catalog) const;
    // Whether offer `index` passes every filter but the free-text search. `modelMatch` and
    // `regionMatch` hold, per distinct model / region of the catalog, whether it matches.
    bool matches(const Catalog &catalog, int index, const std::vector<char> &modelMatch,
                 const std::vector<char> &regionMatch) const;

    bool operator==(const OfferQuery &) const = default;
};

} // namespace gpudesk
