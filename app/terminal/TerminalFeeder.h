#pragma once

#include <QByteArray>
#include <QObject>

#include <deque>

class QTimer;

namespace gpudesk {

class SshSession;
class TerminalScreen;

// Feeds a TerminalScreen from a stream of output (an SSH shell) without holding the event loop:
// bytes are queued as they arrive and parsed in time-bounded slices (a few milliseconds), one slice
// per turn of the event loop, so keys, repaints and timers run in between however much output
// floods in. After each slice it reports how many bytes reached the screen (consumed()); attach()
// passes that back to the session's flow control, so a flood waits on the server side for the
// screen instead of piling up here, and Ctrl-C is not followed by a long backlog.
class TerminalFeeder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultSliceMs = 8;
    // Enough to keep the screen busy while the next bytes travel; small enough that a backlog
    // parses in a few tens of milliseconds.
    static constexpr qint64 kDefaultWindow = 1024 * 1024;

    explicit TerminalFeeder(TerminalScreen *screen, QObject *parent = nullptr);

    // Takes `session`'s shell output and turns on its flow control with `windowBytes`.
    void attach(SshSession *session, qint64 windowBytes = kDefaultWindow);

    void setSliceMs(int ms) { m_sliceMs = ms < 1 ? 1 : ms; }
    int sliceMs() const { return m_sliceMs; }

    // Queues output of the remote side; counted in consumed() once fed.
    void append(const QByteArray &bytes);
    // Queues text of our own (a status line) behind the pending output; not counted.
    void appendLocal(const QByteArray &bytes);
    // Feeds everything queued now, with no time budget.
    void flush();

    qint64 pendingBytes() const { return m_pending; }
    qint64 bytesFed() const { return m_fed; } // remote bytes fed so far
    double longestSliceMs() const { return double(m_longestSliceNs) / 1e6; }

Q_SIGNALS:
    void consumed(qint64 bytes);

private:
    struct Chunk
    {
        QByteArray bytes;
        bool remote = true;
    };
    void enqueue(const QByteArray &bytes, bool remote);
    void feedSlice(qint64 budgetNs);

    TerminalScreen *m_screen;
    QTimer *m_timer;
    std::deque<Chunk> m_queue;
    qsizetype m_offset = 0; // into m_queue.front()
    qint64 m_pending = 0;
    qint64 m_fed = 0;
    int m_sliceMs = kDefaultSliceMs;
    qint64 m_longestSliceNs = 0;
};

} // namespace gpudesk
