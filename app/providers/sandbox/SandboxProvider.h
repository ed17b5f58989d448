#pragma once

#include "SandboxClient.h"
#include "providers/Provider.h"

#include <QJsonObject>

namespace gpudesk {

// The built-in Sandbox: pods that are real local processes (with a simulated nvidia-smi and a real
// SSH server each), run by gpudesk-sandboxd for one data directory. The daemon is started on
// demand and outlives the app, so pods keep running when the app quits.
class SandboxProvider : public Provider
{
    Q_OBJECT

public:
    explicit SandboxProvider(const QString &dataDir, QObject *parent = nullptr);

    QString id() const override { return QStringLiteral("sandbox"); }
    QString displayName() const override;
    ProviderCapabilities capabilities() const override;

    void listOffers(Reply<std::vector<Offer>> reply) override;
    void launch(const JobSpec &spec, const QString &clientToken, Reply<Instance> reply) override;
    void instances(Reply<std::vector<Instance>> reply) override;
    void instance(const QString &instanceId, Reply<Instance> reply) override;
    void stop(const QString &instanceId, Reply<void> reply) override;
    void start(const QString &instanceId, Reply<void> reply) override;
    void terminate(const QString &instanceId, Reply<void> reply) override;
    void sshEndpoint(const QString &instanceId, Reply<SshEndpoint> reply) override;
    void logs(const QString &instanceId, qint64 maxBytes, Reply<QByteArray> reply) override;

    // Beyond the Provider interface.
    // Takes a running pod back as a cloud preempts a spot instance (its state becomes preempted).
    void preempt(const QString &instanceId, Reply<void> reply);
    // GPU models the Sandbox refuses with a NoCapacity error (a demo of failover): the Settings
    // switch's list; GPUDESK_SANDBOX_NO_CAPACITY ("H100,B200") is added to it at each launch.
    void setNoCapacityModels(const QStringList &models) { m_noCapacity = models; }
    QStringList noCapacityModels() const;
    void ping(Reply<QJsonObject> reply);
    // Stops the daemon; with `terminatePods` every pod is terminated first.
    void shutdownDaemon(bool terminatePods, Reply<void> reply);
    // The private key that reaches pods launched without JobSpec::sshKey (made on first launch).
    QString defaultPrivateKey() const { return m_client.paths().defaultPrivateKey(); }
    SandboxClient &client() { return m_client; }

private:
    Instance toInstance(const QJsonObject &view) const;
    void podCall(const QString &op, const QString &instanceId, int timeoutMs, Reply<void> reply);

    SandboxClient m_client;
    std::optional<Error> m_offersError;
    std::vector<Offer> m_offers;
    QStringList m_noCapacity;
};

} // namespace gpudesk
