#pragma once

#include "core/Money.h"

#include <QString>

namespace gpudesk {

// Spend over a period, for one group (a day, provider, project, GPU model or job) or for all.
// Simulated (Sandbox) cost is kept apart: it is shown, never added to real spend.
struct LedgerTotal
{
    QString key; // "2026-11-25", "lambda", "H100 SXM", a job id; empty for an overall figure
    Money cost; // real, estimated from the ledger
    Money simulatedCost; // Sandbox
    qint64 gpuSeconds = 0; // GPU time allocated in the period (GPUs x nodes x seconds), real and simulated
    int unpricedIntervals = 0; // intervals without a known rate: their cost is missing, not zero

    bool operator==(const LedgerTotal &) const = default;
};

} // namespace gpudesk
