#include "JobYaml.h"

#include "DstackImporter.h"
#include "JobTemplates.h"
#include "SkyPilotImporter.h"
#include "YamlNodeReader.h"

#include "catalog/ProviderInfo.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>

#include <limits>

namespace gpudesk {

namespace {

const QString kName = QStringLiteral("name");
const QString kProject = QStringLiteral("project");
const QString kProvider = QStringLiteral("provider");
const QString kInstanceType = QStringLiteral("instance_type");
const QString kGpu = QStringLiteral("gpu");
const QString kNodes = QStringLiteral("nodes");
const QString kImage = QStringLiteral("image");
const QString kSetup = QStringLiteral("setup");
const QString kCommand = QStringLiteral("command");
const QString kRun = QStringLiteral("run");
const QString kEnv = QStringLiteral("env");
const QString kPorts = QStringLiteral("ports");
const QString kVolumes = QStringLiteral("volumes");
const QString kDiskGb = QStringLiteral("disk_gb");
const QString kSpot = QStringLiteral("spot");
const QString kRegion = QStringLiteral("region");
const QString kMaxRuntime = QStringLiteral("max_runtime");
const QString kMaxCost = QStringLiteral("max_cost");
const QString kMaxPricePerHour = QStringLiteral("max_price_per_hour");
const QString kIdleStop = QStringLiteral("idle_stop");
const QString kSshKey = QStringLiteral("ssh_key");
const QString kTemplate = QStringLiteral("template");
const QString kPlacement = QStringLiteral("placement");
const QString kRecover = QStringLiteral("recover");
const QString kMaxRestarts = QStringLiteral("max_restarts");

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// ---- reading ----------------------------------------------------------------------------------

void readGpu(YamlNodeReader &r, const YamlNodeReader::Entry &e, JobSpec &spec)
{
    if (YamlNodeReader::isNull(e))
        return;
    if (r.isMap(e)) {
        for (const YamlNodeReader::Entry &sub : r.entries(e)) {
            if (sub.key == u"model") {
                if (const auto v = r.text(sub))
                    spec.gpuModel = *v;
            } else if (sub.key == u"count") {
                if (const auto v = r.integer(sub))
                    spec.gpuCount = *v;
            } else {
                r.warnUnknownKey(sub, { QStringLiteral("model"), QStringLiteral("count") });
            }
        }
        return;
    }
    const auto text = r.text(e);
    if (!text)
        return;
    const auto gpu = JobYaml::parseGpu(*text);
    if (!gpu) {
        r.fail(e,
            JobYaml::tr("expected MODEL:COUNT such as \"H100 SXM:8\", or {model: …, count: …}, found \"%1\"")
                .arg(*text));
        return;
    }
    spec.gpuModel = gpu->model;
    spec.gpuCount = gpu->count;
}

void readEnv(YamlNodeReader &r, const YamlNodeReader::Entry &e, JobSpec &spec)
{
    if (YamlNodeReader::isNull(e))
        return;
    if (r.isMap(e)) {
        // Duplicate names are kept: the validator reports them where the user can see both.
        for (const YamlNodeReader::Entry &var : r.entries(e, false)) {
            if (const auto value = r.text(var))
                spec.env.append({ var.key, *value });
        }
        return;
    }
    for (const YamlNodeReader::Entry &item : r.items(e)) {
        if (r.isMap(item)) {
            JobSpec::EnvVar var;
            for (const YamlNodeReader::Entry &sub : r.entries(item)) {
                if (sub.key == u"name") {
                    if (const auto v = r.text(sub))
                        var.name = *v;
                } else if (sub.key == u"value") {
                    if (const auto v = r.text(sub))
                        var.value = *v;
                } else {
                    r.warnUnknownKey(sub, { QStringLiteral("name"), QStringLiteral("value") });
                }
            }
            spec.env.append(var);
            continue;
        }
        const auto text = r.text(item);
        if (!text)
            continue;
        const qsizetype eq = text->indexOf(u'=');
        if (eq < 0) {
            r.warn(item, JobYaml::tr("%1 has no value (write NAME=value); it is set to an empty value").arg(*text));
            spec.env.append({ *text, QString() });
        } else {
            spec.env.append({ text->left(eq), text->mid(eq + 1) });
        }
    }
}

// `placement:` (see PlacementConstraints). Lists may be written as YAML lists or as "a, b".
void readPlacement(YamlNodeReader &r, const YamlNodeReader::Entry &e, JobSpec &spec)
{
    if (YamlNodeReader::isNull(e) || !r.requireMap(e))
        return;
    const QStringList known = { QStringLiteral("gpus"), QStringLiteral("providers"), QStringLiteral("regions"),
        QStringLiteral("prefer"), QStringLiteral("max_attempts"), QStringLiteral("max_wait") };
    PlacementConstraints &p = spec.placement;
    // Each item of a list, with "a, b" scalars split.
    auto each = [&r](const YamlNodeReader::Entry &list, const std::function<void(const YamlNodeReader::Entry &, const QString &)> &fn) {
        for (const YamlNodeReader::Entry &item : r.items(list)) {
            const auto text = r.text(item);
            if (!text)
                continue;
            for (const QString &part : text->split(u',', Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    fn(item, part.trimmed());
            }
        }
    };
    for (const YamlNodeReader::Entry &sub : r.entries(e)) {
        if (sub.key == u"gpus") {
            each(sub, [&](const YamlNodeReader::Entry &at, const QString &item) {
                static const QRegularExpression bareMemory(QStringLiteral("^\\d+\\s*(gb|gib)$"),
                                                           QRegularExpression::CaseInsensitiveOption);
                if (bareMemory.match(item).hasMatch() || !p.addGpu(item))
                    r.fail(at, JobYaml::tr("expected a GPU model such as \"H100\", or a memory floor such as \"80GB+\", "
                                           "found \"%1\"").arg(item));
            });
        } else if (sub.key == u"providers") {
            each(sub, [&](const YamlNodeReader::Entry &at, const QString &item) {
                const ProviderInfo *info = ProviderDirectory::lookup(item);
                if (!info) {
                    QStringList ids;
                    for (const ProviderInfo &pi : ProviderDirectory::all())
                        ids.append(pi.id);
                    r.fail(at, JobYaml::tr("expected a provider GPU Desk knows (%1), found \"%2\"")
                                   .arg(ids.join(QStringLiteral(", ")), item));
                } else if (!p.providers.contains(info->id)) {
                    p.providers.append(info->id);
                }
            });
        } else if (sub.key == u"regions") {
            each(sub, [&](const YamlNodeReader::Entry &, const QString &item) {
                if (!p.regions.contains(item, Qt::CaseInsensitive))
                    p.regions.append(item);
            });
        } else if (sub.key == u"prefer") {
            if (const auto v = r.text(sub)) {
                if (const auto pref = PlacementConstraints::preferenceFromKey(*v))
                    p.prefer = *pref;
                else
                    r.fail(sub, JobYaml::tr("expected price, nearest, newest or listed, found \"%1\"").arg(*v));
            }
        } else if (sub.key == u"max_attempts") {
            if (const auto v = r.integer(sub)) {
                if (*v < 1 || *v > 100)
                    r.fail(sub, JobYaml::tr("expected a number of attempts from 1 to 100, found %1").arg(*v));
                else
                    p.maxAttempts = *v;
            }
        } else if (sub.key == u"max_wait") {
            if (const auto v = r.minutes(sub)) {
                if (*v < 0)
                    r.fail(sub, JobYaml::tr("expected a duration such as \"15m\" or \"1h\", found %1").arg(*v));
                else
                    p.maxWaitMinutes = *v;
            }
        } else {
            r.warnUnknownKey(sub, known);
        }
    }
}

// ---- writing ----------------------------------------------------------------------------------

bool hasControlCharacters(const QString &s)
{
    for (QChar c : s) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return true;
    }
    return false;
}

// A literal block ("|") for multi-line text, with the chomping and indentation indicators that make
// it read back exactly. nullopt where a literal block cannot carry the text.
std::optional<QString> literalBlock(const QString &key, const QString &text)
{
    if (!text.contains(u'\n') || hasControlCharacters(text) || text.contains(u'\r'))
        return std::nullopt;
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast();
    QString firstContent;
    for (const QString &line : std::as_const(lines)) {
        // Lines of only blanks would be read as empty lines or confuse the indentation.
        if (!line.isEmpty() && line.trimmed().isEmpty())
            return std::nullopt;
        if (firstContent.isEmpty() && !line.isEmpty())
            firstContent = line;
    }
    if (firstContent.isEmpty())
        return std::nullopt;
    qsizetype trailingNewlines = 0;
    while (trailingNewlines < text.size() && text[text.size() - 1 - trailingNewlines] == u'\n')
        ++trailingNewlines;
    QString header = key + QStringLiteral(": |");
    if (firstContent.front().isSpace())
        header += u'2';
    if (trailingNewlines == 0)
        header += u'-';
    else if (trailingNewlines > 1)
        header += u'+';
    QString out = header;
    for (const QString &line : std::as_const(lines))
        out += u'\n' + (line.isEmpty() ? QString() : QStringLiteral("  ") + line);
    return out;
}

void emitString(YAML::Emitter &out, const QString &value)
{
    if (value.contains(u'\n') || value.contains(u'\r') || hasControlCharacters(value))
        out << YAML::DoubleQuoted << utf8(value);
    else
        out << utf8(value);
}

QString scalarEntry(const QString &key, const QString &value)
{
    if (const auto block = literalBlock(key, value))
        return *block;
    YAML::Emitter out;
    out << YAML::BeginMap << YAML::Key << utf8(key) << YAML::Value;
    emitString(out, value);
    out << YAML::EndMap;
    return QString::fromStdString(out.c_str());
}

QString plainEntry(const QString &key, const QString &value)
{
    return key + QStringLiteral(": ") + value;
}

QString moneyText(Money m)
{
    return m.isNegative() ? QStringLiteral("-$") + (-m).toDecimalString() : QStringLiteral("$") + m.toDecimalString();
}

// Whether "MODEL:COUNT" reads back as this model and count.
bool gpuStringRoundTrips(const QString &model, int count)
{
    if (model.isEmpty() || model != model.trimmed() || model.contains(u'\n'))
        return false;
    const auto back = JobYaml::parseGpu(model + u':' + QString::number(count));
    return back && back->model == model && back->count == count;
}

// One top-level entry per key, in keys() order.
QList<QPair<QString, QString>> emitEntries(const JobSpec &spec)
{
    QList<QPair<QString, QString>> entries;
    auto add = [&entries](const QString &key, const QString &text) { entries.append({ key, text }); };

    add(kName, scalarEntry(kName, spec.name));
    if (!spec.project.isEmpty())
        add(kProject, scalarEntry(kProject, spec.project));
    if (!spec.providerId.isEmpty())
        add(kProvider, scalarEntry(kProvider, spec.providerId));
    if (!spec.instanceType.isEmpty())
        add(kInstanceType, scalarEntry(kInstanceType, spec.instanceType));
    if (!spec.gpuModel.isEmpty() || spec.gpuCount != JobSpec().gpuCount) {
        if (gpuStringRoundTrips(spec.gpuModel, spec.gpuCount)) {
            add(kGpu, scalarEntry(kGpu, spec.gpuModel + u':' + QString::number(spec.gpuCount)));
        } else {
            YAML::Emitter out;
            out << YAML::BeginMap << YAML::Key << utf8(kGpu) << YAML::Value << YAML::Flow << YAML::BeginMap;
            if (!spec.gpuModel.isEmpty()) {
                out << YAML::Key << "model" << YAML::Value;
                emitString(out, spec.gpuModel);
            }
            out << YAML::Key << "count" << YAML::Value << spec.gpuCount << YAML::EndMap << YAML::EndMap;
            add(kGpu, QString::fromStdString(out.c_str()));
        }
    }
    if (spec.nodes != JobSpec().nodes)
        add(kNodes, plainEntry(kNodes, QString::number(spec.nodes)));
    add(kImage, scalarEntry(kImage, spec.image));
    if (!spec.setup.isEmpty())
        add(kSetup, scalarEntry(kSetup, spec.setup));
    add(kCommand, scalarEntry(kCommand, spec.command));
    if (!spec.env.isEmpty()) {
        YAML::Emitter out;
        out.SetIndent(2);
        out << YAML::BeginMap << YAML::Key << utf8(kEnv) << YAML::Value << YAML::BeginMap;
        for (const JobSpec::EnvVar &var : spec.env) {
            out << YAML::Key << utf8(var.name) << YAML::Value;
            emitString(out, var.value);
        }
        out << YAML::EndMap << YAML::EndMap;
        add(kEnv, QString::fromStdString(out.c_str()));
    }
    if (!spec.ports.isEmpty()) {
        QStringList ports;
        for (int p : spec.ports)
            ports.append(QString::number(p));
        add(kPorts, plainEntry(kPorts, u'[' + ports.join(QStringLiteral(", ")) + u']'));
    }
    if (!spec.volumes.isEmpty()) {
        YAML::Emitter out;
        out.SetIndent(2);
        out << YAML::BeginMap << YAML::Key << utf8(kVolumes) << YAML::Value << YAML::BeginSeq;
        for (const QString &v : spec.volumes)
            emitString(out, v);
        out << YAML::EndSeq << YAML::EndMap;
        add(kVolumes, QString::fromStdString(out.c_str()));
    }
    if (spec.diskGb != 0)
        add(kDiskGb, plainEntry(kDiskGb, QString::number(spec.diskGb)));
    if (spec.spot)
        add(kSpot, plainEntry(kSpot, QStringLiteral("true")));
    if (!spec.region.isEmpty())
        add(kRegion, scalarEntry(kRegion, spec.region));
    if (spec.maxRuntimeMinutes != 0)
        add(kMaxRuntime, plainEntry(kMaxRuntime, JobYaml::formatMinutes(spec.maxRuntimeMinutes)));
    if (spec.maxCost)
        add(kMaxCost, plainEntry(kMaxCost, moneyText(*spec.maxCost)));
    if (spec.maxPricePerHour)
        add(kMaxPricePerHour, plainEntry(kMaxPricePerHour, moneyText(*spec.maxPricePerHour)));
    if (spec.idleStopMinutes != 0)
        add(kIdleStop, plainEntry(kIdleStop, JobYaml::formatMinutes(spec.idleStopMinutes)));
    if (!spec.sshKey.isEmpty())
        add(kSshKey, scalarEntry(kSshKey, spec.sshKey));
    if (!spec.templateId.isEmpty())
        add(kTemplate, scalarEntry(kTemplate, spec.templateId));
    if (!spec.placement.isEmpty()) {
        const PlacementConstraints &p = spec.placement;
        YAML::Emitter out;
        out.SetIndent(2);
        out << YAML::BeginMap << YAML::Key << utf8(kPlacement) << YAML::Value << YAML::BeginMap;
        auto list = [&out](const char *key, const QStringList &items) {
            if (items.isEmpty())
                return;
            out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const QString &i : items)
                emitString(out, i);
            out << YAML::EndSeq;
        };
        QStringList gpus = p.gpuModels;
        if (p.minGpuMemoryGb > 0)
            gpus.append(QStringLiteral("%1GB+").arg(p.minGpuMemoryGb));
        list("gpus", gpus);
        list("providers", p.providers);
        list("regions", p.regions);
        if (p.prefer != PlacementConstraints::Preference::Price)
            out << YAML::Key << "prefer" << YAML::Value << utf8(PlacementConstraints::preferenceKey(p.prefer));
        if (p.maxAttempts > 0)
            out << YAML::Key << "max_attempts" << YAML::Value << p.maxAttempts;
        if (p.maxWaitMinutes > 0)
            out << YAML::Key << "max_wait" << YAML::Value << utf8(JobYaml::formatMinutes(p.maxWaitMinutes));
        out << YAML::EndMap << YAML::EndMap;
        add(kPlacement, QString::fromStdString(out.c_str()));
    }
    if (spec.recover)
        add(kRecover, plainEntry(kRecover, QStringLiteral("true")));
    if (spec.maxRestarts > 0)
        add(kMaxRestarts, plainEntry(kMaxRestarts, QString::number(spec.maxRestarts)));
    return entries;
}

// ---- comments of the file being replaced --------------------------------------------------------

// yaml-cpp drops comments, so they are taken from the old text line by line: the block before the
// first key, the comment lines right above each top-level key, a comment at the end of a key's
// line, the comments after the last key, and whole blocks of keys GPU Desk does not know.
struct CommentLayout
{
    QStringList leading;
    QHash<QString, QStringList> above;
    QHash<QString, QString> beside;
    QStringList trailing;
    QList<QPair<QString, QStringList>> foreignBlocks; // unknown keys: comments and lines as written
};

// The comment at the end of a "key: value" line, outside quotes; empty when there is none.
QString lineComment(const QString &afterColon)
{
    QChar quote;
    QChar previous = u' ';
    QChar lastSignificant = u':';
    for (qsizetype i = 0; i < afterColon.size(); ++i) {
        const QChar c = afterColon[i];
        if (!quote.isNull()) {
            if (c == quote && !(quote == u'"' && previous == u'\\'))
                quote = QChar();
        } else if ((c == u'"' || c == u'\'')
            && (lastSignificant == u':' || lastSignificant == u'[' || lastSignificant == u'{'
                || lastSignificant == u',')
            && (previous.isSpace() || previous == lastSignificant)) {
            quote = c;
        } else if (c == u'#' && previous.isSpace()) {
            return afterColon.mid(i);
        }
        if (!c.isSpace())
            lastSignificant = c;
        previous = c;
    }
    return {};
}

CommentLayout commentLayout(const QString &text, const QStringList &knownKeys)
{
    static const QRegularExpression keyLine(QStringLiteral("^([A-Za-z_][A-Za-z0-9_.-]*)\\s*:(\\s|$)"));
    CommentLayout layout;
    QStringList pending; // blank lines and comment lines at column 0 since the last content line
    bool seenKey = false;
    bool inForeign = false;
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QString line : std::as_const(lines)) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#')) {
            pending.append(line);
            continue;
        }
        const QRegularExpressionMatch m = keyLine.match(line);
        if (!m.hasMatch()) {
            if (!seenKey) {
                // "%YAML 1.2" or "---" before the first key: part of the header. Anything else there
                // is not GPU Desk's format and is not carried over.
                if (line.startsWith(u'%') || line.startsWith(QStringLiteral("---")))
                    pending.append(line);
            } else if (inForeign) {
                layout.foreignBlocks.last().second.append(pending);
                layout.foreignBlocks.last().second.append(line);
                pending.clear();
            } else {
                // Comments between the nested lines of a known key are rewritten with it: not kept.
                pending.clear();
            }
            continue;
        }
        QString key = m.captured(1);
        if (key == kRun)
            key = kCommand;
        QStringList above = pending;
        pending.clear();
        if (!seenKey) {
            layout.leading = above;
            above.clear();
            seenKey = true;
        }
        inForeign = !knownKeys.contains(key);
        if (inForeign) {
            above.append(line);
            layout.foreignBlocks.append({ key, above });
            continue;
        }
        if (!layout.above.contains(key))
            layout.above.insert(key, above);
        const QString comment = lineComment(line.mid(m.capturedEnd(1)).section(u':', 1));
        if (!comment.isEmpty() && !layout.beside.contains(key))
            layout.beside.insert(key, comment);
    }
    if (seenKey)
        layout.trailing = pending;
    else
        layout.leading = pending;
    return layout;
}

} // namespace

// ---- JobYaml ----------------------------------------------------------------------------------

QStringList JobYaml::keys()
{
    return { kName, kProject, kProvider, kInstanceType, kGpu, kNodes, kImage, kSetup, kCommand, kEnv, kPorts, kVolumes,
        kDiskGb, kSpot, kRegion, kMaxRuntime, kMaxCost, kMaxPricePerHour, kIdleStop, kSshKey, kTemplate, kPlacement,
        kRecover, kMaxRestarts };
}

Result<JobYamlResult> JobYaml::parse(const QString &text, const QString &fileName)
{
    YamlNodeReader r(fileName);
    const auto root = r.loadMap(text);
    if (!root)
        return r.error();
    JobSpec spec;
    bool sawCommand = false;
    std::optional<YamlNodeReader::Entry> runEntry;
    QList<YamlNodeReader::Entry> dispatchEntries; // placement, recover, max_restarts
    QStringList known = keys();
    known.append(kRun);
    for (const YamlNodeReader::Entry &e : r.entries(*root)) {
        const QString &k = e.key;
        auto setText = [&](QString &target) {
            if (const auto v = r.text(e))
                target = *v;
        };
        if (k == kName) {
            setText(spec.name);
        } else if (k == kProject) {
            setText(spec.project);
        } else if (k == kProvider) {
            setText(spec.providerId);
        } else if (k == kInstanceType) {
            setText(spec.instanceType);
        } else if (k == kGpu) {
            readGpu(r, e, spec);
        } else if (k == kNodes) {
            if (const auto v = r.integer(e))
                spec.nodes = *v;
        } else if (k == kImage) {
            setText(spec.image);
        } else if (k == kSetup) {
            if (const auto v = r.lines(e))
                spec.setup = *v;
        } else if (k == kCommand) {
            sawCommand = true;
            if (const auto v = r.lines(e))
                spec.command = *v;
        } else if (k == kRun) {
            runEntry = e;
        } else if (k == kEnv) {
            readEnv(r, e, spec);
        } else if (k == kPorts) {
            for (const YamlNodeReader::Entry &item : r.items(e)) {
                if (const auto v = r.integer(item))
                    spec.ports.append(*v);
            }
        } else if (k == kVolumes) {
            for (const YamlNodeReader::Entry &item : r.items(e)) {
                if (const auto v = r.text(item))
                    spec.volumes.append(*v);
            }
        } else if (k == kDiskGb) {
            if (const auto v = r.gigabytes(e))
                spec.diskGb = *v;
        } else if (k == kSpot) {
            if (const auto v = r.boolean(e))
                spec.spot = *v;
        } else if (k == kRegion) {
            setText(spec.region);
        } else if (k == kMaxRuntime) {
            if (const auto v = r.minutes(e))
                spec.maxRuntimeMinutes = *v;
        } else if (k == kMaxCost) {
            if (YamlNodeReader::isNull(e))
                spec.maxCost.reset();
            else if (const auto v = r.money(e))
                spec.maxCost = *v;
        } else if (k == kMaxPricePerHour) {
            if (YamlNodeReader::isNull(e))
                spec.maxPricePerHour.reset();
            else if (const auto v = r.money(e))
                spec.maxPricePerHour = *v;
        } else if (k == kIdleStop) {
            if (const auto v = r.minutes(e))
                spec.idleStopMinutes = *v;
        } else if (k == kSshKey) {
            setText(spec.sshKey);
        } else if (k == kTemplate) {
            setText(spec.templateId);
            if (!spec.templateId.isEmpty() && !JobTemplates::find(spec.templateId)) {
                QStringList ids;
                for (const JobTemplate &t : JobTemplates::all())
                    ids.append(t.id);
                r.warn(e,
                    tr("\"%1\" is not a GPU Desk template (%2); kept as written")
                        .arg(spec.templateId, ids.join(QStringLiteral(", "))));
            }
        } else if (k == kPlacement) {
            dispatchEntries.append(e);
            readPlacement(r, e, spec);
        } else if (k == kRecover) {
            dispatchEntries.append(e);
            if (const auto v = r.boolean(e))
                spec.recover = *v;
        } else if (k == kMaxRestarts) {
            dispatchEntries.append(e);
            if (const auto v = r.integer(e)) {
                if (*v < 0 || *v > 100)
                    r.fail(e, tr("expected a number of restarts from 0 to 100, found %1").arg(*v));
                else
                    spec.maxRestarts = *v;
            }
        } else {
            r.warnUnknownKey(e, known);
        }
    }
    if (!spec.isAutoPlaced()) {
        // Placement and recovery need the dispatcher, which places only `provider: auto` jobs.
        for (const YamlNodeReader::Entry &e : std::as_const(dispatchEntries)) {
            if ((e.key == kPlacement && !spec.placement.isEmpty()) || (e.key != kPlacement && spec.allowedRestarts() > 0))
                r.warn(e, tr("used only with \"provider: auto\"; ignored for provider \"%1\"").arg(spec.providerId));
        }
    }
    if (runEntry) {
        if (sawCommand) {
            r.warn(*runEntry, tr("ignored: the file also has \"command\", which is used"));
        } else if (const auto v = r.lines(*runEntry)) {
            spec.command = *v;
        }
    }
    if (r.hasErrors())
        return r.error();
    return JobYamlResult { spec, r.warnings() };
}

Result<JobYamlResult> JobYaml::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parse(QString::fromUtf8(file.readAll()), path);
}

QString JobYaml::write(const JobSpec &spec, const QString &existingText)
{
    const QList<QPair<QString, QString>> entries = emitEntries(spec);
    auto compose = [&entries](const CommentLayout &layout) -> QString {
        QStringList out = layout.leading;
        for (const auto &[key, text] : entries) {
            out.append(layout.above.value(key));
            QStringList lines = text.split(u'\n');
            if (const QString comment = layout.beside.value(key); !comment.isEmpty())
                lines.first() += QStringLiteral("  ") + comment;
            out.append(lines);
        }
        for (const auto &[key, block] : layout.foreignBlocks)
            out.append(block);
        out.append(layout.trailing);
        return out.join(u'\n') + u'\n';
    };
    if (existingText.trimmed().isEmpty())
        return compose({});

    // What is kept of the old file must not change what the new one says: when the old file was
    // not well-formed enough for that, keep less (only its comment header), or nothing.
    auto readsBack = [&spec](const QString &text) {
        const auto back = parse(text, QString());
        return back.ok() && back->spec == spec;
    };
    const CommentLayout layout = commentLayout(existingText, keys());
    if (const QString text = compose(layout); readsBack(text))
        return text;
    CommentLayout header;
    for (const QString &line : layout.leading) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            header.leading.append(line);
    }
    if (const QString text = compose(header); readsBack(text))
        return text;
    return compose({});
}

Result<void> JobYaml::writeFile(const JobSpec &spec, const QString &path)
{
    QString existing;
    if (QFile old(path); old.exists()) {
        if (!old.open(QIODevice::ReadOnly))
            return makeError(
                Error::Kind::Io, tr("Cannot read %1 to keep its comments: %2").arg(path, old.errorString()));
        existing = QString::fromUtf8(old.readAll());
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(write(spec, existing).toUtf8());
    if (!file.commit())
        return makeError(Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<JobYamlResult> JobYaml::importSkyPilot(const QString &text, const QString &fileName)
{
    return SkyPilotImporter::import(text, fileName);
}

Result<JobYamlResult> JobYaml::importDstack(const QString &text, const QString &fileName)
{
    return DstackImporter::import(text, fileName);
}

Result<JobYamlResult> JobYaml::importFile(ImportFormat format, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    switch (format) {
    case ImportFormat::SkyPilot:
        return importSkyPilot(text, path);
    case ImportFormat::Dstack:
        return importDstack(text, path);
    }
    return makeError(Error::Kind::Internal, tr("Unknown import format"));
}

std::optional<JobYaml::ImportFormat> JobYaml::importFormatFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == u"skypilot" || k == u"sky")
        return ImportFormat::SkyPilot;
    if (k == u"dstack")
        return ImportFormat::Dstack;
    return std::nullopt;
}

std::optional<int> JobYaml::parseMinutes(const QString &input)
{
    QString s = input.trimmed().toLower();
    s.remove(u' ');
    if (s.isEmpty())
        return std::nullopt;
    if (s == u"off" || s == u"none" || s == u"never" || s == u"false")
        return 0;
    bool isNumber = false;
    const int bare = s.toInt(&isNumber);
    if (isNumber)
        return bare;
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(w|d|h|min|m|s)"));
    qint64 seconds = 0;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = part.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != at)
            return std::nullopt;
        at = m.capturedEnd();
        const QString number = m.captured(1);
        const QString unit = m.captured(2);
        qint64 unitSeconds = 60;
        if (unit == u"w")
            unitSeconds = 7 * 24 * 3600;
        else if (unit == u"d")
            unitSeconds = 24 * 3600;
        else if (unit == u"h")
            unitSeconds = 3600;
        else if (unit == u"s")
            unitSeconds = 1;
        if (number.contains(u'.')) {
            // "1.5h": exact when the fraction makes whole seconds (at most 6 decimals).
            const QString whole = number.section(u'.', 0, 0);
            QString fraction = number.section(u'.', 1);
            if (fraction.size() > 6)
                return std::nullopt;
            qint64 scale = 1;
            for (qsizetype i = 0; i < fraction.size(); ++i)
                scale *= 10;
            const qint64 micro = whole.toLongLong() * scale + fraction.toLongLong();
            if ((micro * unitSeconds) % scale != 0)
                return std::nullopt;
            seconds += micro * unitSeconds / scale;
        } else {
            if (number.size() > 9)
                return std::nullopt;
            seconds += number.toLongLong() * unitSeconds;
        }
    }
    if (at != s.size() || at == 0 || seconds % 60 != 0)
        return std::nullopt;
    const qint64 minutes = seconds / 60;
    if (minutes > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(minutes);
}

QString JobYaml::formatMinutes(int minutes)
{
    if (minutes <= 0)
        return QString::number(minutes);
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0)
        return QString::number(rest) + u'm';
    if (rest == 0)
        return QString::number(hours) + u'h';
    return QString::number(hours) + u'h' + QString::number(rest) + u'm';
}

std::optional<JobYaml::GpuRequest> JobYaml::parseGpu(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const qsizetype colon = t.lastIndexOf(u':');
    if (colon < 0)
        return GpuRequest { t, 1 };
    bool ok = false;
    const int count = t.mid(colon + 1).trimmed().toInt(&ok);
    if (!ok)
        return std::nullopt;
    return GpuRequest { t.left(colon).trimmed(), count };
}

} // namespace gpudesk
