#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gpudesk {

// Where a job with `provider: auto` may run, as the user wrote it (the `placement:` block of job
// YAML, or "Best available" in the form). GPU count per node, nodes, the maximum $/h and spot come
// from the JobSpec itself; this adds what only placement needs. A value type.
//
//   provider: auto
//   gpu: H100:8                      # the count per node; the model may stay empty
//   placement:
//     gpus: [H100, H200]             # acceptable models, or a memory floor: [80GB+]
//     providers: [lambda, runpod]    # default: every enabled provider with a key
//     regions: [us, europe]          # Region::matches words; default: anywhere
//     prefer: price                  # price (default), nearest, newest, listed
//     max_attempts: 10               # launch attempts before giving up
//     max_wait: 15m                  # keep retrying refused offers this long (default: one pass)
//   recover: true                    # relaunch after a preemption (max_restarts: N to bound it)
struct PlacementConstraints
{
    Q_DECLARE_TR_FUNCTIONS(PlacementConstraints)

public:
    // How candidates of equal total $/h are ordered (and, for `Listed`, what comes before price).
    enum class Preference {
        Price,   // cheapest total $/h; ties: the user's region first, then the newest GPU
        Nearest, // cheapest; ties: the user's region first (latency)
        Newest,  // cheapest; ties: the newest GPU generation first (training)
        Listed,  // the GPU models in the order written, then the cheapest
    };

    static constexpr int kDefaultMaxAttempts = 10;
    static constexpr int kDefaultRestarts = 3; // `recover: true` without max_restarts

    QStringList gpuModels;       // acceptable models as written ("H100", "A100 80GB"); empty: JobSpec::gpuModel
    int minGpuMemoryGb = 0;      // per GPU; 0 = no floor ("80GB+" sets 80)
    QStringList providers;       // provider ids; empty = every enabled provider
    QStringList regions;         // empty = anywhere
    Preference prefer = Preference::Price;
    int maxAttempts = 0;         // 0 = kDefaultMaxAttempts
    int maxWaitMinutes = 0;      // 0 = try each candidate once, no waiting

    bool operator==(const PlacementConstraints &) const = default;
    bool isEmpty() const { return *this == PlacementConstraints(); }
    int effectiveMaxAttempts() const { return maxAttempts > 0 ? maxAttempts : kDefaultMaxAttempts; }

    // "80GB+", "80 GB+", "80gb+" → 80; nullopt for anything else.
    static std::optional<int> parseMemoryFloor(const QString &text);
    // Reads one `gpus` item: a memory floor or a model name. False when it is neither.
    bool addGpu(const QString &item);
    // The accepted GPUs for messages: "H100 or H200", "GPUs with 80 GB or more", "any GPU".
    QString describeGpus(const QString &fallbackModel) const;

    static QString preferenceKey(Preference p);  // "price", "nearest", "newest", "listed"
    static std::optional<Preference> preferenceFromKey(const QString &key);
    static QString preferenceDisplayName(Preference p);

    QJsonObject toJson() const;
    static PlacementConstraints fromJson(const QJsonObject &o);
};

} // namespace gpudesk
