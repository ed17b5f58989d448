#pragma once

#include <QElapsedTimer>

#include <mutex>

namespace gpudesk {

// libssh's SFTP calls block until the server answers. A server that goes silent in the middle
// (a frozen pod, a dead link that TCP has not noticed yet) would hold the worker thread for as long
// as TCP takes to give up, and closing the tab would wait for it. The worker marks each blocking
// stretch with a Scope; the owner's thread checks now and then and, when a stretch has lasted too
// long or the session is closing, shuts the socket down: the blocked call returns with an error,
// and the usual connection-lost path (transfer failed, reconnect) takes over.
class SshStallWatch
{
public:
    class Scope
    {
    public:
        Scope(SshStallWatch &watch, int fd) : m_watch(watch) { m_watch.enter(fd); }
        ~Scope() { m_watch.leave(); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        SshStallWatch &m_watch;
    };

    // Any thread. Shuts the socket down when the worker has been blocked for at least `limitMs`
    // (0: whenever it is blocked at all). True when it did.
    bool breakIfBlocked(qint64 limitMs = 0)
    {
        std::lock_guard lock(m_mutex);
        if (m_fd < 0 || m_broken || m_since.elapsed() < limitMs)
            return false;
        m_broken = true;
        return breakSocket(m_fd);
    }

    // Any thread. While closing, every blocking stretch is broken at once, the one in progress
    // and any that begins later (so closing never waits on a silent server).
    void setClosing(bool closing)
    {
        std::lock_guard lock(m_mutex);
        m_closing = closing;
        if (closing && m_fd >= 0 && !m_broken) {
            m_broken = true;
            breakSocket(m_fd);
        }
    }

    // The worker, after a failed call: whether the watch broke it (a stall, not the server's doing).
    bool broke() const
    {
        std::lock_guard lock(m_mutex);
        return m_broken;
    }

private:
    void enter(int fd)
    {
        std::lock_guard lock(m_mutex);
        m_fd = fd;
        m_broken = false;
        m_since.start();
        if (m_closing && fd >= 0) {
            m_broken = true;
            breakSocket(fd);
        }
    }
    void leave()
    {
        std::lock_guard lock(m_mutex);
        m_fd = -1; // the socket may be closed from here on: never touch it again
    }
    static bool breakSocket(int fd);

    mutable std::mutex m_mutex;
    int m_fd = -1;
    bool m_broken = false;
    bool m_closing = false;
    QElapsedTimer m_since;
};

} // namespace gpudesk
