#include "JobAttempt.h"

namespace gpudesk {

namespace {

struct Key
{
    JobAttempt::Outcome outcome;
    const char *key;
};

constexpr Key kKeys[] = {
    {JobAttempt::Outcome::Launching, "launching"},   {JobAttempt::Outcome::Launched, "launched"},
    {JobAttempt::Outcome::NoCapacity, "no-capacity"}, {JobAttempt::Outcome::Error, "error"},
    {JobAttempt::Outcome::Unknown, "unknown"},       {JobAttempt::Outcome::NotCreated, "not-created"},
    {JobAttempt::Outcome::Preempted, "preempted"},   {JobAttempt::Outcome::Ended, "ended"},
};

} // namespace

QString JobAttempt::outcomeKey(Outcome o)
{
    for (const Key &k : kKeys) {
        if (k.outcome == o)
            return QString::fromLatin1(k.key);
    }
    return {};
}

std::optional<JobAttempt::Outcome> JobAttempt::outcomeFromKey(const QString &key)
{
    for (const Key &k : kKeys) {
        if (key == QLatin1String(k.key))
            return k.outcome;
    }
    return std::nullopt;
}

QString JobAttempt::outcomeDisplayName(Outcome o)
{
    switch (o) {
    case Outcome::Launching:
        return tr("launching");
    case Outcome::Launched:
        return tr("launched");
    case Outcome::NoCapacity:
        return tr("no capacity");
    case Outcome::Error:
        return tr("refused");
    case Outcome::Unknown:
        return tr("no answer");
    case Outcome::NotCreated:
        return tr("not created");
    case Outcome::Preempted:
        return tr("preempted");
    case Outcome::Ended:
        return tr("ended");
    }
    return {};
}

} // namespace gpudesk
