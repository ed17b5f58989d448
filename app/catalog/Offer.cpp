#include "Offer.h"

#include <QCoreApplication>

namespace gpudesk {

QString billingKey(Billing b)
{
    switch (b) {
    case Billing::OnDemand:
        return QStringLiteral("on-demand");
    case Billing::Spot:
        return QStringLiteral("spot");
    case Billing::Community:
        return QStringLiteral("community");
    case Billing::Reserved:
        return QStringLiteral("reserved");
    }
    return {};
}

std::optional<Billing> billingFromKey(const QString &key)
{
    for (Billing b : {Billing::OnDemand, Billing::Spot, Billing::Community, Billing::Reserved}) {
        if (billingKey(b).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return b;
    }
    return std::nullopt;
}

QString billingDisplayName(Billing b)
{
    switch (b) {
    case Billing::OnDemand:
        return QCoreApplication::translate("Offer", "on-demand");
    case Billing::Spot:
        return QCoreApplication::translate("Offer", "spot");
    case Billing::Community:
        return QCoreApplication::translate("Offer", "community");
    case Billing::Reserved:
        return QCoreApplication::translate("Offer", "reserved");
    }
    return {};
}

QString priceSourceKey(PriceSource s)
{
    switch (s) {
    case PriceSource::Live:
        return QStringLiteral("live");
    case PriceSource::Snapshot:
        return QStringLiteral("snapshot");
    case PriceSource::Simulated:
        return QStringLiteral("simulated");
    case PriceSource::Quote:
        return QStringLiteral("quote");
    }
    return {};
}

QString priceSourceDisplayName(PriceSource s)
{
    switch (s) {
    case PriceSource::Live:
        return QCoreApplication::translate("Offer", "live");
    case PriceSource::Snapshot:
        return QCoreApplication::translate("Offer", "snapshot");
    case PriceSource::Simulated:
        return QCoreApplication::translate("Offer", "simulated");
    case PriceSource::Quote:
        return QCoreApplication::translate("Offer", "quote");
    }
    return {};
}

std::optional<Money> Offer::pricePerGpuHour() const
{
    if (!pricePerHour || gpuCount <= 0)
        return std::nullopt;
    return pricePerHour->dividedBy(gpuCount);
}

} // namespace gpudesk
