#pragma once

#include "core/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace gpudesk {

enum class Billing { OnDemand, Spot, Community, Reserved };

// Where a price comes from. Every price shown anywhere carries one of these.
enum class PriceSource {
    Live,      // fetched from the provider's API in this session
    Snapshot,  // the bundled, dated price table
    Simulated, // the local Sandbox: not a real price
    Quote,     // provider publishes no list price (DGX Cloud Lepton): ask them
};

QString billingKey(Billing b);             // "on-demand", "spot", … (data files, JSON)
std::optional<Billing> billingFromKey(const QString &key);
QString billingDisplayName(Billing b);     // translated
QString priceSourceKey(PriceSource s);     // "live", "snapshot", "simulated", "quote"
QString priceSourceDisplayName(PriceSource s);

// One way to rent GPUs: a provider's instance type (or per-GPU listing) at a price.
struct Offer
{
    QString providerId;
    QString instanceType;
    QString gpuModel;           // as the source names it; may be generic ("H100")
    int gpuCount = 1;
    int gpuMemoryGb = 0;        // per GPU, 0 = unknown
    int vcpus = 0;              // 0 = unknown
    int ramGb = 0;
    int diskGb = 0;
    QString region;             // as the source writes it; several separated by ';'; empty = any/unstated
    std::optional<Money> pricePerHour; // whole unit; nullopt = no list price (quote)
    Billing billing = Billing::OnDemand;
    PriceSource priceSource = PriceSource::Snapshot;
    QDate asOf;                 // invalid = undated
    QString source;             // provenance: where the row comes from

    int specIndex = -1;         // into the catalog's GpuSpecTable, -1 when the variant is not known

    std::optional<Money> pricePerGpuHour() const;
    int totalGpuMemoryGb() const { return gpuMemoryGb * gpuCount; }

    bool operator==(const Offer &) const = default;
};

} // namespace gpudesk
