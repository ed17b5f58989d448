#pragma once

#include "jobs/JobSpec.h"
#include <QCoreApplication>

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace gpudesk {

// A starting point for the job form: picking it fills a JobSpec, which the user may then edit freely.
struct JobTemplate
{
    QString id; // stable: "torchrun", "mpi", "jupyter", "vllm", "devpod"
    QString displayName; // translated
    QString description; // translated, one sentence
    bool interactive = false; // the pod waits for the user (Jupyter, dev pod): the command may be empty
    QString defaultImage;
    QString defaultCommand;
    std::function<void(JobSpec &)> fill; // sets the template's image (when empty), command, env and ports
};

class JobTemplates
{
    Q_DECLARE_TR_FUNCTIONS(JobTemplates)

public:
    static inline const QString TorchrunId = QStringLiteral("torchrun");
    static inline const QString MpiId = QStringLiteral("mpi");
    static inline const QString JupyterId = QStringLiteral("jupyter");
    static inline const QString VllmId = QStringLiteral("vllm");
    static inline const QString DevPodId = QStringLiteral("devpod");

    // torchrun's rendezvous port, as DGX Cloud Lepton's torchrun template sets it.
    static constexpr int kMasterPort = 29400;
    static constexpr int kJupyterPort = 8888;
    static constexpr int kVllmPort = 8000;

    // In the order the job form lists them.
    static QList<JobTemplate> all();
    static std::optional<JobTemplate> find(const QString &id);

    // `spec` with template `id` applied: first undoes what the previous template (spec.templateId)
    // put there and the user left as it was (its env variables, ports, default image), then fills
    // in the new one. Name, provider, GPU, nodes, limits and the user's own env entries are kept.
    // An unknown id returns `spec` unchanged.
    static JobSpec apply(const QString &id, JobSpec spec);

    // Jupyter and the dev pod run something useful without a command.
    static bool isInteractive(const QString &templateId);
    // The command a job of this template runs: its own command, or the template's when that is empty.
    static QString effectiveCommand(const JobSpec &spec);

    // 32 hex digits from the system's cryptographic random source (the Jupyter token).
    static QString newToken();

    // The environment of node `nodeRank` of a job, for providers to pass at launch: the spec's env,
    // with the rendezvous variables of the torchrun and MPI templates (MASTER_ADDR, MASTER_PORT,
    // NNODES, NODE_RANK, NGPUS, NPROC_PER_NODE) set for that node from the spec's nodes and GPU
    // count. Other templates get them too when they run on several nodes.
    static QList<JobSpec::EnvVar> nodeEnvironment(const JobSpec &spec, int nodeRank, const QString &masterAddress);

    // An MPI hostfile ("host slots=N" per line) for the MPI template's HOSTFILE.
    static QString hostfile(const QStringList &hosts, int slotsPerHost);
};

} // namespace gpudesk
