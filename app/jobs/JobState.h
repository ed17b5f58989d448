#pragma once

#include "providers/Provider.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gpudesk {

// The life of a job as GPU Desk tracks it:
//   draft → submitting → pending → provisioning → running → stopping → stopped / succeeded / failed /
//   terminated / preempted, and unknown while the provider cannot be reached or a launch's outcome is
//   not known yet. Every transition is stored before it takes effect (see JobRepository).
enum class JobState {
    Draft,
    Submitting,
    Pending,
    Provisioning,
    Running,
    Stopping,
    Stopped,
    Succeeded,
    Failed,
    Terminated,
    Preempted,
    Unknown,
};

class JobStates
{
    Q_DECLARE_TR_FUNCTIONS(JobStates)

public:
    static QString key(JobState s);                    // "running", stable: stored in the database and JSON
    static std::optional<JobState> fromKey(const QString &key);
    static QString displayName(JobState s);            // translated
    static bool canTransition(JobState from, JobState to);
    // No further change is expected (the instance is gone or finished).
    static bool isFinal(JobState s);
    // An instance may exist at the provider and may cost money.
    static bool mayBill(JobState s);
    // The state a provider's instance state means for the job.
    static JobState fromInstance(Instance::State s);
    static QList<JobState> all();
};

} // namespace gpudesk
