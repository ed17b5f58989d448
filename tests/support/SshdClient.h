#pragma once

// How SshSession tests reach the SshdFixture's sshd: 127.0.0.1, its port, the current user and one
// key, with nothing of the user's own (~/.ssh keys, agent) in the way. (Terminal UI tests take an
// SshEndpoint from TerminalTestSupport.h.)

#include "SshdFixture.h"
#include "ssh/SshOptions.h"

inline gpudesk::SshOptions sshdClientOptions(const SshdFixture &sshd, const QString &key, const QString &knownHostsFile)
{
    gpudesk::SshOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = sshd.port();
    o.user = SshdFixture::currentUser();
    o.identityFile = key;
    o.useAgent = false;
    o.useDefaultKeys = false;
    o.knownHostsFile = knownHostsFile;
    o.autoReconnect = false;
    return o;
}
