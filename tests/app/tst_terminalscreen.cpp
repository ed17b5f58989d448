#include "terminal/TerminalPalette.h"
#include "terminal/TerminalScreen.h"

#include <QSignalSpy>
#include <QTest>

#include <random>

using gpudesk::TerminalCell;
using gpudesk::TerminalPalette;
using gpudesk::TerminalScreen;

namespace {

QByteArray esc(const char *s)
{
    return QByteArray(s).replace("\\e", "\x1b");
}

} // namespace

class TestTerminalScreen : public QObject
{
    Q_OBJECT

private slots:
    void plainTextAndCursor();
    void sgrAttributesAndColors();
    void eraseUsesBackgroundColor();
    void scrollingFillsScrollbackInOrder();
    void scrollbackLimitDropsOldest();
    void scrollRegionKeepsStatusLine();
    void reverseScrollInRegion();
    void insertAndDeleteCharacters();
    void altScreenPreservesPrimary();
    void wideCharacters();
    void combiningCharacters();
    void titleAndCurrentDirectory();
    void deviceStatusReportAnswers();
    void bell();
    void resizeShrinkAndGrow();
    void resizeClipsColumns();
    void resizeRewrapsLines();
    void randomOutputAndResizesKeepTheGridConsistent();
    void damageTracksChangedRows();
    void mouseAndBracketedPasteModes();
    void keyEncoding_data();
    void keyEncoding();
    void applicationCursorKeys();
    void mouseEncoding();
    void pasteEncoding();
    void selectionText();
    void findInScrollback();
    void autowrapJoinsLines();
    void urlUnderTheMouse();
    void palette();
};

void TestTerminalScreen::plainTextAndCursor()
{
    TerminalScreen s(5, 20);
    s.feed("hello\r\nworld");
    QCOMPARE(s.lineText(0), QStringLiteral("hello"));
    QCOMPARE(s.lineText(1), QStringLiteral("world"));
    QCOMPARE(s.cursor(), QPoint(5, 1));
    QCOMPARE(s.cell(0, 0).ch, U'h');
    QCOMPARE(s.cell(0, 7).ch, char32_t(0));
    s.feed(esc("\\e[3;4HX"));
    QCOMPARE(s.lineText(2), QStringLiteral("   X"));
}

void TestTerminalScreen::sgrAttributesAndColors()
{
    TerminalScreen s(5, 40);
    s.feed(esc("\\e[1;3;4;7mA\\e[0m\\e[31mB\\e[38;5;208mC\\e[38;2;10;20;30;48;2;1;2;3mD\\e[0;94;42mE\\e[9mF\\e[0mG"));
    const TerminalCell &a = s.cell(0, 0);
    QVERIFY(a.has(TerminalCell::Bold));
    QVERIFY(a.has(TerminalCell::Italic));
    QVERIFY(a.has(TerminalCell::Underline));
    QVERIFY(a.has(TerminalCell::Reverse));
    QCOMPARE(a.fg, TerminalCell::kDefaultColor);
    QCOMPARE(s.cell(0, 1).fg, TerminalCell::indexed(1));
    QCOMPARE(s.cell(0, 1).attrs, quint16(0));
    QCOMPARE(s.cell(0, 2).fg, TerminalCell::indexed(208));
    QCOMPARE(s.cell(0, 3).fg, TerminalCell::rgb(10, 20, 30));
    QCOMPARE(s.cell(0, 3).bg, TerminalCell::rgb(1, 2, 3));
    QCOMPARE(s.cell(0, 4).fg, TerminalCell::indexed(12));
    QCOMPARE(s.cell(0, 4).bg, TerminalCell::indexed(2));
    QVERIFY(s.cell(0, 5).has(TerminalCell::Strike));
    QCOMPARE(s.cell(0, 6), (TerminalCell { U'G', 0, 0, 0, 1, 0 }));
}

void TestTerminalScreen::eraseUsesBackgroundColor()
{
    TerminalScreen s(3, 10);
    s.feed(esc("abcdef\\e[44m\\e[1;3H\\e[K"));
    QCOMPARE(s.lineText(0), QStringLiteral("ab"));
    QCOMPARE(s.cell(0, 5).bg, TerminalCell::indexed(4));
    QCOMPARE(s.cell(0, 1).bg, TerminalCell::kDefaultColor);
    s.feed(esc("\\e[2J"));
    QCOMPARE(s.cell(2, 9).bg, TerminalCell::indexed(4));
}

void TestTerminalScreen::scrollingFillsScrollbackInOrder()
{
    TerminalScreen s(3, 10);
    for (int i = 0; i < 10; ++i)
        s.feed(QByteArray("line") + QByteArray::number(i) + "\r\n");
    // 10 lines then an empty one at the bottom: 8 went to the scrollback.
    QCOMPARE(s.scrollbackCount(), 8);
    QCOMPARE(s.lineText(-8), QStringLiteral("line0"));
    QCOMPARE(s.lineText(-1), QStringLiteral("line7"));
    QCOMPARE(s.lineText(0), QStringLiteral("line8"));
    QCOMPARE(s.lineText(1), QStringLiteral("line9"));
    QCOMPARE(s.lineText(2), QString());
    QCOMPARE(s.lineText(-9), QString());
    s.clearScrollback();
    QCOMPARE(s.scrollbackCount(), 0);
    QCOMPARE(s.lineText(0), QStringLiteral("line8"));
}

void TestTerminalScreen::scrollbackLimitDropsOldest()
{
    TerminalScreen s(2, 10);
    QCOMPARE(s.scrollbackLimit(), TerminalScreen::kDefaultScrollback);
    s.setScrollbackLimit(5);
    for (int i = 0; i < 20; ++i)
        s.feed(QByteArray("\r\nl") + QByteArray::number(i));
    QCOMPARE(s.scrollbackCount(), 5);
    QCOMPARE(s.lineText(1), QStringLiteral("l19"));
    QCOMPARE(s.lineText(0), QStringLiteral("l18"));
    QCOMPARE(s.lineText(-5), QStringLiteral("l13"));
    s.setScrollbackLimit(2);
    QCOMPARE(s.scrollbackCount(), 2);
    QCOMPARE(s.lineText(-2), QStringLiteral("l16"));
}

void TestTerminalScreen::scrollRegionKeepsStatusLine()
{
    TerminalScreen s(4, 10);
    s.feed(esc("\\e[4;1Hstatus\\e[1;3r\\e[1;1Ha\r\nb\r\nc\r\nd\r\ne"));
    QCOMPARE(s.lineText(0), QStringLiteral("c"));
    QCOMPARE(s.lineText(1), QStringLiteral("d"));
    QCOMPARE(s.lineText(2), QStringLiteral("e"));
    QCOMPARE(s.lineText(3), QStringLiteral("status"));
    // Lines scrolled off the top of a top-anchored region still reach the scrollback.
    QCOMPARE(s.scrollbackCount(), 2);
    QCOMPARE(s.lineText(-2), QStringLiteral("a"));
    QCOMPARE(s.lineText(-1), QStringLiteral("b"));
}

void TestTerminalScreen::reverseScrollInRegion()
{
    TerminalScreen s(4, 10);
    s.feed(esc("1\r\n2\r\n3\r\n4\\e[2;3r\\e[2;1H\\eM"));
    QCOMPARE(s.lineText(0), QStringLiteral("1"));
    QCOMPARE(s.lineText(1), QString());
    QCOMPARE(s.lineText(2), QStringLiteral("2"));
    QCOMPARE(s.lineText(3), QStringLiteral("4"));
    s.feed(esc("\\e[2;1H\\e[M")); // delete line inside the region
    QCOMPARE(s.lineText(1), QStringLiteral("2"));
    QCOMPARE(s.lineText(2), QString());
    QCOMPARE(s.scrollbackCount(), 0);
}

void TestTerminalScreen::insertAndDeleteCharacters()
{
    TerminalScreen s(2, 10);
    s.feed(esc("abcdef\\e[1;2H\\e[2@"));
    QCOMPARE(s.lineText(0), QStringLiteral("a  bcdef"));
    s.feed(esc("\\e[1;1H\\e[3P"));
    QCOMPARE(s.lineText(0), QStringLiteral("bcdef"));
}

void TestTerminalScreen::altScreenPreservesPrimary()
{
    TerminalScreen s(3, 10);
    QSignalSpy modes(&s, &TerminalScreen::modesChanged);
    s.feed("one\r\ntwo\r\nthree\r\nfour");
    QCOMPARE(s.scrollbackCount(), 1);
    s.feed(esc("\\e[?1049h\\e[H\\e[2Jvim"));
    QVERIFY(s.altScreen());
    QVERIFY(modes.count() > 0);
    QCOMPARE(s.lineText(0), QStringLiteral("vim"));
    QCOMPARE(s.lineText(1), QString());
    QCOMPARE(s.scrollbackCount(), 0);
    for (int i = 0; i < 5; ++i)
        s.feed("\r\nx");
    QCOMPARE(s.scrollbackCount(), 0);
    s.feed(esc("\\e[?1049l"));
    QVERIFY(!s.altScreen());
    QCOMPARE(s.lineText(0), QStringLiteral("two"));
    QCOMPARE(s.lineText(2), QStringLiteral("four"));
    QCOMPARE(s.cursor(), QPoint(4, 2));
    QCOMPARE(s.scrollbackCount(), 1);
    QCOMPARE(s.lineText(-1), QStringLiteral("one"));
}

void TestTerminalScreen::wideCharacters()
{
    TerminalScreen s(2, 10);
    s.feed(QStringLiteral("中文a😀b").toUtf8());
    QCOMPARE(s.cell(0, 0).width, quint8(2));
    QCOMPARE(s.cell(0, 0).ch, U'中');
    QCOMPARE(s.cell(0, 1).width, quint8(0));
    QCOMPARE(s.cell(0, 2).ch, U'文');
    QCOMPARE(s.cell(0, 4).ch, U'a');
    QCOMPARE(s.cell(0, 5).ch, U'😀');
    QCOMPARE(s.cell(0, 5).width, quint8(2));
    QCOMPARE(s.cell(0, 7).ch, U'b');
    QCOMPARE(s.cursor(), QPoint(8, 0));
    QCOMPARE(s.lineText(0), QStringLiteral("中文a😀b"));
    // A wide glyph that no longer fits wraps to the next line.
    s.feed(QStringLiteral("中文").toUtf8());
    QCOMPARE(s.lineText(0), QStringLiteral("中文a😀b中"));
    QCOMPARE(s.lineText(1), QStringLiteral("文"));
}

void TestTerminalScreen::combiningCharacters()
{
    TerminalScreen s(2, 10);
    s.feed(QStringLiteral("e\u0301x").toUtf8());
    QCOMPARE(s.cell(0, 0).ch, U'e');
    QVERIFY(s.cell(0, 0).has(TerminalCell::Cluster));
    QCOMPARE(s.cellText(0, 0), QStringLiteral("e\u0301"));
    QCOMPARE(s.cell(0, 1).ch, U'x');
    QCOMPARE(s.lineText(0), QStringLiteral("e\u0301x"));
    s.feed("\rz"); // overwriting drops the combining marks
    QCOMPARE(s.cellText(0, 0), QStringLiteral("z"));
    QVERIFY(!s.cell(0, 0).has(TerminalCell::Cluster));
}

void TestTerminalScreen::titleAndCurrentDirectory()
{
    TerminalScreen s;
    QSignalSpy title(&s, &TerminalScreen::titleChanged);
    QSignalSpy cwd(&s, &TerminalScreen::currentDirectoryChanged);
    s.feed(esc("\\e]0;first\a"));
    s.feed(esc("\\e]2;user@pod: ~/train\\e\\"));
    QCOMPARE(title.count(), 2);
    QCOMPARE(s.title(), QStringLiteral("user@pod: ~/train"));
    s.feed(esc("\\e]7;file://pod-1/home/user/my%20runs\a"));
    QCOMPARE(cwd.count(), 1);
    QCOMPARE(s.currentDirectory(), QStringLiteral("/home/user/my runs"));
    QCOMPARE(cwd.first().first().toString(), QStringLiteral("/home/user/my runs"));
    // Split across two reads, as SSH delivers it.
    s.feed(esc("\\e]7;file://pod-1/wo"));
    s.feed(esc("rkspace\a"));
    QCOMPARE(s.currentDirectory(), QStringLiteral("/workspace"));
    // ESC of the terminator as the last byte of one read, backslash in the next.
    s.feed(esc("\\e]2;split title\\e"));
    s.feed("\\after");
    QCOMPARE(s.title(), QStringLiteral("split title"));
    QCOMPARE(s.lineText(0), QStringLiteral("after"));
    QCOMPARE(s.currentDirectory(), QStringLiteral("/workspace"));
}

void TestTerminalScreen::deviceStatusReportAnswers()
{
    TerminalScreen s(10, 40);
    QSignalSpy out(&s, &TerminalScreen::output);
    s.feed(esc("\\e[5;7H\\e[6n"));
    QCOMPARE(out.count(), 1);
    QCOMPARE(out.first().first().toByteArray(), QByteArray("\x1b[5;7R"));
    s.feed(esc("\\e[c"));
    QCOMPARE(out.count(), 2);
    QVERIFY(out.last().first().toByteArray().startsWith("\x1b[?"));
    s.feed("plain text");
    QCOMPARE(out.count(), 2);
}

void TestTerminalScreen::bell()
{
    TerminalScreen s;
    QSignalSpy bell(&s, &TerminalScreen::bell);
    s.feed("a\ab\a");
    QCOMPARE(bell.count(), 2);
    QCOMPARE(s.lineText(0), QStringLiteral("ab"));
}

void TestTerminalScreen::resizeShrinkAndGrow()
{
    TerminalScreen s(5, 10);
    QSignalSpy size(&s, &TerminalScreen::sizeChanged);
    s.feed("a\r\nb\r\nc\r\nd\r\ne");
    s.resize(3, 10);
    QCOMPARE(size.count(), 1);
    QCOMPARE(size.first().at(0).toInt(), 3);
    QCOMPARE(size.first().at(1).toInt(), 10);
    QCOMPARE(s.rows(), 3);
    // Lines above the cursor went to the scrollback; the cursor stays on "e".
    QCOMPARE(s.lineText(0), QStringLiteral("c"));
    QCOMPARE(s.lineText(2), QStringLiteral("e"));
    QCOMPARE(s.cursor(), QPoint(1, 2));
    QCOMPARE(s.scrollbackCount(), 2);
    s.resize(6, 10);
    QCOMPARE(s.lineText(0), QStringLiteral("a"));
    QCOMPARE(s.lineText(4), QStringLiteral("e"));
    QCOMPARE(s.lineText(5), QString());
    QCOMPARE(s.cursor(), QPoint(1, 4));
    QCOMPARE(s.scrollbackCount(), 0);
    s.feed("\r\nf");
    QCOMPARE(s.lineText(5), QStringLiteral("f"));
}

void TestTerminalScreen::resizeClipsColumns()
{
    TerminalScreen s(3, 10);
    s.feed(QStringLiteral("abcd中x").toUtf8());
    s.resize(3, 5); // the wide glyph at columns 4-5 is cut in half
    QCOMPARE(s.cols(), 5);
    QCOMPARE(s.lineText(0), QStringLiteral("abcd"));
    s.feed(esc("\\e[1;1H\\e[2K0123456789"));
    QCOMPARE(s.lineText(0), QStringLiteral("01234"));
    QCOMPARE(s.lineText(1), QStringLiteral("56789"));
    s.resize(3, 8); // the wrapped line is rewrapped at the new width
    QCOMPARE(s.lineText(0), QStringLiteral("01234567"));
    QCOMPARE(s.lineText(1), QStringLiteral("89"));
    s.feed(esc("\\e[1;6Hxyz"));
    QCOMPARE(s.lineText(0), QStringLiteral("01234xyz"));
}

void TestTerminalScreen::resizeRewrapsLines()
{
    TerminalScreen s(4, 10);
    s.feed(QStringLiteral("abcdefghijklmno\r\n中文中文中文\r\n$ ").toUtf8());
    QCOMPARE(s.lineText(-1), QStringLiteral("abcdefghij"));
    QCOMPARE(s.lineText(0), QStringLiteral("klmno"));
    QCOMPARE(s.lineText(2), QStringLiteral("文"));
    QCOMPARE(s.cursor(), QPoint(2, 3));
    s.resize(4, 20); // wider: lines come back together, and from the scrollback
    QCOMPARE(s.scrollbackCount(), 0);
    QCOMPARE(s.lineText(0), QStringLiteral("abcdefghijklmno"));
    QCOMPARE(s.lineText(1), QStringLiteral("中文中文中文"));
    QCOMPARE(s.lineText(2), QStringLiteral("$"));
    QCOMPARE(s.cursor(), QPoint(2, 2));
    s.feed("ls");
    QCOMPARE(s.lineText(2), QStringLiteral("$ ls"));
    s.resize(4, 5); // narrower: more lines than rows, the oldest go to the scrollback
    QCOMPARE(s.lineText(3), QStringLiteral("$ ls"));
    QCOMPARE(s.cursor(), QPoint(4, 3));
    QCOMPARE(s.lineText(2), QStringLiteral("中文"));
    QVERIFY(s.isContinuation(2));
    QCOMPARE(s.lineText(0), QStringLiteral("中文")); // wide glyphs are never split
    QCOMPARE(s.lineText(-1), QStringLiteral("klmno"));
    QCOMPARE(s.scrollbackCount(), 3);
    QCOMPARE(s.text(QPoint(0, -3), QPoint(4, -1)), QStringLiteral("abcdefghijklmno"));
}

void TestTerminalScreen::randomOutputAndResizesKeepTheGridConsistent()
{
    // Seeded noise: printable text, CJK, controls and escape sequences, with resizes between.
    std::mt19937 rng(20261125u);
    const QList<QByteArray> pieces = {
        "word ",
        "\r\n",
        "\n",
        "\r",
        "\t",
        "\b",
        QStringLiteral("中文").toUtf8(),
        QStringLiteral("e\u0301").toUtf8(),
        "\x1b[31m",
        "\x1b[0m",
        "\x1b[2J",
        "\x1b[K",
        "\x1b[5;3H",
        "\x1b[2;8r",
        "\x1b[r",
        "\x1bM",
        "\x1b[3L",
        "\x1b[2M",
        "\x1b[4@",
        "\x1b[3P",
        "\x1b[?1049h",
        "\x1b[?1049l",
        "\x1b[?7l",
        "\x1b[?7h",
        "\x1b]0;t\x07",
        "\x1b[6n",
        "\x1b[",
    };
    TerminalScreen s(10, 20);
    s.setScrollbackLimit(50);
    for (int i = 0; i < 5000; ++i) {
        s.feed(pieces.at(int(rng() % quint32(pieces.size()))));
        if (rng() % 200 == 0)
            s.resize(1 + int(rng() % 30), 1 + int(rng() % 60));
        QVERIFY(s.cursor().x() >= 0 && s.cursor().x() < s.cols());
        QVERIFY(s.cursor().y() >= 0 && s.cursor().y() < s.rows());
    }
    QVERIFY(s.scrollbackCount() <= 50);
    for (int line = -s.scrollbackCount(); line < s.rows(); ++line) {
        s.lineText(line);
        for (int col = 0; col < s.cols(); ++col)
            QVERIFY(s.cell(line, col).width <= 2);
    }
}

void TestTerminalScreen::damageTracksChangedRows()
{
    TerminalScreen s(5, 10);
    QSignalSpy damaged(&s, &TerminalScreen::damaged);
    s.takeDamage();
    s.feed(esc("\\e[3;1Hx"));
    QCOMPARE(damaged.count(), 1);
    QCOMPARE(s.takeDamage(), (QList<int> { 0, 2 })); // the cursor left row 0 and wrote on row 2
    QVERIFY(!s.hasDamage());
    s.feed("y");
    s.feed("z"); // still not taken: no second signal
    QCOMPARE(damaged.count(), 2);
    QCOMPARE(s.takeDamage(), (QList<int> { 2 }));
    s.feed(esc("\\e[5;1H\n"));
    QCOMPARE(s.takeDamage().size(), 5); // a scroll moves every row
}

void TestTerminalScreen::mouseAndBracketedPasteModes()
{
    TerminalScreen s;
    QCOMPARE(s.mouseMode(), TerminalScreen::MouseMode::None);
    QVERIFY(!s.bracketedPaste());
    s.feed(esc("\\e[?1000h"));
    QCOMPARE(s.mouseMode(), TerminalScreen::MouseMode::Click);
    s.feed(esc("\\e[?1002h"));
    QCOMPARE(s.mouseMode(), TerminalScreen::MouseMode::Drag);
    s.feed(esc("\\e[?1003h"));
    QCOMPARE(s.mouseMode(), TerminalScreen::MouseMode::Move);
    s.feed(esc("\\e[?1003l"));
    QCOMPARE(s.mouseMode(), TerminalScreen::MouseMode::None);
    s.feed(esc("\\e[?2004h"));
    QVERIFY(s.bracketedPaste());
    s.feed(esc("\\e[?2004l"));
    QVERIFY(!s.bracketedPaste());
    s.feed(esc("\\e[?25l"));
    QVERIFY(!s.cursorVisible());
    s.feed(esc("\\e[?25h\\e[5 q"));
    QVERIFY(s.cursorVisible());
    QCOMPARE(s.cursorShape(), TerminalScreen::CursorShape::Bar);
}

void TestTerminalScreen::keyEncoding_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    const int none = Qt::NoModifier;
    QTest::newRow("letter") << int(Qt::Key_A) << none << QStringLiteral("a") << QByteArray("a");
    QTest::newRow("chinese") << 0 << none << QStringLiteral("中") << QByteArray("\xe4\xb8\xad");
    QTest::newRow("enter") << int(Qt::Key_Return) << none << QStringLiteral("\r") << QByteArray("\r");
    QTest::newRow("backspace") << int(Qt::Key_Backspace) << none << QString() << QByteArray("\x7f");
    QTest::newRow("tab") << int(Qt::Key_Tab) << none << QStringLiteral("\t") << QByteArray("\t");
    QTest::newRow("backtab") << int(Qt::Key_Backtab) << int(Qt::ShiftModifier) << QString() << QByteArray("\x1b[Z");
    QTest::newRow("escape") << int(Qt::Key_Escape) << none << QString() << QByteArray("\x1b");
    QTest::newRow("ctrl-c") << int(Qt::Key_C) << int(Qt::ControlModifier) << QStringLiteral("\x03")
                            << QByteArray("\x03");
    QTest::newRow("ctrl-space") << int(Qt::Key_Space) << int(Qt::ControlModifier) << QString() << QByteArray("\0", 1);
    QTest::newRow("alt-x") << int(Qt::Key_X) << int(Qt::AltModifier) << QStringLiteral("x") << QByteArray("\x1bx");
    QTest::newRow("up") << int(Qt::Key_Up) << none << QString() << QByteArray("\x1b[A");
    QTest::newRow("ctrl-right") << int(Qt::Key_Right) << int(Qt::ControlModifier) << QString()
                                << QByteArray("\x1b[1;5C");
    QTest::newRow("home") << int(Qt::Key_Home) << none << QString() << QByteArray("\x1b[H");
    QTest::newRow("end") << int(Qt::Key_End) << none << QString() << QByteArray("\x1b[F");
    QTest::newRow("pgup") << int(Qt::Key_PageUp) << none << QString() << QByteArray("\x1b[5~");
    QTest::newRow("delete") << int(Qt::Key_Delete) << none << QString() << QByteArray("\x1b[3~");
    QTest::newRow("f1") << int(Qt::Key_F1) << none << QString() << QByteArray("\x1bOP");
    QTest::newRow("f5") << int(Qt::Key_F5) << none << QString() << QByteArray("\x1b[15~");
    QTest::newRow("f12") << int(Qt::Key_F12) << none << QString() << QByteArray("\x1b[24~");
    QTest::newRow("keypad-5") << int(Qt::Key_5) << int(Qt::KeypadModifier) << QStringLiteral("5") << QByteArray("5");
    QTest::newRow("shift-only") << int(Qt::Key_Shift) << int(Qt::ShiftModifier) << QString() << QByteArray();
}

void TestTerminalScreen::keyEncoding()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    TerminalScreen s;
    QCOMPARE(s.encodeKey(key, Qt::KeyboardModifiers(modifiers), text), expected);
}

void TestTerminalScreen::applicationCursorKeys()
{
    TerminalScreen s;
    QSignalSpy out(&s, &TerminalScreen::output);
    QVERIFY(!s.applicationCursorKeys());
    s.feed(esc("\\e[?1h\\e="));
    QVERIFY(s.applicationCursorKeys());
    QCOMPARE(s.encodeKey(Qt::Key_Up, Qt::NoModifier, QString()), QByteArray("\x1bOA"));
    QCOMPARE(s.encodeKey(Qt::Key_Left, Qt::NoModifier, QString()), QByteArray("\x1bOD"));
    QCOMPARE(s.encodeKey(Qt::Key_5, Qt::KeypadModifier, QStringLiteral("5")), QByteArray("\x1bOu"));
    s.feed(esc("\\e[?1l"));
    QCOMPARE(s.encodeKey(Qt::Key_Up, Qt::NoModifier, QString()), QByteArray("\x1b[A"));
    QCOMPARE(out.count(), 0); // encoded keys are returned, never emitted
}

void TestTerminalScreen::mouseEncoding()
{
    TerminalScreen s;
    QVERIFY(s.encodeMouseButton(0, 0, 1, true, Qt::NoModifier).isEmpty());
    s.feed(esc("\\e[?1000h\\e[?1006h"));
    QCOMPARE(s.encodeMouseButton(4, 9, 1, true, Qt::NoModifier), QByteArray("\x1b[<0;10;5M"));
    QCOMPARE(s.encodeMouseButton(4, 9, 1, false, Qt::NoModifier), QByteArray("\x1b[<0;10;5m"));
    QCOMPARE(s.encodeMouseButton(0, 0, 4, true, Qt::NoModifier), QByteArray("\x1b[<64;1;1M"));
    QVERIFY(s.encodeMouseMove(1, 1, Qt::NoModifier).isEmpty()); // click mode: no motion reports
    s.feed(esc("\\e[?1006l"));
    QCOMPARE(s.encodeMouseButton(0, 0, 1, true, Qt::NoModifier), QByteArray("\x1b[M !!"));
}

void TestTerminalScreen::pasteEncoding()
{
    TerminalScreen s;
    QCOMPARE(s.encodePaste(QStringLiteral("ls\npwd\n")), QByteArray("ls\rpwd\r"));
    s.feed(esc("\\e[?2004h"));
    QCOMPARE(s.encodePaste(QStringLiteral("a\r\nb")), QByteArray("\x1b[200~a\rb\x1b[201~"));
    QCOMPARE(s.encodePaste(QStringLiteral("x\x1b[201~rm")), QByteArray("\x1b[200~xrm\x1b[201~"));
}

void TestTerminalScreen::selectionText()
{
    TerminalScreen s(3, 10);
    s.feed(QStringLiteral("hello\r\nwide 中文\r\nlast").toUtf8());
    QCOMPARE(s.text(QPoint(1, 0), QPoint(3, 2)), QStringLiteral("ello\nwide 中文\nlast"));
    QCOMPARE(s.text(QPoint(3, 2), QPoint(1, 0)), QStringLiteral("ello\nwide 中文\nlast"));
    QCOMPARE(s.text(QPoint(5, 1), QPoint(6, 1)), QStringLiteral("中"));
}

void TestTerminalScreen::findInScrollback()
{
    TerminalScreen s(3, 20);
    s.feed(QStringLiteral("error one\r\nok\r\n中文 error two\r\nok\r\nlast Error").toUtf8());
    QCOMPARE(s.scrollbackCount(), 2);
    using Match = TerminalScreen::Match;
    // Backwards from the bottom right: the newest hit first, case-insensitive by default.
    const Match newest = s.find(QStringLiteral("error"), s.rows() - 1, s.cols(), true);
    QCOMPARE(newest, (Match { 2, 5, 9 }));
    const Match middle = s.find(QStringLiteral("error"), newest.line, newest.firstCol, true);
    QCOMPARE(middle, (Match { 0, 5, 9 })); // after the two wide glyphs (4 cells) and a space
    const Match oldest = s.find(QStringLiteral("error"), middle.line, middle.firstCol, true);
    QCOMPARE(oldest, (Match { -2, 0, 4 }));
    QVERIFY(!s.find(QStringLiteral("error"), oldest.line, oldest.firstCol, true).isValid());
    // Forwards again, and case-sensitive.
    QCOMPARE(s.find(QStringLiteral("error"), oldest.line, oldest.firstCol, false), middle);
    QCOMPARE(s.find(QStringLiteral("Error"), -2, -1, false, Qt::CaseSensitive), newest);
    QCOMPARE(s.find(QStringLiteral("中文"), -2, -1, false), (Match { 0, 0, 3 }));
}

void TestTerminalScreen::autowrapJoinsLines()
{
    TerminalScreen s(4, 5);
    s.feed("abcdefgh\r\n");
    QVERIFY(!s.isContinuation(0));
    QVERIFY(s.isContinuation(1));
    QCOMPARE(s.text(QPoint(0, 0), QPoint(4, 1)), QStringLiteral("abcdefgh"));
    // Split between two reads, right at the wrap.
    s.feed("12345");
    s.feed("67");
    QVERIFY(s.isContinuation(3));
    // A full line ended by CR LF is two lines.
    s.feed(esc("\\e[2J\\e[Hvwxyz\r\nnext"));
    QVERIFY(!s.isContinuation(1));
    QCOMPARE(s.text(QPoint(0, 0), QPoint(4, 1)), QStringLiteral("vwxyz\nnext"));
    // The flag travels with the line into the scrollback.
    s.feed(esc("\\e[4;1Habcdefg\r\n\n\n"));
    QCOMPARE(s.lineText(-1), QStringLiteral("abcde"));
    QCOMPARE(s.lineText(0), QStringLiteral("fg"));
    QVERIFY(s.isContinuation(0));
    QVERIFY(!s.isContinuation(-1));
}

void TestTerminalScreen::urlUnderTheMouse()
{
    TerminalScreen s(4, 30);
    s.feed("Jupyter at http://127.0.0.1:8888/lab?token=abc123.\r\nno link here");
    const QUrl jupyter(QStringLiteral("http://127.0.0.1:8888/lab?token=abc123"));
    QCOMPARE(s.urlAt(0, 11), jupyter); // the first character
    QCOMPARE(s.urlAt(1, 10), jupyter); // on the autowrapped part
    QCOMPARE(s.urlAt(1, 18), jupyter); // its last character
    QCOMPARE(s.urlAt(1, 19), QUrl()); // the full stop after it
    QCOMPARE(s.urlAt(0, 3), QUrl());
    QCOMPARE(s.urlAt(2, 3), QUrl());
}

void TestTerminalScreen::palette()
{
    TerminalPalette p;
    QCOMPARE(p.resolve(TerminalCell::indexed(1), true), p.indexed(1));
    QCOMPARE(p.resolve(TerminalCell::indexed(1), true, true), p.indexed(9));
    QCOMPARE(p.resolve(TerminalCell::indexed(196), true), qRgb(255, 0, 0));
    QCOMPARE(p.resolve(TerminalCell::indexed(232), true), qRgb(8, 8, 8));
    QCOMPARE(p.resolve(TerminalCell::rgb(1, 2, 3), false), qRgb(1, 2, 3));
    QCOMPARE(p.resolve(TerminalCell::kDefaultColor, false), p.defaultBackground());
}

QTEST_GUILESS_MAIN(TestTerminalScreen)
#include "tst_terminalscreen.moc"
