// Dispatcher::rank(): which offers a `provider: auto` job may run on, in which order, and why.

#include "Dispatcher.h"

#include "catalog/Catalog.h"
#include "catalog/GpuSpecTable.h"
#include "catalog/ProviderInfo.h"

#include <QLocale>

#include <algorithm>
#include <tuple>

namespace gpudesk {

namespace {

QString providerName(const DispatchContext &context, const QString &id)
{
    if (const QString name = context.providerNames.value(id); !name.isEmpty())
        return name;
    if (const ProviderInfo *p = ProviderDirectory::byId(id))
        return p->displayName;
    return id;
}

QString perHour(Money m)
{
    return Dispatcher::tr("%1/h").arg(m.toString(2));
}

// The accepted model names: the placement's list, else the job's GPU model (which may list several).
QStringList acceptedModels(const JobSpec &spec)
{
    if (!spec.placement.gpuModels.isEmpty())
        return spec.placement.gpuModels;
    QStringList out;
    for (const QString &m : spec.gpuModel.split(u',', Qt::SkipEmptyParts)) {
        if (!m.trimmed().isEmpty())
            out.append(m.trimmed());
    }
    return out;
}

// Index of the first accepted model the offer's GPU is, -1 when none; with no model named, 0.
int modelChoice(const QStringList &models, const QString &offerModel)
{
    if (models.isEmpty())
        return offerModel.isEmpty() ? -1 : 0;
    for (int i = 0; i < models.size(); ++i) {
        if (GpuSpecTable::nameMatches(models.at(i), offerModel))
            return i;
    }
    return -1;
}

// Offers priced per GPU that launch with any GPU count (RunPod pods: gpuCount in the request).
bool pricedPerGpu(const Offer &offer)
{
    return offer.gpuCount == 1 && offer.providerId == QLatin1String("runpod");
}

// Vast.ai rents one listed machine (an ask): only its live offers name one to launch.
bool needsLiveOffer(const Offer &offer)
{
    return offer.providerId == QLatin1String("vastai") && offer.priceSource != PriceSource::Live;
}

struct Scored
{
    PlacementCandidate candidate;
    int choice = 0;      // position in the user's GPU list
    bool nearby = false; // in the user's continent
    int generation = 0;
};

} // namespace

QString PlacementRanking::summary() const
{
    QSet<QString> providers;
    for (const PlacementCandidate &c : candidates)
        providers.insert(c.offer.providerId);
    return Dispatcher::tr("%n candidate(s) at %1; %2 excluded.", nullptr, int(candidates.size()))
        .arg(Dispatcher::tr("%n provider(s)", nullptr, int(providers.size())),
             Dispatcher::tr("%n offer(s)", nullptr, int(excluded.size())));
}

PlacementRanking Dispatcher::rank(const JobSpec &spec, const DispatchContext &context)
{
    PlacementRanking out;
    const PlacementConstraints &p = spec.placement;
    const QStringList models = acceptedModels(spec);
    out.wanted = p.describeGpus(spec.gpuModel);
    if (spec.maxPricePerHour)
        out.wanted = tr("%1 under %2").arg(out.wanted, perHour(*spec.maxPricePerHour));
    if (!context.catalog)
        return out;
    const Catalog &catalog = *context.catalog;
    const int nodes = std::max(1, spec.nodes);
    const QStringList regions = !p.regions.isEmpty() ? p.regions
        : spec.region.trimmed().isEmpty()             ? QStringList()
                                                      : QStringList{spec.region.trimmed()};
    const bool sandboxNamed = p.providers.contains(QStringLiteral("sandbox"));

    std::vector<Scored> scored;
    for (const Offer &offer : catalog.offers()) {
        const int choice = modelChoice(models, offer.gpuModel);
        const GpuSpec *gpu = catalog.specOf(offer);
        const int memory = offer.gpuMemoryGb > 0 ? offer.gpuMemoryGb : (gpu && gpu->memoryGb ? *gpu->memoryGb : 0);
        if (choice < 0 || (p.minGpuMemoryGb > 0 && memory < p.minGpuMemoryGb)) {
            ++out.otherGpuOffers;
            continue;
        }
        const QString name = providerName(context, offer.providerId);
        auto exclude = [&](const QString &why) { out.excluded.push_back({offer, name, why}); };

        if (!p.providers.isEmpty() && !p.providers.contains(offer.providerId)) {
            if (offer.priceSource != PriceSource::Simulated)
                exclude(tr("%1 is not one of the job's providers.").arg(name));
            else
                ++out.otherGpuOffers; // the Sandbox's simulated market: not listed unless asked for
            continue;
        }
        if (offer.priceSource == PriceSource::Simulated && !sandboxNamed) {
            ++out.otherGpuOffers;
            continue;
        }
        if (!context.launchable.contains(offer.providerId)) {
            const QString why = context.unavailableWhy.value(offer.providerId);
            exclude(why.isEmpty() ? tr("GPU Desk cannot launch at %1 through its API.").arg(name) : why);
            continue;
        }
        if (needsLiveOffer(offer)) {
            exclude(tr("%1 rents listed machines: refresh its live offers to rank them (this is a snapshot row).").arg(name));
            continue;
        }
        const bool perGpu = pricedPerGpu(offer) && spec.gpuCount > 1;
        if (spec.gpuCount > 0 && offer.gpuCount != spec.gpuCount && !perGpu) {
            exclude(tr("%n GPU(s) per machine; the job asks for %1.", nullptr, offer.gpuCount).arg(spec.gpuCount));
            continue;
        }
        if (!offer.pricePerHour) {
            exclude(tr("No list price (quote on request)."));
            continue;
        }
        // A machine of the job's GPU count, priced per GPU: the candidate is that machine.
        Offer machine = offer;
        if (perGpu) {
            machine.gpuCount = spec.gpuCount;
            machine.pricePerHour = *offer.pricePerHour * spec.gpuCount;
        }
        if (offer.billing == Billing::Reserved) {
            exclude(tr("Reserved capacity, not launchable on demand."));
            continue;
        }
        if (offer.billing == Billing::Spot && !spec.spot) {
            exclude(tr("Spot (may be preempted); the job does not allow spot (spot: true)."));
            continue;
        }
        if (spec.maxPricePerHour && *machine.pricePerHour > *spec.maxPricePerHour) {
            exclude(tr("%1 per machine, above the job's maximum of %2.")
                        .arg(perHour(*machine.pricePerHour), perHour(*spec.maxPricePerHour)));
            continue;
        }
        if (nodes > 1 && offer.providerId == QStringLiteral("sandbox")) {
            exclude(tr("The Sandbox runs single-node jobs only."));
            continue;
        }
        // Multi-node jobs run all nodes at one provider and region: an offer listing several
        // regions becomes one candidate per region.
        QStringList places = nodes > 1 ? offer.region.split(u';', Qt::SkipEmptyParts) : QStringList{offer.region};
        if (places.isEmpty()) {
            exclude(tr("The offer names no region, and all %n nodes must be in one region.", nullptr, nodes));
            continue;
        }
        for (QString region : places) {
            region = region.trimmed();
            Offer placed = machine;
            placed.region = region;
            if (!regions.isEmpty()) {
                bool ok = false;
                for (const QString &r : regions)
                    ok = ok || Region::matches(r, region);
                if (!ok) {
                    out.excluded.push_back({placed, name,
                                            region.isEmpty() ? tr("No region stated; the job asks for %1.").arg(regions.join(QStringLiteral(", ")))
                                                             : tr("Region %1 is not one the job allows (%2).")
                                                                   .arg(region, regions.join(QStringLiteral(", ")))});
                    continue;
                }
            }
            const AvoidedPlace *avoided = nullptr;
            for (const AvoidedPlace &a : context.avoid) {
                if (a.providerId == offer.providerId && a.instanceType == offer.instanceType
                    && (a.region.isEmpty() || a.region == region) && a.until > context.now)
                    avoided = &a;
            }
            if (avoided) {
                out.excluded.push_back({placed, name,
                                        tr("An instance here was just preempted; avoided until %1.")
                                            .arg(QLocale().toString(avoided->until.toLocalTime().time(), QLocale::ShortFormat))});
                continue;
            }
            Scored s;
            s.choice = p.prefer == PlacementConstraints::Preference::Listed ? choice : 0;
            s.nearby = context.userContinent != Continent::Unknown && Region::continentOf(region) == context.userContinent;
            // Newest: architecture generation, then release year (H200 after H100, both Hopper).
            s.generation = gpu ? gpu->generation() * 10000 + gpu->releaseYear : 0;
            PlacementCandidate &c = s.candidate;
            c.offer = placed;
            c.providerName = name;
            c.totalPerHour = *machine.pricePerHour * nodes;
            switch (offer.priceSource) {
            case PriceSource::Live: {
                const QDateTime at = context.liveFetchedAt.value(offer.providerId);
                if (!at.isValid()) {
                    c.priceAge = tr("live, fetch time unknown");
                    c.stalePrice = true;
                } else {
                    const qint64 age = std::max<qint64>(0, at.secsTo(context.now));
                    c.stalePrice = age > context.staleLiveSeconds;
                    c.priceAge = age < 120 ? tr("live, fetched just now")
                        : age < 7200       ? tr("live, fetched %n minute(s) ago", nullptr, int(age / 60))
                                           : tr("live, fetched %n hour(s) ago", nullptr, int(age / 3600));
                    if (c.stalePrice)
                        c.priceAge = tr("%1: stale, refresh prices to check").arg(c.priceAge);
                }
                break;
            }
            case PriceSource::Snapshot:
                c.priceAge = tr("%1, not a live price").arg(catalog.provenance(offer));
                c.stalePrice = true;
                break;
            default:
                c.priceAge = catalog.provenance(offer);
                break;
            }
            scored.push_back(std::move(s));
        }
    }

    using Pref = PlacementConstraints::Preference;
    const Pref prefer = p.prefer;
    std::stable_sort(scored.begin(), scored.end(), [prefer](const Scored &a, const Scored &b) {
        if (a.choice != b.choice)
            return a.choice < b.choice;
        if (a.candidate.totalPerHour != b.candidate.totalPerHour)
            return a.candidate.totalPerHour < b.candidate.totalPerHour;
        if (prefer == Pref::Newest) {
            if (a.generation != b.generation)
                return a.generation > b.generation;
            if (a.nearby != b.nearby)
                return a.nearby;
        } else {
            if (a.nearby != b.nearby)
                return a.nearby;
            if (a.generation != b.generation)
                return a.generation > b.generation;
        }
        // Fresh live prices before snapshot rows of the same figure.
        if (a.candidate.stalePrice != b.candidate.stalePrice)
            return !a.candidate.stalePrice;
        const Offer &x = a.candidate.offer;
        const Offer &y = b.candidate.offer;
        return std::tie(x.providerId, x.instanceType, x.region) < std::tie(y.providerId, y.instanceType, y.region);
    });

    for (size_t i = 0; i < scored.size(); ++i) {
        Scored &s = scored[i];
        PlacementCandidate &c = s.candidate;
        c.rank = int(i) + 1;
        const QString what = tr("%1 × %2 at %3").arg(c.offer.gpuCount).arg(c.offer.gpuModel, c.providerName);
        const QString total = nodes > 1 ? tr("%1 for %n nodes", nullptr, nodes).arg(perHour(c.totalPerHour)) : perHour(c.totalPerHour);
        QString why;
        if (i == 0) {
            why = prefer == Pref::Listed && models.size() > 1
                ? tr("First choice: %1, your first listed GPU available, %2.").arg(what, total)
                : tr("Cheapest match: %1, %2.").arg(what, total);
        } else {
            const Scored &prev = scored[i - 1];
            const Scored &first = scored[0];
            if (s.choice != prev.choice) {
                why = tr("%1, %2: GPU choice %3 of your list, after every offer of the ones before.")
                          .arg(what, total)
                          .arg(s.choice + 1);
            } else if (c.totalPerHour == prev.candidate.totalPerHour) {
                QString tie;
                if (s.nearby != prev.nearby)
                    tie = tr("outside your region");
                else if (s.generation != prev.generation)
                    tie = tr("older GPU");
                else if (c.stalePrice != prev.candidate.stalePrice)
                    tie = tr("price not live");
                else
                    tie = tr("equal in every respect; ordered by provider and instance type");
                why = tr("%1, %2: same price as #%3, ranked after it: %4.").arg(what, total).arg(prev.candidate.rank).arg(tie);
            } else {
                const Money more = c.totalPerHour - (s.choice == first.choice ? first.candidate.totalPerHour
                                                                               : prev.candidate.totalPerHour);
                why = tr("%1, %2: %3 more than #%4.")
                          .arg(what, total, perHour(more))
                          .arg(s.choice == first.choice ? 1 : prev.candidate.rank);
            }
        }
        if (!c.offer.region.isEmpty())
            why += u' ' + tr("Region %1%2.").arg(c.offer.region, s.nearby ? tr(" (near you)") : QString());
        why += u' ' + tr("Price: %1.").arg(c.priceAge);
        c.reason = why;
        out.candidates.push_back(c);
    }
    return out;
}

QString Dispatcher::exhaustedMessage(const QString &wanted, const QStringList &providerNames, int tried)
{
    QStringList names = providerNames;
    QString where;
    if (names.size() == 1) {
        where = names.first();
    } else if (names.size() > 1) {
        const QString last = names.takeLast();
        where = tr("%1 or %2").arg(names.join(QStringLiteral(", ")), last);
    }
    if (where.isEmpty())
        return tr("No %1 is available right now; %n offer(s) tried.", nullptr, tried).arg(wanted);
    return tr("No %1 is available at %2 right now; %n offer(s) tried.", nullptr, tried).arg(wanted, where);
}

bool Dispatcher::movesOn(const Error &error)
{
    if (error.kind == Error::Kind::NoCapacity)
        return true;
    // Quota refusals: the account may not have more of this here, another provider may.
    const QString code = error.code.toLower();
    return error.kind == Error::Kind::Provider && (code.contains(QLatin1String("quota")) || code.contains(QLatin1String("limit-exceeded")));
}

} // namespace gpudesk
