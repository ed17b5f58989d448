#pragma once

#include "providers/HttpProvider.h"

#include <QUrl>

namespace gpudesk {

// RunPod pods through the REST API v2 (https://api.runpod.io/v2, "Runpod REST API" 2.0.0; the
// older rest.runpod.io/v1 is not used). GPU catalog → live per-GPU offers (Secure and Community
// Cloud); create/list/get pods, stop/start (pod actions), terminate (DELETE); ssh.direct → SSH.
class RunPodProvider : public HttpProvider
{
    Q_OBJECT

public:
    static QString rateKey() { return QStringLiteral("runpod"); }
    // https://api.runpod.io unless GPUDESK_RUNPOD_BASE_URL says otherwise.
    static QUrl defaultBaseUrl();

    explicit RunPodProvider(
        const ProviderCredentials &credentials, const QUrl &baseUrl = defaultBaseUrl(), QObject *parent = nullptr);
    ~RunPodProvider() override;

    QString id() const override { return QStringLiteral("runpod"); }
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

    // Adds the key to the account's SSH keys (RunPod provisions them into pods created with
    // startSsh); replies with `name`. A key already registered is left as it is.
    void registerSshKey(const QString &name, const QString &publicKey, Reply<QString> reply) override;

    // Beyond the interface: the account's registered public keys.
    void sshKeys(Reply<QStringList> reply);

protected:
    QUrl endpoint(const QString &path, const QUrlQuery &query) const override;
    std::optional<Error> credentialsError() const override;
    QByteArray acceptHeader() const override;
    bool sendsContentType(HttpRequest::Method method) const override;
    void mapError(Error &error, const HttpRequest &sent) const override;

private:
    void podAction(const QString &instanceId, const QString &action, const QString &operation, Reply<void> reply);
    static QString podPath(const QString &instanceId);
};

} // namespace gpudesk
