#pragma once

#include "providers/HttpProvider.h"

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace gpudesk {

// NVIDIA DGX Cloud Lepton through its workspace API (../shared/provider-specs/lepton/API-NOTES.md;
// no public spec exists). Batch work runs as jobs; the dev-pod template runs as a deployment with
// `is_pod`, which is what gives an SSH port. Lepton publishes no prices: offers are quotes.
//
// Credentials: key = workspace token, account = workspace id or workspace URL.
// Instance ids: a job's id as Lepton gives it, or "pod:<deployment name>" for dev pods.
class LeptonProvider : public HttpProvider
{
    Q_OBJECT

public:
    // The public gateway; GPUDESK_LEPTON_BASE_URL overrides it (HttpClient::baseUrl).
    static QUrl publicBaseUrl();

    LeptonProvider(const ProviderCredentials &credentials, const QUrl &baseUrl, QObject *parent = nullptr);
    ~LeptonProvider() override;

    QString id() const override { return QStringLiteral("lepton"); }
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

    bool hasCredentials() const override;
    // The workspace's API root: <gateway>/api/v2/workspaces/<id>. Empty without a workspace.
    QUrl workspaceUrl() const;

    // The job (or deployment) name carrying a launch's client token, and back (empty when the
    // name carries none). Lepton names are short lower-case DNS labels, so a UUID loses its dashes.
    static QString nameForToken(const QString &clientToken);
    static QString tokenFromName(const QString &name);
    // The create-job body for `spec`, as API-NOTES.md documents it (tests check it).
    static QJsonObject jobBody(const JobSpec &spec, const QString &name);
    static QJsonObject podBody(const JobSpec &spec, const QString &name);

protected:
    QUrl endpoint(const QString &path, const QUrlQuery &query) const override;
    std::optional<Error> credentialsError() const override;
    // The bearer token and the "origin" header the gateway expects (the workspace URL).
    void authorize(HttpRequest &request) const override;
    QByteArray acceptHeader() const override { return {}; }

private:
    Error unreadable(const QString &operation, const QString &what) const;
    // The GPU shapes of one dedicated node group (all the workspace's when `nodeGroup` is empty).
    void listShapes(const QString &nodeGroup, Reply<std::vector<Offer>> reply);
    Result<Instance> jobToInstance(const QJsonValue &value, const QString &operation) const;
    Result<Instance> podToInstance(const QJsonValue &value, const QString &operation) const;
    void listJobs(int page, std::shared_ptr<std::vector<Instance>> out, Reply<std::vector<Instance>> reply);
    void listPods(std::shared_ptr<std::vector<Instance>> out, Reply<std::vector<Instance>> reply);
};

} // namespace gpudesk
