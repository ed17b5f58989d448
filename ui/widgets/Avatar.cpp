#include "Avatar.h"

#include <QFont>
#include <QPainter>
#include <QPixmap>

namespace gpudesk {

QIcon initialsIcon(const QString &initials, const QColor &colour, int size)
{
    QIcon icon;
    for (qreal dpr : {1.0, 2.0}) {
        QPixmap pm(int(size * dpr), int(size * dpr));
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
        QFont f = p.font();
        f.setBold(true);
        f.setPixelSize(int(size * 0.42));
        p.setFont(f);
        p.setPen(colour.lightness() > 170 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white));
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, initials);
        p.end();
        icon.addPixmap(pm);
    }
    return icon;
}

} // namespace gpudesk
