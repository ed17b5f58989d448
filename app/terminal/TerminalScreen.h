#pragma once

#include "terminal/TerminalBuffer.h"
#include "terminal/TerminalCell.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPoint>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

struct VTerm;
struct VTermState;

namespace gpudesk {

// The terminal's screen state, headless: libvterm's state layer parses the byte stream and keeps
// the modes; the grid (screen + scrollback in one ring, alternate screen beside it) is ours,
// because libvterm's own screen layer copies the whole grid on every scroll (see
// gpudesk-bench-terminal for the figures). The view reads cells and damaged rows from here and
// asks it to encode keys, mouse and paste, since those depend on modes only libvterm knows.
class TerminalScreen : public QObject
{
    Q_OBJECT

public:
    enum class MouseMode { None, Click, Drag, Move };
    Q_ENUM(MouseMode)
    enum class CursorShape { Block, Underline, Bar };
    Q_ENUM(CursorShape)

    static constexpr int kDefaultScrollback = 10000;

    explicit TerminalScreen(int rows = 24, int cols = 80, QObject *parent = nullptr);
    ~TerminalScreen() override;

    // Parses output of the remote side (SshSession::shellData connects to feed() without an
    // overload to pick); emits damaged() when damage appears.
    void feed(const QByteArray &bytes);
    void feedRaw(const char *bytes, qsizetype length);

    int rows() const { return m_rows; }
    int cols() const { return m_cols; }
    // Resizes the grid (lines move to/from the scrollback around the cursor, columns are
    // clipped) and emits sizeChanged() so the PTY on the other side can follow.
    void resize(int rows, int cols);

    int scrollbackLimit() const { return m_primary.maxScrollback(); }
    void setScrollbackLimit(int lines);
    // Lines of history above the screen; 0 while the alternate screen is shown.
    int scrollbackCount() const;
    void clearScrollback();

    // line: 0..rows()-1 on screen, -1..-scrollbackCount() in the scrollback (-1 is the newest).
    const TerminalCell &cell(int line, int col) const;
    QString cellText(int line, int col) const; // the character with its combining marks; "" if blank
    QString lineText(int line) const; // trailing blanks trimmed; a wide glyph once
    // True when the line was reached by autowrap: it continues the line above, and copying
    // joins the two without a newline.
    bool isContinuation(int line) const;
    // Text between two positions (inclusive, in reading order), lines joined with '\n'.
    QString text(QPoint from, QPoint to) const;

    // A search hit: cells firstCol..lastCol of a line (negative lines are in the scrollback).
    struct Match
    {
        int line = 0;
        int firstCol = -1;
        int lastCol = -1;
        bool isValid() const { return firstCol >= 0; }
        friend bool operator==(const Match &, const Match &) = default;
    };
    // Searches the scrollback and the screen from (fromCol, fromLine), excluded, towards older
    // lines (backwards) or newer ones; no wrap-around. Matches inside one line only.
    Match find(const QString &needle, int fromLine, int fromCol, bool backwards,
        Qt::CaseSensitivity cs = Qt::CaseInsensitive) const;

    // The URL (http, https, ftp, file) written across the cell, following autowrapped lines;
    // empty when there is none. Trailing punctuation is not part of it.
    QUrl urlAt(int line, int col) const;

    QPoint cursor() const { return m_cursor; } // x = column, y = row
    bool cursorVisible() const { return m_cursorVisible; }
    bool cursorBlinking() const { return m_cursorBlink; }
    CursorShape cursorShape() const { return m_cursorShape; }

    bool altScreen() const { return m_altScreen; }
    bool reverseVideo() const { return m_reverseVideo; }
    MouseMode mouseMode() const { return m_mouseMode; }
    bool bracketedPaste() const;
    bool applicationCursorKeys() const;
    QString title() const { return m_title; }
    QString currentDirectory() const { return m_cwd; } // from OSC 7, a local path

    // Screen rows changed since the last call, ascending; clears the record.
    QList<int> takeDamage();
    bool hasDamage() const { return m_anyDamage; }

    // Bytes to send for a key press (Qt::Key, modifiers, the event's text), honouring
    // application cursor/keypad modes. Empty when the key produces nothing.
    QByteArray encodeKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);
    // Mouse reports for the current mouse mode and encoding; empty when reporting is off.
    // button: 1 left, 2 middle, 3 right, 4/5 wheel up/down.
    QByteArray encodeMouseButton(int row, int col, int button, bool pressed, Qt::KeyboardModifiers modifiers);
    QByteArray encodeMouseMove(int row, int col, Qt::KeyboardModifiers modifiers);
    // Pasted text as the shell should receive it: newlines as CR, wrapped in ESC[200~ … ESC[201~
    // when the application asked for bracketed paste.
    QByteArray encodePaste(const QString &text);

signals:
    // Damage appeared while none was pending: emitted once until takeDamage() is called, so a
    // flood of output costs one signal per repaint. A viewer attaching later checks hasDamage().
    void damaged();
    void output(const QByteArray &bytes); // answers the terminal owes the remote side (DA, DSR…)
    void titleChanged(const QString &title);
    void currentDirectoryChanged(const QString &path);
    void bell();
    void sizeChanged(int rows, int cols);
    void modesChanged(); // alternate screen, mouse mode, cursor visibility/shape

private:
    friend struct TerminalScreenCallbacks;

    TerminalBuffer &active() { return m_altScreen ? m_alt : m_primary; }
    const TerminalBuffer &active() const { return m_altScreen ? m_alt : m_primary; }
    TerminalCell blank() const;
    // The line's text (trailing blanks kept) and, per UTF-16 unit, the column it came from.
    QString lineTextWithColumns(int line, std::vector<int> &columns) const;
    void damageRows(int from, int to); // [from, to)
    void damageAll() { damageRows(0, m_rows); }
    QByteArray capture(const std::function<void()> &emitter);
    void scanOsc(const char *bytes, qsizetype length);
    void handleOsc(const QByteArray &osc);

    VTerm *m_vt = nullptr;
    VTermState *m_state = nullptr;
    TerminalBuffer m_primary;
    TerminalBuffer m_alt;
    int m_rows;
    int m_cols;

    TerminalCell m_pen; // attributes and colours applied to the next glyph
    // The last glyph filled the last column: a glyph at column 0 of the next line, with no cursor
    // move in between, is an autowrap (libvterm 0.1 does not say so itself).
    bool m_wrapCandidate = false;
    int m_lastGlyphRow = -1;
    QPoint m_cursor;
    bool m_cursorVisible = true;
    bool m_cursorBlink = true;
    CursorShape m_cursorShape = CursorShape::Block;
    bool m_altScreen = false;
    bool m_reverseVideo = false;
    MouseMode m_mouseMode = MouseMode::None;
    QString m_title;
    QString m_cwd;
    enum class OscState { Idle, Escape, Inside };
    OscState m_oscState = OscState::Idle;
    QByteArray m_osc;

    std::vector<quint8> m_damage;
    bool m_anyDamage = false;
    QByteArray m_output;
};

} // namespace gpudesk
