#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace gpudesk {

struct SshEndpoint;

// Everything an SshSession needs to reach one host. Paths are injectable so tests never read the
// user's own ~/.ssh.
struct SshOptions
{
    QString host;
    int port = 22;
    QString user;

    // Tried first: the key GPU Desk made for the job (SshEndpoint::identityFile).
    QString identityFile;
    bool useAgent = true; // SSH_AUTH_SOCK, when set
    bool useDefaultKeys = true; // id_ed25519, id_ecdsa, id_rsa in `defaultKeysDir`
    QString defaultKeysDir; // empty: ~/.ssh
    bool allowKeyboardInteractive = true;
    bool allowPassword = true;

    QString knownHostsFile; // GPU Desk's own (in the data dir); trust() writes here
    QString userKnownHostsFile; // read only; empty: none (fromEndpoint() fills ~/.ssh/known_hosts)
    // A fingerprint the provider reported over its own authenticated API (SshEndpoint::hostKeySha256):
    // on first contact a matching key is trusted without asking. A changed key is still refused.
    QString expectedFingerprint;

    int connectTimeoutMs = 20000;
    int keepaliveIntervalMs = 15000; // 0: no keepalives
    int keepaliveCountMax = 3; // intervals without any traffic before the link counts as dead
    // An SFTP call (they wait for the server's answer) still waiting after this long counts as a
    // dead link: the transfer fails and the session reconnects.
    int stallTimeoutMs = 45000;

    bool autoReconnect = true;
    // One entry per attempt; the list's length is the number of attempts before giving up.
    QList<int> reconnectDelaysMs = { 1000, 2000, 4000, 8000, 16000, 30000, 30000 };

    QByteArray terminalType = QByteArrayLiteral("xterm-256color");

    // "host:port", as the messages name the host.
    QString displayName() const { return QStringLiteral("%1:%2").arg(host).arg(port); }

    static SshOptions fromEndpoint(const SshEndpoint &endpoint, const QString &knownHostsFile);
    // "ssh://user@host:port" (user defaults to $USER, port to 22) for any SSH host, not only a job's
    // (`gpudesk --connect`, `gpudesk-cli exec`). An error names what is wrong with the address.
    static Result<SshEndpoint> endpointFromUrl(const QString &url);
};

// What one exec() produced. `error` is set when the command could not run to its end (no exit
// status): the connection failed or the server refused the channel.
struct SshExecResult
{
    QByteArray standardOutput;
    QByteArray standardError;
    int exitStatus = -1;
    std::optional<Error> error;

    bool operator==(const SshExecResult &) const = default;
};

// One local (-L) forward: 127.0.0.1:localPort → remoteHost:remotePort as seen from the server.
struct SshLocalForward
{
    int id = 0;
    quint16 localPort = 0; // the bound port (0 until listening)
    QString remoteHost;
    quint16 remotePort = 0;

    bool operator==(const SshLocalForward &) const = default;
};

} // namespace gpudesk
