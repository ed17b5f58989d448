#pragma once

#include "catalog/OfferQuery.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

#include <vector>

namespace gpudesk {

class Catalog;

// The Marketplace table: a view of OfferQuery results. Filtering and sorting happen in
// app/catalog (one pass over precomputed keys); this model only presents the row indices.
class OfferTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Prices come first: they are what people compare; details follow to the right.
    enum Column { Provider, Gpu, GpuCount, MemoryPerGpu, PricePerHour, PricePerGpu, PricePerPflop, PriceSource,
                  InstanceType, Region, Billing, Why, ColumnCount };
    enum Role { OfferIndexRole = Qt::UserRole + 1, PriceSourceRole, ProviderColourRole, ProviderInitialsRole,
                PriceAgeDaysRole /* -1 when undated or not a snapshot */, PriceBadgeRole /* short provenance */ };

    explicit OfferTableModel(const Catalog &catalog, QObject *parent = nullptr);

    using ReasonFn = std::function<QString(int offerIndex)>;

    // Replaces the rows; `reason` (if set) writes the Why column, only for rows that are shown.
    void setRows(std::vector<int> rows, ReasonFn reason = {});
    int offerIndexAt(int row) const;
    int rowOfOffer(int offerIndex) const;
    bool showsReasons() const { return bool(m_reason); }
    QString reasonFor(int offerIndex) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The sort a column stands for, if the catalog can sort by it.
    static std::optional<OfferSort> sortForColumn(int column);

private:
    const Catalog &m_catalog;
    std::vector<int> m_rows;
    ReasonFn m_reason;
    mutable QHash<int, QString> m_reasonCache;
};

} // namespace gpudesk
