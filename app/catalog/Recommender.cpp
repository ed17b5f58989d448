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
}

std::vector<Recommender::Pick> Recommender::rank(Task task, const std::vector<int> &candidates, int limit) const
{
    std::vector<Pick> picks;
    switch (task) {
    case Task::Training:
        picks = training(candidates);
        break;
    case Task::Inference:
        picks = inference(candidates);
        break;
    case Task::LowLatency:
        picks = latency(candidates);
        break;
    }
    if (limit > 0 && picks.size() > size_t(limit))
        picks.resize(size_t(limit));
    return picks;
}

std::vector<Recommender::Pick> Recommender::training(const std::vector<int> &candidates) const
{
    struct Scored
    {
        int tier;      // 2 Blackwell, 1 Hopper, 0 other (lower sorts later)
        int fabric;    // 2 NVLink multi-GPU, 1 multi-GPU, 0 single
        std::int64_t perPflop;
        int index;
    };
    std::vector<Scored> scored;
    for (int i : candidates) {
        const Offer &o = m_catalog.offers()[size_t(i)];
        const GpuSpec *spec = m_catalog.specOf(o);
        const auto &d = m_catalog.derived()[size_t(i)];
        if (!spec || d.perPflopMicros < 0 || o.priceSource == PriceSource::Simulated)
            continue;
        const int gen = spec->generation();
        const int tier = gen >= 70 ? 2 : gen >= 58 ? 1 : 0;
        const int fabric = o.gpuCount >= 2 ? (spec->fabric().isEmpty() ? 1 : 2) : 0;
        scored.push_back({tier, fabric, d.perPflopMicros, i});
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return std::tie(b.tier, b.fabric, a.perPflop, a.index) < std::tie(a.tier, a.fabric, b.perPflop, b.index);
    });
    std::vector<Pick> picks;
    for (const Scored &s : scored) {
        const Offer &o = m_catalog.offers()[size_t(s.index)];
        const GpuSpec *spec = m_catalog.specOf(o);
        const QString perPflop = Money::fromMicros(s.perPflop).toString(2);
        QString reason;
        if (s.fabric == 2)
            //: %4 is the GPU interconnect, e.g. "NVLink 5"
            reason = tr("%1 (%2), %3 GPUs over %4: %5 per BF16 PFLOP-hour")
                         .arg(spec->model, spec->architecture)
                         .arg(o.gpuCount)
                         .arg(spec->fabric(), perPflop);
        else if (s.fabric == 1)
            reason = tr("%1 (%2), %3 GPUs over PCIe: %4 per BF16 PFLOP-hour")
                         .arg(spec->model, spec->architecture)
                         .arg(o.gpuCount)
                         .arg(perPflop);
        else
            reason = tr("%1 (%2), single GPU: %3 per BF16 PFLOP-hour").arg(spec->model, spec->architecture, perPflop);
        picks.push_back({s.index, reason});
    }
    return picks;
}

std::vector<Recommender::Pick> Recommender::inference(const std::vector<int> &candidates) const
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

    std::vector<Pick> picks;
    for (const Scored &s : scored) {
        const Offer &o = m_catalog.offers()[size_t(s.index)];
        const QString perGb = Money::fromMicros(s.perGb).toString(4);
        QString reason;
        if (s.perPflop == kMissing)
            reason = tr("%1, %2 GB per GPU: %3 per GB-hour of GPU memory (no published BF16 figure)")
                         .arg(o.gpuModel)
                         .arg(o.gpuMemoryGb)
                         .arg(perGb);
        else
            reason = tr("%1, %2 GB per GPU: %3 per GB-hour of GPU memory, %4 per BF16 PFLOP-hour")
                         .arg(o.gpuModel)
                         .arg(o.gpuMemoryGb)
                         .arg(perGb, Money::fromMicros(s.perPflop).toString(2));
        picks.push_back({s.index, reason});
    }
    return picks;
}

std::vector<Recommender::Pick> Recommender::latency(const std::vector<int> &candidates) const
{
    struct Scored
    {
        int place; // 0 in the user's region, 1 region unstated, 2 elsewhere
        std::int64_t perGpu;
        int index;
    };
    std::vector<Scored> scored;
    for (int i : candidates) {
        const Offer &o = m_catalog.offers()[size_t(i)];
        const auto &d = m_catalog.derived()[size_t(i)];
        if (d.perGpuMicros < 0 || o.priceSource == PriceSource::Simulated)
            continue;
        const Continent c = Region::continentOf(o.region);
        const int place = (c != Continent::Unknown && c == m_userContinent) ? 0 : c == Continent::Unknown ? 1 : 2;
        scored.push_back({place, d.perGpuMicros, i});
    }
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        return std::tie(a.place, a.perGpu, a.index) < std::tie(b.place, b.perGpu, b.index);
    });
    std::vector<Pick> picks;
    const QString home = Region::displayName(m_userContinent);
    for (const Scored &s : scored) {
        const Offer &o = m_catalog.offers()[size_t(s.index)];
        const QString perGpu = Money::fromMicros(s.perGpu).toString(2);
        QString reason;
        if (s.place == 0)
            reason = tr("In your region (%1: %2), %3 per GPU-hour").arg(home, o.region, perGpu);
        else if (s.place == 1)
            reason = tr("Region not stated by the source; %1 per GPU-hour").arg(perGpu);
        else
            reason = tr("Outside your region (%1 is in %2), %3 per GPU-hour")
                         .arg(o.region, Region::displayName(Region::continentOf(o.region)), perGpu);
        picks.push_back({s.index, reason});
    }
    return picks;
}

} // namespace gpudesk
