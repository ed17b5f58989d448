#pragma once

#include "core/Result.h"
#include "jobs/JobSpec.h"
#include <QCoreApplication>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gpudesk {

// Something in a YAML file that was read but not (fully) used: an unknown key, a SkyPilot or
// dstack setting GPU Desk has no equivalent for. Never dropped silently: shown to the user.
struct JobYamlWarning
{
    QString key; // where, as a path: "resources.any_of", "file_mounts", "env[1]"
    int line = 0; // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString message; // translated

    // "file:line:column: key: message" (the position left out when unknown).
    QString toString(const QString &fileName) const;
    bool operator==(const JobYamlWarning &) const = default;
};

// A JobSpec read from a file, and what the reader could not map.
struct JobYamlResult
{
    JobSpec spec;
    QList<JobYamlWarning> warnings;
};

// GPU Desk's own job file format, and the importers for SkyPilot and dstack task files.
//
//   name: llama-finetune            # letters, digits, - _ .
//   project: research
//   provider: lambda
//   instance_type: gpu_8x_h100_sxm5
//   gpu: H100 SXM:8                 # or {model: H100 SXM, count: 8}
//   nodes: 2
//   image: nvcr.io/nvidia/pytorch:24.05-py3
//   setup: pip install -r requirements.txt
//   command: |                      # `run` is accepted as a synonym; a list is joined by new lines
//     torchrun … train.py
//   env: {WANDB_PROJECT: llama}     # or a list of K=V
//   ports: [8888]
//   volumes: [data:/data]
//   disk_gb: 500
//   spot: true
//   region: us-east-1
//   max_runtime: 2h                 # or 90m, 1h30m, 1d; a bare number is minutes
//   max_cost: $25                   # whole job; or 25
//   max_price_per_hour: $30
//   idle_stop: 30m                  # or minutes
//   ssh_key: ~/.ssh/id_ed25519
//   template: torchrun
//   placement:                      # with `provider: auto` (see PlacementConstraints)
//     gpus: [H100, H200]            # or [80GB+]
//     providers: [lambda, runpod, vastai]
//     prefer: price                 # nearest, newest, listed
//   recover: true                   # relaunch after a preemption; or max_restarts: 3
//
// Errors carry "file:line:column: what was expected" (1-based positions).
class JobYaml
{
    Q_DECLARE_TR_FUNCTIONS(JobYaml)

public:
    enum class ImportFormat { SkyPilot, Dstack };

    // The top-level keys, in the order write() emits them.
    static QStringList keys();

    static Result<JobYamlResult> parse(const QString &text, const QString &fileName);
    static Result<JobYamlResult> readFile(const QString &path);

    // The spec as YAML, with stable keys in keys() order; defaults are left out except name, image
    // and command. When `existingText` is given (the file being overwritten), its leading comment
    // block, the comments above and beside each top-level key, its trailing comments and any
    // top-level keys GPU Desk does not know are kept.
    static QString write(const JobSpec &spec, const QString &existingText = {});
    // Writes atomically, keeping the comments of the file it replaces.
    static Result<void> writeFile(const JobSpec &spec, const QString &path);

    // Importers. Unknown and unmappable keys become warnings with their position.
    static Result<JobYamlResult> importSkyPilot(const QString &text, const QString &fileName);
    static Result<JobYamlResult> importDstack(const QString &text, const QString &fileName);
    static Result<JobYamlResult> importFile(ImportFormat format, const QString &path);
    static std::optional<ImportFormat> importFormatFromKey(const QString &key); // "skypilot", "dstack"

    // "90m", "2h", "1h30m", "1d", "45" (minutes), "off"/"0" → 0. nullopt when unreadable or not
    // whole minutes.
    static std::optional<int> parseMinutes(const QString &text);
    // 90 → "1h30m", 120 → "2h", 45 → "45m", 0 → "0".
    static QString formatMinutes(int minutes);
    // "H100 SXM:8" → {"H100 SXM", 8}; "H100" → {"H100", 1}; nullopt for "H100:eight".
    struct GpuRequest
    {
        QString model;
        int count = 1;
        bool operator==(const GpuRequest &) const = default;
    };
    static std::optional<GpuRequest> parseGpu(const QString &text);
};

} // namespace gpudesk
