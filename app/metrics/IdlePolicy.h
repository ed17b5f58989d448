#pragma once

#include <QString>

#include <optional>

namespace gpudesk {

// "GPUs under X % for Y minutes: stop the job (or warn first)". One per job, or the default
// (jobId empty) for jobs without their own. A job's own policy may switch auto-stop off.
struct IdlePolicy
{
    enum class Action {
        Warn, // notify only
        Stop, // stop at once
        WarnThenStop, // notify, and stop when still idle `graceSeconds` later
    };

    QString jobId; // "" = the default
    bool enabled = true;
    int thresholdPercent = 5;
    qint64 windowSeconds = 30 * 60;
    Action action = Action::WarnThenStop;
    qint64 graceSeconds = 10 * 60;

    static QString actionKey(Action action); // "warn", "stop", "warn-then-stop"
    static std::optional<Action> parseAction(const QString &key);

    bool operator==(const IdlePolicy &) const = default;
};

} // namespace gpudesk
