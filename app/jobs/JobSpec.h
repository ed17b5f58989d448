#pragma once

#include "core/Money.h"
#include "dispatch/PlacementConstraints.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace gpudesk {

// Everything needed to launch a job, as the user wrote it (form or YAML). A value type:
// no ids, no state. Validation lives in JobSpecValidator; YAML in JobYaml.
struct JobSpec
{
    struct EnvVar
    {
        QString name;
        QString value;
        bool operator==(const EnvVar &) const = default;
    };

    QString name;                  // what the user calls it; also the instance name where providers allow
    QString project;               // for cost grouping; empty = "default"
    QString providerId;            // "sandbox", "lambda", …; "auto": the dispatcher places it (see placement)
    QString instanceType;          // the offer's instance type / shape; empty = pick by GPU model and count
    QString gpuModel;              // "H100 SXM"; empty = CPU-only
    int gpuCount = 1;              // per node
    int nodes = 1;
    QString image;                 // container image; the Sandbox records it but does not pull it
    QString setup;                 // shell run once before `command` (SkyPilot `setup`)
    QString command;               // shell command line (bash -lc)
    QList<EnvVar> env;             // ordered as written
    QList<int> ports;              // container ports to expose
    QStringList volumes;           // "name-or-path:/mount/point"
    int diskGb = 0;                // 0 = provider default
    bool spot = false;
    QString region;                // empty = any
    int maxRuntimeMinutes = 0;     // 0 = no limit
    std::optional<Money> maxCost;  // whole job; nullopt = no limit
    std::optional<Money> maxPricePerHour; // refuse offers above this
    int idleStopMinutes = 0;       // 0 = never stop for idleness
    QString sshKey;                // path of the private key; empty = GPU Desk's own key
    QString templateId;            // which template filled it ("torchrun", "jupyter", …), informational
    PlacementConstraints placement; // where `provider: auto` may place it
    bool recover = false;          // relaunch after a preemption (through the same placement)
    int maxRestarts = 0;           // relaunches allowed; 0 with `recover` = PlacementConstraints::kDefaultRestarts

    static QString autoProviderId() { return QStringLiteral("auto"); }
    bool isAutoPlaced() const { return providerId == autoProviderId(); }
    // How many times a preempted instance is replaced: 0 when the job does not ask for recovery.
    int allowedRestarts() const { return maxRestarts > 0 ? maxRestarts : (recover ? PlacementConstraints::kDefaultRestarts : 0); }

    bool operator==(const JobSpec &) const = default;
};

} // namespace gpudesk
