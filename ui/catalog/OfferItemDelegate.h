#pragma once

#include <QStyledItemDelegate>

namespace gpudesk {

// Paints the provider avatar in the Provider column and a coloured provenance badge
// (live / snapshot with age / simulated / quote) in the Price source column.
class OfferItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor badgeColour(int priceSource, bool stale);
};

} // namespace gpudesk
