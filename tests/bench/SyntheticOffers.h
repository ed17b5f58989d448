#pragma once

// Deterministic synthetic offers for the benchmarks in tests/bench: a realistic mix of providers,
// GPU models (weighted as real listings are), GPU counts, regions written many ways, billing kinds
// and prices scattered around each model's typical $/GPU-h. The same seed and count always give
// the same offers, in the same order, on every platform (QRandomGenerator is a fixed Mersenne Twister).

#include "catalog/GpuSpecTable.h"
#include "catalog/Offer.h"

#include <QString>
#include <QtGlobal>

#include <vector>

namespace gpudesk::bench {

// The seed every benchmark uses unless told otherwise, so their figures describe the same data.
constexpr quint32 kDefaultSeed = 20261125u;

// `count` offers drawn from `specs` (plus generic names such as "H100" that name no single variant).
// About 1 % are priced on request (quotes); no Sandbox (simulated) offers. `generator` only names
// the program in each offer's provenance text ("synthetic offer (<generator>, seed <seed>)").
std::vector<Offer> generateSyntheticOffers(const GpuSpecTable &specs, int count, quint32 seed = kDefaultSeed,
                                           const QString &generator = QStringLiteral("gpudesk-bench"));

} // namespace gpudesk::bench
