#include "PodSshHost.h"

#include "PodSshServer.h"

namespace gpudesk {

namespace {

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

} // namespace

PodSshHost::Factory PodSshHost::defaultFactory()
{
    return [](const Config &c) { return std::unique_ptr<PodSshHost>(new LibsshHost(c)); };
}

} // namespace gpudesk
