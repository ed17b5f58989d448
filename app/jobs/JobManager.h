#pragma once

#include "JobRecord.h"
#include "providers/Provider.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace gpudesk {

class Clock;
class JobRepository;

// How the manager reaches providers (the ProviderRegistry in the apps, fakes in tests).
struct ProviderAccess
{
    std::function<Provider *(const QString &providerId)> byId;
    std::function<QList<Provider *>()> all;
};

// Something at a provider that does not match GPU Desk's records.
struct Orphan
{
    enum class Kind {
        UnownedInstance, // an instance no job record owns (launched elsewhere, or a record was lost)
        VanishedInstance, // a job record whose instance the provider no longer knows
    };
    Kind kind = Kind::UnownedInstance;
    QString providerId;
    Instance instance;   // UnownedInstance: the provider's view
    QString jobId;       // VanishedInstance: the record
    bool operator==(const Orphan &) const = default;
};

// Launches jobs, follows them through their states, and keeps records and providers in agreement.
// Every state change is stored (JobRepository) before anything acts on it; provider calls are
// asynchronous and their replies move the state machine. After a restart, reconcile() matches the
// stored jobs with each provider's instances (by instance id, or by the launch's client token when the
// app died before the provider answered) and lists orphans.
class JobManager : public QObject
{
    Q_OBJECT

public:
    JobManager(JobRepository &jobs, ProviderAccess providers, Clock &clock, QObject *parent = nullptr);

    // Stores the job as submitting, then asks its provider. The returned record is already stored.
    Result<JobRecord> launch(const JobSpec &spec, std::optional<Money> pricePerHour = std::nullopt);
    // `reason`, when given, is stored as the message of the job's move to stopping (its event log).
    void stop(const QString &jobId, const QString &reason = QString());
    void start(const QString &jobId);
    void terminate(const QString &jobId);
    void refresh(const QString &jobId);
    void refreshAll();
    void reconcile();

    // The job's output and SSH endpoint, from its provider.
    void logs(const QString &jobId, qint64 maxBytes, Reply<QByteArray> reply);
    // The job's SSH endpoint; where the provider names no key, the job's own (spec.sshKey) or the
    // launch identity (the key whose public half GPU Desk installs on the machines it launches).
    void sshEndpoint(const QString &jobId, Reply<SshEndpoint> reply);
    void setLaunchIdentityFile(const QString &privateKeyPath) { m_launchIdentityFile = privateKeyPath; }
    // Terminates an instance no job owns (see orphans()).
    void terminateOrphan(const QString &providerId, const QString &instanceId);

    // A record whose instance vanished (or was never created) is closed as terminated; the user's call.
    Result<void> forget(const QString &jobId);
    // A vanished instance taken as preempted (the dispatcher relaunches such jobs): the job moves to
    // preempted with `message` and is no longer listed as an orphan.
    Result<JobRecord> treatVanishedAsPreempted(const QString &jobId, const QString &message);

    const QList<Orphan> &orphans() const { return m_orphans; }
    // Cost so far at the job's hourly price for the time it has been running (the ledger comes later).
    Result<Money> costSoFar(const QString &jobId) const;

    // Placement (app/dispatch): one launch attempt of a stored job at `providerId`. A fresh record
    // (submitting, never sent) keeps its token; a failed or preempted one gets a new token and goes
    // back to submitting. The provider's answer updates the record as launch() does on success and
    // leaves it submitting on failure (unknown for a network failure, still counted as launching
    // until findLaunched() has looked): `done` decides what comes next.
    Result<JobRecord> launchAttempt(const QString &jobId, const JobSpec &placed, const QString &providerId,
                                    std::optional<Money> pricePerHour, std::function<void(Result<Instance>)> done);
    // Looks for the instance of the job's current launch token at its provider (an attempt whose
    // answer was lost) and adopts it. nullopt: the provider has none.
    void findLaunched(const QString &jobId, std::function<void(Result<std::optional<Instance>>)> done);
    // Moves a job to `to` (stored, with `message`) and tells listeners; for the dispatcher's verdicts.
    Result<JobRecord> settle(const QString &jobId, JobState to, const QString &message);

    void setPollInterval(int milliseconds);
    void startPolling();
    void stopPolling();
    bool busy() const { return m_inFlight > 0; }

Q_SIGNALS:
    void jobChanged(const QString &jobId);
    // The provider says the job's instance stopped billing at `endedAt` (the ledger's end time).
    void instanceEnded(const QString &jobId, const QDateTime &endedAt);
    void operationFailed(const QString &jobId, const QString &message);
    void guardTriggered(const QString &jobId, const QString &message);
    void orphansChanged();
    void reconciled();
    void idle(); // no provider call in flight any more

private:
    Provider *providerFor(const JobRecord &job);
    void apply(const QString &jobId, const Instance &instance);
    Result<JobRecord> moveTo(const JobRecord &job, JobState to, const QString &message,
                             const std::function<void(JobRecord &)> &update = {});
    // The provider's answer to a launch: the job's instance from now on (stored with its state and price).
    void adopt(const QString &jobId, const Instance &instance);
    void fail(const QString &jobId, const Error &error);
    void checkGuards(const JobRecord &job);
    void reconcileProvider(Provider *provider, const std::vector<Instance> &instances);
    // Moves `job` to `intermediate` (stored first), asks the provider, and refreshes on success or
    // moves it back (to "unknown" when the provider could not be reached) on failure.
    void act(const JobRecord &job, Provider *provider, JobState intermediate,
             void (Provider::*action)(const QString &, Reply<void>), const QString &message = QString());
    void begin();
    void end();

    JobRepository &m_jobs;
    ProviderAccess m_providers;
    Clock &m_clock;
    QTimer m_poll;
    QList<Orphan> m_orphans;
    QString m_launchIdentityFile;
    QSet<QString> m_launching;   // jobs whose launch reply has not come back in this process
    int m_inFlight = 0;
};

} // namespace gpudesk
