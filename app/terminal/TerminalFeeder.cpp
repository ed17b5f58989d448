#include "TerminalFeeder.h"

#include "ssh/SshSession.h"
#include "terminal/TerminalScreen.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace gpudesk {

namespace {
// Parsed at once between two looks at the clock (well under a millisecond of work).
constexpr qsizetype kPiece = 16 * 1024;
} // namespace

TerminalFeeder::TerminalFeeder(TerminalScreen *screen, QObject *parent)
    : QObject(parent), m_screen(screen), m_timer(new QTimer(this))
{
    // Zero interval: one slice per turn of the event loop, after the events already waiting. Never
    // fed straight from append(): queued shellData() calls are delivered in one batch, and feeding
    // in each would add their slices up.
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, [this] { feedSlice(qint64(m_sliceMs) * 1000000); });
}

void TerminalFeeder::attach(SshSession *session, qint64 windowBytes)
{
    connect(session, &SshSession::shellData, this, &TerminalFeeder::append);
    connect(this, &TerminalFeeder::consumed, session, &SshSession::consumeShellData);
    session->setShellFlowControl(windowBytes);
}

void TerminalFeeder::append(const QByteArray &bytes)
{
    enqueue(bytes, true);
}

void TerminalFeeder::appendLocal(const QByteArray &bytes)
{
    enqueue(bytes, false);
}

void TerminalFeeder::enqueue(const QByteArray &bytes, bool remote)
{
    if (bytes.isEmpty())
        return;
    m_queue.push_back({ bytes, remote });
    m_pending += bytes.size();
    if (!m_timer->isActive())
        m_timer->start();
}

void TerminalFeeder::flush()
{
    feedSlice(std::numeric_limits<qint64>::max());
}

void TerminalFeeder::feedSlice(qint64 budgetNs)
{
    QElapsedTimer clock;
    clock.start();
    qint64 remote = 0;
    while (!m_queue.empty() && clock.nsecsElapsed() < budgetNs) {
        Chunk &chunk = m_queue.front();
        const qsizetype n = std::min(kPiece, chunk.bytes.size() - m_offset);
        m_screen->feedRaw(chunk.bytes.constData() + m_offset, n);
        m_offset += n;
        m_pending -= n;
        if (chunk.remote)
            remote += n;
        if (m_offset == chunk.bytes.size()) {
            m_queue.pop_front();
            m_offset = 0;
        }
    }
    m_longestSliceNs = std::max(m_longestSliceNs, clock.nsecsElapsed());
    if (m_queue.empty())
        m_timer->stop();
    if (remote > 0) {
        m_fed += remote;
        Q_EMIT consumed(remote);
    }
}

} // namespace gpudesk
