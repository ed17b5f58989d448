#include "Application.h"
#include "MainWindow.h"
#include "catalog/MarketplacePage.h"
#include "jobs/JobDialog.h"
#include "jobs/JobTemplates.h"
#include "providers/ProviderRegistry.h"
#include "core/AppContext.h"
#include "core/AppSettings.h"
#include "firstrun/FirstRunWizard.h"
#include "providers/Provider.h"
#include "ssh/SshOptions.h"
#include "widgets/Theme.h"
#include "core/QuitSignals.h"
#include "core/Redaction.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QScreen>
#include <QStyleFactory>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace gpudesk;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "gpudesk: %s\n", message.toLocal8Bit().constData());
}

} // namespace

int main(int argc, char *argv[])
{
    // A screenshot needs no display: render offscreen unless the caller chose a platform.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("GPUDesk"));
    QApplication::setApplicationName(QStringLiteral("gpudesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("GPU Desk"));
    QApplication::setApplicationVersion(QStringLiteral(GPUDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("gpudesk"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    Redaction::installMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GPU Desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QApplication::translate("main", "Keep the database in DIR."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("main", "Interface language: en or zh_CN."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QApplication::translate("main", "Render the window to FILE (PNG) and exit."),
                                              QStringLiteral("FILE"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QApplication::translate("main", "Open VIEW: marketplace, jobs, terminals, costs, settings."),
                                        QStringLiteral("VIEW"));
    const QCommandLineOption searchOption(QStringLiteral("search"),
                                          QApplication::translate("main", "Open the Marketplace searching for TEXT."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption taskOption(QStringLiteral("task"),
                                        QApplication::translate("main", "Rank offers for TASK: training, inference or latency."),
                                        QStringLiteral("TASK"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         QApplication::translate("main", "Colour theme: system, light or dark (default: as set in Settings)."),
                                         QStringLiteral("THEME"));
    const QCommandLineOption connectOption(QStringLiteral("connect"),
                                           QApplication::translate("main", "Open a terminal to URL (ssh://user@host:port) at start."),
                                           QStringLiteral("URL"));
    const QCommandLineOption identityOption({QStringLiteral("i"), QStringLiteral("identity")},
                                            QApplication::translate("main", "The private key for --connect (default: ssh-agent, then ~/.ssh keys)."),
                                            QStringLiteral("KEY"));
    parser.addOptions({dataDirOption, langOption, screenshotOption, viewOption, searchOption, taskOption, themeOption,
                       connectOption, identityOption});
    if (!parser.parse(QApplication::arguments())) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("gpudesk %s\n", GPUDESK_VERSION);
        return 0;
    }
    if (parser.isSet(themeOption)
        && !QStringList({QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}).contains(parser.value(themeOption))) {
        printError(QApplication::translate("main", "unknown theme \"%1\"; use system, light or dark").arg(parser.value(themeOption)));
        return 2;
    }
    if (parser.isSet(connectOption)) {
        if (auto target = SshOptions::endpointFromUrl(parser.value(connectOption)); !target) {
            printError(target.error().message);
            return 2;
        }
    }
    // The data folder's preferences (language, whether the first-run assistant ran) come before any window.
    std::optional<AppSettings> settings;
    QString language = parser.value(langOption);
    if (auto dir = AppContext::resolveDataDir(parser.value(dataDirOption))) {
        settings.emplace(*dir);
        if (language.isEmpty())
            language = settings->language();
    }
    const QString languageInUse = AppContext::installTranslations(app, language);
    Theme::apply(parser.isSet(themeOption) ? parser.value(themeOption)
                                           : settings ? settings->theme() : QStringLiteral("system"));

    const QString screenshot = parser.value(screenshotOption);
    const QString view = parser.isSet(viewOption) ? parser.value(viewOption) : QStringLiteral("marketplace");
    // "job-form" shows the job form over the Jobs view (for screenshots and the README).
    const bool jobForm = view == QStringLiteral("job-form");
    if (!MainWindow::viewNames().contains(view) && !jobForm) {
        printError(QApplication::translate("main", "unknown view \"%1\"; use one of: %2")
                       .arg(view, (MainWindow::viewNames() << QStringLiteral("job-form")).join(QStringLiteral(", "))));
        return 2;
    }

    std::optional<Task> task;
    if (parser.isSet(taskOption)) {
        task = taskFromKey(parser.value(taskOption));
        if (!task) {
            printError(QApplication::translate("main", "unknown task \"%1\"; use training, inference or latency")
                           .arg(parser.value(taskOption)));
            return 2;
        }
    }

    Application gpudesk;
    if (auto started = gpudesk.openServices({parser.value(dataDirOption), language}); !started) {
        printError(started.error().message);
        if (screenshot.isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("main", "GPU Desk cannot start"),
                                  started.error().message);
        return 1;
    }
    // `kill`, a session logout or Ctrl-C in the launching terminal quit like File → Quit.
    QuitSignals quitSignals;

    // The first start of a data folder: language, keys, SSH key, "try the Sandbox" (skippable).
    bool trySandbox = false;
    if (screenshot.isEmpty() && settings && !settings->firstRunCompleted() && !parser.isSet(connectOption)
        && qEnvironmentVariableIsEmpty("GPUDESK_NO_FIRST_RUN")) {
        Services &services = gpudesk.services();
        FirstRunWizard wizard({services.providers(), services.keys(), services.providerSettings(), &*settings,
                               services.budgets(), gpudesk.dataDir(), languageInUse, false});
        wizard.exec();
        if (quitSignals.received())
            return 0;
        trySandbox = wizard.trySandbox();
    }

    gpudesk.createWindow();
    MainWindow *window = gpudesk.window();
    // Without --view, the window opens where it was left (MainWindow restores it).
    if (parser.isSet(viewOption) || !screenshot.isEmpty())
        window->showView(jobForm ? QStringLiteral("jobs") : view);
    if (parser.isSet(searchOption))
        window->marketplace()->setSearchText(parser.value(searchOption));
    if (task)
        window->marketplace()->setTask(task);

    if (!screenshot.isEmpty()) {
        if (!gpudesk.databaseProblem().isEmpty())
            printError(gpudesk.databaseProblem());
        window->show();
        std::unique_ptr<JobDialog> form;
        if (jobForm) {
            form = std::make_unique<JobDialog>(gpudesk.catalog(), gpudesk.services().providers()
                                                                      ? gpudesk.services().providers()->ids()
                                                                      : QStringList(),
                                               window);
            form->applyTemplate(JobTemplates::JupyterId);
            const int offer = gpudesk.catalog().findOffer(QStringLiteral("sandbox"), QString(), QStringLiteral("H100 SXM"), 1);
            form->setOffer(offer);
            form->show();
        }
        int code = 1;
        QTimer::singleShot(400, &app, [&] {
            const QPixmap pixmap = form ? form->grab() : window->grab();
            if (pixmap.save(screenshot, "PNG")) {
                code = 0;
            } else {
                printError(QApplication::translate("main", "could not write the screenshot to %1").arg(screenshot));
            }
            app.quit();
        });
        app.exec();
        return code;
    }

    if (!gpudesk.databaseProblem().isEmpty())
        QMessageBox::warning(window, QApplication::translate("main", "Database unavailable"), gpudesk.databaseProblem());
    window->show();
    if (parser.isSet(connectOption)) {
        if (auto connected = window->connectTo(parser.value(connectOption), parser.value(identityOption)); !connected) {
            printError(connected.error().message);
            QMessageBox::warning(window, QApplication::translate("main", "Connect"), connected.error().message);
        }
    }
    if (trySandbox) {
        if (auto launched = gpudesk.trySandbox(); !launched)
            QMessageBox::warning(window, QApplication::translate("main", "Sandbox"), launched.error().message);
    }
    return app.exec();
}
