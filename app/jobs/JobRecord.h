#pragma once

#include "JobSpec.h"
#include "JobState.h"
#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace gpudesk {

// A job as stored: the spec it was launched with, where it runs, and where it stands.
struct JobRecord
{
    QString id;                       // GPU Desk's id (short, e.g. "j-3f9c2a7b")
    JobSpec spec;
    JobState state = JobState::Draft;
    QString providerId;
    QString clientToken;              // sent with launch; finds the instance after a crash
    QString instanceId;               // the provider's id; empty until the provider answered
    std::optional<Money> pricePerHour;
    QString message;                  // the last thing worth telling the user about this job
    std::optional<int> exitCode;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime stateChangedAt;

    bool operator==(const JobRecord &) const = default;
};

struct JobEvent
{
    QDateTime at;
    std::optional<JobState> from;     // nullopt for the record's creation
    JobState to = JobState::Draft;
    QString message;

    bool operator==(const JobEvent &) const = default;
};

// JobSpec <-> JSON, the form it is stored in. Money is written as a decimal string.
class JobSpecJson
{
    Q_DECLARE_TR_FUNCTIONS(JobSpecJson)

public:
    static QJsonObject toJson(const JobSpec &spec);
    static Result<JobSpec> fromJson(const QJsonObject &json);
};

} // namespace gpudesk
