#pragma once

#include <QObject>

class QSocketNotifier;

namespace gpudesk {

// Turns SIGTERM, SIGINT and SIGHUP into an orderly QCoreApplication::exit(0), so a desktop
// session ending, `kill`, or Ctrl-C in the launching terminal closes the app the same way as
// File → Quit: the event loop returns and every destructor runs (jobs, ledger checkpoint,
// database). The handler only writes one byte to a socket pair (async-signal-safe); the quit
// happens on the event loop. A second signal while quitting ends the process at once.
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

    // The signal that asked to quit (0 until one arrives).
    int received() const { return m_received; }

signals:
    void quitRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
    int m_received = 0;
};

} // namespace gpudesk
