#pragma once

// Internal to app/jobs: what the SkyPilot and dstack importers share.

#include "jobs/JobSpec.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gpudesk {

class ImportSupport
{
public:
    // "~/jobs/Train LLaMA.sky.yaml" → "Train-LLaMA" (a valid job name), or "imported-job".
    static QString jobNameFromFile(const QString &fileName);

    // Replaces $OLD and ${OLD} by $NEW / ${NEW} in `text` for each (OLD, NEW) pair; returns the
    // OLD names that occurred.
    static QStringList renameVariables(QString &text, const QList<QPair<QString, QString>> &renames);
    // The names of `candidates` that `text` references as $NAME or ${NAME}.
    static QStringList referencedVariables(const QString &text, const QStringList &candidates);

    // Adds the single-node values of GPU Desk's rendezvous variables (NODE_RANK, NNODES, NGPUS,
    // MASTER_ADDR, MASTER_PORT, HOSTFILE) named in `names` that the env does not set yet; providers
    // set them per node for multi-node jobs (JobTemplates::nodeEnvironment).
    static void addRendezvousDefaults(JobSpec &spec, const QStringList &names);

    // Renames another tool's per-node variables in the spec's setup and command to GPU Desk's and
    // adds their single-node defaults. Returns the (old, new) names that occurred, for the warning.
    static QPair<QStringList, QStringList> renameNodeVariables(JobSpec &spec,
                                                               const QList<QPair<QString, QString>> &renames);
};

} // namespace gpudesk
