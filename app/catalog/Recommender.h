#pragma once

#include <QCoreApplication>
#include "Region.h"

#include <QString>

#include <optional>
#include <vector>

namespace gpudesk {

class Catalog;

enum class Task { Training, Inference, LowLatency };
QString taskKey(Task t);                    // "training", "inference", "latency"
std::optional<Task> taskFromKey(const QString &key);
QString taskDisplayName(Task t);

// Ranks offers for what the user wants to do, and says why in one line per offer.
//  - training: newest high-bandwidth parts first (Blackwell, then Hopper), NVLink multi-GPU
//    machines before single GPUs, then the lowest $ per BF16 PFLOP-hour;
//  - inference: Hopper/Ampere/Ada parts ranked by $ per GB of GPU memory and $ per TFLOP;
//  - low latency: offers in the user's region first, then the lowest $ per GPU-hour.
// Offers without a price (quotes, simulated) are never recommended.
class Recommender
{
    Q_DECLARE_TR_FUNCTIONS(Recommender)

public:
    struct Pick
    {
        int offerIndex = -1;
        QString reason;
        bool operator==(const Pick &) const = default;
    };

    Recommender(const Catalog &catalog, Continent userContinent = Continent::Unknown);

    // Ranks `candidates` (indices into catalog.offers(), e.g. the result of an OfferQuery);
    // those that do not suit the task are left out.
    std::vector<Pick> rank(Task task, const std::vector<int> &candidates, int limit = 0) const;

private:
    std::vector<Pick> training(const std::vector<int> &candidates) const;
    std::vector<Pick> inference(const std::vector<int> &candidates) const;
    std::vector<Pick> latency(const std::vector<int> &candidates) const;

    const Catalog &m_catalog;
    Continent m_userContinent;
};

} // namespace gpudesk
