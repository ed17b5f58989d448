#include "JobSpecValidator.h"

#include "EditDistance.h"
#include "JobTemplates.h"
#include "catalog/GpuSpecTable.h"

#include <QHash>
#include <QSet>

namespace gpudesk {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The first character of `name` that a job name may not contain, or a null QChar.
QChar firstBadNameChar(const QString &name)
{
    for (QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-' && c != u'_' && c != u'.')
            return c;
    }
    return {};
}

bool hasWhitespace(const QString &text)
{
    for (QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

QString envKey(qsizetype index)
{
    return QStringLiteral("env[%1].name").arg(index);
}

QString portKey(qsizetype index)
{
    return QStringLiteral("ports[%1]").arg(index);
}

QString volumeKey(qsizetype index)
{
    return QStringLiteral("volumes[%1]").arg(index);
}

} // namespace

bool JobSpecValidator::isValidEnvName(const QString &name)
{
    if (name.isEmpty())
        return false;
    if (!isAsciiLetter(name.front()) && name.front() != u'_')
        return false;
    for (QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'_')
            return false;
    }
    return true;
}

bool JobSpecValidator::isValidJobName(const QString &name)
{
    return !name.isEmpty() && name.size() <= kMaxNameLength && firstBadNameChar(name).isNull();
}

bool JobSpecValidator::isValidVolume(const QString &volume)
{
    QString v = volume;
    if (v.endsWith(QStringLiteral(":ro")) || v.endsWith(QStringLiteral(":rw")))
        v.chop(3);
    const qsizetype colon = v.indexOf(u':');
    if (colon <= 0)
        return false;
    const QString source = v.left(colon);
    const QString target = v.mid(colon + 1);
    if (source.trimmed().isEmpty() || hasWhitespace(target))
        return false;
    return target.startsWith(u'/') && target.size() > 1 && !target.contains(u':');
}

QList<FieldError> JobSpecValidator::forField(const QList<FieldError> &errors, const QString &field)
{
    QList<FieldError> out;
    for (const FieldError &e : errors) {
        if (e.field == field || e.field.startsWith(field + u'.') || e.field.startsWith(field + u'['))
            out.append(e);
    }
    return out;
}

QList<FieldError> JobSpecValidator::validate(const JobSpec &spec, const ValidationContext &context)
{
    QList<FieldError> errors;
    auto add = [&errors](const QString &field, const QString &message) { errors.append({ field, message }); };
    const Offer *offer = context.offer ? &*context.offer : nullptr;

    // name
    if (spec.name.trimmed().isEmpty()) {
        add(QStringLiteral("name"), tr("Give the job a name, for example \"llama-finetune\"."));
    } else if (spec.name.size() > kMaxNameLength) {
        add(QStringLiteral("name"),
            tr("The name is %1 characters long; shorten it to at most %2.").arg(spec.name.size()).arg(kMaxNameLength));
    } else if (const QChar bad = firstBadNameChar(spec.name); !bad.isNull()) {
        const QString shown = bad.isSpace() ? tr("a space") : QStringLiteral("\"%1\"").arg(bad);
        add(QStringLiteral("name"),
            tr("The name contains %1: use only letters, digits, \"-\", \"_\" and \".\".").arg(shown));
    }

    // provider
    if (offer && !spec.providerId.isEmpty() && spec.providerId != QStringLiteral("auto") && !offer->providerId.isEmpty()
        && spec.providerId != offer->providerId) {
        add(QStringLiteral("provider"),
            tr("The chosen offer is from \"%1\", but the job names provider \"%2\": pick an offer from \"%2\" "
               "or change the provider.")
                .arg(offer->providerId, spec.providerId));
    }

    // gpu
    if (spec.gpuCount < 0) {
        add(QStringLiteral("gpu.count"), tr("The GPU count cannot be negative: use 0 for a CPU-only job."));
    } else if (!spec.gpuModel.trimmed().isEmpty() && spec.gpuCount == 0) {
        add(QStringLiteral("gpu.count"),
            tr("Ask for at least one %1 GPU, or clear the GPU model for a CPU-only job.").arg(spec.gpuModel));
    } else if (offer && spec.gpuCount > offer->gpuCount) {
        add(QStringLiteral("gpu.count"),
            tr("The chosen offer has %n GPU(s) per node; ask for at most that many or choose a bigger offer.", nullptr,
                offer->gpuCount));
    }
    const QString model = spec.gpuModel.trimmed();
    if (!model.isEmpty()) {
        bool known = true;
        if (context.gpuSpecs) {
            known = false;
            QStringList names;
            for (const GpuSpec &s : context.gpuSpecs->specs()) {
                names.append(s.model);
                if (GpuSpecTable::nameMatches(model, s.model))
                    known = true;
            }
            if (!known) {
                const QString suggestion = closestMatch(model, names, 3);
                if (suggestion.isEmpty())
                    add(QStringLiteral("gpu.model"),
                        tr("GPU Desk does not know the GPU model \"%1\": choose one from the list of GPU models "
                           "(for example \"H100 SXM\" or \"A100 80GB SXM\").")
                            .arg(model));
                else
                    add(QStringLiteral("gpu.model"),
                        tr("GPU Desk does not know the GPU model \"%1\": did you mean \"%2\"?").arg(model, suggestion));
            }
        }
        if (known && offer && !offer->gpuModel.isEmpty() && !GpuSpecTable::nameMatches(model, offer->gpuModel)
            && !GpuSpecTable::nameMatches(offer->gpuModel, model)) {
            add(QStringLiteral("gpu.model"),
                tr("The chosen offer's GPUs are %1, not %2: pick another offer or change the GPU model.")
                    .arg(offer->gpuModel, model));
        }
    }

    // nodes
    if (spec.nodes < 1) {
        add(QStringLiteral("nodes"), tr("A job runs on at least one node: set nodes to 1 or more."));
    } else if (spec.nodes > kMaxNodes) {
        add(QStringLiteral("nodes"),
            tr("GPU Desk launches at most %1 nodes per job; split the job or lower the node count.").arg(kMaxNodes));
    } else if (spec.nodes > 1 && spec.gpuCount < 1) {
        add(QStringLiteral("nodes"),
            tr("A multi-node job needs at least one GPU per node: set the GPU count, or run on one node."));
    }

    // placement (provider: auto)
    if (spec.isAutoPlaced() && context.gpuSpecs) {
        QStringList names;
        for (const GpuSpec &g : context.gpuSpecs->specs())
            names.append(g.model);
        for (qsizetype i = 0; i < spec.placement.gpuModels.size(); ++i) {
            const QString wanted = spec.placement.gpuModels.at(i);
            bool known = false;
            for (const QString &n : std::as_const(names))
                known = known || GpuSpecTable::nameMatches(wanted, n);
            if (known)
                continue;
            const QString suggestion = closestMatch(wanted, names, 3);
            add(QStringLiteral("placement.gpus[%1]").arg(i),
                suggestion.isEmpty() ? tr("GPU Desk does not know the GPU model \"%1\": write a model such as \"H100\" "
                                          "or a memory floor such as \"80GB+\".").arg(wanted)
                                     : tr("GPU Desk does not know the GPU model \"%1\": did you mean \"%2\"?").arg(wanted, suggestion));
        }
    }

    // image
    const QString image = spec.image.trimmed();
    if (image.isEmpty()) {
        add(QStringLiteral("image"),
            tr("Enter a container image, for example nvcr.io/nvidia/pytorch:24.05-py3 (the Sandbox records the image "
               "but runs the command on this computer)."));
    } else if (hasWhitespace(image)) {
        add(QStringLiteral("image"), tr("A container image reference has no spaces: write it as registry/name:tag."));
    }

    // command
    if (spec.command.trimmed().isEmpty() && !JobTemplates::isInteractive(spec.templateId)) {
        add(QStringLiteral("command"),
            tr("Enter the command the job runs, or pick the Dev pod or Jupyter template for an interactive pod."));
    }

    // env
    QHash<QString, qsizetype> envSeen;
    for (qsizetype i = 0; i < spec.env.size(); ++i) {
        const QString &name = spec.env[i].name;
        if (name.isEmpty()) {
            add(envKey(i), tr("Give this environment variable a name, or remove it."));
        } else if (!isValidEnvName(name)) {
            add(envKey(i),
                tr("\"%1\" is not a valid environment variable name: start with a letter or \"_\" and use only "
                   "letters, digits and \"_\".")
                    .arg(name));
        } else if (envSeen.contains(name)) {
            add(envKey(i), tr("%1 is set twice; remove one of the two.").arg(name));
        } else {
            envSeen.insert(name, i);
        }
    }

    // ports
    QSet<int> portsSeen;
    for (qsizetype i = 0; i < spec.ports.size(); ++i) {
        const int port = spec.ports[i];
        if (port < 1 || port > 65535) {
            add(portKey(i), tr("Port %1 is out of range: use a number from 1 to 65535.").arg(port));
        } else if (portsSeen.contains(port)) {
            add(portKey(i), tr("Port %1 is listed twice; remove one of the two.").arg(port));
        } else {
            portsSeen.insert(port);
        }
    }

    // volumes
    for (qsizetype i = 0; i < spec.volumes.size(); ++i) {
        if (!isValidVolume(spec.volumes[i])) {
            add(volumeKey(i),
                tr("Write the volume as source:/absolute/path (for example data:/data or /home/me/datasets:/datasets), "
                   "optionally followed by :ro."));
        }
    }

    if (spec.diskGb < 0)
        add(QStringLiteral("disk_gb"), tr("The disk size cannot be negative: use 0 for the provider's default."));

    if (spec.maxRuntimeMinutes < 0)
        add(QStringLiteral("max_runtime"), tr("The maximum runtime cannot be negative: leave it empty for no limit."));

    // max_cost: the whole job, so compare with one hour of every node.
    if (spec.maxCost) {
        const Money maxCost = *spec.maxCost;
        if (maxCost.isNegative() || maxCost.isZero()) {
            add(QStringLiteral("max_cost"),
                tr("The maximum cost must be more than $0: raise it, or leave it empty for no limit."));
        } else if (offer && offer->pricePerHour && spec.nodes >= 1) {
            const Money hour = *offer->pricePerHour * spec.nodes;
            if (maxCost < hour) {
                if (spec.nodes == 1)
                    add(QStringLiteral("max_cost"),
                        tr("The offer costs %1 per hour, so a maximum cost of %2 stops the job within its first hour: "
                           "raise it to at least %1.")
                            .arg(hour.toString(), maxCost.toString()));
                else
                    add(QStringLiteral("max_cost"),
                        tr("%n node(s) cost %1 per hour, so a maximum cost of %2 stops the job within its first "
                           "hour: raise it to at least %1.",
                            nullptr, spec.nodes)
                            .arg(hour.toString(), maxCost.toString()));
            }
        }
    }

    if (spec.maxPricePerHour) {
        const Money limit = *spec.maxPricePerHour;
        if (limit.isNegative() || limit.isZero()) {
            add(QStringLiteral("max_price_per_hour"),
                tr("The maximum price per hour must be more than $0: raise it, or leave it empty for no limit."));
        } else if (offer && offer->pricePerHour && *offer->pricePerHour > limit) {
            add(QStringLiteral("max_price_per_hour"),
                tr("The chosen offer costs %1 per hour, above your maximum of %2: choose a cheaper offer or raise "
                   "the maximum.")
                    .arg(offer->pricePerHour->toString(), limit.toString()));
        }
    }

    if (spec.idleStopMinutes < 0)
        add(QStringLiteral("idle_stop"),
            tr("The idle stop time cannot be negative: use 0 to keep the job running when idle."));

    return errors;
}

} // namespace gpudesk
