#pragma once

#include <QByteArray>
#include <QList>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <vector>

namespace gpudesk {

// What every connection of one PodSshServer shares; immutable while the server runs.
struct PodSshContext
{
    QByteArray user; // the only user name accepted
    QByteArray authorizedKeyBase64; // the only public key accepted (its blob, base64)
    QByteArray workDir;
    QByteArray shell;
    QList<QByteArray> environment; // "K=V": the server's own environment, cleaned, + the pod's
    qint64 processGroup = 0;
    quint16 port = 0;
    int stopFd = -1; // becomes readable, and stays so, once the server stops
};

// One SSH connection to a pod, from key exchange to the last child it started. run() drives
// it on its own thread with one ssh_event that polls the connection, the children's pipes or
// PTYs, forwarded sockets, the children's pidfds and the server's stop pipe. Private to
// PodSshServer.
class PodSshSession
{
public:
    PodSshSession(std::shared_ptr<const PodSshContext> context, ssh_session session, int socketFd,
        QByteArray peerAddress, quint16 peerPort);
    ~PodSshSession();
    PodSshSession(const PodSshSession &) = delete;
    PodSshSession &operator=(const PodSshSession &) = delete;

    // The thread body. Returns once the client is gone and every child it started has been
    // reaped, or at once (killing the children) when the server stops.
    void run();
    // Any thread: cuts a connection that is still in key exchange (which blocks), so that the
    // server's stop() never waits for a silent client.
    void abortHandshake();
    bool isFinished() const { return m_finished.load(); }

    struct Channel;

    // Entry points for libssh's callbacks (C functions in the .cpp forward here).
    int authenticatePublicKey(const char *user, ssh_key key, char signatureState);
    ssh_channel openSessionChannel();
    bool openDirectTcpip(ssh_message message);
    int channelData(Channel &c, void *data, uint32_t length, int isStderr);
    int channelPtyRequest(Channel &c, const char *term, int columns, int rows, int pxWidth, int pxHeight);
    int channelWindowChange(Channel &c, int columns, int rows, int pxWidth, int pxHeight);
    int channelEnv(Channel &c, const char *name, const char *value);
    int channelStart(Channel &c, const char *command, bool subsystem);
    void channelSignal(Channel &c, const char *name);
    void fdEvent(Channel &c, int fd, int revents);
    void stopRequested() { m_stopRequested = true; }

private:
    void serve();
    QByteArray peer() const;
    void pump(Channel &c);
    void writeInput(Channel &c);
    bool flushToChannel(Channel &c, QByteArray &pending, bool isStderr);
    void finishSessionChannel(Channel &c);
    void dropInput(Channel &c);
    void closeInput(Channel &c);
    void closeStreams(Channel &c);
    void releaseChannel(Channel &c);
    void hangUp(Channel &c);
    void syncWatches(Channel &c);
    void unwatch(Channel &c, int fd);
    void closeFd(Channel &c, int &fd);
    void sweepChannels();
    void sessionEnded();
    int pollTimeoutMs() const;
    bool sessionAlive() const;
    void teardown();

    std::shared_ptr<const PodSshContext> m_context;
    ssh_session m_session = nullptr;
    ssh_server_callbacks_struct m_serverCallbacks {};
    ssh_event m_event = nullptr;
    int m_socketFd = -1;
    QByteArray m_peerAddress;
    quint16 m_peerPort = 0;

    std::mutex m_handshakeMutex; // guards m_inHandshake against abortHandshake()
    bool m_inHandshake = true;
    std::atomic<bool> m_finished { false };

    bool m_sessionInEvent = false;
    bool m_sessionGone = false;
    bool m_stopRequested = false;
    bool m_authenticated = false;
    int m_authFailures = 0;
    bool m_insideLibssh = false; // set while pump() calls into libssh (see fdEvent)
    std::chrono::steady_clock::time_point m_authDeadline;
    std::vector<std::unique_ptr<Channel>> m_channels;
};

} // namespace gpudesk
