#pragma once

#include "providers/HttpProvider.h"

#include <QUrl>

#include <chrono>

namespace gpudesk {

// Lambda Cloud (https://cloud.lambda.ai, API v1, spec openapi 1.8.3 in ../shared/provider-specs/lambda).
// Instance types → live offers; launch, list, get, restart, terminate; SSH keys. Lambda has no
// stop/start (an instance runs until terminated), so those are not offered; start() is refused and
// restart() reboots a running instance.
class LambdaProvider : public HttpProvider
{
    Q_OBJECT

public:
    // Lambda's documented limits: one request per second per account, one launch per 12 seconds.
    static constexpr std::chrono::milliseconds kRequestInterval { 1000 };
    static constexpr std::chrono::milliseconds kLaunchInterval { 12000 };
    static QString rateKey() { return QStringLiteral("lambda"); }
    static QString launchRateKey() { return QStringLiteral("lambda-launch"); }
    // The name GPU Desk's own public key is registered under (Lambda keys SSH keys by name).
    static QString defaultSshKeyName() { return QStringLiteral("gpudesk"); }
    // https://cloud.lambda.ai unless GPUDESK_LAMBDA_BASE_URL says otherwise.
    static QUrl defaultBaseUrl();

    explicit LambdaProvider(
        const ProviderCredentials &credentials, const QUrl &baseUrl = defaultBaseUrl(), QObject *parent = nullptr);
    ~LambdaProvider() override;

    QString id() const override { return QStringLiteral("lambda"); }
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

    void checkAccess(Reply<QString> reply) override;
    void registerSshKey(const QString &name, const QString &publicKey, Reply<QString> reply) override;

    // Beyond the interface.
    void restart(const QString &instanceId, Reply<void> reply);
    void sshKeyNames(Reply<QStringList> reply);
    // The public key launches use when the job names none: registered under defaultSshKeyName() on
    // the first launch that needs it (if Lambda does not know that name yet).
    void setLaunchPublicKey(const QString &publicKey) override { m_launchPublicKey = publicKey; }
    // The SSH key names launches send (Lambda requires exactly one); default {defaultSshKeyName()}.
    void setLaunchSshKeyNames(const QStringList &names) { m_launchKeyNames = names; }

protected:
    QUrl endpoint(const QString &path, const QUrlQuery &query) const override;
    std::optional<Error> credentialsError() const override;
    bool sendsContentType(HttpRequest::Method method) const override { return method != HttpRequest::Method::Get; }
    void mapError(Error &error, const HttpRequest &sent) const override;

private:
    void ensureLaunchKey(std::function<void(Result<void>)> done);
    void launchInRegion(const JobSpec &spec, const QString &clientToken, const QString &region, Reply<Instance> reply);
    void postTerminateOrRestart(const QString &instanceId, bool restart, Reply<void> reply);

    QString m_launchPublicKey;
    QStringList m_launchKeyNames;
    bool m_launchKeyKnown = false;
};

} // namespace gpudesk
