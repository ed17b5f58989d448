#include "OfferQuery.h"

#include "Catalog.h"
#include "Region.h"

#include <algorithm>
#include <limits>

namespace gpudesk {

QString offerSortKey(OfferSort s)
{
    switch (s) {
    case OfferSort::Price:
        return QStringLiteral("price");
    case OfferSort::PricePerGpu:
        return QStringLiteral("price-per-gpu");
    case OfferSort::PricePerPflop:
        return QStringLiteral("price-per-pflop");
    case OfferSort::Memory:
        return QStringLiteral("memory");
    }
    return {};
}

std::optional<OfferSort> offerSortFromKey(const QString &key)
{
    for (OfferSort s : {OfferSort::Price, OfferSort::PricePerGpu, OfferSort::PricePerPflop, OfferSort::Memory}) {
        if (offerSortKey(s) == key)
            return s;
    }
    return std::nullopt;
}

bool OfferQuery::matches(const Catalog &catalog, int index, const std::vector<char> &modelMatch,
                         const std::vector<char> &regionMatch) const
{
    const Offer &o = catalog.offers()[size_t(index)];
    const Catalog::Derived &d = catalog.derived()[size_t(index)];
    if (!modelMatch[size_t(d.modelKey)])
        return false;
    if (o.gpuCount < minGpus || (minMemoryGb > 0 && o.gpuMemoryGb < minMemoryGb))
        return false;
    if (o.priceSource == PriceSource::Simulated && !includeSimulated
        && !providerIds.contains(QStringLiteral("sandbox")))
        return false;
    if (d.priceMicros < 0 && (!includeQuotes || maxPricePerHour))
        return false;
    if (maxPricePerHour && d.priceMicros > maxPricePerHour->micros())
        return false;
    if (!providerIds.isEmpty() && !providerIds.contains(o.providerId))
        return false;
    if (!excludedProviderIds.isEmpty() && excludedProviderIds.contains(o.providerId))
        return false;
    if (billing && o.billing != *billing)
        return false;
    if (!regionMatch[size_t(d.regionKey)])
        return false;
    return true;
}

std::vector<int> OfferQuery::run(const Catalog &catalog) const
{
    const auto &derived = catalog.derived();
    const QStringList &models = catalog.distinctModels();

    // Match the GPU query once per distinct model name, not once per offer.
    std::vector<char> modelMatch(size_t(models.size()), 1);
    if (!gpu.trimmed().isEmpty()) {
        for (qsizetype m = 0; m < models.size(); ++m)
            modelMatch[size_t(m)] = GpuSpecTable::nameMatches(gpu, models.at(m)) ? 1 : 0;
    }
    std::vector<char> regionMatch(size_t(catalog.distinctRegions().size()), 1);
    if (!region.trimmed().isEmpty()) {
        for (qsizetype r = 0; r < catalog.distinctRegions().size(); ++r)
            regionMatch[size_t(r)] = Region::matches(region, catalog.distinctRegions().at(r)) ? 1 : 0;
    }
    const QString needle = search.trimmed().toLower();
    const QStringList needles = needle.split(u' ', Qt::SkipEmptyParts);

    struct Keyed
    {
        std::int64_t key;
        std::int64_t price; // tie-break: cheaper first
        int index;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(derived.size() / 4 + 16);
    constexpr std::int64_t missing = std::numeric_limits<std::int64_t>::max();
    for (int i = 0; i < int(derived.size()); ++i) {
        if (!matches(catalog, i, modelMatch, regionMatch))
            continue;
        const Catalog::Derived &d = derived[size_t(i)];
        bool found = true;
        for (const QString &n : needles) {
            if (!d.haystack.contains(n)) {
                found = false;
                break;
            }
        }
        if (!found)
            continue;
        std::int64_t key = missing;
        switch (sort) {
        case OfferSort::Price:
            key = d.priceMicros;
            break;
        case OfferSort::PricePerGpu:
            key = d.perGpuMicros;
            break;
        case OfferSort::PricePerPflop:
            key = d.perPflopMicros;
            break;
        case OfferSort::Memory: {
            // Most memory per GPU first, then more GPUs.
            const Offer &o = catalog.offers()[size_t(i)];
            key = -(std::int64_t(o.gpuMemoryGb) * 4096 + o.gpuCount);
            break;
        }
        }
        if (key < 0 && sort != OfferSort::Memory)
            key = missing;
        keyed.push_back({key, d.priceMicros < 0 ? missing : d.priceMicros, i});
    }

    auto less = [](const Keyed &a, const Keyed &b) {
        if (a.key != b.key)
            return a.key < b.key;
        return a.price != b.price ? a.price < b.price : a.index < b.index;
    };
    if (!sorted) {
        if (limit > 0 && size_t(limit) < keyed.size())
            keyed.resize(size_t(limit));
    } else if (limit > 0 && size_t(limit) < keyed.size()) {
        std::partial_sort(keyed.begin(), keyed.begin() + limit, keyed.end(), less);
        keyed.resize(size_t(limit));
    } else {
        std::sort(keyed.begin(), keyed.end(), less);
    }
    std::vector<int> out;
    out.reserve(keyed.size());
    for (const Keyed &k : keyed)
        out.push_back(k.index);
    return out;
}

} // namespace gpudesk
