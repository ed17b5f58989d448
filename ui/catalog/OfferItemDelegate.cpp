#include "OfferItemDelegate.h"

#include "OfferTableModel.h"
#include "catalog/Offer.h"
#include "widgets/Avatar.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace gpudesk {

QColor OfferItemDelegate::badgeColour(int priceSource, bool stale)
{
    switch (PriceSource(priceSource)) {
    case PriceSource::Live:
        return QColor(0x2e, 0x7d, 0x32);
    case PriceSource::Snapshot:
        return stale ? QColor(0xb2, 0x6a, 0x00) : QColor(0x45, 0x5a, 0x64);
    case PriceSource::Simulated:
        return QColor(0x6a, 0x1b, 0x9a);
    case PriceSource::Quote:
        return QColor(0x00, 0x69, 0x7c);
    }
    return QColor(Qt::gray);
}

void OfferItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == OfferTableModel::Provider) {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const int side = opt.rect.height() - 8;
        // One icon per provider and size, not one per painted cell.
        static QHash<QString, QIcon> cache;
        const QString initials = index.data(OfferTableModel::ProviderInitialsRole).toString();
        const QColor colour = index.data(OfferTableModel::ProviderColourRole).value<QColor>();
        const QString key = initials + colour.name() + QString::number(side);
        auto it = cache.constFind(key);
        if (it == cache.constEnd())
            it = cache.insert(key, initialsIcon(initials, colour, side));
        opt.icon = *it;
        opt.decorationSize = QSize(side, side);
        opt.features |= QStyleOptionViewItem::HasDecoration;
        const QWidget *w = option.widget;
        (w ? w->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);
        return;
    }
    if (index.column() != OfferTableModel::PriceSource) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection) as usual, then the badge instead of the text.
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = index.data(OfferTableModel::PriceBadgeRole).toString();
    opt.text.clear();
    const QWidget *w = option.widget;
    (w ? w->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &opt, painter, w);

    const int source = index.data(OfferTableModel::PriceSourceRole).toInt();
    // A snapshot price that is undated or older than 90 days is shown in amber.
    const int age = index.data(OfferTableModel::PriceAgeDaysRole).toInt();
    const bool stale = source == int(PriceSource::Snapshot) && (age < 0 || age > 90);
    QFont f = opt.font;
    f.setPointSizeF(f.pointSizeF() * 0.9);
    const QFontMetrics fm(f);
    const int pad = 7;
    const int height = fm.height() + 4;
    const int textWidth = fm.horizontalAdvance(text) + 2; // +2: rounding of fractional advances
    const int width = std::min(textWidth + 2 * pad, opt.rect.width() - 6);
    const QRectF badge(opt.rect.left() + 3, opt.rect.center().y() - height / 2.0, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColour(source, stale));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(f);
    painter->drawText(badge.adjusted(pad, 0, -pad, 0), Qt::AlignCenter,
                      textWidth <= width - 2 * pad ? text : fm.elidedText(text, Qt::ElideRight, width - 2 * pad));
    painter->restore();
}

QSize OfferItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == OfferTableModel::PriceSource)
        s.rwidth() += 20;
    if (index.column() == OfferTableModel::Provider)
        s.rwidth() += 8;
    return s.expandedTo(QSize(0, 26));
}

} // namespace gpudesk
