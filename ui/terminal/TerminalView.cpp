#include "TerminalView.h"

#include "terminal/TerminalScreen.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QShowEvent>
#include <QWheelEvent>

#include <algorithm>

namespace gpudesk {

namespace {

constexpr int kWheelLines = 3;
constexpr int kBlinkMs = 600;
constexpr qreal kMinPointSize = 6;
constexpr qreal kMaxPointSize = 48;

QFont defaultTerminalFont()
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::TypeWriter);
    font.setFixedPitch(true);
    font.setPointSize(11);
    return font;
}

bool isWordChar(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.at(0);
    return c.isLetterOrNumber() || QStringLiteral("_-./~:@%+=").contains(c) || c.unicode() > 0x2e80;
}

} // namespace

TerminalView::TerminalView(TerminalScreen *screen, QWidget *parent) : QAbstractScrollArea(parent), m_screen(screen)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    // Every pixel is painted by paintEvent: no background erase, no flicker under a flood.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);

    m_frameTimer.setSingleShot(true);
    connect(&m_frameTimer, &QTimer::timeout, this, &TerminalView::repaintDamage);
    m_sinceFrame.start();
    m_blinkTimer.setInterval(kBlinkMs);
    connect(&m_blinkTimer, &QTimer::timeout, this, [this] {
        m_blinkOn = !m_blinkOn;
        if (m_offset == 0)
            viewport()->update(0, m_screen->cursor().y() * m_cellHeight, viewport()->width(), m_cellHeight);
    });

    connect(m_screen, &TerminalScreen::damaged, this, &TerminalView::scheduleRepaint);
    connect(m_screen, &TerminalScreen::output, this, &TerminalView::input);
    connect(m_screen, &TerminalScreen::modesChanged, this, [this] {
        viewport()->setCursor(
            m_screen->mouseMode() == TerminalScreen::MouseMode::None ? Qt::IBeamCursor : Qt::ArrowCursor);
        updateScrollBar();
        scheduleRepaint();
    });
    connect(m_screen, &TerminalScreen::sizeChanged, this, [this] { viewport()->update(); });

    setTerminalFont(defaultTerminalFont());
    // damaged() only says that damage appeared since the last takeDamage(): a screen that was
    // fed before this view existed has its damage pending already.
    if (m_screen->hasDamage())
        scheduleRepaint();
}

void TerminalView::setTerminalFont(const QFont &font)
{
    m_font = font;
    m_basePointSize = font.pointSizeF() > 0 ? font.pointSizeF() : 11;
    setPointSize(m_basePointSize);
}

void TerminalView::setPointSize(qreal size)
{
    QFont font = m_font;
    font.setPointSizeF(std::clamp(size, kMinPointSize, kMaxPointSize));
    m_font = font;
    m_font.setStyleHint(QFont::TypeWriter);
    m_font.setKerning(false);
    m_boldFont = m_font;
    m_boldFont.setBold(true);
    const QFontMetrics metrics(m_font);
    m_cellWidth = std::max(1, metrics.horizontalAdvance(QLatin1Char('M')));
    m_cellHeight = std::max(1, metrics.height());
    m_ascent = metrics.ascent();
    verticalScrollBar()->setSingleStep(1);
    relayout();
    viewport()->update();
    updateGeometry();
}

int TerminalView::scrollbackLines() const
{
    return m_screen->scrollbackLimit();
}

void TerminalView::setScrollbackLines(int lines)
{
    m_screen->setScrollbackLimit(lines);
    m_offset = std::min(m_offset, m_screen->scrollbackCount());
    updateScrollBar();
    viewport()->update();
}

QSize TerminalView::sizeHint() const
{
    return { 80 * m_cellWidth + verticalScrollBar()->sizeHint().width(), 24 * m_cellHeight };
}

QString TerminalView::selectedText() const
{
    if (!m_hasSelection)
        return QString();
    return m_screen->text(m_selectionStart, m_selectionEnd);
}

void TerminalView::copy()
{
    if (m_hasSelection)
        QApplication::clipboard()->setText(selectedText());
}

void TerminalView::paste()
{
    const QString text = QApplication::clipboard()->text();
    if (text.isEmpty() || !confirmPaste(text))
        return;
    send(m_screen->encodePaste(text));
}

void TerminalView::setPasteConfirmation(PasteConfirmation confirm)
{
    m_confirmPaste = std::move(confirm);
}

bool TerminalView::confirmPaste(const QString &text)
{
    QString body = text;
    while (body.endsWith(QLatin1Char('\n')) || body.endsWith(QLatin1Char('\r')))
        body.chop(1);
    if (m_screen->bracketedPaste() || !body.contains(QLatin1Char('\n')))
        return true;
    if (m_confirmPaste)
        return m_confirmPaste(text);
    const int lines = int(body.count(QLatin1Char('\n'))) + 1;
    return QMessageBox::question(this, tr("Paste several lines?"),
               tr("The text has %n line(s). The shell may run each line as a command as soon as it "
                  "arrives. Paste it?",
                   nullptr, lines),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

bool TerminalView::find(const QString &text, bool backwards)
{
    int line = backwards ? m_screen->rows() - 1 : -m_screen->scrollbackCount();
    int col = backwards ? m_screen->cols() : -1;
    if (m_hasSelection) {
        const QPoint a = std::min(m_selectionStart, m_selectionEnd,
            [](const QPoint &l, const QPoint &r) { return l.y() < r.y() || (l.y() == r.y() && l.x() < r.x()); });
        line = a.y();
        col = a.x();
    }
    const TerminalScreen::Match match = m_screen->find(text, line, col, backwards);
    if (!match.isValid())
        return false;
    m_selectionStart = QPoint(match.firstCol, match.line);
    m_selectionEnd = QPoint(match.lastCol, match.line);
    m_hasSelection = true;
    // Bring the line into view: lines on screen are -m_offset .. rows-1-m_offset.
    if (match.line < -m_offset)
        m_offset = -match.line;
    else if (match.line > m_screen->rows() - 1 - m_offset)
        m_offset = std::max(0, m_screen->rows() - 1 - match.line);
    updateScrollBar();
    viewport()->update();
    return true;
}

void TerminalView::zoomIn()
{
    setPointSize(m_font.pointSizeF() + 1);
}

void TerminalView::zoomOut()
{
    setPointSize(m_font.pointSizeF() - 1);
}

void TerminalView::resetZoom()
{
    setPointSize(m_basePointSize);
}

void TerminalView::scrollToBottom()
{
    if (m_offset == 0)
        return;
    m_offset = 0;
    updateScrollBar();
    viewport()->update();
}

bool TerminalView::event(QEvent *event)
{
    // Tab and Shift+Tab belong to the shell (completion), not to focus navigation; shortcuts of
    // the window must not eat the keys the terminal needs (Ctrl+W, Ctrl+R in bash...).
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) {
            keyPressEvent(key);
            return true;
        }
    } else if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const auto mods = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        // Ctrl+Tab and Ctrl+PgUp/PgDn stay with the window (switching terminal tabs).
        const bool windowKey
            = key->key() == Qt::Key_Tab || key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown;
        if ((mods == Qt::ControlModifier || mods == Qt::AltModifier) && !windowKey) {
            event->accept();
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

void TerminalView::scheduleRepaint()
{
    if (m_frameTimer.isActive())
        return;
    // Coalesce: the first change after a quiet spell paints at once, a flood at ~30 fps.
    const qint64 wait = std::max<qint64>(0, kFrameIntervalMs - m_sinceFrame.elapsed());
    m_frameTimer.start(int(wait));
}

void TerminalView::repaintDamage()
{
    m_sinceFrame.restart();
    const QList<int> rows = m_screen->takeDamage();
    const int scrollback = m_screen->scrollbackCount();
    const int grown = scrollback - m_knownScrollback;
    if (m_offset > 0 && grown != 0) {
        // Reading the history: stay on the same lines while output goes on below.
        m_offset = std::clamp(m_offset + grown, 0, scrollback);
        m_knownScrollback = scrollback;
        updateScrollBar();
        viewport()->update();
        return;
    }
    if (grown != 0)
        updateScrollBar();
    // Scrolled back by m_offset lines, screen row r is shown m_offset rows lower, if at all.
    QRegion region;
    for (int row : rows) {
        const int viewRow = row + m_offset;
        if (viewRow < m_screen->rows())
            region += QRect(0, viewRow * m_cellHeight, viewport()->width(), m_cellHeight);
    }
    if (!region.isEmpty())
        viewport()->update(region);
}

void TerminalView::updateScrollBar()
{
    const int scrollback = m_screen->scrollbackCount();
    m_knownScrollback = scrollback;
    m_offset = std::min(m_offset, scrollback);
    QScrollBar *bar = verticalScrollBar();
    const QSignalBlocker blocker(bar);
    bar->setRange(0, scrollback);
    bar->setPageStep(m_screen->rows());
    bar->setValue(scrollback - m_offset);
}

void TerminalView::scrollContentsBy(int, int)
{
    m_offset = m_screen->scrollbackCount() - verticalScrollBar()->value();
    viewport()->update();
}

void TerminalView::relayout()
{
    // A hidden view (a tab in the background, or not shown yet) has no meaningful size: resizing
    // the screen to it would clip every line. It catches up in showEvent.
    if (!isVisible()) {
        updateScrollBar();
        return;
    }
    const int cols = std::max(1, viewport()->width() / m_cellWidth);
    const int rows = std::max(1, viewport()->height() / m_cellHeight);
    if (cols != m_screen->cols() || rows != m_screen->rows()) {
        m_screen->resize(rows, cols);
        emit sizeChanged(cols, rows);
    }
    updateScrollBar();
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
}

void TerminalView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    relayout();
}

void TerminalView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect dirty = event->rect();
    const QColor background = m_palette.resolve(TerminalCell::kDefaultColor, m_screen->reverseVideo());
    // (DECSCNM swaps the default colours for the whole screen.)
    // The strip right of and below the grid.
    const QRect grid(0, 0, m_screen->cols() * m_cellWidth, m_screen->rows() * m_cellHeight);
    painter.fillRect(QRect(grid.right() + 1, 0, viewport()->width(), viewport()->height()), background);
    painter.fillRect(QRect(0, grid.bottom() + 1, viewport()->width(), viewport()->height()), background);

    const int first = std::max(0, dirty.top() / m_cellHeight);
    const int last = std::min(m_screen->rows() - 1, dirty.bottom() / m_cellHeight);
    for (int row = first; row <= last; ++row)
        paintRow(painter, row);
}

void TerminalView::paintRow(QPainter &painter, int viewRow)
{
    const int line = viewRow - m_offset;
    const int y = viewRow * m_cellHeight;
    const int cols = m_screen->cols();
    const bool reverseScreen = m_screen->reverseVideo();
    const bool cursorHere = m_offset == 0 && m_screen->cursorVisible() && m_screen->cursor().y() == viewRow;
    const int cursorCol = m_screen->cursor().x();

    int col = 0;
    while (col < cols) {
        // A run: consecutive narrow cells with the same look, drawn as one string (the font is
        // monospace); wide glyphs are drawn alone, centred on their two cells.
        const TerminalCell &head = m_screen->cell(line, col);
        const bool selected = isSelected(line, col);
        const bool wide = head.width == 2;
        // Only ASCII shares a run: a glyph from a fallback font may be wider than the cell and
        // would push the rest of the run off the grid; alone, it starts on its own cell.
        const bool single = wide || head.ch > 0x7e || head.has(TerminalCell::Cluster);
        int end = col + (wide ? 2 : 1);
        if (!single && head.width != 0) {
            while (end < cols) {
                const TerminalCell &c = m_screen->cell(line, end);
                if (c.width != 1 || c.ch > 0x7e || c.fg != head.fg || c.bg != head.bg || c.attrs != head.attrs
                    || c.has(TerminalCell::Cluster) || isSelected(line, end) != selected)
                    break;
                ++end;
            }
        }
        const bool bold = head.has(TerminalCell::Bold);
        QColor fg = m_palette.resolve(head.fg, true, bold);
        QColor bg = m_palette.resolve(head.bg, false);
        if (head.has(TerminalCell::Reverse) != reverseScreen)
            std::swap(fg, bg);
        if (selected) {
            fg = QWidget::palette().color(QPalette::HighlightedText);
            bg = QWidget::palette().color(QPalette::Highlight);
        }
        const QRect rect(col * m_cellWidth, y, (end - col) * m_cellWidth, m_cellHeight);
        painter.fillRect(rect, bg);

        QString text;
        if (head.width == 0) {
            text = QString(); // an orphaned right half: nothing to draw
        } else if (single) {
            text = m_screen->cellText(line, col);
        } else {
            text.reserve(end - col);
            for (int c = col; c < end; ++c) {
                const QString t = m_screen->cellText(line, c);
                text += t.isEmpty() ? QStringLiteral(" ") : t;
            }
        }
        if (!text.trimmed().isEmpty() && !(head.has(TerminalCell::Blink) && !m_blinkOn)) {
            QFont font = bold ? m_boldFont : m_font;
            font.setItalic(head.has(TerminalCell::Italic));
            font.setUnderline(head.has(TerminalCell::Underline));
            font.setStrikeOut(head.has(TerminalCell::Strike));
            painter.setFont(font);
            painter.setPen(fg);
            if (wide || head.has(TerminalCell::Cluster))
                painter.drawText(rect, Qt::AlignCenter | Qt::TextDontClip, text);
            else
                painter.drawText(rect.left(), y + m_ascent, text);
        }
        col = end;
    }

    if (cursorHere && cursorCol < cols) {
        const TerminalCell &c = m_screen->cell(line, cursorCol);
        const int width = (c.width == 2 ? 2 : 1) * m_cellWidth;
        const QRect cell(cursorCol * m_cellWidth, y, width, m_cellHeight);
        const QColor colour = m_palette.resolve(TerminalCell::kDefaultColor, true);
        if (!hasFocus()) {
            painter.setPen(colour);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell.adjusted(0, 0, -1, -1));
        } else if (m_blinkOn || !m_screen->cursorBlinking()) {
            switch (m_screen->cursorShape()) {
            case TerminalScreen::CursorShape::Underline:
                painter.fillRect(cell.left(), cell.bottom() - 1, width, 2, colour);
                break;
            case TerminalScreen::CursorShape::Bar:
                painter.fillRect(cell.left(), cell.top(), 2, m_cellHeight, colour);
                break;
            case TerminalScreen::CursorShape::Block: {
                painter.fillRect(cell, colour);
                const QString text = m_screen->cellText(line, cursorCol);
                if (!text.isEmpty()) {
                    painter.setFont(c.has(TerminalCell::Bold) ? m_boldFont : m_font);
                    painter.setPen(m_palette.resolve(TerminalCell::kDefaultColor, false));
                    painter.drawText(cell, Qt::AlignCenter | Qt::TextDontClip, text);
                }
                break;
            }
            }
        }
    }
}

void TerminalView::send(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    scrollToBottom();
    emit input(bytes);
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    const auto mods = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier);
    if (mods == (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (event->key() == Qt::Key_C) {
            copy();
            return;
        }
        if (event->key() == Qt::Key_V) {
            paste();
            return;
        }
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            zoomIn();
            return;
        case Qt::Key_Minus:
        case Qt::Key_Underscore:
            zoomOut();
            return;
        case Qt::Key_0:
        case Qt::Key_ParenRight:
            resetZoom();
            return;
        default:
            break;
        }
    }
    if (mods == Qt::ShiftModifier && (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        const int page = std::max(1, m_screen->rows() - 1);
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value() + (event->key() == Qt::Key_PageUp ? -page : page));
        return;
    }
    const QByteArray bytes = m_screen->encodeKey(event->key(), event->modifiers(), event->text());
    if (bytes.isEmpty()) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    m_hasSelection = false;
    m_blinkOn = true;
    send(bytes);
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    // Chinese, Japanese... input methods commit whole strings.
    if (!event->commitString().isEmpty())
        send(event->commitString().toUtf8());
    event->accept();
}

QVariant TerminalView::inputMethodQuery(Qt::InputMethodQuery query) const
{
    if (query == Qt::ImCursorRectangle) {
        const QPoint c = m_screen->cursor();
        return QRect(c.x() * m_cellWidth, (c.y() + m_offset) * m_cellHeight, m_cellWidth, m_cellHeight);
    }
    if (query == Qt::ImFont)
        return m_font;
    return QAbstractScrollArea::inputMethodQuery(query);
}

QPoint TerminalView::cellAt(const QPoint &pos) const
{
    return { std::clamp(pos.x() / m_cellWidth, 0, m_screen->cols() - 1),
        std::clamp(pos.y() / m_cellHeight, 0, m_screen->rows() - 1) };
}

QPoint TerminalView::lineAt(const QPoint &pos) const
{
    const QPoint cell = cellAt(pos);
    return { cell.x(), cell.y() - m_offset };
}

bool TerminalView::reportsMouse(const QMouseEvent *event) const
{
    // Shift bypasses reporting so text can still be selected in vim or htop, as in xterm.
    return m_screen->mouseMode() != TerminalScreen::MouseMode::None && !(event->modifiers() & Qt::ShiftModifier);
}

int TerminalView::mouseButton(Qt::MouseButton button)
{
    switch (button) {
    case Qt::LeftButton:
        return 1;
    case Qt::MiddleButton:
        return 2;
    case Qt::RightButton:
        return 3;
    default:
        return 0;
    }
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (reportsMouse(event)) {
        const int button = mouseButton(event->button());
        if (button) {
            m_pressedButton = button;
            const QPoint cell = cellAt(event->position().toPoint());
            send(m_screen->encodeMouseButton(cell.y(), cell.x(), button, true, event->modifiers()));
        }
        return;
    }
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)) {
        const QPoint at = lineAt(event->position().toPoint());
        const QUrl url = m_screen->urlAt(at.y(), at.x());
        if (url.isValid() && !url.isEmpty()) {
            emit linkActivated(url);
            return;
        }
    }
    if (event->button() == Qt::LeftButton && m_sinceDoubleClick.isValid()
        && m_sinceDoubleClick.elapsed() < QApplication::doubleClickInterval()
        && lineAt(event->position().toPoint()).y() == m_doubleClickLine) {
        m_sinceDoubleClick.invalidate();
        selectLine(m_doubleClickLine);
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_selectionStart = m_selectionEnd = lineAt(event->position().toPoint());
        m_selecting = true;
        if (m_hasSelection) {
            m_hasSelection = false;
            viewport()->update();
        }
    } else if (event->button() == Qt::MiddleButton && QApplication::clipboard()->supportsSelection()) {
        const QString text = QApplication::clipboard()->text(QClipboard::Selection);
        if (!text.isEmpty())
            send(m_screen->encodePaste(text));
    }
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (reportsMouse(event)) {
        const QPoint cell = cellAt(event->position().toPoint());
        send(m_screen->encodeMouseMove(cell.y(), cell.x(), event->modifiers()));
        return;
    }
    if (!m_selecting)
        return;
    const QPoint end = lineAt(event->position().toPoint());
    if (end != m_selectionEnd || !m_hasSelection) {
        m_selectionEnd = end;
        m_hasSelection = true;
        viewport()->update();
    }
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressedButton && m_screen->mouseMode() != TerminalScreen::MouseMode::None) {
        const QPoint cell = cellAt(event->position().toPoint());
        send(m_screen->encodeMouseButton(cell.y(), cell.x(), m_pressedButton, false, event->modifiers()));
        m_pressedButton = 0;
        return;
    }
    m_pressedButton = 0;
    if (m_selecting && event->button() == Qt::LeftButton) {
        m_selecting = false;
        if (m_hasSelection && QApplication::clipboard()->supportsSelection())
            QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    }
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (reportsMouse(event) || event->button() != Qt::LeftButton) {
        mousePressEvent(event);
        return;
    }
    const QPoint at = lineAt(event->position().toPoint());
    m_sinceDoubleClick.start();
    m_doubleClickLine = at.y();
    selectWord(at);
}

void TerminalView::selectLine(int line)
{
    // The whole logical line: autowrapped parts included.
    int first = line;
    while (first > -m_screen->scrollbackCount() && m_screen->isContinuation(first))
        --first;
    int last = line;
    while (last + 1 < m_screen->rows() && m_screen->isContinuation(last + 1))
        ++last;
    m_selectionStart = QPoint(0, first);
    m_selectionEnd = QPoint(m_screen->cols() - 1, last);
    m_hasSelection = true;
    m_selecting = false;
    viewport()->update();
    if (QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalView::selectWord(const QPoint &linePos)
{
    const int line = linePos.y();
    if (!isWordChar(m_screen->cellText(line, linePos.x())))
        return;
    int from = linePos.x();
    int to = linePos.x();
    auto wordAt = [&](int col) {
        const TerminalCell &c = m_screen->cell(line, col);
        return c.width == 0 ? isWordChar(m_screen->cellText(line, col - 1)) : isWordChar(m_screen->cellText(line, col));
    };
    while (from > 0 && wordAt(from - 1))
        --from;
    while (to + 1 < m_screen->cols() && wordAt(to + 1))
        ++to;
    m_selectionStart = QPoint(from, line);
    m_selectionEnd = QPoint(to, line);
    m_hasSelection = true;
    m_selecting = false;
    viewport()->update();
    if (QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

bool TerminalView::isSelected(int line, int col) const
{
    if (!m_hasSelection)
        return false;
    QPoint a = m_selectionStart;
    QPoint b = m_selectionEnd;
    if (b.y() < a.y() || (b.y() == a.y() && b.x() < a.x()))
        std::swap(a, b);
    if (line < a.y() || line > b.y())
        return false;
    if (line == a.y() && col < a.x())
        return false;
    if (line == b.y() && col > b.x())
        return false;
    return true;
}

void TerminalView::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0) {
        event->ignore();
        return;
    }
    if (m_screen->mouseMode() != TerminalScreen::MouseMode::None) {
        const QPoint cell = cellAt(event->position().toPoint());
        QByteArray bytes;
        for (int i = 0; i < std::abs(steps); ++i)
            bytes += m_screen->encodeMouseButton(cell.y(), cell.x(), steps > 0 ? 4 : 5, true, event->modifiers());
        send(bytes);
        event->accept();
        return;
    }
    if (m_screen->altScreen()) {
        // less, man and vim without mouse support scroll with the arrow keys, as in most terminals.
        QByteArray bytes;
        for (int i = 0; i < std::abs(steps) * kWheelLines; ++i)
            bytes += m_screen->encodeKey(steps > 0 ? Qt::Key_Up : Qt::Key_Down, Qt::NoModifier, QString());
        send(bytes);
        event->accept();
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() - steps * kWheelLines);
    event->accept();
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    m_blinkOn = true;
    if (m_screen->cursorBlinking())
        m_blinkTimer.start();
    viewport()->update();
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    m_blinkTimer.stop();
    m_blinkOn = true;
    viewport()->update();
}

} // namespace gpudesk
