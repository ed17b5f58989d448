// gpudesk-bench-terminal: how fast mixed shell output reaches a 200x50 terminal, all measured in
// this run:
//   (a) TerminalScreen fed straight (libvterm's state layer + GPU Desk's ring grid);
//   (b) the same bytes through a PTY channel of a real OpenSSH sshd on 127.0.0.1 (the tests'
//       SshdFixture): `cat FILE` in a shell of SshSession, TerminalFeeder (time-bounded slices,
//       flow control) into TerminalScreen, timed until every byte is on the screen;
//   (c) libvterm's own screen layer (VTermScreen), the baseline;
//   (d) the plain OpenSSH client, `ssh -tt ... cat FILE > /dev/null`, net of its connection setup
//       (`ssh -tt ... true`, timed too).
// Also: libvterm's bare state layer (the parser ceiling), the longest event-loop block during (b)
// (a 0 ms heartbeat timer), and the Ctrl-C latency during a 1 GB flood (`yes ... | head -c 1e9`):
// from writing \x03 until the last bytes reach the screen (no more for 300 ms after them), the
// worst of 5 rounds.
//
//   gpudesk-bench-terminal [--mb N] [--smoke]
//
// The corpus is generated here (seeded, so every run feeds the same bytes): coloured `ls`
// listings, long wrapping lines, CJK and emoji, 256-colour and truecolour SGR, progress bars
// redrawn with CR, plain words; CR/LF line ends as a PTY sends them. (a) and (c) get it in 16 KiB
// slices, as SSH reads arrive. The last line of output is machine-readable:
//   terminal-feed: terminalscreen_mbps=<a> ssh_e2e_mbps=<b> vtermscreen_mbps=<c> ssh_tt_mbps=<d>
//     vtermstate_mbps=<s> max_loop_block_ms=<x> ctrlc_latency_ms=<y> ratio_ac=<a/c> ratio_bd=<b/d>
// Targets (informational, never the exit code): a/c >= 3, b/d >= 0.5, event loop never blocked
// > 50 ms, Ctrl-C stops the output on screen within 1 s. Exit code 1 when TerminalScreen and
// VTermScreen end with different text, or when the SSH part fails; without sshd (or ssh) here
// the SSH part is skipped with a message.

#include "BenchSupport.h"
#include "ShellFlood.h"
#include "SshdClient.h"
#include "ssh/KnownHosts.h"
#include "ssh/SshSession.h"
#include "terminal/TerminalFeeder.h"
#include "terminal/TerminalScreen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <functional>

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
constexpr double kTargetSshRatio = 0.5;
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

// ---------------------------------------------------------------------------------------------
// Over SSH: (b), (d), the event loop's longest block and the Ctrl-C latency

constexpr int kSshTimeoutMs = 600000;
constexpr int kQuietMs = 300; // no bytes on screen for this long: the output has stopped
constexpr int kCtrlCRounds = 5;

// Runs the event loop until `done()` or the timeout; returns done().
bool spinUntil(const std::function<bool()> &done, int timeoutMs = kSshTimeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    check.start();
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

struct SshFigures
{
    QString skipped; // why the SSH part did not run (then nothing else is set)
    QString failed; // what went wrong
    double endToEndMbps = 0; // (b)
    double sshTtMbps = 0; // (d), net of the connection setup
    double sshTtRawMbps = 0; // (d) as timed, setup included
    double sshSetupMs = 0;
    double maxLoopBlockMs = 0;
    double longestSliceMs = 0;
    qint64 peakUnconsumed = 0;
    qint64 window = 0;
    double ctrlCMs = 0; // the worst round
    double ctrlCMedianMs = 0;
    std::vector<double> ctrlCRoundsMs;
    qint64 floodBeforeCtrlC = 0;
    qint64 afterCtrlC = 0;
};

// The shell's output, watched for a marker the command computes (so the echoed command line
// never matches it).
class MarkerWatch
{
public:
    explicit MarkerWatch(gpudesk::SshSession &session)
    {
        QObject::connect(&session, &gpudesk::SshSession::shellData, &session, [this](const QByteArray &d) {
            received += d.size();
            if (m_marker.isEmpty() || foundAt >= 0)
                return;
            if (d.contains(m_marker) || QByteArray(m_tail + d.left(m_marker.size())).contains(m_marker))
                foundAt = received;
            m_tail = d.right(m_marker.size());
        });
    }
    void expect(const QByteArray &marker)
    {
        m_marker = marker;
        m_tail.clear();
        foundAt = -1;
    }
    qint64 received = 0;
    qint64 foundAt = -1; // received bytes up to the chunk with the marker

private:
    QByteArray m_marker;
    QByteArray m_tail;
};

SshFigures runOverSsh(const QByteArray &block, int repeats, bool smoke)
{
    SshFigures f;
    SshdFixture sshd;
    const QString why = sshd.prepare();
    const QString sshClient = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    if (!why.isEmpty() || sshClient.isEmpty()) {
        f.skipped = why.isEmpty() ? QStringLiteral("the OpenSSH client (ssh) is not installed") : why;
        return f;
    }
    const QString key = sshd.makeUserKey(QStringLiteral("id_bench"));
    if (key.isEmpty() || !sshd.start()) {
        f.failed = QStringLiteral("sshd did not start: ") + QString::fromLocal8Bit(sshd.log());
        return f;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("corpus.txt"));
    {
        QFile corpus(file);
        if (!corpus.open(QIODevice::WriteOnly)) {
            f.failed = QStringLiteral("cannot write ") + file;
            return f;
        }
        for (int r = 0; r < repeats; ++r)
            corpus.write(block);
    }
    const qint64 fileBytes = qint64(block.size()) * repeats;

    gpudesk::SshOptions o = sshdClientOptions(sshd, key, dir.filePath(QStringLiteral("known_hosts")));
    o.expectedFingerprint = gpudesk::KnownHosts::fingerprint(sshd.hostKeyBlob());
    gpudesk::SshSession session(o);
    TerminalScreen screen(kRows, kCols);
    screen.setScrollbackLimit(kScrollback);
    gpudesk::TerminalFeeder feeder(&screen);
    feeder.attach(&session);
    MarkerWatch watch(session);
    session.openShell(kCols, kRows);
    session.connectToHost();
    watch.expect("ready-42");
    session.writeShell("echo ready-$((40+2))\n");
    if (!spinUntil([&] { return watch.foundAt >= 0; }, 60000)) {
        f.failed = QStringLiteral("no shell over SSH (state %1)").arg(int(session.state()));
        return f;
    }

    // (b): cat FILE in the shell, until the marker after it has been fed to the screen.
    QElapsedTimer beat;
    qint64 maxGapNs = 0;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        maxGapNs = std::max(maxGapNs, beat.nsecsElapsed());
        beat.restart();
    });
    watch.expect("BENCH-42");
    QElapsedTimer timer;
    timer.start();
    beat.start();
    heartbeat.start();
    session.writeShell(QByteArray("cat '") + QFile::encodeName(file) + "'; echo BENCH-$((20+22))\n");
    const bool catDone = spinUntil([&] { return watch.foundAt >= 0 && feeder.bytesFed() >= watch.foundAt; });
    const double catSeconds = double(timer.nsecsElapsed()) / 1e9;
    heartbeat.stop();
    if (!catDone) {
        f.failed = QStringLiteral("cat over SSH did not finish (%1 bytes arrived)").arg(watch.received);
        return f;
    }
    f.endToEndMbps = double(fileBytes) / 1e6 / catSeconds;
    f.maxLoopBlockMs = double(maxGapNs) / 1e6;
    f.longestSliceMs = feeder.longestSliceMs();

    // Ctrl-C during a 1 GB flood: from writing \x03 until the last bytes reach the screen. A few
    // rounds: the figure depends on when the remote side gets the CPU to act on it.
    const int rounds = smoke ? 1 : kCtrlCRounds;
    for (int round = 0; round < rounds; ++round) {
        const qint64 floodStart = feeder.bytesFed();
        watch.expect({});
        session.writeShell(shellflood::floodCommand());
        const qint64 floodBefore = smoke ? 2 * 1000 * 1000 : 20 * 1000 * 1000;
        if (!spinUntil([&] { return feeder.bytesFed() - floodStart >= floodBefore; })) {
            f.failed = QStringLiteral("the flood did not come");
            return f;
        }
        QElapsedTimer sinceCtrlC;
        qint64 lastFeedNs = 0;
        const QMetaObject::Connection fed = QObject::connect(
            &feeder, &gpudesk::TerminalFeeder::consumed, &feeder, [&] { lastFeedNs = sinceCtrlC.nsecsElapsed(); });
        f.floodBeforeCtrlC = watch.received - floodStart;
        const qint64 atCtrlC = watch.received;
        sinceCtrlC.start();
        session.writeShell("\x03");
        spinUntil([&] { return sinceCtrlC.nsecsElapsed() - lastFeedNs > qint64(kQuietMs) * 1000000; }, 60000);
        QObject::disconnect(fed);
        f.ctrlCRoundsMs.push_back(double(lastFeedNs) / 1e6);
        f.afterCtrlC = std::max(f.afterCtrlC, watch.received - atCtrlC);
        watch.expect("END-42");
        session.writeShell("echo END-$((6*7))\n");
        if (!spinUntil([&] { return watch.foundAt >= 0; }, 60000)) {
            f.failed = QStringLiteral("the shell did not answer after Ctrl-C");
            return f;
        }
    }
    f.ctrlCMs = *std::max_element(f.ctrlCRoundsMs.begin(), f.ctrlCRoundsMs.end());
    f.ctrlCMedianMs = median(f.ctrlCRoundsMs);
    const gpudesk::SshSession::ShellFlowStats stats = session.shellFlowStats();
    f.peakUnconsumed = stats.peakUnconsumed;
    f.window = stats.window;

    // (d): the OpenSSH client, once for its setup alone and once with cat.
    const auto timeSsh = [&](const QString &command) -> double {
        QProcess ssh;
        ssh.setStandardOutputFile(QProcess::nullDevice());
        ssh.start(sshClient,
            { QStringLiteral("-tt"), QStringLiteral("-p"), QString::number(sshd.port()), QStringLiteral("-i"), key,
                QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + dir.filePath(QStringLiteral("known_hosts_ssh")),
                QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=accept-new"), QStringLiteral("-o"),
                QStringLiteral("BatchMode=yes"), QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
                QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR"),
                SshdFixture::currentUser() + QStringLiteral("@127.0.0.1"), command });
        QElapsedTimer t;
        t.start();
        if (!ssh.waitForFinished(kSshTimeoutMs) || ssh.exitStatus() != QProcess::NormalExit || ssh.exitCode() != 0) {
            f.failed = QStringLiteral("ssh -tt %1 failed: %2").arg(command, QString::fromLocal8Bit(ssh.readAllStandardError()));
            return -1;
        }
        return double(t.nsecsElapsed()) / 1e6;
    };
    timeSsh(QStringLiteral("true")); // records the host key
    const double setupMs = timeSsh(QStringLiteral("true"));
    const double catMs = timeSsh(QStringLiteral("cat '%1'").arg(file));
    if (setupMs < 0 || catMs < 0)
        return f;
    f.sshSetupMs = setupMs;
    f.sshTtRawMbps = double(fileBytes) / 1e3 / catMs;
    f.sshTtMbps = double(fileBytes) / 1e3 / std::max(1.0, catMs - setupMs);
    return f;
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
    out().flush();

    const SshFigures ssh = runOverSsh(block, repeats, smoke);
    const bool sshRan = ssh.skipped.isEmpty() && ssh.failed.isEmpty();
    const auto orNa = [sshRan](const QString &v) { return sshRan ? v : QStringLiteral("n/a"); };
    if (!ssh.skipped.isEmpty())
        out() << QStringLiteral("SSH part skipped: %1\n").arg(ssh.skipped);
    if (!ssh.failed.isEmpty())
        out() << QStringLiteral("SSH part FAILED: %1\n").arg(ssh.failed);
    const std::vector<int> four = { 60, 8 };
    out() << '\n' << row({ QStringLiteral("the four figures (same corpus)"), QStringLiteral("MB/s") }, four) << '\n';
    out() << row({ QStringLiteral("(a) TerminalScreen, fed straight"), mbps(oursMbps) }, four) << '\n';
    out() << row({ QStringLiteral("(b) sshd PTY -> SshSession -> TerminalFeeder -> TerminalScreen"),
                     orNa(mbps(ssh.endToEndMbps)) },
        four)
          << '\n';
    out() << row({ QStringLiteral("(c) VTermScreen (baseline)"), mbps(screenMbps) }, four) << '\n';
    out() << row({ QStringLiteral("(d) ssh -tt ... cat FILE > /dev/null (net of setup)"), orNa(mbps(ssh.sshTtMbps)) },
        four)
          << '\n';
    if (sshRan) {
        out() << QStringLiteral("ssh -tt as timed, %1 ms of connection setup included: %2 MB/s\n")
                     .arg(ms(ssh.sshSetupMs), mbps(ssh.sshTtRawMbps));
        out() << QStringLiteral("longest event-loop block during (b): %1 ms (0 ms heartbeat; longest feeder slice "
                                "%2 ms; budget %3 ms)\n")
                     .arg(ms(ssh.maxLoopBlockMs), ms(ssh.longestSliceMs))
                     .arg(kEventLoopBudgetMs);
        out() << QStringLiteral("flow control: window %1 bytes, at most %2 bytes handed out unconsumed\n")
                     .arg(ssh.window)
                     .arg(ssh.peakUnconsumed);
        QStringList rounds;
        for (double r : ssh.ctrlCRoundsMs)
            rounds << QString::number(r, 'f', 0);
        out() << QStringLiteral("Ctrl-C during a 1 GB flood (after %1 MB), %2 round(s): the screen stopped changing "
                                "%3 ms after it at worst, median %4 ms (rounds: %5 ms; at most %6 MB arrived after "
                                "it; then quiet for %7 ms)\n")
                     .arg(double(ssh.floodBeforeCtrlC) / 1e6, 0, 'f', 1)
                     .arg(ssh.ctrlCRoundsMs.size())
                     .arg(ms(ssh.ctrlCMs), ms(ssh.ctrlCMedianMs), rounds.join(QStringLiteral(", ")))
                     .arg(double(ssh.afterCtrlC) / 1e6, 0, 'f', 2)
                     .arg(kQuietMs);
        out() << QStringLiteral("targets: b/d >= %1: %2; event loop <= %3 ms: %4; Ctrl-C <= 1000 ms: %5\n")
                     .arg(kTargetSshRatio)
                     .arg(ssh.endToEndMbps / ssh.sshTtMbps >= kTargetSshRatio ? QStringLiteral("met")
                                                                           : QStringLiteral("not met"))
                     .arg(kEventLoopBudgetMs)
                     .arg(ssh.maxLoopBlockMs <= kEventLoopBudgetMs ? QStringLiteral("met") : QStringLiteral("not met"))
                     .arg(ssh.ctrlCMs <= 1000 ? QStringLiteral("met") : QStringLiteral("not met"));
    }
    out() << QStringLiteral("terminal-feed: terminalscreen_mbps=%1 ssh_e2e_mbps=%2 vtermscreen_mbps=%3 ssh_tt_mbps=%4 "
                            "vtermstate_mbps=%5 max_loop_block_ms=%6 ctrlc_latency_ms=%7 ratio_ac=%8 ratio_bd=%9\n")
                 .arg(mbps(oursMbps), orNa(mbps(ssh.endToEndMbps)), mbps(screenMbps), orNa(mbps(ssh.sshTtMbps)),
                     mbps(stateMbps), orNa(ms(ssh.maxLoopBlockMs)), orNa(ms(ssh.ctrlCMs)),
                     QString::number(oursMbps / screenMbps, 'f', 2),
                     orNa(QString::number(ssh.endToEndMbps / std::max(0.001, ssh.sshTtMbps), 'f', 2)));
    out().flush();
    return mismatches || !ssh.failed.isEmpty() ? 1 : 0;
}
