#pragma once

#include "catalog/OfferQuery.h"

#include <QAbstractTableModel>
#include <QHash>

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

    // Replaces the rows; `reasons` maps offer index -> recommendation line (Why column).
    void setRows(std::vector<int> rows, QHash<int, QString> reasons = {});
    int offerIndexAt(int row) const;
    int rowOfOffer(int offerIndex) const;
    bool showsReasons() const { return !m_reasons.isEmpty(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The sort a column stands for, if the catalog can sort by it.
    static std::optional<OfferSort> sortForColumn(int column);

private:
    const Catalog &m_catalog;
    std::vector<int> m_rows;
    QHash<int, QString> m_reasons;
};

} // namespace gpudesk
