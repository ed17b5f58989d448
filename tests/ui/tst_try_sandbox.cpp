// "Try the Sandbox" (the first-run assistant's last page): the app, with no key at all, launches a
// dev pod on the Sandbox and opens its terminal as soon as it runs; a shell answers in it.

#include "Application.h"
#include "MainWindow.h"
#include "SandboxTestSupport.h"
#include "secrets/MemorySecretStore.h"
#include "services/Services.h"
#include "storage/JobRepository.h"
#include "jobs/JobRecord.h"
#include "terminal/TerminalScreen.h"
#include "terminal/TerminalTab.h"
#include "terminal/TerminalView.h"
#include "terminal/TerminalsPage.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

class TestTrySandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void devPodTerminalOpensByItself();

private:
    static QString screenText(TerminalScreen *screen)
    {
        QString all;
        for (int line = 0; line < screen->rows(); ++line)
            all += screen->lineText(line) + u'\n';
        return all;
    }
};

void TestTrySandbox::devPodTerminalOpensByItself()
{
    qputenv("GPUDESK_SANDBOXD", GPUDESK_SANDBOXD_PATH);
    for (const char *v : {"LAMBDA_API_KEY", "RUNPOD_API_KEY", "VAST_API_KEY", "CRUSOE_ACCESS_KEY", "LEPTON_API_TOKEN"})
        qunsetenv(v);
    QTemporaryDir dir;
    Application app;
    app.services().setSecretStore(std::make_unique<MemorySecretStore>());
    QVERIFY(app.start({dir.path(), QStringLiteral("en")}).ok());
    app.window()->resize(1200, 800);
    app.window()->show();

    QElapsedTimer clock;
    clock.start();
    auto launched = app.trySandbox();
    QVERIFY2(launched.ok(), launched.ok() ? "" : qPrintable(launched.error().message));
    const QString id = *launched;
    auto job = app.services().jobs()->get(id);
    QVERIFY(job);
    QCOMPARE(job->providerId, QStringLiteral("sandbox"));
    QCOMPARE(job->spec.templateId, QStringLiteral("devpod"));

    TerminalsPage *terminals = app.window()->terminalsPage();
    QTRY_VERIFY_WITH_TIMEOUT(terminals->tabForJob(id) != nullptr, 60000);
    TerminalTab *tab = terminals->tabForJob(id);
    // First contact with the pod's host key: the Sandbox vouches for it, so no question is asked.
    QTRY_VERIFY_WITH_TIMEOUT(tab->statusLabel()->text().contains(QStringLiteral("Connected")), 30000);
    QTest::keyClicks(tab->view(), QStringLiteral("echo sandbox-$((6*7))"));
    QTest::keyClick(tab->view(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("sandbox-42")), 20000);
    qInfo("from 'try the Sandbox' to a shell answering in its terminal: %lld ms", clock.elapsed());
    QVERIFY(app.window()->grab().save(QStringLiteral(GPUDESK_TEST_OUT "/try-sandbox.png")));

    QVERIFY(test::shutdownSandbox(app.services()));
}

QTEST_MAIN(TestTrySandbox)
#include "tst_try_sandbox.moc"
