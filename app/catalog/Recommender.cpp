#include "Recommender.h"

#include "Catalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <tuple>

namespace gpudesk {

namespace {


constexpr std::int64_t kMissing = std::numeric_limits<std::int64_t>::max();

bool isNvidiaInferencePart(const GpuSpec &spec)
{
    return spec.vendor == QStringLiteral("NVIDIA")
           && (spec.architecture.startsWith(QStringLiteral("Hopper")) || spec.architecture == QStringLiteral("Ampere")
               || spec.architecture == QStringLiteral("Ada Lovelace"));
}

} // namespace

QString taskKey(Task t)
{
    switch (t) {
    case Task::Training:
        return QStringLiteral("training");
    case Task::Inference:
        return QStringLiteral("inference");
    case Task::LowLatency:
        return QStringLiteral("latency");
    }
    return {};
}

std::optional<Task> taskFromKey(const QString &key)
{
    for (Task t : {Task::Training, Task::Inference, Task::LowLatency}) {
        if (taskKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString taskDisplayName(Task t)
{
    switch (t) {
    case Task::Training:
        return Recommender::tr("Training");
    case Task::Inference:
        return Recommender::tr("Inference");
    case Task::LowLatency:
        return Recommender::tr("Low latency");
    }
    return {};
}

Recommender::Recommender(const Catalog &catalog, Continent userContinent)
    : m_catalog(catalog)
    , m_userContinent(userContinent)
{
    // Per spec once, not per offer: the generation tier and whether multi-GPU machines have a fabric.
    const auto &specs = m_catalog.specs().specs();
    m_tier.resize(size_t(specs.size()));
    m_fabric.resize(size_t(specs.size()));
    for (qsizetype i = 0; i < specs.size(); ++i) {
        const int gen = specs.at(i).generation();
        m_tier[size_t(i)] = gen >= 70 ? 2 : gen >= 58 ? 1 : 0;
        m_fabric[size_t(i)] = specs.at(i).fabric();
    }
}

std::vector<Recommender::Pick> Recommender::rank(Task task, const std::vector<int> &candidates, int limit) const
{
    std::vector<int> ordered = order(task, candidates);
    if (limit > 0 && ordered.size() > size_t(limit))
        ordered.resize(size_t(limit));
    std::vector<Pick> picks;
    picks.reserve(ordered.size());
    for (int i : ordered)
        picks.push_back({i, reason(task, i)});
    return picks;
}

std::vector<int> Recommender::order(Task task, const std::vector<int> &candidates) const
{
    switch (task) {
    case Task::Training:
        return training(candidates);
    case Task::Inference:
        return inference(candidates);
    case Task::LowLatency:
        return latency(candidates);
    }
    return {};
}

int Recommender::fabricClass(const Offer &o) const
{
    if (o.gpuCount < 2)
        return 0;
    return m_fabric[size_t(o.specIndex)].isEmpty() ? 1 : 2;
}

std::vector<int> Recommender::training(const std::vector<int> &candidates) const
{
    struct Scored
    {
        int tier;      // 2 Blackwell, 1 Hopper (and CDNA 3), 0 other
        int fabric;    // 2 NVLink/Infinity Fabric multi-GPU, 1 multi-GPU over PCIe, 0 single
        std::int64_t perPflop;
        int index;
    };
    std::vector<Scored> scored;
    for (int i : candidates) {
        const Offer &o = m_catalog.offers()[size_t(i)];
        const auto &d = m_catalog.derived()[size_t(i)];
        if (o.specIndex < 0 || d.perPflopMicros < 0 || o.priceSource == PriceSource::Simulated)
            continue;
        scored.push_back({m_tier[size_t(o.specIndex)], fabricClass(o), d.perPflopMicros, i});
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return std::tie(b.tier, b.fabric, a.perPflop, a.index) < std::tie(a.tier, a.fabric, b.perPflop, b.index);
    });
    std::vector<int> out;
    out.reserve(scored.size());
    for (const Scored &s : scored)
        out.push_back(s.index);
    return out;
}

std::vector<int> Recommender::inference(const std::vector<int> &candidates) const
{
    struct Scored
    {
        std::int64_t perGb;
        std::int64_t perPflop;
        int index;
        int rankSum = 0;
    };
    std::vector<Scored> scored;
    for (int i : candidates) {
        const Offer &o = m_catalog.offers()[size_t(i)];
        const GpuSpec *spec = m_catalog.specOf(o);
        const auto &d = m_catalog.derived()[size_t(i)];
        if (!spec || !isNvidiaInferencePart(*spec) || d.perMemoryGbMicros < 0
            || o.priceSource == PriceSource::Simulated)
            continue;
        scored.push_back({d.perMemoryGbMicros, d.perPflopMicros < 0 ? kMissing : d.perPflopMicros, i});
    }
    // Rank by each measure, then by the sum of both ranks (lower is better).
    std::vector<size_t> order(scored.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scored[a].perGb < scored[b].perGb; });
    for (size_t r = 0; r < order.size(); ++r)
        scored[order[r]].rankSum += int(r);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return scored[a].perPflop < scored[b].perPflop; });
    for (size_t r = 0; r < order.size(); ++r)
        scored[order[r]].rankSum += int(r);
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return std::tie(a.rankSum, a.perGb, a.index) < std::tie(b.rankSum, b.perGb, b.index);
    });
    std::vector<int> out;
    out.reserve(scored.size());
    for (const Scored &s : scored)
        out.push_back(s.index);
    return out;
}

int Recommender::place(const Offer &o) const
{
    const Continent c = Region::continentOf(o.region);
    return (c != Continent::Unknown && c == m_userContinent) ? 0 : c == Continent::Unknown ? 1 : 2;
}

std::vector<int> Recommender::latency(const std::vector<int> &candidates) const
{
    struct Scored
    {
        int place; // 0 in the user's region, 1 region unstated, 2 elsewhere
        std::int64_t perGpu;
        int index;
    };
    // Regions repeat: place each distinct region text once.
    std::vector<int> placeOfRegion(size_t(m_catalog.distinctRegions().size()), -1);
    std::vector<Scored> scored;
    for (int i : candidates) {
        const Offer &o = m_catalog.offers()[size_t(i)];
        const auto &d = m_catalog.derived()[size_t(i)];
        if (d.perGpuMicros < 0 || o.priceSource == PriceSource::Simulated)
            continue;
        int &p = placeOfRegion[size_t(d.regionKey)];
        if (p < 0)
            p = place(o);
        scored.push_back({p, d.perGpuMicros, i});
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return std::tie(a.place, a.perGpu, a.index) < std::tie(b.place, b.perGpu, b.index);
    });
    std::vector<int> out;
    out.reserve(scored.size());
    for (const Scored &s : scored)
        out.push_back(s.index);
    return out;
}

QString Recommender::reason(Task task, int offerIndex) const
{
    const Offer &o = m_catalog.offers()[size_t(offerIndex)];
    const auto &d = m_catalog.derived()[size_t(offerIndex)];
    const GpuSpec *spec = m_catalog.specOf(o);
    switch (task) {
    case Task::Training: {
        if (!spec || d.perPflopMicros < 0)
            return {};
        const QString perPflop = Money::fromMicros(d.perPflopMicros).toString(2);
        switch (fabricClass(o)) {
        case 2:
            //: %4 is the GPU interconnect, e.g. "NVLink 5"
            return tr("%1 (%2), %3 GPUs over %4: %5 per BF16 PFLOP-hour")
                .arg(spec->model, spec->architecture)
                .arg(o.gpuCount)
                .arg(m_fabric[size_t(o.specIndex)], perPflop);
        case 1:
            return tr("%1 (%2), %3 GPUs over PCIe: %4 per BF16 PFLOP-hour")
                .arg(spec->model, spec->architecture)
                .arg(o.gpuCount)
                .arg(perPflop);
        default:
            return tr("%1 (%2), single GPU: %3 per BF16 PFLOP-hour").arg(spec->model, spec->architecture, perPflop);
        }
    }
    case Task::Inference: {
        if (d.perMemoryGbMicros < 0)
            return {};
        const QString perGb = Money::fromMicros(d.perMemoryGbMicros).toString(4);
        if (d.perPflopMicros < 0)
            return tr("%1, %2 GB per GPU: %3 per GB-hour of GPU memory (no published BF16 figure)")
                .arg(o.gpuModel)
                .arg(o.gpuMemoryGb)
                .arg(perGb);
        return tr("%1, %2 GB per GPU: %3 per GB-hour of GPU memory, %4 per BF16 PFLOP-hour")
            .arg(o.gpuModel)
            .arg(o.gpuMemoryGb)
            .arg(perGb, Money::fromMicros(d.perPflopMicros).toString(2));
    }
    case Task::LowLatency: {
        if (d.perGpuMicros < 0)
            return {};
        const QString perGpu = Money::fromMicros(d.perGpuMicros).toString(2);
        switch (place(o)) {
        case 0:
            return tr("In your region (%1: %2), %3 per GPU-hour").arg(Region::displayName(m_userContinent), o.region, perGpu);
        case 1:
            return tr("Region not stated by the source; %1 per GPU-hour").arg(perGpu);
        default:
            return tr("Outside your region (%1 is in %2), %3 per GPU-hour")
                .arg(o.region, Region::displayName(Region::continentOf(o.region)), perGpu);
        }
    }
    }
    return {};
}

} // namespace gpudesk
