#include "Cli.h"
#include "core/AppContext.h"
#include "core/Clock.h"
#include "core/Redaction.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace gpudesk;

int main(int argc, char *argv[])
{
    // A PDF report draws text, which needs Qt's GUI library (offscreen: no display is used).
    bool report = false;
    bool pdf = false;
    for (int i = 1; i < argc; ++i) {
        report = report || qstrcmp(argv[i], "report") == 0;
        pdf = pdf || qstrcmp(argv[i], "pdf") == 0 || qstrcmp(argv[i], "--format=pdf") == 0;
    }
    const bool pdfReport = report && pdf;
    if (pdfReport && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = pdfReport ? std::make_unique<QGuiApplication>(argc, argv)
                                                              : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("GPUDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("gpudesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GPUDESK_VERSION));
    Redaction::installMessageHandler();

    QTextStream out(stdout);
    QTextStream err(stderr);

    // Global options may stand anywhere before the command's own options.
    QStringList args = app.arguments().mid(1);
    QString dataDirOption;
    QString language;
    for (qsizetype i = 0; i < args.size();) {
        const QString a = args.at(i);
        auto take = [&](const QString &name, QString &target) -> int {
            if (a == name) {
                if (i + 1 >= args.size())
                    return -1;
                target = args.at(i + 1);
                args.remove(i, 2);
                return 1;
            }
            if (a.startsWith(name + u'=')) {
                target = a.mid(name.size() + 1);
                args.remove(i);
                return 1;
            }
            return 0;
        };
        int r = take(QStringLiteral("--data-dir"), dataDirOption);
        if (r == 0)
            r = take(QStringLiteral("--lang"), language);
        if (r < 0) {
            err << "gpudesk-cli: " << QCoreApplication::translate("Cli", "option %1 needs a value").arg(a) << " "
                << QCoreApplication::translate("Cli", "(see gpudesk-cli --help)") << "\n";
            return Cli::UsageError;
        }
        if (r == 0)
            ++i;
    }
    AppContext::installTranslations(app, language);

    Cli cli(out, err, Clock::system());
    static const QStringList dataCommands = {
        QStringLiteral("offers"), QStringLiteral("providers"), QStringLiteral("launch"), QStringLiteral("jobs"),
        QStringLiteral("status"), QStringLiteral("stop"), QStringLiteral("start"), QStringLiteral("terminate"),
        QStringLiteral("logs"), QStringLiteral("orphans"), QStringLiteral("ssh-config"),
        QStringLiteral("report"), QStringLiteral("budget"), QStringLiteral("idle"), QStringLiteral("usage"),
        QStringLiteral("exec"), QStringLiteral("sandbox"), QStringLiteral("cp"), QStringLiteral("keys")};
    const bool needsData = !args.isEmpty() && dataCommands.contains(args.first());
    QString dataDir;
    if (needsData) {
        auto dir = AppContext::resolveDataDir(dataDirOption);
        if (!dir) {
            err << "gpudesk-cli: " << dir.error().message << "\n";
            return Cli::RuntimeError;
        }
        dataDir = *dir;
    }
    const int code = cli.run(args, dataDir);
    out.flush();
    err.flush();
    return code;
}
