#include "Provider.h"

namespace gpudesk {

namespace {

struct StateName
{
    Instance::State state;
    const char *key;
};

constexpr StateName kStateNames[] = {
    {Instance::State::Pending, "pending"},       {Instance::State::Provisioning, "provisioning"},
    {Instance::State::Running, "running"},       {Instance::State::Stopping, "stopping"},
    {Instance::State::Stopped, "stopped"},       {Instance::State::Succeeded, "succeeded"},
    {Instance::State::Failed, "failed"},         {Instance::State::Terminated, "terminated"},
    {Instance::State::Preempted, "preempted"},   {Instance::State::Unknown, "unknown"},
};

} // namespace

QString instanceStateKey(Instance::State s)
{
    for (const StateName &n : kStateNames) {
        if (n.state == s)
            return QString::fromLatin1(n.key);
    }
    return QStringLiteral("unknown");
}

std::optional<Instance::State> instanceStateFromKey(const QString &key)
{
    for (const StateName &n : kStateNames) {
        if (key == QLatin1String(n.key))
            return n.state;
    }
    return std::nullopt;
}

} // namespace gpudesk
