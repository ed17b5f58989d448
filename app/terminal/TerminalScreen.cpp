#include "terminal/TerminalScreen.h"

#include <QRegularExpression>
#include <QUrl>

#include <vterm.h>

#include <algorithm>
#include <cstring>

namespace gpudesk {

namespace {

const TerminalCell kBlankCell;

void appendUcs4(QString &s, char32_t c)
{
    if (c < 0x10000) {
        s += QChar(char16_t(c));
    } else {
        s += QChar(QChar::highSurrogate(c));
        s += QChar(QChar::lowSurrogate(c));
    }
}

quint32 packColor(const VTermColor &c)
{
    if (VTERM_COLOR_IS_DEFAULT_FG(&c) || VTERM_COLOR_IS_DEFAULT_BG(&c))
        return TerminalCell::kDefaultColor;
    if (VTERM_COLOR_IS_INDEXED(&c))
        return TerminalCell::indexed(c.indexed.idx);
    return TerminalCell::rgb(c.rgb.red, c.rgb.green, c.rgb.blue);
}

void setAttr(TerminalCell &pen, TerminalCell::Attr attr, bool on)
{
    if (on)
        pen.attrs = quint16(pen.attrs | attr);
    else
        pen.attrs = quint16(pen.attrs & ~attr);
}

VTermModifier toVTermModifier(Qt::KeyboardModifiers modifiers)
{
    int mod = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier)
        mod |= VTERM_MOD_SHIFT;
    if (modifiers & Qt::AltModifier)
        mod |= VTERM_MOD_ALT;
    if (modifiers & Qt::ControlModifier)
        mod |= VTERM_MOD_CTRL;
    return VTermModifier(mod);
}

VTermKey toVTermKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::KeypadModifier) {
        // Only the keypad's own keys: libvterm sends them as ESC O x in application keypad mode.
        if (key >= Qt::Key_0 && key <= Qt::Key_9)
            return VTermKey(VTERM_KEY_KP_0 + (key - Qt::Key_0));
        switch (key) {
        case Qt::Key_Asterisk:
            return VTERM_KEY_KP_MULT;
        case Qt::Key_Plus:
            return VTERM_KEY_KP_PLUS;
        case Qt::Key_Comma:
            return VTERM_KEY_KP_COMMA;
        case Qt::Key_Minus:
            return VTERM_KEY_KP_MINUS;
        case Qt::Key_Period:
            return VTERM_KEY_KP_PERIOD;
        case Qt::Key_Slash:
            return VTERM_KEY_KP_DIVIDE;
        case Qt::Key_Enter:
            return VTERM_KEY_KP_ENTER;
        case Qt::Key_Equal:
            return VTERM_KEY_KP_EQUAL;
        default:
            break;
        }
    }
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return VTermKey(VTERM_KEY_FUNCTION_0 + 1 + (key - Qt::Key_F1));
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        return VTERM_KEY_NONE;
    }
}

// Ctrl+key as the C0 control the shell expects (Ctrl+C is 0x03); -1 when there is none.
int controlByte(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return key - Qt::Key_A + 1;
    switch (key) {
    case Qt::Key_Space:
    case Qt::Key_At:
    case Qt::Key_2:
        return 0x00;
    case Qt::Key_BracketLeft:
    case Qt::Key_3:
        return 0x1b;
    case Qt::Key_Backslash:
    case Qt::Key_4:
        return 0x1c;
    case Qt::Key_BracketRight:
    case Qt::Key_5:
        return 0x1d;
    case Qt::Key_AsciiCircum:
    case Qt::Key_6:
        return 0x1e;
    case Qt::Key_Underscore:
    case Qt::Key_Minus:
    case Qt::Key_7:
    case Qt::Key_Slash:
        return 0x1f;
    case Qt::Key_Question:
    case Qt::Key_8:
        return 0x7f;
    default:
        return -1;
    }
}

} // namespace

// libvterm's C callbacks, forwarding to the screen (a friend, so the members stay private).
struct TerminalScreenCallbacks
{
    static TerminalScreen *self(void *user) { return static_cast<TerminalScreen *>(user); }

    // Out of line: combining marks are rare, and the QString would weigh on every glyph's call.
    Q_NEVER_INLINE static void putCluster(TerminalRow &row, int col, const uint32_t *chars)
    {
        QString cluster;
        for (int i = 0; chars[i] != 0; ++i)
            appendUcs4(cluster, chars[i]);
        row.clusters.insert(col, cluster);
    }

    static int putglyph(VTermGlyphInfo *info, VTermPos pos, void *user)
    {
        TerminalScreen *s = self(user);
        if (pos.row < 0 || pos.row >= s->m_rows || pos.col < 0 || pos.col >= s->m_cols)
            return 1;
        TerminalRow &row = s->active().row(pos.row);
        if (pos.col == 0)
            row.continued = s->m_wrapCandidate;
        s->m_wrapCandidate = pos.col + info->width >= s->m_cols;
        s->m_lastGlyphRow = pos.row;
        TerminalCell &cell = row.cells[size_t(pos.col)];
        cell = s->m_pen;
        cell.ch = info->chars[0];
        cell.width = quint8(std::clamp(info->width, 1, 2));
        if (info->chars[0] != 0 && info->chars[1] != 0) {
            putCluster(row, pos.col, info->chars);
            cell.attrs = quint16(cell.attrs | TerminalCell::Cluster);
        } else if (!row.clusters.isEmpty()) {
            row.clusters.remove(pos.col);
        }
        if (cell.width == 2 && pos.col + 1 < s->m_cols) {
            TerminalCell &right = row.cells[size_t(pos.col + 1)];
            right = s->m_pen;
            right.width = 0;
            if (!row.clusters.isEmpty())
                row.clusters.remove(pos.col + 1);
        }
        s->m_damage[size_t(pos.row)] = 1;
        s->m_anyDamage = true;
        return 1;
    }

    static int movecursor(VTermPos pos, VTermPos oldpos, int visible, void *user)
    {
        TerminalScreen *s = self(user);
        // Text ending on the last column parks the cursor there (the "phantom" column); any
        // other move means the next line is not a continuation.
        if (pos.row != s->m_lastGlyphRow || pos.col != s->m_cols - 1)
            s->m_wrapCandidate = false;
        s->m_cursor = QPoint(pos.col, pos.row);
        s->damageRows(oldpos.row, oldpos.row + 1);
        s->damageRows(pos.row, pos.row + 1);
        if (bool(visible) != s->m_cursorVisible) {
            s->m_cursorVisible = visible;
            emit s->modesChanged();
        }
        return 1;
    }

    static int scrollrect(VTermRect rect, int downward, int rightward, void *user)
    {
        TerminalScreen *s = self(user);
        TerminalBuffer &buf = s->active();
        const TerminalCell blank = s->blank();
        const int height = rect.end_row - rect.start_row;
        const int width = rect.end_col - rect.start_col;
        if (height <= 0 || width <= 0)
            return 1;

        if (rightward == 0 && rect.start_col == 0 && rect.end_col == s->m_cols) {
            if (downward > 0 && rect.start_row == 0 && !s->m_altScreen) {
                // The common case (output scrolling the shell): a ring move. Rows below a
                // bottom margin (a status line) go back where they were.
                const int n = std::min(downward, height);
                buf.scrollUp(n, blank);
                for (int r = s->m_rows - 1; r >= rect.end_row; --r)
                    buf.swapRows(r, r - n);
            } else if (downward > 0) {
                const int n = std::min(downward, height);
                for (int r = rect.start_row; r + n < rect.end_row; ++r)
                    buf.swapRows(r, r + n);
                for (int r = std::max(rect.end_row - n, rect.start_row); r < rect.end_row; ++r)
                    buf.clearRow(r, blank);
            } else if (downward < 0) {
                const int n = std::min(-downward, height);
                for (int r = rect.end_row - 1; r - n >= rect.start_row; --r)
                    buf.swapRows(r, r - n);
                for (int r = rect.start_row; r < std::min(rect.start_row + n, rect.end_row); ++r)
                    buf.clearRow(r, blank);
            }
            s->damageRows(rect.start_row, s->m_rows);
            return 1;
        }

        // Anything else (insert/delete characters, horizontal margins): copy the cells that stay
        // through a temporary, then blank what was uncovered.
        struct Moved
        {
            TerminalCell cell;
            QString cluster;
        };
        std::vector<Moved> region(size_t(height * width));
        for (int r = 0; r < height; ++r) {
            const TerminalRow &row = buf.row(rect.start_row + r);
            for (int c = 0; c < width; ++c) {
                Moved &m = region[size_t(r * width + c)];
                m.cell = row.cells[size_t(rect.start_col + c)];
                if (m.cell.has(TerminalCell::Cluster))
                    m.cluster = row.clusters.value(rect.start_col + c);
            }
        }
        for (int r = 0; r < height; ++r) {
            TerminalRow &row = buf.row(rect.start_row + r);
            for (int c = 0; c < width; ++c) {
                const int sr = r + downward;
                const int sc = c + rightward;
                const int col = rect.start_col + c;
                if (sr >= 0 && sr < height && sc >= 0 && sc < width) {
                    const Moved &m = region[size_t(sr * width + sc)];
                    row.cells[size_t(col)] = m.cell;
                    if (!m.cluster.isEmpty())
                        row.clusters.insert(col, m.cluster);
                    else if (!row.clusters.isEmpty())
                        row.clusters.remove(col);
                } else {
                    row.cells[size_t(col)] = blank;
                    if (!row.clusters.isEmpty())
                        row.clusters.remove(col);
                }
            }
        }
        s->damageRows(rect.start_row, rect.end_row);
        return 1;
    }

    static int erase(VTermRect rect, int /*selective*/, void *user)
    {
        TerminalScreen *s = self(user);
        TerminalBuffer &buf = s->active();
        const TerminalCell blank = s->blank();
        const int endRow = std::min(rect.end_row, s->m_rows);
        const int endCol = std::min(rect.end_col, s->m_cols);
        for (int r = std::max(rect.start_row, 0); r < endRow; ++r) {
            if (rect.start_col <= 0 && endCol == s->m_cols) {
                buf.clearRow(r, blank);
                continue;
            }
            TerminalRow &row = buf.row(r);
            for (int c = std::max(rect.start_col, 0); c < endCol; ++c) {
                row.cells[size_t(c)] = blank;
                if (!row.clusters.isEmpty())
                    row.clusters.remove(c);
            }
        }
        s->damageRows(rect.start_row, endRow);
        return 1;
    }

    static int initpen(void *user)
    {
        self(user)->m_pen = TerminalCell();
        return 1;
    }

    static int setpenattr(VTermAttr attr, VTermValue *val, void *user)
    {
        TerminalCell &pen = self(user)->m_pen;
        switch (attr) {
        case VTERM_ATTR_BOLD:
            setAttr(pen, TerminalCell::Bold, val->boolean);
            break;
        case VTERM_ATTR_UNDERLINE:
            setAttr(pen, TerminalCell::Underline, val->number != 0);
            setAttr(pen, TerminalCell::DoubleUnderline, val->number == VTERM_UNDERLINE_DOUBLE);
            break;
        case VTERM_ATTR_ITALIC:
            setAttr(pen, TerminalCell::Italic, val->boolean);
            break;
        case VTERM_ATTR_BLINK:
            setAttr(pen, TerminalCell::Blink, val->boolean);
            break;
        case VTERM_ATTR_REVERSE:
            setAttr(pen, TerminalCell::Reverse, val->boolean);
            break;
        case VTERM_ATTR_STRIKE:
            setAttr(pen, TerminalCell::Strike, val->boolean);
            break;
        case VTERM_ATTR_FOREGROUND:
            pen.fg = packColor(val->color);
            break;
        case VTERM_ATTR_BACKGROUND:
            pen.bg = packColor(val->color);
            break;
        default:
            break;
        }
        return 1;
    }

    static int settermprop(VTermProp prop, VTermValue *val, void *user)
    {
        TerminalScreen *s = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            s->m_cursorVisible = val->boolean;
            s->damageRows(s->m_cursor.y(), s->m_cursor.y() + 1);
            break;
        case VTERM_PROP_CURSORBLINK:
            s->m_cursorBlink = val->boolean;
            break;
        case VTERM_PROP_CURSORSHAPE:
            s->m_cursorShape = val->number == VTERM_PROP_CURSORSHAPE_UNDERLINE ? TerminalScreen::CursorShape::Underline
                : val->number == VTERM_PROP_CURSORSHAPE_BAR_LEFT               ? TerminalScreen::CursorShape::Bar
                                                                               : TerminalScreen::CursorShape::Block;
            break;
        case VTERM_PROP_ALTSCREEN:
            if (bool(val->boolean) == s->m_altScreen)
                return 1;
            s->m_altScreen = val->boolean;
            if (s->m_altScreen)
                s->m_alt.clearAll(TerminalCell());
            s->damageAll();
            break;
        case VTERM_PROP_REVERSE:
            s->m_reverseVideo = val->boolean;
            s->damageAll();
            break;
        case VTERM_PROP_MOUSE:
            s->m_mouseMode = val->number == VTERM_PROP_MOUSE_CLICK ? TerminalScreen::MouseMode::Click
                : val->number == VTERM_PROP_MOUSE_DRAG             ? TerminalScreen::MouseMode::Drag
                : val->number == VTERM_PROP_MOUSE_MOVE             ? TerminalScreen::MouseMode::Move
                                                                   : TerminalScreen::MouseMode::None;
            break;
        default:
            return 1;
        }
        emit s->modesChanged();
        return 1;
    }

    static int bell(void *user)
    {
        emit self(user)->bell();
        return 1;
    }

    static int resize(int rows, int cols, VTermPos *delta, void *user)
    {
        TerminalScreen *s = self(user);
        const int cursorRow = s->m_cursor.y();
        // The primary screen rewraps when the width changes; full-screen applications on the
        // alternate screen redraw themselves, so it is only clipped. Behind the alternate
        // screen the primary cursor is libvterm's saved one, which we do not see: its last row.
        const QPoint primaryCursor = s->m_altScreen ? QPoint(0, s->m_rows - 1) : s->m_cursor;
        QPoint moved;
        if (cols != s->m_cols)
            moved = s->m_primary.reflow(rows, cols, primaryCursor);
        else
            moved.setY(s->m_primary.resize(rows, cols, primaryCursor.y()));
        const int altMoved = s->m_alt.resize(rows, cols, cursorRow);
        delta->row = s->m_altScreen ? altMoved : moved.y();
        delta->col = s->m_altScreen ? 0 : moved.x();
        s->m_wrapCandidate = false;
        s->m_rows = rows;
        s->m_cols = cols;
        s->m_damage.assign(size_t(rows), 1);
        s->m_anyDamage = true;
        return 1;
    }

    static int setlineinfo(int, const VTermLineInfo *, const VTermLineInfo *, void *) { return 1; }

    static void output(const char *bytes, size_t length, void *user)
    {
        self(user)->m_output.append(bytes, qsizetype(length));
    }
};

namespace {

// libvterm keeps the pointers: these tables must outlive every VTerm.
const VTermStateCallbacks kStateCallbacks = {
    &TerminalScreenCallbacks::putglyph,
    &TerminalScreenCallbacks::movecursor,
    &TerminalScreenCallbacks::scrollrect,
    nullptr, // moverect: never used, scrollrect handles every move
    &TerminalScreenCallbacks::erase,
    &TerminalScreenCallbacks::initpen,
    &TerminalScreenCallbacks::setpenattr,
    &TerminalScreenCallbacks::settermprop,
    &TerminalScreenCallbacks::bell,
    &TerminalScreenCallbacks::resize,
    &TerminalScreenCallbacks::setlineinfo,
};

} // namespace

TerminalScreen::TerminalScreen(int rows, int cols, QObject *parent)
    : QObject(parent)
    , m_primary(rows, cols, kDefaultScrollback)
    , m_alt(rows, cols, 0)
    , m_rows(m_primary.rows())
    , m_cols(m_primary.cols())
    , m_damage(size_t(m_rows), 1)
    , m_anyDamage(true)
{
    m_vt = vterm_new(m_rows, m_cols);
    vterm_set_utf8(m_vt, 1);
    vterm_output_set_callback(m_vt, &TerminalScreenCallbacks::output, this);
    m_state = vterm_obtain_state(m_vt);
    vterm_state_set_callbacks(m_state, &kStateCallbacks, this);
    vterm_state_set_bold_highbright(m_state, 0);
    vterm_state_reset(m_state, 1);
}

TerminalScreen::~TerminalScreen()
{
    vterm_free(m_vt);
}

void TerminalScreen::feed(const QByteArray &bytes)
{
    feedRaw(bytes.constData(), bytes.size());
}

void TerminalScreen::feedRaw(const char *bytes, qsizetype length)
{
    if (length <= 0)
        return;
    const bool hadDamage = m_anyDamage;
    scanOsc(bytes, length);
    vterm_input_write(m_vt, bytes, size_t(length));
    if (!m_output.isEmpty()) {
        const QByteArray answer = std::exchange(m_output, QByteArray());
        emit output(answer);
    }
    // One signal per batch of output; the view polls takeDamage() at its own pace.
    if (m_anyDamage && !hadDamage)
        emit damaged();
}

void TerminalScreen::resize(int rows, int cols)
{
    rows = std::max(rows, 1);
    cols = std::max(cols, 1);
    if (rows == m_rows && cols == m_cols)
        return;
    vterm_set_size(m_vt, rows, cols);
    emit sizeChanged(m_rows, m_cols);
    emit damaged();
}

void TerminalScreen::setScrollbackLimit(int lines)
{
    m_primary.setMaxScrollback(lines);
}

int TerminalScreen::scrollbackCount() const
{
    return m_altScreen ? 0 : m_primary.scrollbackCount();
}

void TerminalScreen::clearScrollback()
{
    m_primary.clearScrollback();
}

const TerminalCell &TerminalScreen::cell(int line, int col) const
{
    if (line >= m_rows || line < -scrollbackCount() || col < 0)
        return kBlankCell;
    const TerminalRow &row = active().line(line);
    return size_t(col) < row.cells.size() ? row.cells[size_t(col)] : kBlankCell;
}

QString TerminalScreen::cellText(int line, int col) const
{
    const TerminalCell &c = cell(line, col);
    if (c.ch == 0 || c.width == 0)
        return QString();
    if (c.has(TerminalCell::Cluster))
        return active().line(line).clusters.value(col);
    QString s;
    appendUcs4(s, c.ch);
    return s;
}

QString TerminalScreen::lineText(int line) const
{
    std::vector<int> columns;
    QString s = lineTextWithColumns(line, columns);
    while (s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    return s;
}

bool TerminalScreen::isContinuation(int line) const
{
    if (line >= m_rows || line < -scrollbackCount())
        return false;
    return active().line(line).continued;
}

QString TerminalScreen::text(QPoint from, QPoint to) const
{
    if (to.y() < from.y() || (to.y() == from.y() && to.x() < from.x()))
        std::swap(from, to);
    QString text;
    std::vector<int> columns;
    for (int line = from.y(); line <= to.y(); ++line) {
        const QString all = lineTextWithColumns(line, columns);
        const int first = line == from.y() ? from.x() : 0;
        const int last = line == to.y() ? to.x() : m_cols - 1;
        const auto begin = std::lower_bound(columns.begin(), columns.end(), first) - columns.begin();
        const auto end = std::upper_bound(columns.begin(), columns.end(), last) - columns.begin();
        QString s = all.mid(begin, std::max<qsizetype>(0, end - begin));
        const bool joined = line < to.y() && isContinuation(line + 1);
        while (!joined && s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        text += s;
        if (line < to.y() && !joined)
            text += QLatin1Char('\n');
    }
    return text;
}

QString TerminalScreen::lineTextWithColumns(int line, std::vector<int> &columns) const
{
    columns.clear();
    QString s;
    if (line >= m_rows || line < -scrollbackCount())
        return s;
    const TerminalRow &row = active().line(line);
    for (size_t col = 0; col < row.cells.size(); ++col) {
        const TerminalCell &c = row.cells[col];
        if (c.width == 0)
            continue;
        if (c.ch == 0)
            s += QLatin1Char(' ');
        else if (c.has(TerminalCell::Cluster))
            s += row.clusters.value(int(col));
        else
            appendUcs4(s, c.ch);
        columns.resize(size_t(s.size()), int(col));
    }
    return s;
}

TerminalScreen::Match TerminalScreen::find(
    const QString &needle, int fromLine, int fromCol, bool backwards, Qt::CaseSensitivity cs) const
{
    if (needle.isEmpty())
        return {};
    std::vector<int> columns;
    const int step = backwards ? -1 : 1;
    for (int line = fromLine; line >= -scrollbackCount() && line < m_rows; line += step) {
        const QString text = lineTextWithColumns(line, columns);
        qsizetype at = -1;
        if (backwards) {
            // The last hit starting before fromCol on the first line, anywhere on the others.
            qsizetype end = text.size();
            if (line == fromLine)
                end = std::lower_bound(columns.begin(), columns.end(), fromCol) - columns.begin();
            at = end > 0 ? text.lastIndexOf(needle, end - 1, cs) : -1;
        } else {
            qsizetype start = 0;
            if (line == fromLine)
                start = std::upper_bound(columns.begin(), columns.end(), fromCol) - columns.begin();
            at = text.indexOf(needle, start, cs);
        }
        if (at >= 0) {
            const qsizetype last = at + needle.size() - 1;
            const int lastCol = columns[size_t(last)];
            const bool wide = cell(line, lastCol).width == 2;
            return { line, columns[size_t(at)], lastCol + (wide ? 1 : 0) };
        }
    }
    return {};
}

QUrl TerminalScreen::urlAt(int line, int col) const
{
    // The logical line: autowrapped lines joined, each character mapped to its line and column.
    int first = line;
    while (first > -scrollbackCount() && isContinuation(first))
        --first;
    int last = line;
    while (last + 1 < m_rows && isContinuation(last + 1))
        ++last;
    QString text;
    std::vector<QPoint> where; // x: column, y: line
    std::vector<int> columns;
    for (int l = first; l <= last; ++l) {
        const QString part = lineTextWithColumns(l, columns);
        text += part;
        for (int c : columns)
            where.emplace_back(c, l);
    }
    static const QRegularExpression kUrl(QStringLiteral("(?:https?|ftp|file)://[^\\s<>\"'`]+"));
    for (auto it = kUrl.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString url = m.captured();
        while (!url.isEmpty() && QStringLiteral(".,;:!?)]}'").contains(url.back()))
            url.chop(1);
        const qsizetype from = m.capturedStart();
        const qsizetype to = from + url.size() - 1;
        const QPoint a = where[size_t(from)];
        const QPoint b = where[size_t(to)];
        const bool afterStart = line > a.y() || (line == a.y() && col >= a.x());
        const bool beforeEnd = line < b.y() || (line == b.y() && col <= b.x() + (cell(b.y(), b.x()).width == 2));
        if (afterStart && beforeEnd)
            return QUrl(url);
    }
    return QUrl();
}

bool TerminalScreen::bracketedPaste() const
{
    // libvterm 0.1 keeps DECSET 2004 to itself; it shows in what a paste would start with.
    auto *self = const_cast<TerminalScreen *>(this);
    return !self->capture([self] { vterm_keyboard_start_paste(self->m_vt); }).isEmpty();
}

bool TerminalScreen::applicationCursorKeys() const
{
    auto *self = const_cast<TerminalScreen *>(this);
    return self->capture([self] { vterm_keyboard_key(self->m_vt, VTERM_KEY_UP, VTERM_MOD_NONE); }).startsWith("\x1bO");
}

QList<int> TerminalScreen::takeDamage()
{
    QList<int> rows;
    if (!m_anyDamage)
        return rows;
    for (int r = 0; r < m_rows; ++r) {
        if (m_damage[size_t(r)]) {
            rows << r;
            m_damage[size_t(r)] = 0;
        }
    }
    m_anyDamage = false;
    return rows;
}

QByteArray TerminalScreen::encodeKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    const VTermModifier mod = toVTermModifier(modifiers);
    const VTermKey vkey = toVTermKey(key, modifiers);
    if (vkey != VTERM_KEY_NONE) {
        const VTermModifier keyMod = key == Qt::Key_Backtab ? VTermModifier(mod | VTERM_MOD_SHIFT) : mod;
        return capture([this, vkey, keyMod] { vterm_keyboard_key(m_vt, vkey, keyMod); });
    }
    const QByteArray altPrefix = (modifiers & Qt::AltModifier) ? QByteArray("\x1b") : QByteArray();
    if (modifiers & Qt::ControlModifier) {
        const int byte = controlByte(key);
        if (byte >= 0)
            return altPrefix + QByteArray(1, char(byte));
    }
    if (text.isEmpty())
        return QByteArray();
    // Qt already applied Ctrl to some text (Ctrl+A gives "\x01"); control text stays as it is.
    return altPrefix + text.toUtf8();
}

QByteArray TerminalScreen::encodeMouseButton(
    int row, int col, int button, bool pressed, Qt::KeyboardModifiers modifiers)
{
    if (m_mouseMode == MouseMode::None)
        return QByteArray();
    const VTermModifier mod = toVTermModifier(modifiers);
    return capture([&] {
        vterm_mouse_move(m_vt, row, col, mod);
        vterm_mouse_button(m_vt, button, pressed, mod);
    });
}

QByteArray TerminalScreen::encodeMouseMove(int row, int col, Qt::KeyboardModifiers modifiers)
{
    if (m_mouseMode == MouseMode::None)
        return QByteArray();
    const VTermModifier mod = toVTermModifier(modifiers);
    return capture([&] { vterm_mouse_move(m_vt, row, col, mod); });
}

QByteArray TerminalScreen::encodePaste(const QString &text)
{
    QString body = text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\r"));
    body.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    QByteArray bytes = body.toUtf8();
    if (bracketedPaste()) {
        // A pasted end marker would let the text escape the bracket and run as typed input.
        bytes.replace("\x1b[201~", "");
        bytes = capture([this] { vterm_keyboard_start_paste(m_vt); }) + bytes
            + capture([this] { vterm_keyboard_end_paste(m_vt); });
    }
    return bytes;
}

TerminalCell TerminalScreen::blank() const
{
    // Erased cells take the pen's background (xterm's background colour erase), nothing else.
    TerminalCell c;
    c.bg = m_pen.bg;
    return c;
}

void TerminalScreen::damageRows(int from, int to)
{
    from = std::max(from, 0);
    to = std::min(to, m_rows);
    for (int r = from; r < to; ++r)
        m_damage[size_t(r)] = 1;
    if (from < to)
        m_anyDamage = true;
}

QByteArray TerminalScreen::capture(const std::function<void()> &emitter)
{
    // Keys and reports are returned to the caller, not emitted: the caller decides where they go.
    const QByteArray pending = std::exchange(m_output, QByteArray());
    emitter();
    return std::exchange(m_output, pending);
}

void TerminalScreen::scanOsc(const char *bytes, qsizetype length)
{
    // libvterm 0.1 hands OSC strings over in pieces and drops the start of one split across two
    // reads, which SSH does all the time; titles and OSC 7 are therefore collected here.
    static constexpr qsizetype kMaxOsc = 4096;
    qsizetype pos = 0;
    if (m_oscState == OscState::Escape && length > 0) {
        m_oscState = bytes[0] == ']' ? OscState::Inside : OscState::Idle;
        pos = m_oscState == OscState::Inside ? 1 : 0;
        m_osc.clear();
    }
    while (pos < length) {
        if (m_oscState == OscState::Idle) {
            const void *hit = std::memchr(bytes + pos, 0x1b, size_t(length - pos));
            if (!hit)
                return;
            pos = static_cast<const char *>(hit) - bytes + 1;
            if (pos == length) {
                m_oscState = OscState::Escape;
                return;
            }
            if (bytes[pos] == ']') {
                m_oscState = OscState::Inside;
                m_osc.clear();
                ++pos;
            }
            continue;
        }
        const char c = bytes[pos++];
        if (c == '\x07' || c == '\x1b' || c == '\x18' || c == '\x1a') {
            // BEL or ST (ESC, backslash) ends it; CAN and SUB cancel it.
            if (c == '\x07' || c == '\x1b')
                handleOsc(m_osc);
            m_oscState = OscState::Idle;
            m_osc.clear();
            if (c == '\x1b')
                --pos; // the ESC may start the next sequence
            if (c == '\x1b' && pos + 1 < length && bytes[pos + 1] == '\\')
                pos += 2;
            continue;
        }
        if (m_osc.size() < kMaxOsc)
            m_osc.append(c);
    }
}

void TerminalScreen::handleOsc(const QByteArray &osc)
{
    if (osc.startsWith("0;") || osc.startsWith("2;")) {
        const QString title = QString::fromUtf8(osc.mid(2));
        if (title != m_title) {
            m_title = title;
            emit titleChanged(title);
        }
        return;
    }
    if (!osc.startsWith("7;"))
        return;
    // OSC 7 ; file://host/path: the shell's working directory, percent-encoded.
    const QUrl url(QString::fromUtf8(osc.mid(2)));
    if (!url.isValid() || url.scheme() != QLatin1String("file"))
        return;
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.isEmpty() || path == m_cwd)
        return;
    m_cwd = path;
    emit currentDirectoryChanged(path);
}

} // namespace gpudesk
