#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace gpudesk {

// A round avatar with a provider's initials, drawn at every device pixel ratio (no bitmaps shipped).
QIcon initialsIcon(const QString &initials, const QColor &colour, int size = 24);

} // namespace gpudesk
