#include "OfferTableModel.h"

#include "catalog/Catalog.h"

#include <QColor>
#include <QFont>

namespace gpudesk {

OfferTableModel::OfferTableModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
{
}

void OfferTableModel::setRows(std::vector<int> rows, ReasonFn reason)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_reason = std::move(reason);
    m_reasonCache.clear();
    endResetModel();
}

QString OfferTableModel::reasonFor(int offerIndex) const
{
    if (!m_reason)
        return {};
    auto it = m_reasonCache.constFind(offerIndex);
    if (it == m_reasonCache.constEnd())
        it = m_reasonCache.insert(offerIndex, m_reason(offerIndex));
    return *it;
}

int OfferTableModel::offerIndexAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)] : -1;
}

int OfferTableModel::rowOfOffer(int offerIndex) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r] == offerIndex)
            return int(r);
    }
    return -1;
}

int OfferTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OfferTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (showsReasons() ? ColumnCount : ColumnCount - 1);
}

std::optional<OfferSort> OfferTableModel::sortForColumn(int column)
{
    switch (column) {
    case PricePerHour:
        return OfferSort::Price;
    case PricePerGpu:
        return OfferSort::PricePerGpu;
    case PricePerPflop:
        return OfferSort::PricePerPflop;
    case MemoryPerGpu:
        return OfferSort::Memory;
    default:
        return std::nullopt;
    }
}

QVariant OfferTableModel::data(const QModelIndex &index, int role) const
{
    const int offerIndex = offerIndexAt(index.row());
    if (offerIndex < 0)
        return {};
    const Offer &o = m_catalog.offers()[size_t(offerIndex)];
    const ProviderInfo *provider = ProviderDirectory::byId(o.providerId);

    switch (role) {
    case OfferIndexRole:
        return offerIndex;
    case PriceSourceRole:
        return int(o.priceSource);
    case ProviderColourRole:
        return provider ? QColor(provider->colour) : QColor(Qt::gray);
    case PriceBadgeRole:
        if (o.priceSource == PriceSource::Snapshot) {
            const int age = m_catalog.ageDays(o);
            return age < 0 ? tr("snapshot · undated") : tr("snapshot · %1 d").arg(age);
        }
        return priceSourceDisplayName(o.priceSource);
    case PriceAgeDaysRole:
        return m_catalog.ageDays(o);
    case ProviderInitialsRole:
        return provider ? provider->initials : QString();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case GpuCount:
        case MemoryPerGpu:
        case PricePerHour:
        case PricePerGpu:
        case PricePerPflop:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        if (index.column() == PriceSource || index.column() == PricePerHour)
            return tr("%1\nSource: %2").arg(m_catalog.provenance(o), o.source);
        if (index.column() == Why)
            return reasonFor(offerIndex);
        if (index.column() == Region && !o.region.isEmpty())
            return o.region;
        return {};
    case Qt::FontRole:
        if (index.column() == PricePerHour) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    auto money = [](const std::optional<Money> &m, int decimals) { return m ? m->toString(decimals) : QString(); };
    switch (index.column()) {
    case Provider:
        return provider ? provider->displayName : o.providerId;
    case InstanceType:
        return o.instanceType;
    case Gpu:
        return o.gpuModel;
    case GpuCount:
        return o.gpuCount;
    case MemoryPerGpu:
        return o.gpuMemoryGb > 0 ? tr("%1 GB").arg(o.gpuMemoryGb) : QString();
    case Region:
        return o.region.isEmpty() ? tr("not stated") : QString(o.region).replace(u';', QStringLiteral(", "));
    case Billing:
        return billingDisplayName(o.billing);
    case PricePerHour:
        return o.pricePerHour ? o.pricePerHour->toString(2) : tr("quote");
    case PricePerGpu:
        return money(o.pricePerGpuHour(), 2);
    case PricePerPflop:
        return money(m_catalog.pricePerPflopHour(offerIndex), 2);
    case PriceSource:
        return m_catalog.provenance(o);
    case Why:
        return reasonFor(offerIndex);
    default:
        return {};
    }
}

QVariant OfferTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PricePerGpu:
            return tr("Price per GPU per hour");
        case PricePerPflop:
            return tr("Price per hour for one PFLOP/s of dense BF16 compute (vendor peak figure)");
        case PriceSource:
            return tr("Where the price comes from: live from the provider, a dated snapshot, simulated, or quote only");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Provider:
        return tr("Provider");
    case InstanceType:
        return tr("Instance type");
    case Gpu:
        return tr("GPU");
    case GpuCount:
        return tr("GPUs");
    case MemoryPerGpu:
        return tr("Memory/GPU");
    case Region:
        return tr("Region");
    case Billing:
        return tr("Billing");
    case PricePerHour:
        return tr("$/h");
    case PricePerGpu:
        return tr("$/GPU-h");
    case PricePerPflop:
        return tr("$/PFLOP-h");
    case PriceSource:
        return tr("Price source");
    case Why:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace gpudesk
