#pragma once

#include <QString>

namespace gpudesk {

// Light and dark themes over the Fusion style. "system" keeps the palette the desktop gives
// (Qt 6.4 reports no colour scheme of its own, so the platform theme's palette decides).
namespace Theme {

void apply(const QString &theme); // "system", "light" or "dark"
bool isDark();                     // what is shown now, whichever way it was chosen

} // namespace Theme

} // namespace gpudesk
