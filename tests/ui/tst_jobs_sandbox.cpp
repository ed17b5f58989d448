// The desktop path on the real Sandbox: the job form makes a dev pod, the Jobs view shows it
// running, "Copy SSH command" gives a command the real ssh client runs in the pod, and
// "Terminate…" removes it with nothing left running.

#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "jobs/JobDialog.h"
#include "jobs/JobManager.h"
#include "jobs/JobTemplates.h"
#include "jobs/JobsPage.h"
#include "providers/ProviderRegistry.h"
#include "providers/sandbox/SandboxProvider.h"
#include "services/Services.h"
#include "SandboxTestSupport.h"
#include "storage/JobRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

class TestJobsSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formToRunningPodToSshToTerminate();

private:
    static bool processWithMarkerExists(const QString &marker);
};

bool TestJobsSandbox::processWithMarkerExists(const QString &marker)
{
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(marker.toUtf8()))
            return true;
    }
    return false;
}

void TestJobsSandbox::formToRunningPodToSshToTerminate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("GPUDESK_SANDBOXD", GPUDESK_SANDBOXD_PATH);
    Services services;
    QVERIFY(services.open(dir.path()).ok());
    QVERIFY(services.hasDatabase());
    MainWindow window(services.catalog(), services.providerSettings(), dir.path());
    window.setJobs(*services.jobs(), *services.jobManager(), services.clock(), services.providers()->ids());
    window.show();

    // The form, as "Launch on this offer…" opens it for the Sandbox's 1 x H100 SXM, with the dev pod template.
    const int offer = services.catalog().findOffer(QStringLiteral("sandbox"), QString(), QStringLiteral("H100 SXM"), 1);
    QVERIFY(offer >= 0);
    auto form = window.createJobForm(offer);
    form->applyTemplate(JobTemplates::DevPodId);
    const QString marker = QStringLiteral("gpudesk-ui-e2e-%1").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    form->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("gui-devpod"));
    form->findChild<QLineEdit *>(QStringLiteral("image"))->setText(QStringLiteral("ubuntu:24.04"));
    form->findChild<QPlainTextEdit *>(QStringLiteral("command"))->setPlainText(QStringLiteral("exec sleep 600 # ") + marker);
    QVERIFY2(form->findChild<QPushButton *>(QStringLiteral("launch"))->isEnabled(),
             qPrintable(form->errors().value(0).field + u' ' + form->errors().value(0).message));
    const QString id = window.launchFromForm(*form);
    QVERIFY(!id.isEmpty());

    JobsPage *page = window.jobsPage();
    QVERIFY(page);
    QCOMPARE(page->selectedJobId(), id);
    QVERIFY2(test::waitRunning(services, id), qPrintable(services.jobs()->get(id)->message));
    QVERIFY(processWithMarkerExists(marker));
    // The status bar keeps what runs in sight, and says the Sandbox charges nothing.
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("burnRate"))->text().contains(QStringLiteral("not charged")));

    // "Copy SSH command", then run it for real.
    QApplication::clipboard()->clear();
    QTRY_VERIFY(window.findChild<QPushButton *>(QStringLiteral("copySsh"))->isEnabled());
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("copySsh")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::clipboard()->text().startsWith(QStringLiteral("ssh ")), 20000);
    const QString command = QApplication::clipboard()->text();
    const auto match = QRegularExpression(QStringLiteral("^ssh -i '([^']+)' -p (\\d+) (\\w+)@([0-9.]+)$")).match(command);
    QVERIFY2(match.hasMatch(), qPrintable(command));
    QProcess ssh;
    ssh.start(QStringLiteral("ssh"), {QStringLiteral("-i"), match.captured(1), QStringLiteral("-p"), match.captured(2),
                                      QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                                      QStringLiteral("StrictHostKeyChecking=accept-new"), QStringLiteral("-o"),
                                      QStringLiteral("UserKnownHostsFile=") + dir.filePath(QStringLiteral("known_hosts")),
                                      match.captured(3) + u'@' + match.captured(4), QStringLiteral("nvidia-smi -L")});
    QVERIFY(ssh.waitForFinished(60000));
    const QString listed = QString::fromUtf8(ssh.readAllStandardOutput());
    QVERIFY2(ssh.exitCode() == 0, qPrintable(QString::fromUtf8(ssh.readAllStandardError())));
    QVERIFY2(listed.startsWith(QStringLiteral("GPU 0: NVIDIA H100")) && listed.contains(QStringLiteral("(simulated)")),
             qPrintable(listed));

    // "Terminate…", confirmed.
    page->setConfirmForTests([](const QString &) { return true; });
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("terminateJob")), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return services.jobs()->get(id)->state == JobState::Terminated; }, 60000));
    QVERIFY2(QTest::qWaitFor([&] { return !processWithMarkerExists(marker); }, 20000), "the pod outlived its job");
    QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("burnRate"))->text(), QStringLiteral("No job running"));

    // This test's daemon goes with it.
    QVERIFY(test::shutdownSandbox(services));
}

QTEST_MAIN(TestJobsSandbox)
#include "tst_jobs_sandbox.moc"
