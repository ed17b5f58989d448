// gpudesk-sandboxd: the Sandbox's local pods for one data directory, controlled over a local socket.
// Started detached by the app or CLI on demand; exits by itself when idle. Invoked as `nvidia-smi`
// (the symlink in every pod's bin/) it is the pod's simulated nvidia-smi instead.

#include "core/AppContext.h"
#include "core/Redaction.h"
#include "providers/sandbox/PodSshHost.h"
#include "providers/sandbox/SandboxDaemon.h"
#include "providers/sandbox/SimulatedNvidiaSmi.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace gpudesk;

namespace {

int runNvidiaSmi(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return SimulatedNvidiaSmi::run(arguments, out, err);
}

} // namespace

int main(int argc, char *argv[])
{
    const char *slash = argc > 0 ? std::strrchr(argv[0], '/') : nullptr;
    const char *invokedAs = slash ? slash + 1 : (argc > 0 ? argv[0] : "");
    if (std::strcmp(invokedAs, "nvidia-smi") == 0)
        return runNvidiaSmi(argc, argv);

    // Pods and their SSH sessions must not die with the terminal or the app that started us.
    ::setsid();
    ::umask(077);
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGHUP, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("GPUDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("gpudesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GPUDESK_VERSION));
    Redaction::installMessageHandler();

    QTextStream err(stderr);
    QString dataDirOption, language;
    SandboxDaemon::Options options;
    bool okNumber = true;
    const int idleFromEnvironment = qEnvironmentVariableIntValue("GPUDESK_SANDBOXD_IDLE_EXIT_SECONDS", &okNumber);
    if (okNumber && idleFromEnvironment > 0)
        options.idleExitSeconds = idleFromEnvironment;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        auto value = [&](const char *name, QString &target) {
            const QString option = QString::fromLatin1(name);
            if (a == option && i + 1 < args.size()) {
                target = args.at(++i);
                return true;
            }
            if (a.startsWith(option + u'=')) {
                target = a.mid(option.size() + 1);
                return true;
            }
            return false;
        };
        QString number;
        if (value("--data-dir", dataDirOption) || value("--lang", language))
            continue;
        if (value("--idle-exit", number) || value("--stop-grace", number)) {
            bool ok = false;
            const int seconds = number.toInt(&ok);
            if (!ok || seconds < 1) {
                err << "gpudesk-sandboxd: " << QCoreApplication::translate("SandboxDaemon", "%1 needs a number of seconds").arg(a)
                    << '\n';
                return 2;
            }
            (a.startsWith(QLatin1String("--idle-exit")) ? options.idleExitSeconds : options.stopGraceSeconds) = seconds;
            continue;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            QTextStream(stdout) << "gpudesk-sandboxd [--data-dir DIR] [--lang en|zh_CN] [--idle-exit SECONDS] "
                                   "[--stop-grace SECONDS]\n";
            return 0;
        }
        err << "gpudesk-sandboxd: " << QCoreApplication::translate("SandboxDaemon", "unknown option %1").arg(a) << '\n';
        return 2;
    }
    AppContext::installTranslations(app, language);

    auto dataDir = AppContext::resolveDataDir(dataDirOption);
    if (!dataDir) {
        err << "gpudesk-sandboxd: " << dataDir.error().message << '\n';
        return 1;
    }
    options.dataDir = *dataDir;
    options.nvidiaSmiTarget = QFileInfo(QCoreApplication::applicationFilePath()).absoluteFilePath();
    options.sshFactory = PodSshHost::defaultFactory();

    SandboxDaemon daemon(options);
    auto started = daemon.start();
    if (!started) {
        err << "gpudesk-sandboxd: " << started.error().message << '\n';
        if (!started.error().detail.isEmpty())
            err << "  " << started.error().detail << '\n';
        return daemon.anotherIsRunning() ? 3 : 1;
    }
    QObject::connect(&daemon, &SandboxDaemon::finished, &app, [](int code) { QCoreApplication::exit(code); });
    return app.exec();
}
