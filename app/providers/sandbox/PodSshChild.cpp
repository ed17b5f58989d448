#include "PodSshChild.h"

#include <QHash>
#include <QList>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace gpudesk {

namespace {

QString errnoText(const char *what, int error)
{
    return QString::fromLatin1(what) + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(error));
}

void closeFd(int &fd)
{
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

bool setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

// Everything the child runs after fork(). The parent has other threads, so only
// async-signal-safe calls from here on: no allocation, no locks, no Qt.
void childWrite(const char *text)
{
    [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, text, std::strlen(text));
}

[[noreturn]] void childFail(const char *text, const char *detail = nullptr)
{
    childWrite(text);
    if (detail) {
        childWrite(detail);
        childWrite("\n");
    }
    ::_exit(127);
}

struct ChildPlan
{
    const char *program = nullptr;
    char *const *argv = nullptr;
    char *const *envp = nullptr;
    const char *workDir = nullptr;
    pid_t processGroup = 0;
    int in = -1;
    int out = -1;
    int err = -1;
    bool pty = false;
    int maxFd = 1024;
};

[[noreturn]] void runChild(const ChildPlan &plan)
{
    // The server's threads may block or ignore signals; a shell must start with the defaults.
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    struct sigaction defaults;
    std::memset(&defaults, 0, sizeof defaults);
    defaults.sa_handler = SIG_DFL;
    for (int s = 1; s < NSIG; ++s)
        sigaction(s, &defaults, nullptr);

    int groupError = 0;
    if (plan.pty) {
        if (::setsid() < 0 || ::ioctl(plan.in, TIOCSCTTY, 0) < 0)
            childFail("gpudesk: cannot give the session its terminal\n");
    } else if (::setpgid(0, plan.processGroup) < 0) {
        groupError = errno;
    }

    // Lift the sources above 2 first so that no dup2 below overwrites another source.
    const int in = ::fcntl(plan.in, F_DUPFD, 3);
    const int out = ::fcntl(plan.out, F_DUPFD, 3);
    const int err = ::fcntl(plan.err, F_DUPFD, 3);
    if (in < 0 || out < 0 || err < 0 || ::dup2(in, STDIN_FILENO) < 0 || ::dup2(out, STDOUT_FILENO) < 0
        || ::dup2(err, STDERR_FILENO) < 0)
        ::_exit(127);
    if (::close_range(3, ~0U, 0) < 0) {
        for (int fd = 3; fd < plan.maxFd; ++fd)
            ::close(fd);
    }

    if (groupError != 0)
        childFail("gpudesk: the pod's process group is gone (the pod has ended)\n");
    if (::chdir(plan.workDir) < 0)
        childFail("gpudesk: cannot enter the pod's working folder ", plan.workDir);
    ::execve(plan.program, plan.argv, plan.envp);
    childFail("gpudesk: cannot run ", plan.program);
}

struct ProcStat
{
    pid_t pid = 0;
    pid_t ppid = 0;
    pid_t pgrp = 0;
    pid_t session = 0;
};

// Every process in /proc except this one.
QList<ProcStat> allProcesses()
{
    QList<ProcStat> result;
    DIR *dir = ::opendir("/proc");
    if (!dir)
        return result;
    const pid_t self = ::getpid();
    while (const dirent *entry = ::readdir(dir)) {
        char *end = nullptr;
        const long pid = std::strtol(entry->d_name, &end, 10);
        if (pid <= 0 || *end != '\0' || pid == self)
            continue;
        char path[64];
        std::snprintf(path, sizeof path, "/proc/%ld/stat", pid);
        const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        char buffer[1024];
        const ssize_t n = ::read(fd, buffer, sizeof buffer - 1);
        ::close(fd);
        if (n <= 0)
            continue;
        buffer[n] = '\0';
        // "pid (comm) state ppid pgrp session ...": comm may hold spaces and parentheses.
        const char *afterComm = std::strrchr(buffer, ')');
        char state = 0;
        long ppid = 0, pgrp = 0, session = 0;
        if (!afterComm || std::sscanf(afterComm + 1, " %c %ld %ld %ld", &state, &ppid, &pgrp, &session) != 4)
            continue;
        result.append({ pid_t(pid), pid_t(ppid), pid_t(pgrp), pid_t(session) });
    }
    ::closedir(dir);
    return result;
}

} // namespace

std::optional<PodSshChild> PodSshChild::start(const Spec &spec, QString *why)
{
    int master = -1, slave = -1;
    int in[2] = { -1, -1 }, out[2] = { -1, -1 }, err[2] = { -1, -1 };
    auto fail = [&](const QString &reason) -> std::optional<PodSshChild> {
        closeFd(master);
        closeFd(slave);
        for (int *pipeEnds : { in, out, err }) {
            closeFd(pipeEnds[0]);
            closeFd(pipeEnds[1]);
        }
        if (why)
            *why = reason;
        return std::nullopt;
    };

    QList<QByteArray> environment = spec.environment;
    if (spec.pty) {
        // O_CLOEXEC everywhere: other threads of this process may fork at any moment.
        master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (master < 0 || ::grantpt(master) < 0 || ::unlockpt(master) < 0)
            return fail(errnoText("posix_openpt", errno));
        char name[128];
        if (::ptsname_r(master, name, sizeof name) != 0)
            return fail(errnoText("ptsname_r", errno));
        slave = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (slave < 0)
            return fail(errnoText("open pts", errno));
        struct winsize size;
        size.ws_row = spec.rows;
        size.ws_col = spec.columns;
        size.ws_xpixel = spec.pixelWidth;
        size.ws_ypixel = spec.pixelHeight;
        ::ioctl(master, TIOCSWINSZ, &size);
        struct termios modes;
        if (::tcgetattr(slave, &modes) == 0) {
            modes.c_iflag |= IUTF8;
            ::tcsetattr(slave, TCSANOW, &modes);
        }
        environment.append(QByteArray("SSH_TTY=") + name);
    } else if (::pipe2(in, O_CLOEXEC) < 0 || ::pipe2(out, O_CLOEXEC) < 0 || ::pipe2(err, O_CLOEXEC) < 0) {
        return fail(errnoText("pipe2", errno));
    }

    // All the child needs, prepared before fork().
    std::vector<char *> argv;
    argv.reserve(size_t(spec.arguments.size()) + 1);
    for (const QByteArray &a : spec.arguments)
        argv.push_back(const_cast<char *>(a.constData()));
    argv.push_back(nullptr);
    std::vector<char *> envp;
    envp.reserve(size_t(environment.size()) + 1);
    for (const QByteArray &e : environment)
        envp.push_back(const_cast<char *>(e.constData()));
    envp.push_back(nullptr);

    ChildPlan plan;
    plan.program = spec.program.constData();
    plan.argv = argv.data();
    plan.envp = envp.data();
    plan.workDir = spec.workDir.constData();
    plan.processGroup = spec.processGroup > 0 ? pid_t(spec.processGroup) : 0;
    plan.pty = spec.pty;
    plan.in = spec.pty ? slave : in[0];
    plan.out = spec.pty ? slave : out[1];
    plan.err = spec.pty ? slave : err[1];
    struct rlimit limit;
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        plan.maxFd = int(std::min<rlim_t>(limit.rlim_cur, 65536));

    const pid_t pid = ::fork();
    if (pid == 0)
        runChild(plan);
    if (pid < 0)
        return fail(errnoText("fork", errno));

    PodSshChild child;
    child.m_pid = pid;
    child.m_pty = spec.pty;
    child.m_ownGroup = spec.pty || spec.processGroup <= 0;
    if (!spec.pty) {
        // Also from this side, so the group holds before anyone signals it (fails harmlessly
        // once the child has exec'd: it did the same itself).
        ::setpgid(pid, spec.processGroup > 0 ? pid_t(spec.processGroup) : pid);
    }
    if (spec.pty) {
        closeFd(slave);
        child.m_stdin = master;
        child.m_stdout = master;
        master = -1;
        setNonBlocking(child.m_stdin);
    } else {
        closeFd(in[0]);
        closeFd(out[1]);
        closeFd(err[1]);
        child.m_stdin = in[1];
        child.m_stdout = out[0];
        child.m_stderr = err[0];
        setNonBlocking(child.m_stdin);
        setNonBlocking(child.m_stdout);
        setNonBlocking(child.m_stderr);
    }
    // Close-on-exec by definition. Through syscall(): glibc 2.36's <sys/pidfd.h> lacks extern "C".
    child.m_pidFd = int(::syscall(SYS_pidfd_open, pid, 0));
    return child;
}

std::optional<int> PodSshChild::reap()
{
    if (m_reaped)
        return m_status;
    if (m_pid <= 0)
        return std::nullopt;
    int status = 0;
    pid_t r;
    do {
        r = ::waitpid(m_pid, &status, WNOHANG);
    } while (r < 0 && errno == EINTR);
    if (r == 0)
        return std::nullopt;
    m_reaped = true;
    // ECHILD: somebody else waited for it; report a failure rather than hang.
    m_status = r == m_pid ? status : 255 << 8;
    return m_status;
}

void PodSshChild::signalTree(int signal) const
{
    if (m_pid <= 0)
        return;
    const QList<ProcStat> processes = allProcesses();
    QList<pid_t> victims;
    if (!m_reaped) {
        // Descendants by parent links (they may have changed group); breadth first.
        QHash<pid_t, QList<pid_t>> childrenOf;
        for (const ProcStat &p : processes)
            childrenOf[p.ppid].append(p.pid);
        victims.append(m_pid);
        for (qsizetype i = 0; i < victims.size(); ++i)
            victims.append(childrenOf.value(victims.at(i)));
    }
    for (const ProcStat &p : processes) {
        if ((m_ownGroup && p.pgrp == m_pid) || (m_pty && p.session == m_pid))
            victims.append(p.pid);
    }
    std::sort(victims.begin(), victims.end());
    victims.erase(std::unique(victims.begin(), victims.end()), victims.end());
    for (pid_t victim : std::as_const(victims)) {
        if (victim != m_pid || !m_reaped)
            ::kill(victim, signal);
    }
}

int PodSshChild::killAndReap()
{
    if (m_pid <= 0)
        return 0;
    signalTree(SIGKILL);
    if (m_reaped)
        return m_status;
    int status = 0;
    pid_t r;
    do {
        r = ::waitpid(m_pid, &status, 0);
    } while (r < 0 && errno == EINTR);
    m_reaped = true;
    m_status = r == m_pid ? status : 255 << 8;
    return m_status;
}

} // namespace gpudesk
