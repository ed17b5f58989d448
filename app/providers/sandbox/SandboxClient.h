#pragma once

#include "SandboxPaths.h"
#include "core/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

class QLocalSocket;

namespace gpudesk {

// The app's side of the Sandbox control socket: sends SandboxProtocol requests to gpudesk-sandboxd
// without ever blocking the calling thread, starting the daemon (detached, so it outlives the app)
// when nobody answers, and retrying the connection with backoff while it starts.
class SandboxClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(Result<QJsonValue>)>;

    explicit SandboxClient(QString dataDir, QObject *parent = nullptr);
    ~SandboxClient() override;

    // $GPUDESK_SANDBOXD, else gpudesk-sandboxd next to the running program, else the build tree's.
    static QString defaultDaemonProgram();
    void setDaemonProgram(const QString &path) { m_program = path; }
    QString daemonProgram() const { return m_program; }
    // Extra arguments for a daemon this client starts (tests: a short idle exit).
    void setDaemonArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    // How long to keep trying to reach a daemon that is starting (default 10 s).
    void setStartTimeoutMs(int ms) { m_startTimeoutMs = ms; }

    // Sends `request` (its "id" is set here). `callback` runs later, exactly once, on this thread.
    void send(QJsonObject request, Callback callback, int timeoutMs = 60'000);

    SandboxPaths paths() const { return m_paths; }

private:
    struct Pending
    {
        qint64 id = 0;
        QJsonObject request;
        Callback callback;
        int timeoutMs = 0;
        QElapsedTimer sent; // invalid until written
    };

    void connectNow();
    void onConnected();
    void onConnectFailed();
    void onDisconnected();
    void onReadyRead();
    void flushQueue();
    void failAll(const Error &error);
    void checkTimeouts();
    Result<void> startDaemon();
    void finish(Pending pending, Result<QJsonValue> result);

    SandboxPaths m_paths;
    QString m_program;
    QStringList m_extraArguments;
    int m_startTimeoutMs = 10'000;
    QLocalSocket *m_socket = nullptr;
    enum class Link { Down, Connecting, Up } m_link = Link::Down;
    bool m_daemonStarted = false;
    int m_backoffMs = 0;
    QElapsedTimer m_connectingSince;
    QTimer m_retryTimer;
    QTimer m_timeoutTimer;
    QList<Pending> m_queue;          // waiting for a connection
    QHash<qint64, Pending> m_inFlight;
    qint64 m_nextId = 1;
    QByteArray m_buffer;
};

} // namespace gpudesk
