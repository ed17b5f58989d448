#pragma once

#include "terminal/TerminalPalette.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QFont>
#include <QPoint>
#include <QTimer>

#include <functional>

namespace gpudesk {

class TerminalScreen;

// Paints a TerminalScreen and turns keys, mouse and clipboard into the bytes the remote side
// reads. Repaints only damaged rows, at most ~30 times a second however fast output arrives.
// Wiring: SSH output -> screen->feed(); view input() -> SSH write; view sizeChanged() -> PTY resize.
class TerminalView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int kFrameIntervalMs = 33;

    explicit TerminalView(TerminalScreen *screen, QWidget *parent = nullptr);

    TerminalScreen *screen() const { return m_screen; }

    QFont terminalFont() const { return m_font; }
    void setTerminalFont(const QFont &font);
    int scrollbackLines() const;
    void setScrollbackLines(int lines);
    TerminalPalette &terminalPalette() { return m_palette; }

    QSize cellSize() const { return { m_cellWidth, m_cellHeight }; }
    // Lines scrolled back into the history (0: following the output).
    int scrollOffset() const { return m_offset; }
    bool hasSelection() const { return m_hasSelection; }
    QString selectedText() const;

    // Asked before a paste of several lines reaches a shell that did not ask for bracketed paste
    // (each line would run as a command). The default asks the user; tests install their own.
    using PasteConfirmation = std::function<bool(const QString &text)>;
    void setPasteConfirmation(PasteConfirmation confirm);

    QSize sizeHint() const override;

public slots:
    void copy();
    void paste();
    void scrollToBottom();
    // Selects the next hit above (backwards) or below the selection, or the bottom when there is
    // none, and scrolls to it. False when there is no further hit.
    bool find(const QString &text, bool backwards = true);
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    // Everything the remote side must read: typed keys, pastes, mouse reports and the screen's
    // own answers (DA, DSR). Connect it to the shell channel's write.
    void input(const QByteArray &bytes);
    void sizeChanged(int cols, int rows);
    // Ctrl+click on a URL in the output (Jupyter's token link, say). Connect it to
    // QDesktopServices::openUrl, or to something that forwards the port first.
    void linkActivated(const QUrl &url);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void scheduleRepaint();
    void repaintDamage();
    void updateScrollBar();
    void relayout();
    void paintRow(QPainter &painter, int viewRow);
    void send(const QByteArray &bytes);
    QPoint cellAt(const QPoint &pos) const; // x: column, y: screen row (clamped)
    QPoint lineAt(const QPoint &pos) const; // x: column, y: line (negative in the scrollback)
    bool reportsMouse(const QMouseEvent *event) const;
    static int mouseButton(Qt::MouseButton button);
    bool isSelected(int line, int col) const;
    void selectWord(const QPoint &linePos);
    void selectLine(int line);
    void setPointSize(qreal size);
    bool confirmPaste(const QString &text);

    TerminalScreen *m_screen;
    TerminalPalette m_palette;
    QFont m_font;
    qreal m_basePointSize = 0;
    PasteConfirmation m_confirmPaste;
    QFont m_boldFont;
    int m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;

    int m_offset = 0;
    int m_knownScrollback = 0;
    QTimer m_frameTimer;
    QElapsedTimer m_sinceFrame;
    QTimer m_blinkTimer;
    bool m_blinkOn = true;

    QPoint m_selectionStart; // x: column, y: line
    QPoint m_selectionEnd;
    bool m_selecting = false; // a drag is under way
    bool m_hasSelection = false;
    int m_pressedButton = 0;
    QElapsedTimer m_sinceDoubleClick; // a third click soon after selects the line
    int m_doubleClickLine = 0;
};

} // namespace gpudesk
