#pragma once

#include "JobAttempt.h"
#include "catalog/Offer.h"
#include "catalog/Region.h"
#include "core/Result.h"
#include "jobs/JobRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <vector>

namespace gpudesk {

class AttemptRepository;
class Catalog;
class Clock;
class JobManager;
class JobRepository;
struct Instance;

// One offer the job could run on, in rank order, and why it is there.
struct PlacementCandidate
{
    Offer offer;                // region narrowed to one region for multi-node jobs
    int rank = 0;               // 1-based
    Money totalPerHour;         // offer price × nodes
    QString providerName;
    QString priceAge;           // "live, fetched 4 min ago", "snapshot, 372 days old", "simulated (local Sandbox)"
    bool stalePrice = false;    // not a fresh live price: the provider may charge something else now
    QString reason;             // one line: why it is here and why at this rank

    bool operator==(const PlacementCandidate &) const = default;
};

// An offer of an accepted GPU that the job cannot use, and why.
struct ExcludedOffer
{
    Offer offer;
    QString providerName;
    QString reason;

    bool operator==(const ExcludedOffer &) const = default;
};

struct PlacementRanking
{
    std::vector<PlacementCandidate> candidates;
    std::vector<ExcludedOffer> excluded;
    int otherGpuOffers = 0;     // offers of GPUs the job does not accept (not listed one by one)
    QString wanted;             // "H100 or H200 under $4.00/h", for messages
    // One line for the whole list: "12 candidates at 3 providers; 40 offers excluded."
    QString summary() const;
};

// A place not to use again for a while (where an instance was just preempted).
struct AvoidedPlace
{
    QString providerId;
    QString region;
    QString instanceType;
    QDateTime until;
    bool operator==(const AvoidedPlace &) const = default;
};

// What ranking looks at besides the job: the offers, which providers can launch now, how old
// their live prices are.
struct DispatchContext
{
    const Catalog *catalog = nullptr;
    QStringList launchable;                   // provider ids GPU Desk can launch on now
    QHash<QString, QString> unavailableWhy;   // provider id → why it cannot launch ("no API key")
    QHash<QString, QString> providerNames;    // provider id → display name (else ProviderDirectory's)
    QHash<QString, QDateTime> liveFetchedAt;  // provider id → when its live offers were fetched
    QDateTime now;
    Continent userContinent = Continent::Unknown;
    QList<AvoidedPlace> avoid;
    int staleLiveSeconds = 3600;              // a live price older than this is flagged stale
};

// Places `provider: auto` jobs: ranks every matching offer of every provider that can launch
// (rank()), launches on the first candidate and moves on past capacity and quota refusals, one
// attempt at a time, reconciling an attempt whose outcome is unknown by its launch token before
// the next one (so never two live instances for one job), records every attempt, and relaunches a
// preempted job that asks for recovery, away from the place that failed.
class Dispatcher : public QObject
{
    Q_OBJECT

public:
    Dispatcher(JobRepository &jobs, JobManager &manager, AttemptRepository &attempts, Clock &clock,
               QObject *parent = nullptr);
    ~Dispatcher() override;

    static PlacementRanking rank(const JobSpec &spec, const DispatchContext &context);
    // Whether a refusal moves on to the next candidate (capacity or quota) or stops placement.
    static bool movesOn(const Error &error);
    // "No H100 or H200 under $4.00/h is available at Lambda, RunPod or Vast.ai right now; 7 offers tried."
    static QString exhaustedMessage(const QString &wanted, const QStringList &providerNames, int tried);

    // The context for ranking now (the app's catalog and providers); used for relaunches and retries.
    void setContextSource(std::function<DispatchContext()> source) { m_contextSource = std::move(source); }
    DispatchContext context() const;
    // Pause before another pass over refused candidates (when the job allows waiting).
    void setRetryIntervalMs(int ms) { m_retryIntervalMs = ms; }
    // How long a preempted place stays excluded.
    void setAvoidMinutes(int minutes) { m_avoidMinutes = minutes; }

    // Stores the job (submitting) and starts placing it on `ranking`'s candidates in order.
    Result<JobRecord> launch(const JobSpec &spec, const PlacementRanking &ranking);
    bool busy() const { return !m_runs.isEmpty(); }
    bool placing(const QString &jobId) const { return m_runs.contains(jobId); }
    const QList<AvoidedPlace> &avoided() const { return m_avoid; }

Q_SIGNALS:
    void attemptsChanged(const QString &jobId);
    void placed(const QString &jobId);
    void gaveUp(const QString &jobId, const QString &message);
    // Something the user should hear about at once (a preemption, a relaunch).
    void notice(const QString &jobId, const QString &message);

private:
    struct Run
    {
        JobSpec spec;
        std::vector<PlacementCandidate> candidates;
        QString wanted;
        size_t next = 0;
        int round = 0;
        int attempts = 0;          // in this round
        int refusedThisPass = 0;
        QDateTime startedAt;
        QStringList triedProviders; // display names, in order
        qint64 attemptId = 0;      // the attempt in flight
    };

    void tryNext(const QString &jobId);
    void onAnswer(const QString &jobId, const PlacementCandidate &candidate, const Result<Instance> &result);
    void onReconciled(const QString &jobId, const PlacementCandidate &candidate, const Result<std::optional<Instance>> &found);
    void finishAttempt(const QString &jobId, JobAttempt::Outcome outcome, const QString &message,
                       const QString &instanceId = {});
    void moveOn(const QString &jobId);
    void giveUp(const QString &jobId, const QString &message, bool unknownOutcome = false);
    void onJobChanged(const QString &jobId);
    void onOrphansChanged();
    void recover(const JobRecord &job, const JobAttempt &preempted);

    JobRepository &m_jobs;
    JobManager &m_manager;
    AttemptRepository &m_attempts;
    Clock &m_clock;
    std::function<DispatchContext()> m_contextSource;
    QHash<QString, Run> m_runs;
    QList<AvoidedPlace> m_avoid;
    int m_retryIntervalMs = 30'000;
    int m_avoidMinutes = 60;
};

} // namespace gpudesk
