#include "PodSshHost.h"

#include <QCoreApplication>

#ifdef GPUDESK_HAVE_POD_SSH_SERVER
#include "PodSshServer.h"
#endif

namespace gpudesk {

namespace {

#ifdef GPUDESK_HAVE_POD_SSH_SERVER
class LibsshHost final : public PodSshHost
{
public:
    explicit LibsshHost(const Config &c)
        : m_server(PodSshServer::Config{c.hostKeyPath, c.authorizedKeyPath, c.workDir, c.shell, c.environment,
                                        c.user, c.processGroup, c.port})
    {
    }
    ~LibsshHost() override { m_server.stop(); }
    Result<void> start() override { return m_server.start(); }
    quint16 port() const override { return m_server.port(); }
    QString hostKeyFingerprint() const override { return m_server.hostKeyFingerprint(); }
    void stop() override { m_server.stop(); }

private:
    PodSshServer m_server;
};
#else
class UnavailableHost final : public PodSshHost
{
public:
    Result<void> start() override
    {
        return makeError(Error::Kind::Internal,
                         QCoreApplication::translate("PodSshHost",
                                                     "This build of GPU Desk has no SSH server for Sandbox pods; "
                                                     "the pod runs, but cannot be reached over SSH."));
    }
    quint16 port() const override { return 0; }
    QString hostKeyFingerprint() const override { return {}; }
    void stop() override {}
};
#endif

} // namespace

PodSshHost::Factory PodSshHost::defaultFactory()
{
#ifdef GPUDESK_HAVE_POD_SSH_SERVER
    return [](const Config &c) { return std::unique_ptr<PodSshHost>(new LibsshHost(c)); };
#else
    return [](const Config &) { return std::unique_ptr<PodSshHost>(new UnavailableHost); };
#endif
}

} // namespace gpudesk
