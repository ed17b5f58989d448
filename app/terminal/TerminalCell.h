#pragma once

#include <QtGlobal>

namespace gpudesk {

// One cell of the terminal grid, 16 bytes so a 200-column row is 3.2 KB and scrolling never
// touches cells (rows move as a whole). Colours are packed: the top byte says which kind.
struct TerminalCell
{
    enum Attr : quint16 {
        Bold = 1 << 0,
        Italic = 1 << 1,
        Underline = 1 << 2, // single, or the lower bit of double/curly
        DoubleUnderline = 1 << 3, // set together with Underline for SGR 21 / 4:2
        Blink = 1 << 4,
        Reverse = 1 << 5,
        Strike = 1 << 6,
        Cluster = 1 << 7, // combining characters follow: TerminalScreen::cellText() has them
    };

    // Colour encoding: kDefaultColor, or kIndexedColor | index (0..255), or kRgbColor | 0xRRGGBB.
    static constexpr quint32 kDefaultColor = 0;
    static constexpr quint32 kIndexedColor = 0x01000000;
    static constexpr quint32 kRgbColor = 0x02000000;
    static constexpr quint32 kKindMask = 0xff000000;

    static constexpr quint32 indexed(int index) { return kIndexedColor | quint32(index & 0xff); }
    static constexpr quint32 rgb(int r, int g, int b)
    {
        return kRgbColor | (quint32(r & 0xff) << 16) | (quint32(g & 0xff) << 8) | quint32(b & 0xff);
    }
    static constexpr bool isDefault(quint32 color) { return (color & kKindMask) == kDefaultColor; }
    static constexpr bool isIndexed(quint32 color) { return (color & kKindMask) == kIndexedColor; }
    static constexpr bool isRgb(quint32 color) { return (color & kKindMask) == kRgbColor; }

    char32_t ch = 0; // 0: nothing was written here (painted as a space)
    quint32 fg = kDefaultColor;
    quint32 bg = kDefaultColor;
    quint16 attrs = 0;
    quint8 width = 1; // 2: left half of a wide glyph (CJK, emoji); 0: its right half
    quint8 reserved = 0;

    bool has(Attr a) const { return (attrs & a) != 0; }
    friend bool operator==(const TerminalCell &, const TerminalCell &) = default;
};

static_assert(sizeof(TerminalCell) == 16);

} // namespace gpudesk
