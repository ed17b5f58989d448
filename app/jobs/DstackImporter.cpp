#include "DstackImporter.h"

#include "ImportSupport.h"
#include "JobTemplates.h"
#include "YamlNodeReader.h"
#include "catalog/ProviderInfo.h"

#include <QRegularExpression>

namespace gpudesk {

namespace {

using Entry = YamlNodeReader::Entry;

class Import
{
public:
    Import(YamlNodeReader &reader, JobSpec &result) : r(reader), spec(result) { }

    void topLevel(const YAML::Node &root);

private:
    void env(const Entry &e);
    void envItem(const Entry &at, const QString &name, const QString &value, bool hasValue);
    void ports(const Entry &e);
    void resources(const Entry &e);
    void gpu(const Entry &e);
    void gpuText(const Entry &at, const QString &text);
    void gpuCount(const Entry &at, const QString &text);
    void volumes(const Entry &e);
    // The first item into `target`; returns how many there were.
    qsizetype firstOfList(const Entry &e, QString &target);
    void renameDstackVariables();

    YamlNodeReader &r;
    JobSpec &spec;
    QString m_type;
    QStringList m_gpuNames;
    bool m_gpuMemoryWarned = false;
};

const QStringList &ignoredKeys()
{
    static const QStringList keys = { QStringLiteral("user"), QStringLiteral("entrypoint"),
        QStringLiteral("working_dir"), QStringLiteral("home_dir"), QStringLiteral("shell"), QStringLiteral("priority"),
        QStringLiteral("utilization_policy"), QStringLiteral("schedule"), QStringLiteral("startup_order"),
        QStringLiteral("stop_criteria"), QStringLiteral("availability_zones"), QStringLiteral("reservation"),
        QStringLiteral("fleets"), QStringLiteral("tags"), QStringLiteral("creation_policy"),
        QStringLiteral("termination_policy"), QStringLiteral("termination_idle_time"), QStringLiteral("stop_duration"),
        QStringLiteral("single_branch"), QStringLiteral("version"), QStringLiteral("model"), QStringLiteral("gateway"),
        QStringLiteral("auth"), QStringLiteral("https"), QStringLiteral("rate_limits"), QStringLiteral("probes"),
        QStringLiteral("strip_prefix"), QStringLiteral("pool_name"), QStringLiteral("instance_name"),
        QStringLiteral("privileged"), QStringLiteral("docker"), QStringLiteral("nvcc") };
    return keys;
}

void Import::topLevel(const YAML::Node &root)
{
    QStringList known
        = { QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("image"), QStringLiteral("python"),
              QStringLiteral("env"), QStringLiteral("commands"), QStringLiteral("init"), QStringLiteral("setup"),
              QStringLiteral("ide"), QStringLiteral("port"), QStringLiteral("ports"), QStringLiteral("nodes"),
              QStringLiteral("resources"), QStringLiteral("volumes"), QStringLiteral("files"), QStringLiteral("repos"),
              QStringLiteral("spot_policy"), QStringLiteral("max_price"), QStringLiteral("max_duration"),
              QStringLiteral("idle_duration"), QStringLiteral("inactivity_duration"), QStringLiteral("retry"),
              QStringLiteral("backends"), QStringLiteral("regions"), QStringLiteral("instance_types"),
              QStringLiteral("registry_auth"), QStringLiteral("replicas"), QStringLiteral("scaling") };
    known.append(ignoredKeys());

    const QList<Entry> entries = r.entries(root);
    // The type decides how the rest reads.
    bool typed = false;
    for (const Entry &e : entries) {
        if (e.key != u"type")
            continue;
        typed = true;
        const auto type = r.text(e);
        if (!type)
            return;
        m_type = *type;
        if (m_type != u"task" && m_type != u"dev-environment" && m_type != u"service") {
            r.fail(e,
                DstackImporter::tr("expected task, dev-environment or service: a dstack %1 configuration "
                                   "describes no job")
                    .arg(m_type.isEmpty() ? DstackImporter::tr("untyped") : m_type));
            return;
        }
    }
    if (!typed) {
        m_type = QStringLiteral("task");
        r.warn({ QStringLiteral("type"), QStringLiteral("type"), 0, 0, {} },
            DstackImporter::tr("the file has no type: read as a task"));
    }

    bool named = false;
    bool hasCommands = false;
    for (const Entry &e : entries) {
        const QString &k = e.key;
        if (k == u"type") {
            continue;
        } else if (k == u"name") {
            if (const auto v = r.text(e); v && !v->isEmpty()) {
                spec.name = *v;
                named = true;
            }
        } else if (k == u"image") {
            if (const auto v = r.text(e))
                spec.image = *v;
        } else if (k == u"python") {
            const QString version = r.text(e).value_or(QString());
            r.warn(e,
                DstackImporter::tr("dstack's base image with Python %1 is not imported: set an image, for "
                                   "example python:%1 or nvcr.io/nvidia/pytorch:24.05-py3")
                    .arg(version));
        } else if (k == u"env") {
            env(e);
        } else if (k == u"commands") {
            hasCommands = true;
            if (const auto v = r.lines(e))
                spec.command = *v;
        } else if (k == u"init" || k == u"setup") {
            if (const auto v = r.lines(e))
                spec.setup = spec.setup.isEmpty() ? *v : spec.setup + u'\n' + *v;
        } else if (k == u"ide") {
            r.warn(e,
                DstackImporter::tr("not imported: connect your IDE over SSH (for example VS Code Remote-SSH "
                                   "with the host from gpudesk-cli ssh-config)"));
        } else if (k == u"port" || k == u"ports") {
            ports(e);
        } else if (k == u"nodes") {
            if (const auto v = r.integer(e))
                spec.nodes = *v;
        } else if (k == u"resources") {
            if (r.requireMap(e))
                resources(e);
        } else if (k == u"volumes") {
            volumes(e);
        } else if (k == u"files" || k == u"repos") {
            r.warn(e,
                DstackImporter::tr("not imported: GPU Desk does not upload local files or repos; fetch the code "
                                   "in setup (for example git clone) or build it into the image"));
        } else if (k == u"spot_policy") {
            const auto v = r.text(e);
            if (!v)
                continue;
            if (*v == u"spot") {
                spec.spot = true;
            } else if (*v == u"on-demand") {
                spec.spot = false;
            } else if (*v == u"auto") {
                spec.spot = false;
                r.warn(e,
                    DstackImporter::tr("\"auto\" (spot or on-demand) imported as on-demand: choose a spot offer "
                                       "when you launch to pay less"));
            } else {
                r.fail(e, DstackImporter::tr("expected spot, on-demand or auto, found \"%1\"").arg(*v));
            }
        } else if (k == u"max_price") {
            if (const auto v = r.money(e))
                spec.maxPricePerHour = *v;
        } else if (k == u"max_duration") {
            if (const auto v = r.minutes(e, 1))
                spec.maxRuntimeMinutes = *v;
        } else if (k == u"idle_duration" || k == u"inactivity_duration") {
            if (const auto v = r.minutes(e, 1))
                spec.idleStopMinutes = *v;
        } else if (k == u"retry") {
            r.warn(e,
                DstackImporter::tr("not imported: GPU Desk does not resubmit failed or preempted jobs by "
                                   "itself"));
        } else if (k == u"backends") {
            QString backend;
            if (firstOfList(e, backend) > 1)
                r.warn(e,
                    DstackImporter::tr("dstack may use any of these backends; GPU Desk imported the first, %1")
                        .arg(backend));
            if (backend.isEmpty())
                continue;
            if (const ProviderInfo *p = ProviderDirectory::lookup(backend))
                spec.providerId = p->id;
            else
                r.warn(e,
                    DstackImporter::tr("GPU Desk has no provider \"%1\": choose a provider when you launch")
                        .arg(backend));
        } else if (k == u"regions") {
            if (firstOfList(e, spec.region) > 1)
                r.warn(e,
                    DstackImporter::tr("dstack may use any of these regions; GPU Desk imported the first, %1")
                        .arg(spec.region));
        } else if (k == u"instance_types") {
            if (firstOfList(e, spec.instanceType) > 1)
                r.warn(e,
                    DstackImporter::tr("dstack may use any of these instance types; GPU Desk imported the "
                                       "first, %1")
                        .arg(spec.instanceType));
        } else if (k == u"registry_auth") {
            r.warn(e,
                DstackImporter::tr("registry credentials are not imported: job files are plain text; log in "
                                   "to the registry on the provider"));
        } else if (k == u"replicas" || k == u"scaling") {
            r.warn(e, DstackImporter::tr("not imported: GPU Desk runs one replica of a service"));
        } else if (ignoredKeys().contains(k)) {
            r.warn(e, DstackImporter::tr("not imported: GPU Desk has no equivalent"));
        } else {
            r.warnUnknownKey(e, known);
        }
    }

    if (!named) {
        spec.name = ImportSupport::jobNameFromFile(r.fileName());
        r.warn({ QStringLiteral("name"), QStringLiteral("name"), 0, 0, {} },
            DstackImporter::tr("the configuration has no name: named \"%1\" after the file").arg(spec.name));
    }
    if (m_type == u"dev-environment") {
        spec.templateId = JobTemplates::DevPodId;
        if (!hasCommands)
            spec.command = JobTemplates::find(JobTemplates::DevPodId)->defaultCommand;
    }
    if (spec.image.isEmpty()) {
        r.warn({ QStringLiteral("image"), QStringLiteral("image"), 0, 0, {} },
            DstackImporter::tr("no image: dstack would use its base image; set the image the job runs in (for "
                               "example nvcr.io/nvidia/pytorch:24.05-py3)"));
    }
    renameDstackVariables();
}

void Import::renameDstackVariables()
{
    const QList<QPair<QString, QString>> renames = {
        { QStringLiteral("DSTACK_NODE_RANK"), QStringLiteral("NODE_RANK") },
        { QStringLiteral("DSTACK_NODES_NUM"), QStringLiteral("NNODES") },
        { QStringLiteral("DSTACK_GPUS_PER_NODE"), QStringLiteral("NGPUS") },
        { QStringLiteral("DSTACK_MASTER_NODE_IP"), QStringLiteral("MASTER_ADDR") },
        { QStringLiteral("DSTACK_MPI_HOSTFILE"), QStringLiteral("HOSTFILE") },
    };
    const auto [renamed, targets] = ImportSupport::renameNodeVariables(spec, renames);
    if (!renamed.isEmpty()) {
        r.warn({ QStringLiteral("commands"), QStringLiteral("commands"), 0, 0, {} },
            DstackImporter::tr("%1 renamed to GPU Desk's %2, which are set on every node")
                .arg(renamed.join(QStringLiteral(", ")), targets.join(QStringLiteral(", "))));
    }
    const QStringList unsupported = ImportSupport::referencedVariables(spec.setup + u'\n' + spec.command,
        { QStringLiteral("DSTACK_RUN_NAME"), QStringLiteral("DSTACK_REPO_ID"), QStringLiteral("DSTACK_GPUS_NUM"),
            QStringLiteral("DSTACK_NODES_IPS"), QStringLiteral("DSTACK_WORKING_DIR"),
            QStringLiteral("DSTACK_REPO_DIR") });
    if (!unsupported.isEmpty()) {
        r.warn({ QStringLiteral("commands"), QStringLiteral("commands"), 0, 0, {} },
            DstackImporter::tr("the commands use %1, which GPU Desk does not set: edit them before launching")
                .arg(unsupported.join(QStringLiteral(", "))));
    }
}

void Import::envItem(const Entry &at, const QString &name, const QString &value, bool hasValue)
{
    if (!hasValue) {
        r.warn(at,
            DstackImporter::tr("%1 has no value in the file (dstack takes it from your shell): set it before "
                               "you launch")
                .arg(name));
    } else if (value.contains(QStringLiteral("${{"))) {
        r.warn(at,
            DstackImporter::tr("%1 refers to a dstack secret or variable (%2): set its value before you "
                               "launch")
                .arg(name, value));
    }
    spec.env.append({ name, value });
}

void Import::env(const Entry &e)
{
    if (YamlNodeReader::isNull(e))
        return;
    if (r.isMap(e)) {
        for (const Entry &var : r.entries(e)) {
            if (YamlNodeReader::isNull(var)) {
                envItem(var, var.key, QString(), false);
            } else if (const auto v = r.text(var)) {
                envItem(var, var.key, *v, true);
            }
        }
        return;
    }
    for (const Entry &item : r.items(e)) {
        const auto text = r.text(item);
        if (!text)
            continue;
        const qsizetype eq = text->indexOf(u'=');
        if (eq < 0)
            envItem(item, *text, QString(), false);
        else
            envItem(item, text->left(eq), text->mid(eq + 1), true);
    }
}

void Import::ports(const Entry &e)
{
    for (const Entry &item : r.items(e)) {
        if (r.isMap(item)) {
            r.warn(item, DstackImporter::tr("port mapping not imported: write the container port as a number"));
            continue;
        }
        const auto text = r.text(item);
        if (!text)
            continue;
        // 8080, 80:8080 (local:container) or *:8080.
        static const QRegularExpression mapping(QStringLiteral("^(?:(\\d+|\\*):)?(\\d+)$"));
        const QRegularExpressionMatch m = mapping.match(text->trimmed());
        if (!m.hasMatch()) {
            r.fail(item, DstackImporter::tr("expected a port such as 8000 or 80:8000, found \"%1\"").arg(*text));
            continue;
        }
        const int container = m.captured(2).toInt();
        if (m.hasCaptured(1) && m.captured(1) != m.captured(2))
            r.warn(item,
                DstackImporter::tr("local port %1 not imported: GPU Desk forwards container port %2")
                    .arg(m.captured(1))
                    .arg(container));
        if (!spec.ports.contains(container))
            spec.ports.append(container);
    }
}

void Import::resources(const Entry &e)
{
    static const QStringList known = { QStringLiteral("gpu"), QStringLiteral("disk"), QStringLiteral("cpu"),
        QStringLiteral("memory"), QStringLiteral("shm_size") };
    for (const Entry &sub : r.entries(e)) {
        if (sub.key == u"gpu") {
            gpu(sub);
        } else if (sub.key == u"disk") {
            const Entry *size = &sub;
            Entry inner;
            if (r.isMap(sub)) {
                for (const Entry &d : r.entries(sub)) {
                    if (d.key == u"size") {
                        inner = d;
                        size = &inner;
                    }
                }
                if (size == &sub)
                    continue;
            }
            QString text = r.text(*size).value_or(QString()).trimmed();
            if (text.contains(QStringLiteral(".."))) {
                const QString lower = text.section(QStringLiteral(".."), 0, 0);
                r.warn(*size, DstackImporter::tr("disk range %1 imported as its lower end").arg(text));
                if (lower.isEmpty())
                    continue;
                Entry lowerEntry = *size;
                lowerEntry.value = YAML::Node(lower.toStdString());
                if (const auto gb = r.gigabytes(lowerEntry))
                    spec.diskGb = *gb;
            } else if (const auto gb = r.gigabytes(*size)) {
                spec.diskGb = *gb;
            }
        } else if (sub.key == u"cpu" || sub.key == u"memory") {
            r.warn(sub,
                DstackImporter::tr("not imported: GPU Desk chooses machines by GPU; check the vCPUs and "
                                   "memory of the offer you pick"));
        } else if (sub.key == u"shm_size") {
            r.warn(sub, DstackImporter::tr("not imported: shared memory size is the provider's default"));
        } else {
            r.warnUnknownKey(sub, known);
        }
    }
}

void Import::gpuCount(const Entry &at, const QString &text)
{
    const QString t = text.trimmed();
    if (!t.contains(QStringLiteral(".."))) {
        bool ok = false;
        const int n = t.toInt(&ok);
        if (!ok) {
            r.fail(at, DstackImporter::tr("expected a GPU count such as 8 or 1..2, found \"%1\"").arg(text));
            return;
        }
        spec.gpuCount = n;
        return;
    }
    const QString low = t.section(QStringLiteral(".."), 0, 0);
    bool ok = true;
    const int n = low.isEmpty() ? 1 : low.toInt(&ok);
    if (!ok) {
        r.fail(at, DstackImporter::tr("expected a GPU count such as 8 or 1..2, found \"%1\"").arg(text));
        return;
    }
    spec.gpuCount = n;
    r.warn(at,
        DstackImporter::tr(
            "dstack accepts %1 GPUs; GPU Desk imported %n: change the count if you want more", nullptr, n)
            .arg(t));
}

// <vendor>:<name,name>:<memory>:<count>, every part optional: "H100:8", "80GB..:8", "A100:40GB:2".
void Import::gpuText(const Entry &at, const QString &text)
{
    static const QRegularExpression count(QStringLiteral("^(\\d+|\\d*\\.\\.\\d*)$"));
    static const QRegularExpression memory(
        QStringLiteral("^[0-9.]*\\s*[GMT]B(\\.\\.([0-9.]*\\s*[GMT]B)?)?$|^\\.\\.[0-9.]+\\s*[GMT]B$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QStringList vendors = { QStringLiteral("nvidia"), QStringLiteral("amd"), QStringLiteral("google"),
        QStringLiteral("tpu"), QStringLiteral("intel"), QStringLiteral("tenstorrent") };
    QString memoryText;
    for (const QString &raw : text.split(u':')) {
        const QString token = raw.trimmed();
        if (token.isEmpty())
            continue;
        if (count.match(token).hasMatch()) {
            gpuCount(at, token);
        } else if (memory.match(token).hasMatch()) {
            memoryText = token;
        } else if (vendors.contains(token.toLower())) {
            continue; // implied by the model
        } else {
            m_gpuNames = token.split(u',', Qt::SkipEmptyParts);
        }
    }
    if (!memoryText.isEmpty()) {
        m_gpuMemoryWarned = true;
        if (m_gpuNames.isEmpty())
            r.warn(
                at, DstackImporter::tr("dstack takes any GPU with %1 of memory: choose a GPU model").arg(memoryText));
        else
            r.warn(at, DstackImporter::tr("memory %1 not imported: the GPU model decides the memory").arg(memoryText));
    }
}

void Import::gpu(const Entry &e)
{
    if (YamlNodeReader::isNull(e))
        return;
    m_gpuNames.clear();
    m_gpuMemoryWarned = false;
    if (r.isMap(e)) {
        for (const Entry &sub : r.entries(e)) {
            if (sub.key == u"name") {
                if (r.isSequence(sub)) {
                    for (const Entry &item : r.items(sub)) {
                        if (const auto v = r.text(item))
                            m_gpuNames.append(*v);
                    }
                } else if (const auto v = r.text(sub)) {
                    m_gpuNames = v->split(u',', Qt::SkipEmptyParts);
                }
            } else if (sub.key == u"count") {
                if (r.isMap(sub)) {
                    QString min = QStringLiteral("1");
                    QString max;
                    for (const Entry &bound : r.entries(sub)) {
                        if (bound.key == u"min")
                            min = r.text(bound).value_or(min);
                        else if (bound.key == u"max")
                            max = r.text(bound).value_or(QString());
                    }
                    gpuCount(sub, min + QStringLiteral("..") + max);
                } else if (const auto v = r.text(sub)) {
                    gpuCount(sub, *v);
                }
            } else if (sub.key == u"memory" || sub.key == u"total_memory") {
                m_gpuMemoryWarned = true;
                r.warn(sub, DstackImporter::tr("not imported: the GPU model decides the memory"));
            } else if (sub.key == u"vendor") {
                continue; // implied by the model
            } else if (sub.key == u"compute_capability") {
                r.warn(sub, DstackImporter::tr("not imported: choose a GPU model instead"));
            } else {
                r.warnUnknownKey(sub,
                    { QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("memory"),
                        QStringLiteral("total_memory"), QStringLiteral("vendor"),
                        QStringLiteral("compute_capability") });
            }
        }
    } else if (const auto text = r.text(e)) {
        gpuText(e, *text);
    }
    for (QString &name : m_gpuNames)
        name = name.trimmed();
    if (m_gpuNames.isEmpty()) {
        if (spec.gpuCount > 0 && !m_gpuMemoryWarned)
            r.warn(e, DstackImporter::tr("dstack takes any GPU model here: choose one before you launch"));
        return;
    }
    spec.gpuModel = m_gpuNames.first();
    if (m_gpuNames.size() > 1)
        r.warn(e,
            DstackImporter::tr("dstack takes any of %1; GPU Desk imported %2: choose another offer when you "
                               "launch if needed")
                .arg(m_gpuNames.join(QStringLiteral(", ")), spec.gpuModel));
}

void Import::volumes(const Entry &e)
{
    for (const Entry &item : r.items(e)) {
        if (r.isMap(item)) {
            QString source;
            QString path;
            for (const Entry &sub : r.entries(item)) {
                if (sub.key == u"name") {
                    if (r.isSequence(sub)) {
                        const QList<Entry> names = r.items(sub);
                        if (!names.isEmpty())
                            source = r.text(names.first()).value_or(QString());
                        if (names.size() > 1)
                            r.warn(sub,
                                DstackImporter::tr("dstack uses whichever of these volumes is in the job's "
                                                   "region; GPU Desk imported %1")
                                    .arg(source));
                    } else {
                        source = r.text(sub).value_or(QString());
                    }
                } else if (sub.key == u"instance_path") {
                    source = r.text(sub).value_or(QString());
                } else if (sub.key == u"path") {
                    path = r.text(sub).value_or(QString());
                } else if (sub.key == u"optional") {
                    r.warn(sub, DstackImporter::tr("not imported: GPU Desk mounts every volume it lists"));
                } else {
                    r.warnUnknownKey(sub,
                        { QStringLiteral("name"), QStringLiteral("instance_path"), QStringLiteral("path"),
                            QStringLiteral("optional") });
                }
            }
            if (source.isEmpty() || path.isEmpty()) {
                r.fail(item, DstackImporter::tr("expected a volume with a name (or instance_path) and a path"));
                continue;
            }
            spec.volumes.append(source + u':' + path);
            continue;
        }
        if (const auto text = r.text(item))
            spec.volumes.append(*text);
    }
}

qsizetype Import::firstOfList(const Entry &e, QString &target)
{
    const QList<Entry> list = r.items(e);
    if (!list.isEmpty())
        target = r.text(list.first()).value_or(QString());
    return list.size();
}

} // namespace

Result<JobYamlResult> DstackImporter::import(const QString &text, const QString &fileName)
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

} // namespace gpudesk
