#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

#include <sys/types.h>

namespace gpudesk {

// One process started for an SSH channel of a Sandbox pod (a shell, a command, sftp-server),
// and the parent's ends of its standard streams. Private to PodSshServer.
//
// A child without a PTY joins the pod's process group when there is one, else leads a group of
// its own. A child with a PTY must lead a new session to own the terminal (job control, ^C);
// a process group cannot span sessions, so it cannot stay in the pod's group: killTree() and
// the kernel's hangup when the PTY master closes are what end it.
class PodSshChild
{
public:
    struct Spec
    {
        QByteArray program; // absolute path
        QList<QByteArray> arguments; // argv, argv[0] included
        QList<QByteArray> environment; // the whole environment, "K=V"
        QByteArray workDir;
        qint64 processGroup = 0; // > 0: join it (no PTY only); 0: a group of its own
        bool pty = false;
        unsigned short rows = 24;
        unsigned short columns = 80;
        unsigned short pixelWidth = 0;
        unsigned short pixelHeight = 0;
    };

    // fork + exec. Every fd handed back is non-blocking and close-on-exec, and belongs to the
    // caller, who closes it (after taking it out of its polls). On failure: nullopt and a
    // technical reason in *why.
    static std::optional<PodSshChild> start(const Spec &spec, QString *why);

    pid_t pid() const { return m_pid; }
    // Readable once the child exits; -1 where the kernel lacks pidfd_open (then poll reap()).
    int pidFd() const { return m_pidFd; }
    int stdinFd() const { return m_stdin; } // the PTY master with a PTY
    int stdoutFd() const { return m_stdout; } // the PTY master with a PTY
    int stderrFd() const { return m_stderr; } // -1 with a PTY
    bool hasPty() const { return m_pty; }
    bool leadsOwnGroup() const { return m_ownGroup; }

    // waitpid(WNOHANG): the wait status once the child has ended, else nullopt.
    std::optional<int> reap();
    // Sends `signal` to the child and to what belongs to it: its process group or PTY session
    // when it leads one, and its descendants (found in /proc).
    void signalTree(int signal) const;
    // SIGKILL to the tree, then a blocking wait for the child. Returns the wait status.
    int killAndReap();

private:
    pid_t m_pid = -1;
    int m_pidFd = -1;
    int m_stdin = -1;
    int m_stdout = -1;
    int m_stderr = -1;
    bool m_pty = false;
    bool m_ownGroup = false;
    bool m_reaped = false;
    int m_status = 0;
};

} // namespace gpudesk
