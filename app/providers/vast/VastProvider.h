#pragma once

#include "providers/HttpProvider.h"

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace gpudesk {

// Vast.ai's marketplace through its REST API (../shared/provider-specs/vastai/openapi.yaml). The
// spec is inaccurate in places (numbers as strings, objects where it says arrays, wrapped
// instances), so every answer is read defensively.
//
// Offers are asks: an offer's instance type ends in "#<ask id>", which launch accepts (as it does
// a bare ask id). Instances carry the client token in their label ("gpudesk-<token>").
class VastProvider : public HttpProvider
{
    Q_OBJECT

public:
    static QUrl publicBaseUrl();

    VastProvider(const ProviderCredentials &credentials, const QUrl &baseUrl, QObject *parent = nullptr);
    ~VastProvider() override;

    QString id() const override { return QStringLiteral("vastai"); }
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

    static QString labelForToken(const QString &clientToken);
    static QString tokenFromLabel(const QString &label);
    // The ask id in an instance type ("1x RTX 4090 #12345" or "12345"); 0 when there is none.
    static qint64 askIdOf(const QString &instanceType);
    // The accept-ask body for `spec` (tests check it).
    static QJsonObject askBody(const JobSpec &spec, const QString &clientToken);

protected:
    QUrl endpoint(const QString &path, const QUrlQuery &query) const override;
    std::optional<Error> credentialsError() const override;
    void mapError(Error &error, const HttpRequest &sent) const override;
    std::optional<Error> refusal(
        const HttpResponse &response, const QJsonDocument &doc, const QString &operation) const override;

private:
    Error unreadable(const QString &operation, const QString &what) const;
    Result<Instance> toInstance(const QJsonValue &value, const QString &operation) const;
    Result<Offer> toOffer(const QJsonValue &value) const;
    void setState(const QString &instanceId, const QString &state, const QString &operation, Reply<void> reply);
};

} // namespace gpudesk
