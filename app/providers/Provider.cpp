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

void Provider::checkAccess(Reply<QString> reply)
{
    // Listing instances is the cheapest authenticated read every provider has.
    instances([this, reply = std::move(reply)](Result<std::vector<Instance>> result) {
        if (!result) {
            reply(result.error());
            return;
        }
        reply(tr("%1 answered: %n instance(s).", nullptr, int(result->size())).arg(displayName()));
    });
}

void Provider::registerSshKey(const QString &name, const QString &publicKey, Reply<QString> reply)
{
    Q_UNUSED(name)
    Q_UNUSED(publicKey)
    replyUnsupported(tr("register SSH keys"), std::move(reply));
}

} // namespace gpudesk
