#include "PodProcesses.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace gpudesk {

namespace {

QByteArray readSmallFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    return f.read(1 << 20);
}

void closeFromThree(int keep)
{
    // Async-signal-safe: runs between fork and exec.
    if (keep > 3)
        ::close_range(3, static_cast<unsigned>(keep - 1), 0);
    if (::close_range(static_cast<unsigned>(keep + 1), ~0U, 0) == 0)
        return;
    const long max = ::sysconf(_SC_OPEN_MAX);
    for (long fd = 3; fd < (max > 0 ? max : 4096); ++fd) {
        if (fd != keep)
            ::close(static_cast<int>(fd));
    }
}

} // namespace

long PodProcesses::ticksPerSecond()
{
    static const long ticks = [] {
        const long t = ::sysconf(_SC_CLK_TCK);
        return t > 0 ? t : 100L;
    }();
    return ticks;
}

long PodProcesses::pageSize()
{
    static const long size = [] {
        const long s = ::sysconf(_SC_PAGESIZE);
        return s > 0 ? s : 4096L;
    }();
    return size;
}

Result<qint64> PodProcesses::spawnInNewSession(const SpawnRequest &request)
{
    // Everything the child needs is prepared before fork: after it only async-signal-safe calls.
    std::vector<QByteArray> store;
    store.reserve(static_cast<size_t>(request.arguments.size() + request.environment.size() + 2));
    const QByteArray program = QFile::encodeName(request.program);
    std::vector<char *> argv;
    store.push_back(request.argv0.isEmpty() ? program : QFile::encodeName(request.argv0));
    argv.push_back(store.back().data());
    for (const QString &a : request.arguments) {
        store.push_back(a.toLocal8Bit());
        argv.push_back(store.back().data());
    }
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (const QString &e : request.environment) {
        store.push_back(e.toLocal8Bit());
        envp.push_back(store.back().data());
    }
    envp.push_back(nullptr);
    const QByteArray cwd = QFile::encodeName(request.workingDirectory);
    const QByteArray out = QFile::encodeName(request.outputFile);

    int errorPipe[2];
    if (::pipe2(errorPipe, O_CLOEXEC) != 0)
        return makeError(Error::Kind::Internal, tr("The Sandbox could not start the pod's process (no pipe)."),
                         QString::fromLocal8Bit(std::strerror(errno)));

    const pid_t pid = ::fork();
    if (pid < 0) {
        const int e = errno;
        ::close(errorPipe[0]);
        ::close(errorPipe[1]);
        return makeError(Error::Kind::Internal,
                         tr("The Sandbox could not start the pod's process: the system refused a new process. "
                            "Close some programs and try again."),
                         QString::fromLocal8Bit(std::strerror(e)));
    }
    if (pid == 0) {
        ::close(errorPipe[0]);
        auto fail = [&](int stage) {
            const int report[2] = {stage, errno};
            [[maybe_unused]] ssize_t n = ::write(errorPipe[1], report, sizeof report);
            ::_exit(127);
        };
        if (::setsid() < 0)
            fail(1);
        sigset_t none;
        sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        struct sigaction dfl;
        std::memset(&dfl, 0, sizeof dfl);
        dfl.sa_handler = SIG_DFL;
        for (int s = 1; s < NSIG; ++s) {
            if (s != SIGKILL && s != SIGSTOP)
                ::sigaction(s, &dfl, nullptr);
        }
        const int in = ::open("/dev/null", O_RDONLY);
        if (in < 0 || ::dup2(in, 0) < 0)
            fail(2);
        const int log = ::open(out.constData(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (log < 0 || ::dup2(log, 1) < 0 || ::dup2(log, 2) < 0)
            fail(3);
        if (::chdir(cwd.constData()) != 0)
            fail(4);
        closeFromThree(errorPipe[1]);
        ::umask(022);
        ::execve(program.constData(), argv.data(), envp.data());
        fail(5);
    }

    ::close(errorPipe[1]);
    int report[2] = {0, 0};
    ssize_t n;
    do {
        n = ::read(errorPipe[0], report, sizeof report);
    } while (n < 0 && errno == EINTR);
    ::close(errorPipe[0]);
    if (n > 0) {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        const QString cause = QString::fromLocal8Bit(std::strerror(report[1]));
        switch (report[0]) {
        case 3:
            return makeError(Error::Kind::Io,
                             tr("The Sandbox could not open the pod's log file %1. Check free disk space and the "
                                "data folder's permissions.")
                                 .arg(QDir::toNativeSeparators(request.outputFile)),
                             cause);
        case 4:
            return makeError(Error::Kind::Io,
                             tr("The Sandbox could not enter the pod's folder %1. Check the data folder's "
                                "permissions.")
                                 .arg(QDir::toNativeSeparators(request.workingDirectory)),
                             cause);
        case 5:
            return makeError(Error::Kind::NotFound,
                             tr("The Sandbox could not run %1 for the pod. Check that bash is installed.")
                                 .arg(request.program),
                             cause);
        default:
            return makeError(Error::Kind::Internal,
                             tr("The Sandbox could not prepare the pod's process (step %1).").arg(report[0]),
                             cause);
        }
    }
    return qint64(pid);
}

std::optional<PodProcesses::Stat> PodProcesses::stat(qint64 pid)
{
    const QByteArray text = readSmallFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = text.lastIndexOf(')');
    if (text.isEmpty() || close < 0)
        return std::nullopt;
    const QList<QByteArray> f = text.mid(close + 2).split(' ');
    // f[0] is field 3 of proc(5): field N is f[N - 3].
    if (f.size() < 22)
        return std::nullopt;
    Stat s;
    s.pid = pid;
    s.state = f.at(0).isEmpty() ? '?' : f.at(0).at(0);
    s.ppid = f.at(1).toLongLong();
    s.pgid = f.at(2).toLongLong();
    s.sid = f.at(3).toLongLong();
    s.utime = f.at(11).toULongLong();
    s.stime = f.at(12).toULongLong();
    s.cutime = static_cast<quint64>(qMax(0LL, f.at(13).toLongLong()));
    s.cstime = static_cast<quint64>(qMax(0LL, f.at(14).toLongLong()));
    s.startTicks = f.at(19).toULongLong();
    s.rssPages = f.at(21).toLongLong();
    return s;
}

bool PodProcesses::isAlive(qint64 pid, quint64 startTicks)
{
    if (pid <= 1)
        return false;
    const auto s = stat(pid);
    if (!s || s->isZombie())
        return false;
    return startTicks == 0 || s->startTicks == startTicks;
}

bool PodProcesses::environmentHas(qint64 pid, const QByteArray &entry)
{
    const QByteArray env = readSmallFile(QStringLiteral("/proc/%1/environ").arg(pid));
    qsizetype at = 0;
    while (at < env.size()) {
        qsizetype end = env.indexOf('\0', at);
        if (end < 0)
            end = env.size();
        if (end - at == entry.size() && std::memcmp(env.constData() + at, entry.constData(), size_t(entry.size())) == 0)
            return true;
        at = end + 1;
    }
    return false;
}

QList<PodProcesses::Stat> PodProcesses::members(qint64 pgid, const QString &podId, bool includeZombies)
{
    QList<Stat> found;
    const qint64 self = ::getpid();
    const QByteArray marker = (markerVariable() + u'=' + podId).toLocal8Bit();
    const uid_t uid = ::getuid();
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        bool isNumber = false;
        const qint64 pid = name.toLongLong(&isNumber);
        if (!isNumber || pid == self)
            continue;
        struct ::stat st;
        if (::stat(QFile::encodeName(QStringLiteral("/proc/") + name).constData(), &st) != 0 || st.st_uid != uid)
            continue;
        const auto s = stat(pid);
        if (!s || (!includeZombies && s->isZombie()))
            continue;
        if ((pgid > 1 && s->pgid == pgid) || (!podId.isEmpty() && environmentHas(pid, marker)))
            found.append(*s);
    }
    return found;
}

int PodProcesses::signalAll(qint64 pgid, const QString &podId, int signal)
{
    int reached = 0;
    // Never our own group, never init's: a damaged record must not take the daemon down.
    if (pgid > 1 && pgid != ::getpgrp() && ::kill(static_cast<pid_t>(-pgid), signal) == 0)
        ++reached;
    for (const Stat &s : members(0, podId, false)) {
        if (s.pid != ::getpid() && ::kill(static_cast<pid_t>(s.pid), signal) == 0)
            ++reached;
    }
    return reached;
}

std::optional<int> PodProcesses::reap(qint64 pid)
{
    if (pid <= 0)
        return std::nullopt;
    int status = 0;
    pid_t r;
    do {
        r = ::waitpid(static_cast<pid_t>(pid), &status, WNOHANG);
    } while (r < 0 && errno == EINTR);
    if (r == static_cast<pid_t>(pid))
        return status;
    return std::nullopt;
}

} // namespace gpudesk
