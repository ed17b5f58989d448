// gpudesk-bench-terminal: how fast TerminalScreen digests mixed shell output at 200x50, against
// libvterm's own screen layer (VTermScreen, the baseline) and its bare state layer (the parser
// with no-op callbacks: the ceiling any grid on top of it can reach), all measured in this run.
//
//   gpudesk-bench-terminal [--mb N] [--smoke]
//
// The corpus is generated here (seeded, so every run feeds the same bytes): coloured `ls`
// listings, long wrapping lines, CJK and emoji, 256-colour and truecolour SGR, progress bars
// redrawn with CR, plain words; CR/LF line ends as a PTY sends them. It is fed in 16 KiB slices,
// as SSH reads arrive. The last line of output is machine-readable:
//   terminal-feed: vtermscreen_mbps=<c> vtermstate_mbps=<s> terminalscreen_mbps=<a> ratio=<a/c>
// Target (informational, never the exit code): ratio >= 3. Exit code 1 only when TerminalScreen
// and VTermScreen end with different text on screen or in the last scrollback lines.
// Not measured here (they need the test sshd): the SSH end-to-end figure and `ssh -tt`.

#include "BenchSupport.h"
#include "terminal/TerminalScreen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <vterm.h>

#include <algorithm>
#include <random>
#include <vector>

using namespace gpudesk;
using namespace gpudesk::bench;

namespace {

constexpr quint32 kSeed = 20261125u; // same seed as the other benchmarks
constexpr int kRows = 50;
constexpr int kCols = 200;
constexpr int kScrollback = 10000;
constexpr qsizetype kSlice = 16 * 1024;
constexpr int kDefaultMb = 200;
constexpr int kSmokeMb = 2;
constexpr int kCompareLines = 200; // scrollback lines compared between the two grids
constexpr double kTargetRatio = 3.0;
constexpr int kEventLoopBudgetMs = 50;

// ---------------------------------------------------------------------------------------------
// The corpus

class Corpus
{
public:
    explicit Corpus(quint32 seed) : m_rng(seed) { }

    QByteArray block(qsizetype size)
    {
        QByteArray out;
        out.reserve(size + 4096);
        while (out.size() < size) {
            switch (pick(10)) {
            case 0:
            case 1:
                lsLine(out);
                break;
            case 2:
                longLine(out);
                break;
            case 3:
            case 4:
                cjkLine(out);
                break;
            case 5:
                colourLine(out);
                break;
            case 6:
                progress(out);
                break;
            default:
                plainLine(out);
                break;
            }
            out += "\r\n";
        }
        return out;
    }

private:
    int pick(int n) { return int(m_rng() % quint32(n)); }
    const char *word()
    {
        static const char *const kWords[] = {
            "train",
            "model",
            "epoch",
            "loss",
            "cuda",
            "tensor",
            "batch",
            "layer",
            "weights",
            "python",
            "scripts",
            "dataset",
            "config",
            "README",
            "nvidia",
            "driver",
            "bf16",
            "optimizer",
            "step",
            "gradient",
            "node",
            "rank",
            "nccl",
            "checkpoint",
            "eval",
            "tokens",
            "lr",
        };
        return kWords[pick(int(std::size(kWords)))];
    }

    void lsLine(QByteArray &out)
    {
        static const char *const kColours[] = { "01;34", "01;32", "01;31", "00", "01;36", "00" };
        int width = 0;
        while (width < 180) {
            const QByteArray name = QByteArray(word()) + (pick(2) ? QByteArray(".") + word() : QByteArray());
            out += "\x1b[";
            out += kColours[pick(int(std::size(kColours)))];
            out += 'm';
            out += name;
            out += "\x1b[0m  ";
            width += int(name.size()) + 2;
        }
    }

    void longLine(QByteArray &out)
    {
        const int target = 250 + pick(450);
        int width = 0;
        while (width < target) {
            const QByteArray w = word();
            out += w;
            out += ' ';
            width += int(w.size()) + 1;
        }
    }

    void cjkLine(QByteArray &out)
    {
        QString s;
        const int n = 10 + pick(60);
        for (int i = 0; i < n; ++i) {
            if (pick(5) == 0) {
                s += QLatin1String(word());
                s += QLatin1Char(' ');
            } else if (pick(40) == 0) {
                s += QString::fromUcs4(U"\U0001F600");
            } else {
                s += QChar(char16_t(0x4e00 + pick(0x51a5)));
            }
        }
        out += s.toUtf8();
    }

    void colourLine(QByteArray &out)
    {
        for (int i = 0; i < 15; ++i) {
            if (pick(2))
                out += "\x1b[38;5;" + QByteArray::number(pick(256)) + 'm';
            else
                out += "\x1b[1;38;2;" + QByteArray::number(pick(256)) + ';' + QByteArray::number(pick(256)) + ';'
                    + QByteArray::number(pick(256)) + 'm';
            out += word();
            out += ' ';
        }
        out += "\x1b[0m";
    }

    void progress(QByteArray &out)
    {
        for (int pct = 0; pct <= 100; pct += 10) {
            out += "\r\x1b[K[";
            out += QByteArray(pct / 5, '#') + QByteArray(20 - pct / 5, ' ');
            out += "] " + QByteArray::number(pct) + "%";
        }
    }

    void plainLine(QByteArray &out)
    {
        const int n = 3 + pick(20);
        for (int i = 0; i < n; ++i) {
            out += word();
            out += ' ';
        }
    }

    std::mt19937 m_rng;
};

// ---------------------------------------------------------------------------------------------
// The baseline: VTermScreen with a scrollback of its cells, as a screen-layer user must keep.

QString cellsText(const VTermScreenCell *cells, int cols)
{
    QString s;
    for (int col = 0; col < cols; ++col) {
        const VTermScreenCell &c = cells[col];
        if (c.chars[0] == 0 || c.chars[0] == uint32_t(-1)) {
            s += QLatin1Char(' ');
            continue;
        }
        for (int i = 0; i < VTERM_MAX_CHARS_PER_CELL && c.chars[i] != 0; ++i)
            s += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c.chars[i]), 1);
        if (c.width == 2)
            ++col;
    }
    while (s.endsWith(QLatin1Char(' ')))
        s.chop(1);
    return s;
}

struct Baseline
{
    Baseline() : vt(vterm_new(kRows, kCols)), history(kScrollback)
    {
        vterm_set_utf8(vt, 1);
        screen = vterm_obtain_screen(vt);
        callbacks.sb_pushline = [](int cols, const VTermScreenCell *cells, void *user) {
            auto *self = static_cast<Baseline *>(user);
            auto &line = self->history[size_t(self->pushed % kScrollback)];
            line.assign(cells, cells + cols);
            ++self->pushed;
            return 1;
        };
        vterm_screen_set_callbacks(screen, &callbacks, this);
        vterm_screen_enable_altscreen(screen, 1);
        // The cheapest damage mode (one rect per scroll, flushed per slice): the fairest baseline.
        vterm_screen_set_damage_merge(screen, VTERM_DAMAGE_SCROLL);
        vterm_screen_reset(screen, 1);
    }
    ~Baseline() { vterm_free(vt); }

    void feed(const char *bytes, qsizetype length)
    {
        vterm_input_write(vt, bytes, size_t(length));
        vterm_screen_flush_damage(screen);
    }

    QString lineText(int line) const // negative: scrollback, like TerminalScreen
    {
        if (line < 0) {
            if (-line > std::min<qint64>(pushed, kScrollback))
                return QString();
            const auto &cells = history[size_t((pushed + line) % kScrollback)];
            return cellsText(cells.data(), int(cells.size()));
        }
        std::vector<VTermScreenCell> cells(kCols);
        for (int col = 0; col < kCols; ++col)
            vterm_screen_get_cell(screen, VTermPos { line, col }, &cells[size_t(col)]);
        return cellsText(cells.data(), kCols);
    }

    VTerm *vt;
    VTermScreen *screen = nullptr;
    VTermScreenCallbacks callbacks = {};
    std::vector<std::vector<VTermScreenCell>> history;
    qint64 pushed = 0;
};

// The ceiling: the state layer parsing into no-op callbacks.
struct StateOnly
{
    StateOnly() : vt(vterm_new(kRows, kCols))
    {
        vterm_set_utf8(vt, 1);
        state = vterm_obtain_state(vt);
        callbacks.putglyph = [](VTermGlyphInfo *, VTermPos, void *) { return 1; };
        callbacks.movecursor = [](VTermPos, VTermPos, int, void *) { return 1; };
        callbacks.scrollrect = [](VTermRect, int, int, void *) { return 1; };
        callbacks.erase = [](VTermRect, int, void *) { return 1; };
        callbacks.setpenattr = [](VTermAttr, VTermValue *, void *) { return 1; };
        callbacks.settermprop = [](VTermProp, VTermValue *, void *) { return 1; };
        vterm_state_set_callbacks(state, &callbacks, this);
        vterm_state_reset(state, 1);
    }
    ~StateOnly() { vterm_free(vt); }
    void feed(const char *bytes, qsizetype length) { vterm_input_write(vt, bytes, size_t(length)); }

    VTerm *vt;
    VTermState *state = nullptr;
    VTermStateCallbacks callbacks = {};
};

template <typename Feed> double mbPerSecond(const QByteArray &block, int repeats, Feed feed)
{
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < repeats; ++r)
        for (qsizetype at = 0; at < block.size(); at += kSlice)
            feed(block.constData() + at, std::min(kSlice, block.size() - at));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return double(block.size()) * repeats / 1e6 / seconds;
}

QString mbps(double v)
{
    return QString::number(v, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("TerminalScreen vs libvterm's VTermScreen on mixed shell output"));
    parser.addHelpOption();
    const QCommandLineOption mbOption(
        QStringLiteral("mb"), QStringLiteral("Megabytes of output to feed (default 200)."), QStringLiteral("N"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"), QStringLiteral("Tiny run that only checks both grids agree."));
    parser.addOption(mbOption);
    parser.addOption(smokeOption);
    parser.process(app);

    const bool smoke = parser.isSet(smokeOption);
    int mb = smoke ? kSmokeMb : kDefaultMb;
    if (parser.isSet(mbOption)) {
        bool ok = false;
        mb = parser.value(mbOption).toInt(&ok);
        if (!ok || mb < 1) {
            out() << QStringLiteral("error: --mb needs a whole number >= 1\n");
            out().flush();
            return 2;
        }
    }

    // One 2 MB block fed repeatedly: enough variety, and no 200 MB allocation.
    Corpus corpus(kSeed);
    const QByteArray block = corpus.block(std::min(mb, 2) * 1000 * 1000);
    const int repeats = std::max(1, int(qint64(mb) * 1000 * 1000 / block.size()));
    const QString note = smoke ? QStringLiteral(" (smoke run: timings are not meaningful)") : QString();
    out() << QStringLiteral("gpudesk-bench-terminal: %1x%2, %3 MB (%4 x %5 bytes), slices of %6 bytes, Qt %7%8\n")
                 .arg(kCols)
                 .arg(kRows)
                 .arg(double(block.size()) * repeats / 1e6, 0, 'f', 1)
                 .arg(repeats)
                 .arg(block.size())
                 .arg(kSlice)
                 .arg(QString::fromLatin1(qVersion()), note);
    out().flush();

    Baseline baseline;
    const double screenMbps = mbPerSecond(block, repeats, [&](const char *b, qsizetype n) { baseline.feed(b, n); });
    StateOnly stateOnly;
    const double stateMbps = mbPerSecond(block, repeats, [&](const char *b, qsizetype n) { stateOnly.feed(b, n); });
    TerminalScreen ours(kRows, kCols);
    ours.setScrollbackLimit(kScrollback);
    // The GUI thread feeds one slice per event-loop turn: the slowest slice is how long it blocks.
    double slowestSliceMs = 0;
    QElapsedTimer sliceTimer;
    const double oursMbps = mbPerSecond(block, repeats, [&](const char *b, qsizetype n) {
        sliceTimer.start();
        ours.feedRaw(b, n);
        ours.takeDamage(); // what the view does on each repaint
        slowestSliceMs = std::max(slowestSliceMs, double(sliceTimer.nsecsElapsed()) / 1e6);
    });

    const std::vector<int> widths = { 44, 8, 14 };
    out() << row({ QStringLiteral("approach"), QStringLiteral("MB/s"), QStringLiteral("vs VTermScreen") }, widths)
          << '\n';
    out() << row(
        { QStringLiteral("VTermScreen (libvterm screen layer, baseline)"), mbps(screenMbps), QStringLiteral("1.00") },
        widths)
          << '\n';
    out() << row({ QStringLiteral("VTermState, no-op callbacks (parser ceiling)"), mbps(stateMbps),
                     QString::number(stateMbps / screenMbps, 'f', 2) },
        widths)
          << '\n';
    out() << row({ QStringLiteral("TerminalScreen (state layer + ring grid)"), mbps(oursMbps),
                     QString::number(oursMbps / screenMbps, 'f', 2) },
        widths)
          << '\n';

    int mismatches = 0;
    for (int line = -kCompareLines; line < kRows; ++line) {
        const QString a = ours.lineText(line);
        const QString c = baseline.lineText(line);
        if (a != c) {
            if (++mismatches <= 3)
                out() << QStringLiteral("mismatch at line %1:\n  ours:     %2\n  baseline: %3\n").arg(line).arg(a, c);
        }
    }
    out() << QStringLiteral("check: screen and last %1 scrollback lines of both grids: %2\n")
                 .arg(kCompareLines)
                 .arg(mismatches ? QStringLiteral("%1 lines differ").arg(mismatches) : QStringLiteral("identical"));

    // A window resize rewraps the whole history: time it with the scrollback full.
    QElapsedTimer reflowTimer;
    reflowTimer.start();
    ours.resize(kRows, kCols * 3 / 5);
    ours.resize(kRows, kCols);
    const double reflowMs = double(reflowTimer.nsecsElapsed()) / 1e6 / 2;
    out() << QStringLiteral("rewrap on resize (%1 lines of history, %2 <-> %3 columns): %4 ms per resize\n")
                 .arg(ours.scrollbackCount())
                 .arg(kCols)
                 .arg(kCols * 3 / 5)
                 .arg(ms(reflowMs));
    out() << QStringLiteral("slowest %1-byte slice into TerminalScreen: %2 ms (the event loop's budget: %3 ms)\n")
                 .arg(kSlice)
                 .arg(ms(slowestSliceMs))
                 .arg(kEventLoopBudgetMs);
    out() << QStringLiteral("target: TerminalScreen >= %1x VTermScreen: %2\n")
                 .arg(kTargetRatio)
                 .arg(oursMbps / screenMbps >= kTargetRatio ? QStringLiteral("met") : QStringLiteral("not met"));
    out() << QStringLiteral("terminal-feed: vtermscreen_mbps=%1 vtermstate_mbps=%2 terminalscreen_mbps=%3 ratio=%4\n")
                 .arg(mbps(screenMbps), mbps(stateMbps), mbps(oursMbps))
                 .arg(oursMbps / screenMbps, 0, 'f', 2);
    out().flush();
    return mismatches ? 1 : 0;
}
