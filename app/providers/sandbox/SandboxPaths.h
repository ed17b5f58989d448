#pragma once

#include <QString>

namespace gpudesk {

// Where the Sandbox keeps its files inside a data directory. One daemon per data directory:
//   DIR/sandbox/sandboxd.sock   control socket (or a short one in the temp dir; see socketPath)
//   DIR/sandbox/sandboxd.lock   single-instance lock
//   DIR/sandbox/sandboxd.log    the daemon's own messages
//   DIR/sandbox/pods/<id>/      one directory per pod: pod.json, home/, logs/, bin/, ssh/
//   DIR/keys/gpudesk_ed25519    the user's GPU Desk key pair (.pub beside it)
class SandboxPaths
{
public:
    explicit SandboxPaths(QString dataDir);

    QString dataDir() const { return m_dataDir; }
    QString sandboxDir() const;
    // The control socket. Unix socket paths are limited to ~107 bytes: a data dir deep enough to
    // exceed that gets a socket in the temp dir named after a hash of the data dir.
    QString socketPath() const;
    QString lockPath() const;
    QString daemonLogPath() const;
    QString podsDir() const;
    QString podDir(const QString &podId) const;
    QString keysDir() const;
    QString defaultPrivateKey() const;
    QString defaultPublicKey() const { return defaultPrivateKey() + QStringLiteral(".pub"); }

    // Inside a pod directory.
    static QString podStateFile(const QString &podDir);   // pod.json
    static QString podHome(const QString &podDir);        // home/
    static QString podBin(const QString &podDir);         // bin/ (nvidia-smi)
    static QString podLogFile(const QString &podDir);     // logs/job.log
    static QString podExitFile(const QString &podDir);    // exit-status (written by the pod itself)
    static QString podSshDir(const QString &podDir);      // ssh/ (host key, authorized_keys)
    static QString podGpuSampleFile(const QString &podDir); // last CPU sample for the nvidia-smi shim

private:
    QString m_dataDir;
};

} // namespace gpudesk
