#pragma once

#include "providers/HttpProvider.h"

#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace gpudesk {

// Crusoe Cloud VMs through its REST API (../shared/provider-specs/crusoe/swagger-v1alpha5.json).
// Every request is signed with HMAC-SHA256 (see signature()) in HttpRequest::prepare, so each retry
// carries a fresh timestamp. Crusoe's API has no prices: offers take theirs from the bundled,
// dated snapshot and say so.
//
// Credentials: key = access key id, secret = secret key, account = project id.
// VMs are named "gd-<client token>"; the job's command runs from the VM's startup script (in
// `docker run` when the job names an image).
class CrusoeProvider : public HttpProvider
{
    Q_OBJECT

public:
    static QUrl publicBaseUrl();

    CrusoeProvider(const ProviderCredentials &credentials, const QUrl &baseUrl, QObject *parent = nullptr);
    ~CrusoeProvider() override;

    QString id() const override { return QStringLiteral("crusoe"); }
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
    // The SSH public key ("ssh-ed25519 AAAA…") new VMs accept when the job names no key of its own
    // (Crusoe requires one per VM).
    void setDefaultSshPublicKey(const QString &publicKey) { m_defaultSshPublicKey = publicKey; }
    void setLaunchPublicKey(const QString &publicKey) override { setDefaultSshPublicKey(publicKey); }
    // Replaces the bundled snapshot's Crusoe rows (tests).
    void setSnapshot(std::vector<Offer> snapshot) { m_snapshot = std::move(snapshot); }
    // Clock of the X-Crusoe-Timestamp header (tests).
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    // Crusoe's request signature: base64url (no padding) of HMAC-SHA256 keyed with the secret key
    // (base64url-decoded, as Crusoe issues it; used as is when it does not decode) over
    // "path\nquery\nMETHOD\ntimestamp\n". `query` is the request's query with its parameters sorted.
    static QByteArray signature(const QString &secretKey, const QString &path, const QString &query,
        const QByteArray &method, const QString &timestamp);
    static QString canonicalQuery(const QUrl &url);
    static QString nameForToken(const QString &clientToken);
    static QString tokenFromName(const QString &name);
    static QJsonObject createBody(const JobSpec &spec, const QString &name, const QString &sshPublicKey);
    // The price of `gpus` GPUs of Crusoe's `gpuType` from the snapshot's newest on-demand row.
    static std::optional<Offer> snapshotRow(const std::vector<Offer> &snapshot, const QString &gpuType);

protected:
    QUrl endpoint(const QString &path, const QUrlQuery &query) const override;
    std::optional<Error> credentialsError() const override;
    // Signs in HttpRequest::prepare, so that every attempt carries a fresh timestamp.
    void authorize(HttpRequest &request) const override;
    QByteArray acceptHeader() const override { return {}; }

private:
    Error unreadable(const QString &operation, const QString &what) const;
    Result<Instance> toInstance(const QJsonValue &value, const QString &operation) const;
    // The VM named `name`; when there is none, `otherwise` (or "launch unconfirmed").
    void findByName(const QString &name, const QString &clientToken, Reply<Instance> reply,
        std::optional<Error> otherwise = std::nullopt);
    void act(const QString &instanceId, const QString &action, const QString &operation, Reply<void> reply);
    const std::vector<Offer> &snapshot();

    QString m_defaultSshPublicKey;
    std::optional<std::vector<Offer>> m_snapshot;
    std::function<QDateTime()> m_now;
};

} // namespace gpudesk
