#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace gpudesk {

// The SSH server of one pod, as the daemon sees it. PodSshServer (libssh) implements it; the
// seam keeps the pod logic independent of libssh (a daemon may also run without SSH servers).
class PodSshHost
{
public:
    struct Config
    {
        QString hostKeyPath;        // private host key (ed25519), persistent in the pod's ssh/ folder
        QString authorizedKeyPath;  // the only public key accepted
        QString workDir;            // sessions start here (the pod's home)
        QString shell = QStringLiteral("/bin/bash");
        QStringList environment;    // "K=V": the pod's environment for every session
        QString user;               // the user name clients log in as
        qint64 processGroup = 0;    // the pod's process group
        quint16 port = 0;           // 0 = any free port on 127.0.0.1
    };

    using Factory = std::function<std::unique_ptr<PodSshHost>(const Config &)>;

    virtual ~PodSshHost() = default;
    virtual Result<void> start() = 0;
    virtual quint16 port() const = 0;
    virtual QString hostKeyFingerprint() const = 0;
    // Closes the listener and ends every session.
    virtual void stop() = 0;

    // PodSshServer, the libssh server.
    static Factory defaultFactory();
};

} // namespace gpudesk
