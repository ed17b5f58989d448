#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace gpudesk {

// Command-line options of one gpudesk-cli command: `--name value`, `--name=value`, flags,
// positional arguments where the command takes them, and everything after `--`.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    struct Spec
    {
        QHash<QString, bool> options; // name -> takes a value
        int maxPositionals = 0;
        bool allowRest = false;       // accepts `-- words…`
    };

    QHash<QString, QStringList> values; // every value given, in order (repeatable options)
    QSet<QString> flags;
    QStringList positionals;
    QStringList rest;
    QString error;                      // a one-line reason when the arguments are wrong

    QString value(const QString &name) const { return values.value(name).value(values.value(name).size() - 1); }
    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }

    static CliOptions parse(const QString &command, const QStringList &args, const Spec &spec);
};

} // namespace gpudesk
