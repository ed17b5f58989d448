#pragma once

#include "catalog/Offer.h"
#include "core/Result.h"
#include "jobs/JobSpec.h"
#include "providers/ProviderCredentials.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace gpudesk {

// What a provider can do through its API (the UI greys out the rest).
struct ProviderCapabilities
{
    bool listOffers = false;
    bool launch = false;
    bool stop = false;
    bool start = false;
    bool terminate = false;
    bool listInstances = false;
    bool sshKeys = false;
    bool logs = false;
    bool operator==(const ProviderCapabilities &) const = default;
};

// A provider's view of one machine (or pod) it runs for us.
struct Instance
{
    enum class State {
        Pending,      // accepted, waiting for capacity
        Provisioning, // machine being prepared / booting
        Running,
        Stopping,
        Stopped,      // not running, not billed for GPUs (storage may still cost)
        Succeeded,    // the job's command exited 0
        Failed,       // the command failed, or the provider gave up
        Terminated,   // gone for good
        Preempted,    // taken back by the provider (spot)
        Unknown,
    };

    QString id;                   // the provider's id
    QString providerId;
    QString name;
    QString clientToken;          // the idempotency token GPU Desk sent with launch
    State state = State::Unknown;
    QString providerState;        // the provider's own word for it, for display
    QString instanceType;
    QString gpuModel;
    int gpuCount = 0;
    QString region;
    std::optional<Money> pricePerHour;
    QDateTime createdAt;
    QDateTime endedAt;            // invalid while alive
    std::optional<int> exitCode;  // where the provider reports the command's exit status
    QString message;              // the provider's last word on it (error, reason for preemption)

    bool operator==(const Instance &) const = default;
};

QString instanceStateKey(Instance::State s);
std::optional<Instance::State> instanceStateFromKey(const QString &key);

struct SshEndpoint
{
    QString host;
    int port = 22;
    QString user;
    QString hostKeySha256;        // "SHA256:…" as OpenSSH prints it; empty when the provider does not say
    QString hostPublicKey;        // "ssh-ed25519 AAAA…" for a known_hosts line; empty when unknown
    QString identityFile;         // the private key the instance accepts, where GPU Desk made it
    bool operator==(const SshEndpoint &) const = default;
};

template<typename T>
using Reply = std::function<void(Result<T>)>;

// The asynchronous interface every provider implements (Sandbox, Lambda, RunPod, …).
// Rules for implementations:
//  - every call returns at once; the reply is invoked later on the provider's thread, exactly once,
//    never from inside the call itself;
//  - failures are Errors whose message names the provider, what failed and what to do;
//  - launch() is idempotent per clientToken: the same token never creates a second instance.
class Provider : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~Provider() override = default;

    virtual QString id() const = 0;
    virtual QString displayName() const = 0;
    virtual ProviderCapabilities capabilities() const = 0;

    virtual void listOffers(Reply<std::vector<Offer>> reply) = 0;
    virtual void launch(const JobSpec &spec, const QString &clientToken, Reply<Instance> reply) = 0;
    virtual void instances(Reply<std::vector<Instance>> reply) = 0;
    virtual void instance(const QString &instanceId, Reply<Instance> reply) = 0;
    virtual void stop(const QString &instanceId, Reply<void> reply) = 0;
    virtual void start(const QString &instanceId, Reply<void> reply) = 0;
    virtual void terminate(const QString &instanceId, Reply<void> reply) = 0;
    virtual void sshEndpoint(const QString &instanceId, Reply<SshEndpoint> reply) = 0;
    // The last `maxBytes` of the job's output.
    virtual void logs(const QString &instanceId, qint64 maxBytes, Reply<QByteArray> reply) = 0;

    // Providers reached over the network with a user's key. The Sandbox needs none.
    virtual bool needsCredentials() const { return false; }
    virtual void setCredentials(const ProviderCredentials &credentials) { Q_UNUSED(credentials) }
    virtual bool hasCredentials() const { return !needsCredentials(); }
    // A cheap authenticated read ("Test" in Settings, `gpudesk-cli keys test`): on success, one
    // sentence saying exactly what worked ("Lambda accepted the key: 12 instance types, 3 running instances.").
    virtual void checkAccess(Reply<QString> reply);
    // Uploads a public key ("ssh-ed25519 AAAA… comment") under `name`; replies with the provider's id
    // for it (or the name where the provider keys them by name). Default: not supported.
    virtual void registerSshKey(const QString &name, const QString &publicKey, Reply<QString> reply);
    // The public key ("ssh-ed25519 AAAA… gpudesk") new machines should accept when a job names no key
    // of its own: GPU Desk's own key, so its terminal and sampler can log in. Default: ignored.
    virtual void setLaunchPublicKey(const QString &publicKey) { Q_UNUSED(publicKey) }

protected:
    // Replies later (never from inside the call) with an error saying this provider cannot do `what`.
    template<typename T>
    void replyUnsupported(const QString &what, Reply<T> reply);
};

template<typename T>
void Provider::replyUnsupported(const QString &what, Reply<T> reply)
{
    QMetaObject::invokeMethod(
        this,
        [this, what, reply = std::move(reply)]() {
            reply(makeError(Error::Kind::Provider,
                            tr("%1 cannot %2 through its API.").arg(displayName(), what), QString()));
        },
        Qt::QueuedConnection);
}

} // namespace gpudesk
