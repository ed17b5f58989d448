#include "JobState.h"

namespace gpudesk {

namespace {

struct Entry
{
    JobState state;
    const char *key;
};

constexpr Entry kEntries[] = {
    {JobState::Draft, "draft"},           {JobState::Submitting, "submitting"},
    {JobState::Pending, "pending"},       {JobState::Provisioning, "provisioning"},
    {JobState::Running, "running"},       {JobState::Stopping, "stopping"},
    {JobState::Stopped, "stopped"},       {JobState::Succeeded, "succeeded"},
    {JobState::Failed, "failed"},         {JobState::Terminated, "terminated"},
    {JobState::Preempted, "preempted"},   {JobState::Unknown, "unknown"},
};

} // namespace

QList<JobState> JobStates::all()
{
    QList<JobState> out;
    for (const Entry &e : kEntries)
        out << e.state;
    return out;
}

QString JobStates::key(JobState s)
{
    for (const Entry &e : kEntries) {
        if (e.state == s)
            return QString::fromLatin1(e.key);
    }
    return QStringLiteral("unknown");
}

std::optional<JobState> JobStates::fromKey(const QString &key)
{
    for (const Entry &e : kEntries) {
        if (key == QLatin1String(e.key))
            return e.state;
    }
    return std::nullopt;
}

QString JobStates::displayName(JobState s)
{
    switch (s) {
    case JobState::Draft:
        return tr("draft");
    case JobState::Submitting:
        return tr("submitting");
    case JobState::Pending:
        return tr("pending");
    case JobState::Provisioning:
        return tr("provisioning");
    case JobState::Running:
        return tr("running");
    case JobState::Stopping:
        return tr("stopping");
    case JobState::Stopped:
        return tr("stopped");
    case JobState::Succeeded:
        return tr("succeeded");
    case JobState::Failed:
        return tr("failed");
    case JobState::Terminated:
        return tr("terminated");
    case JobState::Preempted:
        return tr("preempted");
    case JobState::Unknown:
        return tr("unknown");
    }
    return {};
}

bool JobStates::isFinal(JobState s)
{
    return s == JobState::Terminated || s == JobState::Succeeded || s == JobState::Failed
           || s == JobState::Preempted;
}

bool JobStates::mayBill(JobState s)
{
    switch (s) {
    case JobState::Submitting:
    case JobState::Pending:
    case JobState::Provisioning:
    case JobState::Running:
    case JobState::Stopping:
    case JobState::Unknown:
        return true;
    default:
        return false;
    }
}

bool JobStates::canTransition(JobState from, JobState to)
{
    if (from == to)
        return false;
    using S = JobState;
    switch (from) {
    case S::Draft:
        return to == S::Submitting;
    case S::Submitting:
        return to != S::Draft && to != S::Stopped;
    case S::Pending:
    case S::Provisioning:
    case S::Running:
        return to != S::Draft && to != S::Submitting;
    case S::Stopping:
        return to == S::Stopped || to == S::Terminated || to == S::Failed || to == S::Succeeded
               || to == S::Preempted || to == S::Unknown || to == S::Running;
    case S::Stopped:
        // start again, or terminate.
        return to == S::Pending || to == S::Provisioning || to == S::Running || to == S::Terminated
               || to == S::Unknown || to == S::Stopping;
    case S::Succeeded:
        // The instance may still exist (a finished pod): only cleaning up remains.
        return to == S::Terminated;
    case S::Failed:
    case S::Preempted:
        // Cleaning up, or (placed jobs) the dispatcher's next attempt: a new instance elsewhere.
        return to == S::Terminated || to == S::Submitting;
    case S::Terminated:
        return false;
    case S::Unknown:
        // Reconciliation may find the instance in any state.
        return to != S::Draft && to != S::Submitting;
    }
    return false;
}

JobState JobStates::fromInstance(Instance::State s)
{
    switch (s) {
    case Instance::State::Pending:
        return JobState::Pending;
    case Instance::State::Provisioning:
        return JobState::Provisioning;
    case Instance::State::Running:
        return JobState::Running;
    case Instance::State::Stopping:
        return JobState::Stopping;
    case Instance::State::Stopped:
        return JobState::Stopped;
    case Instance::State::Succeeded:
        return JobState::Succeeded;
    case Instance::State::Failed:
        return JobState::Failed;
    case Instance::State::Terminated:
        return JobState::Terminated;
    case Instance::State::Preempted:
        return JobState::Preempted;
    case Instance::State::Unknown:
        return JobState::Unknown;
    }
    return JobState::Unknown;
}

} // namespace gpudesk
