#include "core/QuitSignals.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace gpudesk {

#ifdef Q_OS_UNIX

namespace {

int g_fds[2] = {-1, -1};
volatile std::sig_atomic_t g_pending = 0;

void onSignal(int signalNumber)
{
    if (g_pending) // asked twice: the user means it
        _exit(128 + signalNumber);
    g_pending = 1;
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const ssize_t n = ::write(g_fds[0], &byte, 1);
}

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

} // namespace

QuitSignals::QuitSignals(QObject *parent)
    : QObject(parent)
{
    if (g_fds[0] != -1 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_fds) != 0)
        return;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignals::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int s : kSignals)
        ::sigaction(s, &action, nullptr);
}

QuitSignals::~QuitSignals()
{
    if (!m_notifier)
        return;
    for (const int s : kSignals)
        std::signal(s, SIG_DFL);
    ::close(g_fds[0]);
    ::close(g_fds[1]);
    g_fds[0] = g_fds[1] = -1;
    g_pending = 0;
}

void QuitSignals::onReadable()
{
    char byte = 0;
    if (::read(g_fds[1], &byte, 1) != 1)
        return;
    m_received = byte;
    emit quitRequested(byte);
    // exit(), not quit(): Qt 6's quit() does nothing until QCoreApplication::exec() runs, and a
    // signal may come while a dialog's own loop runs first (the first-run assistant). exit() ends
    // every running event loop.
    QCoreApplication::exit(0);
}

#else // not Q_OS_UNIX: Windows ends GUI apps through WM_CLOSE/WM_ENDSESSION, which Qt handles.

QuitSignals::QuitSignals(QObject *parent)
    : QObject(parent)
{
}

QuitSignals::~QuitSignals() = default;

void QuitSignals::onReadable()
{
}

#endif

} // namespace gpudesk
