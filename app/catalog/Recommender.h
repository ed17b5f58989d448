#pragma once

#include <QCoreApplication>
#include "Region.h"

#include <QString>

#include <optional>
#include <vector>

namespace gpudesk {

class Catalog;
struct Offer;

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
    // those that do not suit the task are left out. Reasons are written for the returned picks only.
    std::vector<Pick> rank(Task task, const std::vector<int> &candidates, int limit = 0) const;
    // The same order without reasons: for 100k offers where only a screenful is ever read.
    std::vector<int> order(Task task, const std::vector<int> &candidates) const;
    // Why `offerIndex` is where it is for `task`, in one line; empty if it does not suit the task.
    QString reason(Task task, int offerIndex) const;

private:
    std::vector<int> training(const std::vector<int> &candidates) const;
    std::vector<int> inference(const std::vector<int> &candidates) const;
    std::vector<int> latency(const std::vector<int> &candidates) const;
    int fabricClass(const Offer &offer) const;
    int place(const Offer &offer) const;

    const Catalog &m_catalog;
    Continent m_userContinent;
    std::vector<int> m_tier;        // per spec: 2 Blackwell, 1 Hopper/CDNA 3, 0 other
    std::vector<QString> m_fabric;  // per spec: GpuSpec::fabric()
};

} // namespace gpudesk
