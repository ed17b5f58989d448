#include "terminal/TerminalScreen.h"
#include "terminal/TerminalView.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace gpudesk;

namespace {

QByteArray esc(const char *s)
{
    return QByteArray(s).replace("\\e", "\x1b");
}

// Counts the paints of the view's viewport.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

const char kShellScene[]
    = "\\e[1;32muser@pod-7\\e[0m:\\e[1;34m~/train\\e[0m$ ls --color\r\n"
      "\\e[1;34mcheckpoints\\e[0m  \\e[1;34mdata\\e[0m  \\e[1;32mlaunch.sh\\e[0m  README.md  "
      "\\e[1;31mweights.tar.gz\\e[0m  train.py\r\n"
      "\\e[1mbold\\e[0m \\e[3mitalic\\e[0m \\e[4munderline\\e[0m \\e[7mreverse\\e[0m \\e[9mstrike\\e[0m "
      "\\e[30;47m black on white \\e[0m \\e[97;41m white on red \\e[0m\r\n";

// Sizes the view to cols x rows cells, shows it offscreen and waits until it can paint.
bool showView(TerminalView &view, int cols = 80, int rows = 24)
{
    const QSize cell = view.cellSize();
    view.resize(cols * cell.width() + view.verticalScrollBar()->sizeHint().width(), rows * cell.height());
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

} // namespace

class TestTerminalView : public QObject
{
    Q_OBJECT

private slots:
    void paintsColoursAndCjk();
    void paintsAltScreen();
    void paintsHtopLikeScreen();
    void typingSendsBytes();
    void resizeReportsSize();
    void selectionAndCopy();
    void pasteIsBracketedWhenAsked();
    void mouseReporting();
    void wheelScrollsBack();
    void repaintsAreCoalesced();
    void findScrollsToTheHit();
    void zoomChangesTheGrid();
    void multiLinePasteIsConfirmed();
    void ctrlClickOpensLinks();

private:
    static QString pngPath(const QString &name)
    {
        return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("terminalview-%1.png").arg(name));
    }
    static QPoint cellCentre(const TerminalView &view, int col, int row)
    {
        const QSize cell = view.cellSize();
        return { col * cell.width() + cell.width() / 2, row * cell.height() + cell.height() / 2 };
    }
};

void TestTerminalView::paintsColoursAndCjk()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view, 100, 16));
    QCOMPARE(screen.cols(), 100);
    QCOMPARE(screen.rows(), 16);

    screen.feed(esc(kShellScene));
    QByteArray colours;
    for (int i = 0; i < 64; ++i)
        colours += "\x1b[48;5;" + QByteArray::number(16 + i * 3) + "m ";
    colours += "\x1b[0m\r\n";
    for (int i = 0; i < 64; ++i)
        colours += "\x1b[48;2;" + QByteArray::number(i * 4) + ";" + QByteArray::number(128) + ";"
            + QByteArray::number(255 - i * 4) + "m ";
    screen.feed(colours + "\x1b[0m\r\n");
    screen.feed(QStringLiteral("中文测试：你好，世界！ GPU 训练日志 ✓ 😀 e\u0301\r\n").toUtf8());
    screen.feed(esc("\\e[1;32muser@pod-7\\e[0m:\\e[1;34m~/train\\e[0m$ "));

    const QImage image = view.grab().toImage();
    QVERIFY(image.save(pngPath(QStringLiteral("shell"))));
    // The reverse-video cell of "white on red" is red: painting used the palette.
    const int redCol = int(screen.lineText(2).indexOf(QStringLiteral(" white on red")));
    QVERIFY(redCol > 0);
    QCOMPARE(QColor(image.pixel(cellCentre(view, redCol, 2))).name(), QColor(view.terminalPalette().indexed(1)).name());
    // The truecolor ramp starts at rgb(0,128,255).
    QCOMPARE(QColor(image.pixel(cellCentre(view, 0, 4))).name(), QColor(0, 128, 255).name());
    QCOMPARE(screen.lineText(5).left(4), QStringLiteral("中文测试"));
}

void TestTerminalView::paintsAltScreen()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view, 80, 12));
    screen.feed("$ vim train.py\r\n");
    screen.feed(esc("\\e[?1049h\\e[H\\e[2J"
                    "\\e[38;5;208mimport\\e[0m torch\r\n"
                    "\\e[38;5;208mfrom\\e[0m model \\e[38;5;208mimport\\e[0m Net  \\e[38;5;244m# 模型\\e[0m\r\n"
                    "\r\n"
                    "\\e[38;5;75mdef\\e[0m \\e[38;5;114mtrain\\e[0m(epochs=\\e[38;5;141m10\\e[0m):\r\n"
                    "    \\e[38;5;75mfor\\e[0m epoch \\e[38;5;75min\\e[0m range(epochs):\r\n"
                    "        loss = step(\\e[38;2;230;219;116m\"cuda:0\"\\e[0m)\r\n"
                    "\\e[94m~\\e[0m\r\n\\e[94m~\\e[0m\r\n\\e[94m~\\e[0m\r\n"
                    "\\e[10;1H\\e[7m train.py [+]                                             6,22           All \\e[0m"
                    "\\e[11;1H\\e[1m-- INSERT --\\e[0m\\e[6;23H"));
    QVERIFY(screen.altScreen());
    QCOMPARE(view.verticalScrollBar()->maximum(), 0); // no scrollback on the alternate screen
    const QImage image = view.grab().toImage();
    QVERIFY(image.save(pngPath(QStringLiteral("vim"))));
    screen.feed(esc("\\e[?1049l"));
    QCOMPARE(screen.lineText(0), QStringLiteral("$ vim train.py"));
}

void TestTerminalView::paintsHtopLikeScreen()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view, 90, 12));
    QByteArray bytes = esc("\\e[?1049h\\e[?1000h\\e[?1006h\\e[?25l\\e[H\\e[2J");
    for (int cpu = 0; cpu < 4; ++cpu) {
        const int used = 5 + cpu * 9;
        bytes += "  " + QByteArray::number(cpu) + esc("\\e[1m[\\e[0m\\e[32m") + QByteArray(used, '|') + esc("\\e[31m")
            + QByteArray(cpu * 2, '|') + esc("\\e[0m") + QByteArray(40 - used - cpu * 2, ' ')
            + QByteArray::number(used * 2.3, 'f', 1) + esc("%\\e[1m]\\e[0m\r\n");
    }
    bytes += esc("  GPU\\e[1m[\\e[0m\\e[36m||||||||||||||||||||||||||||||||||||\\e[0m    93.0%\\e[1m]\\e[0m\r\n\r\n");
    bytes += esc("\\e[30;42m    PID USER      PRI  NI  VIRT   RES  CPU% MEM%   TIME+  Command"
                 "                   \\e[0m\r\n");
    bytes += esc("\\e[30;46m   4242 user       20   0 31.2G 12.1G 398.  9.6 12:04.11 python train.py --bf16"
                 "   \\e[0m\r\n");
    bytes += "   4301 user       20   0  9.1G  1.2G  12.0  1.0  0:41.02 nvidia-smi dmon\r\n";
    bytes += QStringLiteral("   4310 用户       20   0  2.0G  0.3G   1.0  0.2  0:01.50 ├─ 数据加载器\r\n").toUtf8();
    bytes += esc("\\e[12;1HF1\\e[30;46mHelp  \\e[0mF2\\e[30;46mSetup \\e[0mF3\\e[30;46mSearch\\e[0m"
                 "F9\\e[30;46mKill  \\e[0mF10\\e[30;46mQuit  \\e[0m");
    screen.feed(bytes);
    QCOMPARE(screen.mouseMode(), TerminalScreen::MouseMode::Click);
    QVERIFY(!screen.cursorVisible());
    const QImage image = view.grab().toImage();
    QVERIFY(image.save(pngPath(QStringLiteral("htop"))));
    QCOMPARE(QColor(image.pixel(cellCentre(view, 0, 6))).name(), QColor(view.terminalPalette().indexed(2)).name());
}

void TestTerminalView::typingSendsBytes()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view));
    QSignalSpy input(&view, &TerminalView::input);
    QTest::keyClicks(&view, QStringLiteral("ls"));
    QTest::keyClick(&view, Qt::Key_Return);
    QTest::keyClick(&view, Qt::Key_Tab);
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
    QByteArray sent;
    for (const auto &args : input)
        sent += args.first().toByteArray();
    QCOMPARE(sent, QByteArray("ls\r\t\x1b[A\x03"));

    // The screen's answers to queries go out through the same signal.
    input.clear();
    screen.feed(esc("\\e[6n"));
    QCOMPARE(input.count(), 1);
    QCOMPARE(input.first().first().toByteArray(), QByteArray("\x1b[1;1R"));
}

void TestTerminalView::resizeReportsSize()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QSignalSpy size(&view, &TerminalView::sizeChanged);
    const QSize cell = view.cellSize();
    const int bar = view.verticalScrollBar()->sizeHint().width();
    view.resize(120 * cell.width() + bar, 40 * cell.height());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(size.count() >= 1);
    QCOMPARE(size.last().at(0).toInt(), 120);
    QCOMPARE(size.last().at(1).toInt(), 40);
    QCOMPARE(screen.cols(), 120);
    view.resize(60 * cell.width() + bar + cell.width() / 2, 10 * cell.height());
    QTRY_COMPARE(screen.cols(), 60);
    QCOMPARE(screen.rows(), 10);
    QCOMPARE(size.last().at(0).toInt(), 60);
    QCOMPARE(size.last().at(1).toInt(), 10);
}

void TestTerminalView::selectionAndCopy()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view));
    screen.feed("hello world\r\nsecond line");
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, cellCentre(view, 6, 0));
    QTest::mouseMove(view.viewport(), cellCentre(view, 5, 1));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, cellCentre(view, 5, 1));
    QVERIFY(view.hasSelection());
    QCOMPARE(view.selectedText(), QStringLiteral("world\nsecond"));
    QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("world\nsecond"));

    QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, cellCentre(view, 2, 0));
    QCOMPARE(view.selectedText(), QStringLiteral("hello"));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, cellCentre(view, 2, 0)); // the third click
    QCOMPARE(view.selectedText(), QStringLiteral("hello world"));
}

void TestTerminalView::pasteIsBracketedWhenAsked()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view));
    QSignalSpy input(&view, &TerminalView::input);
    view.setPasteConfirmation([](const QString &) { return true; });
    QApplication::clipboard()->setText(QStringLiteral("echo 1\necho 2"));
    QTest::keyClick(&view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(input.takeFirst().first().toByteArray(), QByteArray("echo 1\recho 2"));
    screen.feed(esc("\\e[?2004h"));
    QTest::keyClick(&view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(input.takeFirst().first().toByteArray(), QByteArray("\x1b[200~echo 1\recho 2\x1b[201~"));
}

void TestTerminalView::mouseReporting()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view));
    QSignalSpy input(&view, &TerminalView::input);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cellCentre(view, 2, 3));
    QCOMPARE(input.count(), 0); // no reporting asked: a click starts a selection
    screen.feed(esc("\\e[?1000h\\e[?1006h"));
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, cellCentre(view, 2, 3));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, cellCentre(view, 2, 3));
    QCOMPARE(input.count(), 2);
    QCOMPARE(input.at(0).first().toByteArray(), QByteArray("\x1b[<0;3;4M"));
    QCOMPARE(input.at(1).first().toByteArray(), QByteArray("\x1b[<0;3;4m"));
    // Shift bypasses reporting, so text stays selectable in htop or vim.
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::ShiftModifier, cellCentre(view, 2, 3));
    QCOMPARE(input.count(), 2);
}

void TestTerminalView::wheelScrollsBack()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view));
    for (int i = 0; i < 100; ++i)
        screen.feed(QByteArray("line ") + QByteArray::number(i) + "\r\n");
    QTRY_COMPARE(view.verticalScrollBar()->maximum(), screen.scrollbackCount());
    QVERIFY(screen.scrollbackCount() > 0);
    const QPointF pos = cellCentre(view, 1, 1);
    QWheelEvent wheel(pos, view.viewport()->mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
        Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QCOMPARE(view.scrollOffset(), 3);
    // Output goes on: the view keeps showing the same history lines.
    screen.feed("more\r\n");
    QTRY_COMPARE(view.scrollOffset(), 4);
    QTest::keyClick(&view, Qt::Key_A);
    QCOMPARE(view.scrollOffset(), 0);
}

void TestTerminalView::repaintsAreCoalesced()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    QVERIFY(showView(view));
    QTest::qWait(2 * TerminalView::kFrameIntervalMs);
    counter.paints = 0;
    // A flood delivered as many reads before the event loop runs again: one paint.
    for (int i = 0; i < 500; ++i)
        screen.feed(QByteArray("output line ") + QByteArray::number(i) + "\r\n");
    QTest::qWait(3 * TerminalView::kFrameIntervalMs);
    QCOMPARE(counter.paints, 1);
    QVERIFY(!screen.hasDamage());
}

void TestTerminalView::findScrollsToTheHit()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view, 80, 10));
    screen.feed("Traceback: CUDA out of memory\r\n");
    for (int i = 0; i < 50; ++i)
        screen.feed(QByteArray("step ") + QByteArray::number(i) + "\r\n");
    QTRY_VERIFY(view.verticalScrollBar()->maximum() > 0);
    QVERIFY(view.find(QStringLiteral("out of memory")));
    QCOMPARE(view.selectedText(), QStringLiteral("out of memory"));
    const int line = -screen.scrollbackCount(); // the first line of the history
    QCOMPARE(view.scrollOffset(), -line);
    QVERIFY(!view.find(QStringLiteral("out of memory"))); // nothing older
    QVERIFY(view.find(QStringLiteral("step 49"), false));
    QCOMPARE(view.selectedText(), QStringLiteral("step 49"));
    QVERIFY(view.scrollOffset() <= 1);
}

void TestTerminalView::zoomChangesTheGrid()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view, 80, 24));
    const QSize before = view.cellSize();
    QSignalSpy size(&view, &TerminalView::sizeChanged);
    QTest::keyClick(&view, Qt::Key_Plus, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(view.cellSize().height() > before.height());
    QVERIFY(screen.cols() < 80);
    QCOMPARE(size.last().at(0).toInt(), screen.cols());
    QTest::keyClick(&view, Qt::Key_ParenRight, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view.cellSize(), before);
    QCOMPARE(screen.cols(), 80);
}

void TestTerminalView::multiLinePasteIsConfirmed()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view));
    QSignalSpy input(&view, &TerminalView::input);
    QStringList asked;
    bool answer = false;
    view.setPasteConfirmation([&](const QString &text) {
        asked << text;
        return answer;
    });
    QApplication::clipboard()->setText(QStringLiteral("rm -rf build\nmake"));
    view.paste();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(input.count(), 0);
    answer = true;
    view.paste();
    QCOMPARE(input.count(), 1);
    // One line, or a shell with bracketed paste, is not asked about.
    QApplication::clipboard()->setText(QStringLiteral("ls -l\n"));
    view.paste();
    screen.feed(esc("\\e[?2004h"));
    QApplication::clipboard()->setText(QStringLiteral("a\nb"));
    view.paste();
    QCOMPARE(asked.size(), 2);
    QCOMPARE(input.count(), 3);
}

void TestTerminalView::ctrlClickOpensLinks()
{
    TerminalScreen screen;
    TerminalView view(&screen);
    QVERIFY(showView(view));
    QSignalSpy links(&view, &TerminalView::linkActivated);
    screen.feed("see https://gpudesk.example/docs for more");
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cellCentre(view, 10, 0));
    QCOMPARE(links.count(), 0); // a plain click selects
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier, cellCentre(view, 10, 0));
    QCOMPARE(links.count(), 1);
    QCOMPARE(links.first().first().toUrl(), QUrl(QStringLiteral("https://gpudesk.example/docs")));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier, cellCentre(view, 35, 0));
    QCOMPARE(links.count(), 1);
}

QTEST_MAIN(TestTerminalView)
#include "tst_terminalview.moc"
