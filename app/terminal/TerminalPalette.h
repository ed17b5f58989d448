#pragma once

#include "terminal/TerminalCell.h"

#include <QRgb>

namespace gpudesk {

// Resolves a TerminalCell colour to RGB: the xterm 256-colour palette (16 base colours, the
// 6x6x6 cube, 24 greys) and the default foreground/background. No painting: the view uses it.
class TerminalPalette
{
public:
    TerminalPalette();

    QRgb defaultForeground() const { return m_defaultFg; }
    QRgb defaultBackground() const { return m_defaultBg; }
    void setDefaultColors(QRgb foreground, QRgb background);

    QRgb indexed(int index) const { return m_colors[index & 0xff]; }
    void setIndexed(int index, QRgb color);

    // The colour to paint; bold text in one of the 8 base colours is shown bright, like xterm.
    QRgb resolve(quint32 color, bool foreground, bool bold = false) const;

private:
    QRgb m_colors[256];
    QRgb m_defaultFg;
    QRgb m_defaultBg;
};

} // namespace gpudesk
