#pragma once

#include "terminal/TerminalCell.h"

#include <QHash>
#include <QPoint>
#include <QString>

#include <vector>

namespace gpudesk {

// One line of the grid. Combining sequences are rare, so they live beside the cells, keyed by
// column, and cost nothing (an empty QHash) on the lines that have none.
struct TerminalRow
{
    std::vector<TerminalCell> cells;
    QHash<int, QString> clusters; // column -> base character + combining characters
    bool continued = false; // reached by autowrap from the line above (one logical line)
};

// The lines of one screen and its scrollback in a single ring: scrolling the whole screen up
// moves the ring's start (the top line becomes history, the oldest history line is reused as
// the new bottom line) and never copies cells. Partial scrolls swap whole rows.
// Lines are addressed from the screen's top: 0..rows()-1 on screen, -1..-scrollbackCount() above.
class TerminalBuffer
{
public:
    TerminalBuffer(int rows, int cols, int maxScrollback);

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    int maxScrollback() const { return m_capacity - m_rows; }
    int scrollbackCount() const { return m_count - m_rows; }

    TerminalRow &row(int screenRow) { return m_ring[slot(screenRow)]; }
    const TerminalRow &line(int line) const { return m_ring[slot(line)]; }

    // Full-width, whole-screen scroll up by n lines: the top n lines go to the scrollback.
    void scrollUp(int n, const TerminalCell &blank);
    void swapRows(int a, int b);
    void clearRow(int screenRow, const TerminalCell &blank);
    void clearAll(const TerminalCell &blank);
    void clearScrollback();

    // Resizes like libvterm's own screen: when the screen gets shorter, lines above the cursor go
    // to the scrollback; when taller, lines come back from it. Returns how far the cursor row moves.
    int resize(int rows, int cols, int cursorRow);
    // A width change that rewraps: autowrapped lines are joined and split again at the new width
    // (wide glyphs never split), trailing blank lines below the cursor dropped, and the screen
    // ends on the cursor's line or the last line with text. Returns how far the cursor moves
    // (x: columns, y: rows).
    QPoint reflow(int rows, int cols, QPoint cursor);
    void setMaxScrollback(int lines);

private:
    int slot(int line) const
    {
        int index = m_first + m_count - m_rows + line;
        if (index >= m_capacity)
            index -= m_capacity;
        else if (index < 0)
            index += m_capacity;
        return index;
    }
    void rebuild(std::vector<TerminalRow> lines, int rows, int cols, int maxScrollback);

    std::vector<TerminalRow> m_ring;
    int m_rows = 0;
    int m_cols = 0;
    int m_capacity = 0; // rows + maximum scrollback
    int m_first = 0; // ring index of the oldest line
    int m_count = 0; // lines stored: scrollback + rows
};

} // namespace gpudesk
