#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gpudesk {

// The Linux process plumbing of a Sandbox pod: starting its main process in a new session
// (so the pod is one process group), finding every process that belongs to it in /proc, and
// signalling them. A pod's processes are its process group plus any process carrying the pod's
// marker variable GPUDESK_SANDBOX_POD_ID=<id> in its environment (SSH sessions with a PTY start
// their own session and so cannot stay in the group; the marker still finds them).
class PodProcesses
{
    Q_DECLARE_TR_FUNCTIONS(PodProcesses)

public:
    struct Stat
    {
        qint64 pid = 0;
        qint64 ppid = 0;
        qint64 pgid = 0;
        qint64 sid = 0;
        char state = '?';     // R, S, D, Z, …
        quint64 utime = 0;    // clock ticks
        quint64 stime = 0;
        quint64 cutime = 0;   // of waited-for children
        quint64 cstime = 0;
        quint64 startTicks = 0; // since boot
        qint64 rssPages = 0;
        bool isZombie() const { return state == 'Z' || state == 'X'; }
    };

    struct SpawnRequest
    {
        QString program;
        QStringList arguments;   // without argv[0]
        QString argv0;           // empty = program
        QStringList environment; // "K=V", the whole environment
        QString workingDirectory;
        QString outputFile;      // stdout and stderr, appended; stdin is /dev/null
    };

    static QString markerVariable() { return QStringLiteral("GPUDESK_SANDBOX_POD_ID"); }

    // fork + setsid + exec. Returns the pid, which is also the new process group and session id.
    static Result<qint64> spawnInNewSession(const SpawnRequest &request);

    static std::optional<Stat> stat(qint64 pid);
    // True when `pid` lives (not a zombie) and started at `startTicks` (0 = do not check).
    static bool isAlive(qint64 pid, quint64 startTicks);
    // Every process of the pod, zombies included unless asked otherwise. Never this process.
    static QList<Stat> members(qint64 pgid, const QString &podId, bool includeZombies = true);
    // Sends `signal` to the pod's group and to every marked process. Returns how many it reached.
    static int signalAll(qint64 pgid, const QString &podId, int signal);
    // waitpid(pid, WNOHANG) for one of our own children: nullopt while it runs (or is not ours);
    // else the wait status.
    static std::optional<int> reap(qint64 pid);
    static long ticksPerSecond();
    static long pageSize();

private:
    static bool environmentHas(qint64 pid, const QByteArray &entry);
};

} // namespace gpudesk
