#pragma once

#include <QCoreApplication>
#include "GpuSpecTable.h"
#include "Offer.h"
#include "ProviderInfo.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QHash>
#include <QString>

#include <vector>

namespace gpudesk {

// All offers GPU Desk knows: the bundled price snapshot, the GPU types DGX Cloud Lepton offers
// (price on quote), the Sandbox's simulated offers, and later the live feeds of providers.
// Also keeps, per offer, the derived figures and search keys that OfferQuery needs, computed once.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    struct Derived
    {
        std::int64_t priceMicros = -1;        // -1 = no price
        std::int64_t perGpuMicros = -1;
        std::int64_t perPflopMicros = -1;     // $ per BF16 dense PFLOP-hour; -1 = unknown
        std::int64_t perMemoryGbMicros = -1;  // $ per GB of GPU memory per hour
        int modelKey = -1;                    // index into distinctModels()
        int regionKey = -1;                   // index into distinctRegions()
        int providerKey = -1;                 // index into ProviderDirectory::all()
        QString haystack;                     // lower-case text for free-text search
    };

    explicit Catalog(Clock &clock = Clock::system());

    // The bundled data compiled into the build (:/data): specs, snapshot, Lepton shapes, Sandbox.
    static Result<Catalog> loadBundled(Clock &clock = Clock::system());

    static Result<std::vector<Offer>> parseSnapshot(const QString &csvText, const QString &fileName);
    static Result<std::vector<Offer>> parseQuoteShapes(const QString &csvText, const QString &fileName);
    // The Sandbox's simulated market: for every GPU of the spec table that the snapshot prices
    // on demand, machines of 1, 2, 4 and 8 GPUs at the median snapshot $/GPU-h of that exact model,
    // so cost features have realistic figures. Labelled "simulated" everywhere.
    static std::vector<Offer> sandboxOffers(const GpuSpecTable &specs, const std::vector<Offer> &snapshot);

    void setSpecs(GpuSpecTable specs);
    void setOffers(std::vector<Offer> offers); // resolves specs, rebuilds derived data
    // Puts each provider's fetched offers in place of everything the catalog had for it (snapshot
    // rows, quote shapes, older live rows); providers not named keep theirs. One rebuild.
    void replaceProviderOffers(const QHash<QString, std::vector<Offer>> &byProvider);

    const GpuSpecTable &specs() const { return m_specs; }
    const std::vector<Offer> &offers() const { return m_offers; }
    const std::vector<Derived> &derived() const { return m_derived; }
    // Distinct GPU model names and region texts: queries match these once, not once per offer.
    const QStringList &distinctModels() const { return m_models; }
    const QStringList &distinctRegions() const { return m_regions; }
    const GpuSpec *specOf(const Offer &offer) const;

    // The offer a job would run on: the provider's offer of that instance type, else its cheapest
    // priced offer of that GPU with exactly that many GPUs. -1 when there is none.
    int findOffer(const QString &providerId, const QString &instanceType, const QString &gpuModel, int gpuCount) const;

    std::optional<Money> pricePerPflopHour(int offerIndex) const;
    std::optional<Money> pricePerMemoryGbHour(int offerIndex) const;

    // Age in whole days of a snapshot price, 0 or more; -1 when undated or not a snapshot.
    int ageDays(const Offer &offer) const;
    // One line of provenance for any output: "live", "snapshot, 372 days old", "snapshot, undated",
    // "simulated (local Sandbox)", "quote: no list price".
    QString provenance(const Offer &offer) const;
    Clock &clock() const { return m_clock; }

private:
    Clock &m_clock;
    GpuSpecTable m_specs;
    std::vector<Offer> m_offers;
    std::vector<Derived> m_derived;
    QStringList m_models;
    QStringList m_regions;
};

} // namespace gpudesk
