#pragma once

#include "core/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gpudesk {

// One try at placing a job on one offer: stored before the provider is asked, finished with what
// it answered. Round 0 is the first placement; round k the k-th relaunch after a preemption.
struct JobAttempt
{
    Q_DECLARE_TR_FUNCTIONS(JobAttempt)

public:
    enum class Outcome {
        Launching,  // asked; no answer yet (or GPU Desk stopped before it came)
        Launched,   // the provider made the instance (the job's instance from then on)
        NoCapacity, // refused for lack of capacity or quota: the next candidate is tried
        Error,      // refused for another reason: placement stopped there
        Unknown,    // no answer (network): reconciled by the launch token before anything else
        NotCreated, // unknown at first, and the provider has no instance with its token
        Preempted,  // launched, later taken back by the provider
        Ended,      // launched, later ended another way (finished, stopped, terminated)
    };

    qint64 id = 0;
    QString jobId;
    int n = 0;                 // 1-based, in the job's whole history
    int round = 0;
    QString providerId;
    QString instanceType;
    QString gpuModel;
    int gpuCount = 0;
    QString region;
    std::optional<Money> pricePerHour; // the whole job's (all nodes)
    QString priceSource;       // "live, fetched 4 min ago", "snapshot, 372 days old", …
    QString clientToken;
    QString instanceId;
    Outcome outcome = Outcome::Launching;
    QString message;
    QDateTime startedAt;
    QDateTime endedAt;

    bool operator==(const JobAttempt &) const = default;

    static QString outcomeKey(Outcome o);                // stored
    static std::optional<Outcome> outcomeFromKey(const QString &key);
    static QString outcomeDisplayName(Outcome o);        // translated
};

} // namespace gpudesk
