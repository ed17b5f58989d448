#include "ImportSupport.h"

#include "JobSpecValidator.h"
#include "JobTemplates.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace gpudesk {

namespace {

QRegularExpression variablePattern(const QString &name)
{
    return QRegularExpression(
        QStringLiteral("\\$(\\{)?") + QRegularExpression::escape(name) + QStringLiteral("(?(1)\\}|(?![A-Za-z0-9_]))"));
}

} // namespace

QString ImportSupport::jobNameFromFile(const QString &fileName)
{
    QString base = QFileInfo(fileName).fileName();
    for (const QString &suffix :
        { QStringLiteral(".yaml"), QStringLiteral(".yml"), QStringLiteral(".dstack"), QStringLiteral(".sky") }) {
        if (base.endsWith(suffix, Qt::CaseInsensitive))
            base.chop(suffix.size());
    }
    QString name;
    for (QChar c : base) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_' || c == u'.';
        if (ok)
            name += c;
        else if (!name.endsWith(u'-'))
            name += u'-';
    }
    while (name.startsWith(u'-') || name.startsWith(u'.'))
        name.remove(0, 1);
    while (name.endsWith(u'-'))
        name.chop(1);
    name = name.left(JobSpecValidator::kMaxNameLength);
    return name.isEmpty() ? QStringLiteral("imported-job") : name;
}

QStringList ImportSupport::renameVariables(QString &text, const QList<QPair<QString, QString>> &renames)
{
    QStringList found;
    for (const auto &[from, to] : renames) {
        const QRegularExpression pattern = variablePattern(from);
        if (!text.contains(pattern))
            continue;
        found.append(from);
        QString out;
        qsizetype at = 0;
        QRegularExpressionMatchIterator it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(at, m.capturedStart() - at);
            out += m.hasCaptured(1) ? QString(QStringLiteral("${") + to + u'}') : QString(u'$' + to);
            at = m.capturedEnd();
        }
        out += text.mid(at);
        text = out;
    }
    return found;
}

QStringList ImportSupport::referencedVariables(const QString &text, const QStringList &candidates)
{
    QStringList found;
    for (const QString &name : candidates) {
        if (text.contains(variablePattern(name)))
            found.append(name);
    }
    return found;
}

QPair<QStringList, QStringList> ImportSupport::renameNodeVariables(JobSpec &spec,
                                                                  const QList<QPair<QString, QString>> &renames)
{
    QStringList renamed = renameVariables(spec.setup, renames);
    for (const QString &name : renameVariables(spec.command, renames)) {
        if (!renamed.contains(name))
            renamed.append(name);
    }
    QStringList targets;
    for (const auto &[from, to] : renames) {
        if (renamed.contains(from))
            targets.append(to);
    }
    if (!targets.isEmpty())
        addRendezvousDefaults(spec, targets);
    return {renamed, targets};
}

void ImportSupport::addRendezvousDefaults(JobSpec &spec, const QStringList &names)
{
    auto has = [&spec](const QString &name) {
        for (const JobSpec::EnvVar &v : std::as_const(spec.env)) {
            if (v.name == name)
                return true;
        }
        return false;
    };
    const int gpus = std::max(spec.gpuCount, 1);
    const QList<QPair<QString, QString>> defaults = {
        { QStringLiteral("MASTER_ADDR"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("MASTER_PORT"), QString::number(JobTemplates::kMasterPort) },
        { QStringLiteral("NNODES"), QString::number(std::max(spec.nodes, 1)) },
        { QStringLiteral("NODE_RANK"), QStringLiteral("0") },
        { QStringLiteral("NGPUS"), QString::number(gpus) },
        { QStringLiteral("HOSTFILE"), QStringLiteral("/etc/mpi/hostfile") },
    };
    for (const auto &[name, value] : defaults) {
        if (names.contains(name) && !has(name))
            spec.env.append({ name, value });
    }
}

} // namespace gpudesk
