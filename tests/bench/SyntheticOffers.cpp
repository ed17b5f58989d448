#include "SyntheticOffers.h"

#include "catalog/ProviderInfo.h"
#include "core/Money.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace gpudesk::bench {

namespace {

struct ModelPick
{
    QString model;
    int memoryGb = 0; // per GPU, 0 = unknown
    int weight = 1;
    int basePerGpuCents = 100;
    QString slug;
};

// A typical on-demand $/GPU-h for a model, in cents; offers scatter around it.
int basePerGpuCents(const QString &model)
{
    struct Tier
    {
        const char *needle;
        int cents;
    };
    // Most specific first: "GH200" before "H200", "RTX A4000" before "A40", "L40S" before "L40" before "L4".
    static constexpr Tier tiers[] = {
        {"GB200", 520}, {"B300", 600}, {"B200", 480}, {"B100", 420}, {"GH200", 320}, {"H200", 330},
        {"H100", 240}, {"MI325X", 300}, {"MI300X", 250}, {"MI250X", 120}, {"GAUDI 3", 190}, {"GAUDI", 140},
        {"RTX PRO 6000", 180}, {"RTX 6000 ADA", 85}, {"RTX A6000", 60}, {"RTX A5000", 30}, {"RTX A4000", 20},
        {"QUADRO", 40}, {"RTX 5090", 70}, {"RTX 4090", 45}, {"RTX 3090", 25}, {"A100", 140}, {"L40S", 95},
        {"L40", 85}, {"L4", 45}, {"A40", 50}, {"A10", 60}, {"V100", 30}, {"T4", 18},
    };
    const QString upper = model.toUpper();
    for (const Tier &t : tiers) {
        if (upper.contains(QLatin1String(t.needle)))
            return t.cents;
    }
    return 100;
}

std::vector<ModelPick> modelPicks(const GpuSpecTable &specs)
{
    // How often a model shows up in real listings (relative); models not named here weigh 2.
    const QHash<QString, int> weights = {
        {QStringLiteral("H100 SXM"), 10}, {QStringLiteral("H100 PCIe"), 5}, {QStringLiteral("H100 NVL"), 2},
        {QStringLiteral("H200 SXM"), 5}, {QStringLiteral("B200"), 4}, {QStringLiteral("A100 80GB SXM"), 6},
        {QStringLiteral("A100 80GB PCIe"), 4}, {QStringLiteral("L40S"), 5}, {QStringLiteral("RTX 4090"), 6},
        {QStringLiteral("RTX 3090"), 3}, {QStringLiteral("RTX A6000"), 4}, {QStringLiteral("B100"), 1},
    };
    std::vector<ModelPick> picks;
    for (const GpuSpec &spec : specs.specs())
        picks.push_back({spec.model, spec.memoryGb.value_or(0), weights.value(spec.model, 2), 0, {}});
    // Generic names as sources write them, which the spec table does not resolve to one variant.
    picks.push_back({QStringLiteral("H100"), 80, 6, 0, {}});
    picks.push_back({QStringLiteral("H200"), 141, 2, 0, {}});
    picks.push_back({QStringLiteral("A100 80GB"), 80, 2, 0, {}});
    picks.push_back({QStringLiteral("A100 40GB"), 40, 1, 0, {}});
    picks.push_back({QStringLiteral("A100 SXM"), 0, 1, 0, {}});
    picks.push_back({QStringLiteral("RTX A4000"), 16, 2, 0, {}});
    picks.push_back({QStringLiteral("RTX A5000"), 24, 1, 0, {}});
    picks.push_back({QStringLiteral("RTX PRO 6000"), 96, 1, 0, {}});
    for (ModelPick &p : picks) {
        p.basePerGpuCents = basePerGpuCents(p.model);
        p.slug = GpuSpecTable::normalized(p.model);
    }
    return picks;
}

} // namespace

std::vector<Offer> generateSyntheticOffers(const GpuSpecTable &specs, int count, quint32 seed, const QString &generator)
{
    QRandomGenerator rng(seed);

    QStringList pricedProviders;
    QStringList quoteProviders;
    for (const ProviderInfo &p : ProviderDirectory::all()) {
        // Sandbox offers are simulated ($0, hidden by OfferQuery unless asked for): not part of a price table.
        if (p.kind == ProviderInfo::Kind::Local || p.id == QStringLiteral("sandbox"))
            continue;
        (p.publishesPrices ? pricedProviders : quoteProviders).append(p.id);
    }

    const std::vector<ModelPick> picks = modelPicks(specs);
    int totalWeight = 0;
    for (const ModelPick &p : picks)
        totalWeight += p.weight;

    const QStringList regions = {
        QString(), QStringLiteral("us-east-1"), QStringLiteral("us-west-2"), QStringLiteral("us-central1"),
        QStringLiteral("us-south-2;us-south-3"), QStringLiteral("us-east-1;us-west-1"),
        QStringLiteral("eu-north1"), QStringLiteral("europe-central-1"), QStringLiteral("paris-france-1"),
        QStringLiteral("montreal-canada-2"), QStringLiteral("tokyo-japan-5"), QStringLiteral("asia-northeast-1"),
        QStringLiteral("australia-east-1;us-east-1"), QStringLiteral("Texas, US, NA"),
        QStringLiteral("Germany, DE, EU"), QStringLiteral("North America"), QStringLiteral("FINLAND"),
        QStringLiteral("desmoines-usa-1"),
    };
    const QDate asOf(2025, 11, 22);
    const QString source = QStringLiteral("synthetic offer (%1, seed %2)").arg(generator).arg(seed);

    std::vector<Offer> offers;
    offers.reserve(size_t(std::max(count, 0)));
    for (int i = 0; i < count; ++i) {
        Offer o;
        const bool quote = !quoteProviders.isEmpty() && rng.bounded(100) == 0; // ~1 % priced on request
        o.providerId = quote ? quoteProviders.at(rng.bounded(int(quoteProviders.size())))
                             : pricedProviders.at(rng.bounded(int(pricedProviders.size())));

        int w = int(rng.bounded(totalWeight));
        size_t m = 0;
        while (w >= picks[m].weight) {
            w -= picks[m].weight;
            ++m;
        }
        const ModelPick &pick = picks[m];
        o.gpuModel = pick.model;
        o.gpuMemoryGb = pick.memoryGb;

        const int countRoll = int(rng.bounded(100));
        o.gpuCount = countRoll < 40 ? 1 : countRoll < 60 ? 2 : countRoll < 75 ? 4 : 8;
        o.vcpus = o.gpuCount * (8 + 8 * int(rng.bounded(4)));
        o.ramGb = o.vcpus * 8;
        o.diskGb = o.gpuCount * 250;
        o.instanceType = QStringLiteral("%1x-%2-v%3").arg(o.gpuCount).arg(pick.slug).arg(i % 7 + 1);
        o.region = regions.at(rng.bounded(int(regions.size())));

        const int billingRoll = int(rng.bounded(100));
        o.billing = billingRoll < 60 ? Billing::OnDemand
                  : billingRoll < 80 ? Billing::Spot
                  : billingRoll < 95 ? Billing::Community
                                     : Billing::Reserved;
        o.asOf = asOf;
        o.source = source;
        if (quote) {
            o.priceSource = PriceSource::Quote;
        } else {
            o.priceSource = PriceSource::Snapshot;
            double factor = 0.35 + 1.55 * rng.generateDouble();
            if (o.billing == Billing::Spot)
                factor *= 0.6;
            else if (o.billing == Billing::Community)
                factor *= 0.8;
            else if (o.billing == Billing::Reserved)
                factor *= 0.75;
            // Prices to 4 decimals ($0.4567/h, as marketplaces list them), $0.10 to $60 per hour.
            const double tenThousandths = pick.basePerGpuCents * 100.0 * o.gpuCount * factor;
            const std::int64_t micros = std::clamp<std::int64_t>(std::llround(tenThousandths) * 100, 100'000,
                                                                 60'000'000);
            o.pricePerHour = Money::fromMicros(micros);
        }
        offers.push_back(std::move(o));
    }
    return offers;
}


} // namespace gpudesk::bench
