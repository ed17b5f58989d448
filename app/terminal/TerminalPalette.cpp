#include "terminal/TerminalPalette.h"

namespace gpudesk {

namespace {

// Tango-like base colours: readable on both the dark default background and light themes.
constexpr QRgb kBase[16] = {
    0xff000000,
    0xffcc0000,
    0xff4e9a06,
    0xffc4a000,
    0xff3465a4,
    0xff75507b,
    0xff06989a,
    0xffd3d7cf,
    0xff555753,
    0xffef2929,
    0xff8ae234,
    0xfffce94f,
    0xff729fcf,
    0xffad7fa8,
    0xff34e2e2,
    0xffeeeeec,
};

} // namespace

TerminalPalette::TerminalPalette() : m_defaultFg(qRgb(0xd3, 0xd7, 0xcf)), m_defaultBg(qRgb(0x1e, 0x1e, 0x1e))
{
    for (int i = 0; i < 16; ++i)
        m_colors[i] = kBase[i];
    static constexpr int kLevels[6] = { 0, 95, 135, 175, 215, 255 };
    for (int i = 0; i < 216; ++i)
        m_colors[16 + i] = qRgb(kLevels[i / 36], kLevels[(i / 6) % 6], kLevels[i % 6]);
    for (int i = 0; i < 24; ++i) {
        const int v = 8 + 10 * i;
        m_colors[232 + i] = qRgb(v, v, v);
    }
}

void TerminalPalette::setDefaultColors(QRgb foreground, QRgb background)
{
    m_defaultFg = foreground;
    m_defaultBg = background;
}

void TerminalPalette::setIndexed(int index, QRgb color)
{
    m_colors[index & 0xff] = color;
}

QRgb TerminalPalette::resolve(quint32 color, bool foreground, bool bold) const
{
    if (TerminalCell::isIndexed(color)) {
        int index = int(color & 0xff);
        if (bold && foreground && index < 8)
            index += 8;
        return m_colors[index];
    }
    if (TerminalCell::isRgb(color))
        return 0xff000000 | (color & 0x00ffffff);
    return foreground ? m_defaultFg : m_defaultBg;
}

} // namespace gpudesk
