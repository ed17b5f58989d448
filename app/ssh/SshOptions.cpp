#include "SshOptions.h"

#include "providers/Provider.h"
#include "ssh/KnownHosts.h"

namespace gpudesk {

SshOptions SshOptions::fromEndpoint(const SshEndpoint &endpoint, const QString &knownHostsFile)
{
    SshOptions options;
    options.host = endpoint.host;
    options.port = endpoint.port;
    options.user = endpoint.user;
    options.identityFile = endpoint.identityFile;
    options.expectedFingerprint = endpoint.hostKeySha256;
    options.knownHostsFile = knownHostsFile;
    options.userKnownHostsFile = KnownHosts::defaultUserFile();
    return options;
}

} // namespace gpudesk
