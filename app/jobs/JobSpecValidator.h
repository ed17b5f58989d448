#pragma once

#include "catalog/Offer.h"
#include "jobs/JobSpec.h"
#include <QCoreApplication>

#include <QList>
#include <QString>

#include <optional>

namespace gpudesk {

class GpuSpecTable;

// One problem with one field of a JobSpec. `field` is the key as job YAML writes it, with the
// entry index for lists: "name", "image", "command", "gpu.model", "gpu.count", "nodes",
// "env[2].name", "ports[0]", "volumes[1]", "disk_gb", "max_runtime", "max_cost",
// "max_price_per_hour", "idle_stop", "provider". `message` is translated and says what to do.
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError &) const = default;
};

// What the validator may check the spec against. Everything is optional: without an offer the
// GPU count, price and provider checks are skipped; without a spec table GPU names are not checked.
struct ValidationContext
{
    std::optional<Offer> offer; // the offer the job will run on, once chosen
    const GpuSpecTable *gpuSpecs = nullptr; // not owned; must outlive the validate() call
};

class JobSpecValidator
{
    Q_DECLARE_TR_FUNCTIONS(JobSpecValidator)

public:
    static constexpr int kMaxNameLength = 63;
    static constexpr int kMaxNodes = 64;

    // Every problem, in the order of the fields in job YAML; empty when the spec can be launched.
    static QList<FieldError> validate(const JobSpec &spec, const ValidationContext &context = {});

    // POSIX environment variable name: [A-Za-z_][A-Za-z0-9_]*.
    static bool isValidEnvName(const QString &name);
    // Letters, digits, '-', '_' and '.', 1 to 63 characters.
    static bool isValidJobName(const QString &name);
    // "src:/abs/path", optionally with ":ro" or ":rw".
    static bool isValidVolume(const QString &volume);

    // The errors of `field` and of its entries: "env" also returns "env[2].name".
    static QList<FieldError> forField(const QList<FieldError> &errors, const QString &field);
};

} // namespace gpudesk
