#include "SkyPilotImporter.h"

#include "ImportSupport.h"
#include "YamlNodeReader.h"
#include "catalog/ProviderInfo.h"

namespace gpudesk {

namespace {

using Entry = YamlNodeReader::Entry;

class Import
{
public:
    Import(YamlNodeReader &reader, JobSpec &result) : r(reader), spec(result) { }

    void topLevel(const YAML::Node &root);

private:
    void resources(const Entry &e, bool candidate);
    void accelerators(const Entry &e);
    bool acceleratorText(const Entry &at, const QString &text);
    void provider(const Entry &at, const QString &cloud);
    void infra(const Entry &e);
    void imageId(const Entry &e);
    void ports(const Entry &e);
    void autostop(const Entry &e);
    void envs(const Entry &e);

    YamlNodeReader &r;
    JobSpec &spec;
    bool m_hasImage = false;
};

void Import::topLevel(const YAML::Node &root)
{
    static const QStringList known = { QStringLiteral("name"), QStringLiteral("workdir"), QStringLiteral("num_nodes"),
        QStringLiteral("resources"), QStringLiteral("envs"), QStringLiteral("secrets"), QStringLiteral("file_mounts"),
        QStringLiteral("volumes"), QStringLiteral("setup"), QStringLiteral("run"), QStringLiteral("config"),
        QStringLiteral("service"), QStringLiteral("event_callback") };
    bool named = false;
    for (const Entry &e : r.entries(root)) {
        const QString &k = e.key;
        if (k == u"name") {
            if (const auto v = r.text(e); v && !v->isEmpty()) {
                spec.name = *v;
                named = true;
            }
        } else if (k == u"workdir") {
            r.warn(e,
                SkyPilotImporter::tr("not imported: GPU Desk does not upload a local working directory; fetch "
                                     "the code in setup (for example git clone) or build it into the image"));
        } else if (k == u"num_nodes") {
            if (const auto v = r.integer(e))
                spec.nodes = *v;
        } else if (k == u"resources") {
            if (r.requireMap(e))
                resources(e, false);
        } else if (k == u"envs") {
            envs(e);
        } else if (k == u"secrets") {
            if (r.requireMap(e)) {
                for (const Entry &secret : r.entries(e)) {
                    r.warn(secret,
                        SkyPilotImporter::tr("secret not imported: job files are plain text; set %1 as "
                                             "an environment variable when you launch")
                            .arg(secret.key));
                }
            }
        } else if (k == u"file_mounts") {
            if (r.isMap(e)) {
                for (const Entry &mount : r.entries(e)) {
                    r.warn(mount,
                        SkyPilotImporter::tr("file mount not imported: GPU Desk does not sync files or "
                                             "buckets; copy them in setup, or add a volume"));
                }
            } else {
                r.warn(e, SkyPilotImporter::tr("not imported: GPU Desk does not sync files or buckets"));
            }
        } else if (k == u"volumes") {
            r.warn(e, SkyPilotImporter::tr("SkyPilot volumes are not imported: add the volumes you need to the job"));
        } else if (k == u"setup") {
            if (const auto v = r.lines(e))
                spec.setup = *v;
        } else if (k == u"run") {
            if (const auto v = r.lines(e))
                spec.command = *v;
        } else if (k == u"config") {
            r.warn(e, SkyPilotImporter::tr("SkyPilot's advanced config is not imported"));
        } else if (k == u"service") {
            r.warn(e,
                SkyPilotImporter::tr("the SkyServe service section (replicas, readiness probe) is not "
                                     "imported: GPU Desk runs one replica of the task"));
        } else if (k == u"event_callback") {
            r.warn(e, SkyPilotImporter::tr("not imported: GPU Desk does not run event callbacks"));
        } else {
            r.warnUnknownKey(e, known);
        }
    }
    if (!named) {
        spec.name = ImportSupport::jobNameFromFile(r.fileName());
        r.warn({ QStringLiteral("name"), QStringLiteral("name"), 0, 0, {} },
            SkyPilotImporter::tr("the task has no name: named \"%1\" after the file").arg(spec.name));
    }
    if (!m_hasImage) {
        r.warn({ QStringLiteral("image_id"), QStringLiteral("resources.image_id"), 0, 0, {} },
            SkyPilotImporter::tr("no container image (image_id: docker:…): SkyPilot ran the task on the cloud's VM "
                                 "image, GPU Desk runs it in a container; set the image (for example "
                                 "nvcr.io/nvidia/pytorch:24.05-py3)"));
    }

    // SkyPilot's per-node variables, renamed to GPU Desk's.
    const QList<QPair<QString, QString>> renames = {
        { QStringLiteral("SKYPILOT_NODE_RANK"), QStringLiteral("NODE_RANK") },
        { QStringLiteral("SKYPILOT_NUM_NODES"), QStringLiteral("NNODES") },
        { QStringLiteral("SKYPILOT_NUM_GPUS_PER_NODE"), QStringLiteral("NGPUS") },
    };
    const auto [renamed, targets] = ImportSupport::renameNodeVariables(spec, renames);
    if (!renamed.isEmpty()) {
        r.warn({ QStringLiteral("run"), QStringLiteral("run"), 0, 0, {} },
            SkyPilotImporter::tr("%1 renamed to GPU Desk's %2, which are set on every node")
                .arg(renamed.join(QStringLiteral(", ")), targets.join(QStringLiteral(", "))));
    }
    const QStringList unsupported = ImportSupport::referencedVariables(spec.setup + u'\n' + spec.command,
        { QStringLiteral("SKYPILOT_NODE_IPS"), QStringLiteral("SKYPILOT_TASK_ID"),
            QStringLiteral("SKYPILOT_CLUSTER_INFO"), QStringLiteral("SKYPILOT_SETUP_NODE_IPS"),
            QStringLiteral("SKYPILOT_SETUP_NODE_RANK") });
    if (!unsupported.isEmpty()) {
        r.warn({ QStringLiteral("run"), QStringLiteral("run"), 0, 0, {} },
            SkyPilotImporter::tr("the commands use %1, which GPU Desk does not set (MASTER_ADDR holds the first "
                                 "node's address): edit them before launching")
                .arg(unsupported.join(QStringLiteral(", "))));
    }
}

void Import::resources(const Entry &e, bool candidate)
{
    static const QStringList known = { QStringLiteral("infra"), QStringLiteral("cloud"), QStringLiteral("region"),
        QStringLiteral("zone"), QStringLiteral("accelerators"), QStringLiteral("accelerator_args"),
        QStringLiteral("cpus"), QStringLiteral("memory"), QStringLiteral("instance_type"), QStringLiteral("use_spot"),
        QStringLiteral("disk_size"), QStringLiteral("disk_tier"), QStringLiteral("network_tier"),
        QStringLiteral("image_id"), QStringLiteral("ports"), QStringLiteral("labels"), QStringLiteral("autostop"),
        QStringLiteral("any_of"), QStringLiteral("ordered"), QStringLiteral("job_recovery"),
        QStringLiteral("max_hourly_cost") };
    for (const Entry &sub : r.entries(e)) {
        const QString &k = sub.key;
        if (k == u"accelerators") {
            accelerators(sub);
        } else if (k == u"infra") {
            infra(sub);
        } else if (k == u"cloud") {
            if (const auto v = r.text(sub))
                provider(sub, *v);
        } else if (k == u"region") {
            if (const auto v = r.text(sub))
                spec.region = *v;
        } else if (k == u"zone") {
            r.warn(sub, SkyPilotImporter::tr("zones are not imported: GPU Desk picks by region"));
        } else if (k == u"instance_type") {
            if (const auto v = r.text(sub))
                spec.instanceType = *v;
        } else if (k == u"use_spot") {
            if (const auto v = r.boolean(sub))
                spec.spot = *v;
        } else if (k == u"disk_size") {
            if (const auto v = r.gigabytes(sub))
                spec.diskGb = *v;
        } else if (k == u"image_id") {
            imageId(sub);
        } else if (k == u"ports") {
            ports(sub);
        } else if (k == u"autostop") {
            autostop(sub);
        } else if (k == u"max_hourly_cost") {
            if (const auto v = r.money(sub))
                spec.maxPricePerHour = *v;
        } else if (k == u"cpus" || k == u"memory") {
            r.warn(sub,
                SkyPilotImporter::tr("not imported: GPU Desk chooses machines by GPU; check the vCPUs and "
                                     "memory of the offer you pick"));
        } else if (k == u"accelerator_args") {
            r.warn(sub, SkyPilotImporter::tr("not imported: TPU settings have no GPU Desk equivalent"));
        } else if (k == u"disk_tier" || k == u"network_tier") {
            r.warn(sub, SkyPilotImporter::tr("not imported: GPU Desk uses the provider's default tier"));
        } else if (k == u"labels") {
            r.warn(sub, SkyPilotImporter::tr("labels are not imported: use the job's project to group costs"));
        } else if (k == u"job_recovery") {
            r.warn(sub, SkyPilotImporter::tr("not imported: GPU Desk does not restart preempted jobs by itself"));
        } else if ((k == u"any_of" || k == u"ordered") && !candidate) {
            const QList<Entry> candidates = r.items(sub);
            if (candidates.isEmpty())
                continue;
            if (r.requireMap(candidates.first()))
                resources(candidates.first(), true);
            if (k == u"any_of")
                r.warn(sub,
                    SkyPilotImporter::tr("SkyPilot picks the cheapest of %n candidate(s); GPU Desk imported "
                                         "the first: choose the offer when you launch",
                        nullptr, int(candidates.size())));
            else
                r.warn(sub,
                    SkyPilotImporter::tr("SkyPilot tries %n candidate(s) in order; GPU Desk imported the "
                                         "first: choose the offer when you launch",
                        nullptr, int(candidates.size())));
        } else {
            r.warnUnknownKey(sub, known);
        }
    }
}

bool Import::acceleratorText(const Entry &at, const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    QString name = text.trimmed();
    int count = 1;
    if (colon >= 0) {
        name = text.left(colon).trimmed();
        const QString countText = text.mid(colon + 1).trimmed();
        bool ok = false;
        count = countText.toInt(&ok);
        if (!ok) {
            const double fraction = countText.toDouble(&ok);
            if (!ok || fraction <= 0) {
                r.fail(at, SkyPilotImporter::tr("expected NAME:COUNT such as \"H100:8\", found \"%1\"").arg(text));
                return false;
            }
            r.warn(at,
                SkyPilotImporter::tr("a fraction of a GPU (%1) cannot be rented: imported as one GPU").arg(countText));
            count = 1;
        }
    }
    spec.gpuModel = SkyPilotImporter::gpuModelFromAccelerator(name);
    spec.gpuCount = count;
    return true;
}

void Import::accelerators(const Entry &e)
{
    if (YamlNodeReader::isNull(e))
        return;
    if (e.value.IsScalar()) {
        acceleratorText(e, QString::fromStdString(e.value.Scalar()));
        return;
    }
    if (r.isSequence(e)) {
        const QList<Entry> list = r.items(e);
        if (list.isEmpty())
            return;
        const auto first = r.text(list.first());
        if (!first || !acceleratorText(list.first(), *first))
            return;
        if (list.size() > 1)
            r.warn(e,
                SkyPilotImporter::tr("SkyPilot tries these %n accelerators in order; GPU Desk imported the "
                                     "first, %1: choose another offer when you launch if needed",
                    nullptr, int(list.size()))
                    .arg(*first));
        return;
    }
    // {H100: 8} (name to count), or {A100:1, V100:1} (a set: the values are empty).
    const QList<Entry> map = r.entries(e);
    if (map.isEmpty())
        return;
    const Entry &first = map.first();
    QString chosen = first.key;
    if (YamlNodeReader::isNull(first)) {
        if (!acceleratorText(first, first.key))
            return;
    } else {
        const auto count = r.integer(first);
        if (!count)
            return;
        spec.gpuModel = SkyPilotImporter::gpuModelFromAccelerator(first.key);
        spec.gpuCount = *count;
        chosen = first.key + u':' + QString::number(*count);
    }
    if (map.size() > 1)
        r.warn(e,
            SkyPilotImporter::tr("SkyPilot picks the cheapest of these %n accelerators; GPU Desk imported %1: "
                                 "choose another offer when you launch if needed",
                nullptr, int(map.size()))
                .arg(chosen));
}

void Import::provider(const Entry &at, const QString &cloud)
{
    const QString c = cloud.trimmed();
    if (c.isEmpty() || c == u"*")
        return;
    if (c.compare(u"k8s", Qt::CaseInsensitive) == 0 || c.compare(u"kubernetes", Qt::CaseInsensitive) == 0) {
        r.warn(at, SkyPilotImporter::tr("Kubernetes is not a GPU Desk provider: choose a provider when you launch"));
        return;
    }
    if (const ProviderInfo *p = ProviderDirectory::lookup(c)) {
        spec.providerId = p->id;
        return;
    }
    r.warn(at, SkyPilotImporter::tr("GPU Desk has no provider \"%1\": choose a provider when you launch").arg(c));
}

void Import::infra(const Entry &e)
{
    const auto v = r.text(e);
    if (!v || v->isEmpty())
        return;
    // <cloud>/<region>/<zone>, any part may be "*".
    const QStringList parts = v->split(u'/');
    provider(e, parts.value(0));
    const bool kubernetes = parts.value(0).compare(u"k8s", Qt::CaseInsensitive) == 0
        || parts.value(0).compare(u"kubernetes", Qt::CaseInsensitive) == 0;
    if (!kubernetes && parts.size() > 1 && parts[1] != u"*")
        spec.region = parts[1];
    if (!kubernetes && parts.size() > 2 && parts[2] != u"*")
        r.warn(e, SkyPilotImporter::tr("zone %1 is not imported: GPU Desk picks by region").arg(parts[2]));
}

void Import::imageId(const Entry &e)
{
    if (r.isMap(e)) {
        r.warn(e, SkyPilotImporter::tr("per-region VM images are not imported: set a container image"));
        return;
    }
    const auto v = r.text(e);
    if (!v || v->isEmpty())
        return;
    if (v->startsWith(u"docker:")) {
        spec.image = v->mid(7).trimmed();
        m_hasImage = true;
        return;
    }
    m_hasImage = true; // warned here already
    r.warn(e,
        SkyPilotImporter::tr("%1 is a VM image, not a container image: not imported; set the container image "
                             "the job runs in")
            .arg(*v));
}

void Import::ports(const Entry &e)
{
    for (const Entry &item : r.items(e)) {
        const auto text = r.text(item);
        if (!text)
            continue;
        bool ok = false;
        const int port = text->trimmed().toInt(&ok);
        if (ok) {
            if (!spec.ports.contains(port))
                spec.ports.append(port);
        } else if (text->contains(u'-')) {
            r.warn(item,
                SkyPilotImporter::tr("port range %1 not imported: list the ports the job needs one by one").arg(*text));
        } else {
            r.fail(item,
                SkyPilotImporter::tr("expected a port number or a range such as 10052-10100, found \"%1\"").arg(*text));
        }
    }
}

void Import::autostop(const Entry &e)
{
    if (YamlNodeReader::isNull(e))
        return;
    if (r.isMap(e)) {
        bool minutesGiven = false;
        for (const Entry &sub : r.entries(e)) {
            if (sub.key == u"idle_minutes") {
                minutesGiven = true;
                if (const auto v = r.integer(sub))
                    spec.idleStopMinutes = *v;
            } else if (sub.key == u"down") {
                if (const auto down = r.boolean(sub); down && *down)
                    r.warn(sub,
                        SkyPilotImporter::tr("autodown not imported: GPU Desk stops an idle job, it does not "
                                             "terminate it"));
            } else if (sub.key == u"wait_for" || sub.key == u"hook" || sub.key == u"hook_timeout") {
                r.warn(sub, SkyPilotImporter::tr("not imported: GPU Desk counts a job as idle when its GPUs are idle"));
            } else {
                r.warnUnknownKey(sub,
                    { QStringLiteral("idle_minutes"), QStringLiteral("down"), QStringLiteral("wait_for"),
                        QStringLiteral("hook"), QStringLiteral("hook_timeout") });
            }
        }
        if (!minutesGiven)
            spec.idleStopMinutes = 5; // SkyPilot's default idle time
        return;
    }
    const QString s = QString::fromStdString(e.value.IsScalar() ? e.value.Scalar() : std::string()).trimmed().toLower();
    if (s == u"true" || s == u"yes") {
        spec.idleStopMinutes = 5; // SkyPilot's default idle time
        return;
    }
    if (s == u"false" || s == u"no") {
        spec.idleStopMinutes = 0;
        return;
    }
    if (const auto v = r.minutes(e))
        spec.idleStopMinutes = *v;
}

void Import::envs(const Entry &e)
{
    if (!r.requireMap(e))
        return;
    for (const Entry &var : r.entries(e)) {
        if (YamlNodeReader::isNull(var)) {
            r.warn(var,
                SkyPilotImporter::tr("%1 has no value in the file (SkyPilot asks for it at launch): set it "
                                     "before you launch")
                    .arg(var.key));
            spec.env.append({ var.key, QString() });
            continue;
        }
        if (const auto v = r.text(var))
            spec.env.append({ var.key, *v });
    }
}

} // namespace

Result<JobYamlResult> SkyPilotImporter::import(const QString &text, const QString &fileName)
{
    YamlNodeReader reader(fileName);
    const auto root = reader.loadMap(text);
    if (!root)
        return reader.error();
    JobSpec spec;
    Import(reader, spec).topLevel(*root);
    if (reader.hasErrors())
        return reader.error();
    return JobYamlResult { spec, reader.warnings() };
}

QString SkyPilotImporter::gpuModelFromAccelerator(const QString &accelerator)
{
    const QString a = accelerator.trimmed();
    if (a.compare(u"A100", Qt::CaseInsensitive) == 0)
        return QStringLiteral("A100 40GB");
    QString model = a;
    model.replace(u'-', u' ');
    return model;
}

} // namespace gpudesk
