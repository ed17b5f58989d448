#include "SshOptions.h"

#include "providers/Provider.h"
#include "ssh/KnownHosts.h"

#include <QCoreApplication>
#include <QUrl>

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

Result<SshEndpoint> SshOptions::endpointFromUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("ssh") || parsed.host().isEmpty()
        || (!parsed.path().isEmpty() && parsed.path() != QLatin1String("/")))
        return makeError(Error::Kind::InvalidInput,
                         QCoreApplication::translate("SshOptions", "\"%1\" is not an ssh://user@host:port address").arg(url));
    SshEndpoint e;
    e.host = parsed.host();
    e.port = parsed.port(22);
    e.user = parsed.userName().isEmpty() ? qEnvironmentVariable("USER") : parsed.userName();
    return e;
}

} // namespace gpudesk
