#pragma once

#include "PodSshHost.h"
#include "SandboxPaths.h"
#include "catalog/GpuSpecTable.h"
#include "core/Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace gpudesk {

class SandboxPod;

// gpudesk-sandboxd's engine: one per data directory (QLockFile), serving the JSON-lines protocol of
// SandboxProtocol on a QLocalServer, owning the pods, re-adopting them from their saved state when
// it starts, and exiting by itself after a while with no live pod and no client.
class SandboxDaemon : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;
        int idleExitSeconds = 600;
        int stopGraceSeconds = 10;
        int pollIntervalMs = 200;
        QString nvidiaSmiTarget;        // the gpudesk-sandboxd executable
        PodSshHost::Factory sshFactory; // null: pods without SSH
    };

    explicit SandboxDaemon(Options options, QObject *parent = nullptr);
    ~SandboxDaemon() override;

    // Takes the lock, re-adopts the pods, listens. On failure see anotherIsRunning().
    Result<void> start();
    bool anotherIsRunning() const { return m_anotherRunning; }

signals:
    // The daemon is done (idle, or asked to shut down); the program should exit with this code.
    void finished(int exitCode);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    void dispatch(const QPointer<QLocalSocket> &socket, qint64 id, const QJsonObject &request);
    void send(const QPointer<QLocalSocket> &socket, const QJsonObject &response);
    void sendError(const QPointer<QLocalSocket> &socket, qint64 id, const Error &error);
    Result<SandboxPod *> launch(const QJsonObject &request);
    Result<SandboxPod *> podFor(const QJsonObject &request) const;
    QString newPodId() const;
    void adoptAll();
    void poll();
    void checkIdle();
    void shutdown(bool terminatePods, const std::function<void()> &answer);
    void exitNow(int code);

    Options m_options;
    SandboxPaths m_paths;
    GpuSpecTable m_specs;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
    QHash<QString, SandboxPod *> m_pods;
    QStringList m_order; // creation order, for listings
    QHash<QString, QString> m_byToken;
    QTimer m_pollTimer;
    QTimer m_idleTimer;
    QElapsedTimer m_idleSince;
    int m_clients = 0;
    bool m_anotherRunning = false;
    bool m_exiting = false;
};

} // namespace gpudesk
