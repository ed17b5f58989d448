#include "CliOptions.h"

namespace gpudesk {

CliOptions CliOptions::parse(const QString &command, const QStringList &args, const Spec &spec)
{
    CliOptions parsed;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString arg = args.at(i);
        if (arg == QStringLiteral("--")) {
            if (!spec.allowRest) {
                parsed.error = tr("\"%1\" takes no command after --").arg(command);
                return parsed;
            }
            parsed.rest = args.mid(i + 1);
            return parsed;
        }
        if (!arg.startsWith(u'-') || arg == QStringLiteral("-")) {
            if (parsed.positionals.size() >= spec.maxPositionals) {
                parsed.error = tr("unexpected argument \"%1\" for \"%2\"").arg(arg, command);
                return parsed;
            }
            parsed.positionals << arg;
            continue;
        }
        QString value;
        bool hasInlineValue = false;
        if (arg.startsWith(QStringLiteral("--")) && arg.contains(u'=')) {
            value = arg.section(u'=', 1);
            arg = arg.section(u'=', 0, 0);
            hasInlineValue = true;
        }
        // Short forms: -o FILE.
        if (arg == QStringLiteral("-o"))
            arg = QStringLiteral("--output");
        if (!arg.startsWith(QStringLiteral("--")) || !spec.options.contains(arg.mid(2))) {
            parsed.error = tr("unknown option %1 for \"%2\"").arg(arg, command);
            return parsed;
        }
        const QString name = arg.mid(2);
        if (spec.options.value(name)) {
            if (!hasInlineValue) {
                if (i + 1 >= args.size()) {
                    parsed.error = tr("option %1 needs a value").arg(arg);
                    return parsed;
                }
                value = args.at(++i);
            }
            parsed.values[name].append(value);
        } else {
            if (hasInlineValue) {
                parsed.error = tr("option %1 takes no value").arg(arg);
                return parsed;
            }
            parsed.flags.insert(name);
        }
    }
    return parsed;
}

} // namespace gpudesk
