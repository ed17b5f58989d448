#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace gpudesk {

// The SSH server of one Sandbox pod, on 127.0.0.1, built on libssh's server API.
//
// It accepts one user name and one public key (the user's GPU Desk key), nothing else: no
// password, no keyboard-interactive, no "none". Clients get session channels (a shell with a
// real PTY, or a command, with stdout, stderr, exit status; sftp where OpenSSH's sftp-server is
// installed), env requests, and direct-tcpip forwarding to 127.0.0.1 / localhost only (to reach a
// Jupyter server in the pod; other hosts are refused). The host key is the pod's own and persists.
//
// Threads: start() opens the listener and starts an accept thread; each connection then runs on
// its own thread with one libssh event loop (ssh_event) over the connection, its children's pipes
// or PTYs, forwarded sockets, the children's pidfds and a stop pipe. No polling loops: every wait
// is a poll() on descriptors. Use the object itself (start, stop, getters) from one thread.
class PodSshServer : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString hostKeyPath; // the pod's private host key; an ed25519 key is made (0600) if missing
        QString authorizedKeyPath; // OpenSSH public key file: the only key accepted
        QString workDir; // shells and commands start here
        QString shell = QStringLiteral("/bin/bash");
        QStringList environment; // "K=V" for every session, over the server's own environment
        QString user; // the only user name accepted
        // > 0: every child without a PTY joins this process group, so ending the pod's group
        // ends it. A shell with a PTY must lead a session of its own (a group cannot span
        // sessions); stop(), and the hangup when its terminal closes, end it. 0: each child
        // leads a group of its own.
        qint64 processGroup = 0;
        quint16 port = 0; // 0: any free port on 127.0.0.1
    };

    explicit PodSshServer(Config config, QObject *parent = nullptr);
    // Stops (see stop()) and joins every thread.
    ~PodSshServer() override;

    // Reads or makes the host key, reads the authorized key, listens on 127.0.0.1 only, and
    // serves on its own threads. A no-op while running.
    Result<void> start();
    // The port listened on; 0 while not running.
    quint16 port() const;
    // "SHA256:…" exactly as `ssh-keygen -lf` prints it; empty before the first start().
    QString hostKeyFingerprint() const;
    // The host key's public half, "ssh-ed25519 AAAA…", for a known_hosts line; empty before start().
    QString hostPublicKey() const;
    bool isRunning() const;
    // Closes the listener and every connection, kills the processes its channels started (with
    // their process groups, PTY sessions and descendants) and reaps them. Kills nothing else.
    void stop();

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace gpudesk
