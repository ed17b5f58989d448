#include "terminal/TerminalBuffer.h"

#include <algorithm>
#include <utility>

namespace gpudesk {

namespace {

void fitRow(TerminalRow &row, int cols, const TerminalCell &blank)
{
    if (int(row.cells.size()) > cols) {
        row.cells.resize(size_t(cols));
        // A wide glyph cut in half by the new right edge would paint outside the grid.
        if (cols > 0 && row.cells.back().width == 2)
            row.cells.back() = blank;
        if (!row.clusters.isEmpty())
            row.clusters.removeIf([cols](const QHash<int, QString>::iterator &it) { return it.key() >= cols; });
    } else {
        row.cells.resize(size_t(cols), blank);
    }
}

} // namespace

TerminalBuffer::TerminalBuffer(int rows, int cols, int maxScrollback)
{
    std::vector<TerminalRow> lines(size_t(std::max(rows, 1)));
    rebuild(std::move(lines), std::max(rows, 1), std::max(cols, 1), std::max(maxScrollback, 0));
}

void TerminalBuffer::scrollUp(int n, const TerminalCell &blank)
{
    n = std::min(n, m_rows);
    for (int i = 0; i < n; ++i) {
        int index;
        if (m_count < m_capacity) {
            index = (m_first + m_count) % m_capacity;
            ++m_count;
        } else {
            index = m_first; // the oldest history line is reused as the new bottom line
            m_first = (m_first + 1) % m_capacity;
        }
        TerminalRow &row = m_ring[size_t(index)];
        row.cells.assign(size_t(m_cols), blank);
        row.clusters.clear();
        row.continued = false;
    }
}

void TerminalBuffer::swapRows(int a, int b)
{
    std::swap(m_ring[size_t(slot(a))], m_ring[size_t(slot(b))]);
}

void TerminalBuffer::clearRow(int screenRow, const TerminalCell &blank)
{
    TerminalRow &r = row(screenRow);
    r.cells.assign(size_t(m_cols), blank);
    r.clusters.clear();
    r.continued = false;
}

void TerminalBuffer::clearAll(const TerminalCell &blank)
{
    for (int r = 0; r < m_rows; ++r)
        clearRow(r, blank);
}

void TerminalBuffer::clearScrollback()
{
    std::vector<TerminalRow> lines;
    lines.reserve(size_t(m_rows));
    for (int r = 0; r < m_rows; ++r)
        lines.push_back(std::move(row(r)));
    rebuild(std::move(lines), m_rows, m_cols, maxScrollback());
}

int TerminalBuffer::resize(int rows, int cols, int cursorRow)
{
    rows = std::max(rows, 1);
    cols = std::max(cols, 1);
    std::vector<TerminalRow> lines;
    lines.reserve(size_t(m_count + std::max(0, rows - m_rows)));
    for (int line = -scrollbackCount(); line < m_rows; ++line)
        lines.push_back(std::move(m_ring[size_t(slot(line))]));

    int screenStart = int(lines.size()) - m_rows;
    int delta = 0;
    if (rows < m_rows) {
        const int pushed = std::max(0, cursorRow - rows + 1);
        screenStart += pushed;
        delta = -pushed;
        lines.resize(size_t(screenStart + rows)); // lines below the cursor that no longer fit
    } else if (rows > m_rows) {
        const int popped = std::min(screenStart, rows - m_rows);
        delta = popped;
        lines.resize(lines.size() + size_t(rows - m_rows - popped));
    }
    rebuild(std::move(lines), rows, cols, maxScrollback());
    return delta;
}

QPoint TerminalBuffer::reflow(int rows, int cols, QPoint cursor)
{
    rows = std::max(rows, 1);
    cols = std::max(cols, 1);
    std::vector<TerminalRow> lines;
    lines.reserve(size_t(m_count));
    for (int line = -scrollbackCount(); line < m_rows; ++line)
        lines.push_back(std::move(m_ring[size_t(slot(line))]));
    const TerminalCell blank;
    const auto isBlank = [&blank](const TerminalRow &row) {
        return std::all_of(row.cells.begin(), row.cells.end(), [&blank](const TerminalCell &c) { return c == blank; });
    };
    const int cursorLine = int(lines.size()) - m_rows + cursor.y();
    int contentEnd = cursorLine + 1;
    for (int i = int(lines.size()) - 1; i > cursorLine; --i) {
        if (!isBlank(lines[size_t(i)])) {
            contentEnd = i + 1;
            break;
        }
    }
    lines.resize(size_t(contentEnd));

    std::vector<TerminalRow> out;
    out.reserve(lines.size() + lines.size() / 4 + size_t(rows));
    QPoint newCursor(0, -1); // x: column, y: index in out
    std::vector<TerminalCell> cells;
    QHash<int, QString> clusters;
    for (size_t i = 0; i < lines.size();) {
        // One logical line: a line and the lines that continue it.
        size_t j = i + 1;
        while (j < lines.size() && lines[j].continued)
            ++j;
        cells.clear();
        clusters.clear();
        int cursorOffset = -1;
        for (size_t k = i; k < j; ++k) {
            const TerminalRow &row = lines[k];
            size_t length = row.cells.size();
            if (k + 1 == j) {
                while (length > 0 && row.cells[length - 1] == blank)
                    --length;
            } else if (length > 0 && row.cells[length - 1] == blank && !lines[k + 1].cells.empty()
                && lines[k + 1].cells[0].width == 2) {
                --length; // the column a wide glyph did not fit in
            }
            if (int(k) == cursorLine)
                cursorOffset = int(cells.size()) + cursor.x();
            for (auto it = row.clusters.cbegin(); it != row.clusters.cend(); ++it) {
                if (size_t(it.key()) < length)
                    clusters.insert(int(cells.size()) + it.key(), it.value());
            }
            cells.insert(cells.end(), row.cells.begin(), row.cells.begin() + std::ptrdiff_t(length));
        }
        const int total = int(cells.size());
        int pos = 0;
        do {
            TerminalRow row;
            row.continued = pos > 0;
            int take = std::min(cols, total - pos);
            if (take > 1 && pos + take < total && cells[size_t(pos + take - 1)].width == 2)
                --take; // never split a wide glyph
            row.cells.assign(cells.begin() + pos, cells.begin() + pos + take);
            for (auto it = clusters.cbegin(); it != clusters.cend(); ++it) {
                if (it.key() >= pos && it.key() < pos + take)
                    row.clusters.insert(it.key() - pos, it.value());
            }
            const bool last = pos + take >= total;
            if (cursorOffset >= 0 && newCursor.y() < 0 && (last || cursorOffset < pos + take))
                newCursor = QPoint(std::min(cursorOffset - pos, cols - 1), int(out.size()));
            out.push_back(std::move(row));
            pos += take;
        } while (pos < total);
        i = j;
    }

    // The screen ends on the last line kept, unless that would hide the cursor.
    int screenStart = std::max(0, int(out.size()) - rows);
    screenStart = std::min(screenStart, std::max(newCursor.y(), 0));
    out.resize(size_t(screenStart + rows));
    const QPoint delta(newCursor.x() - cursor.x(), newCursor.y() - screenStart - cursor.y());
    rebuild(std::move(out), rows, cols, maxScrollback());
    return delta;
}

void TerminalBuffer::setMaxScrollback(int lines)
{
    std::vector<TerminalRow> all;
    all.reserve(size_t(m_count));
    for (int line = -scrollbackCount(); line < m_rows; ++line)
        all.push_back(std::move(m_ring[size_t(slot(line))]));
    rebuild(std::move(all), m_rows, m_cols, std::max(lines, 0));
}

void TerminalBuffer::rebuild(std::vector<TerminalRow> lines, int rows, int cols, int maxScrollback)
{
    // Keep at most maxScrollback lines of history: drop the oldest.
    const size_t keep = size_t(rows + maxScrollback);
    if (lines.size() > keep)
        lines.erase(lines.begin(), lines.begin() + std::ptrdiff_t(lines.size() - keep));
    m_rows = rows;
    m_cols = cols;
    m_capacity = rows + maxScrollback;
    m_first = 0;
    m_count = int(lines.size());
    const TerminalCell blank;
    for (int i = m_count - rows; i < m_count; ++i)
        fitRow(lines[size_t(i)], cols, blank); // history keeps its own width; the screen is exact
    lines.resize(size_t(m_capacity));
    m_ring = std::move(lines);
}

} // namespace gpudesk
