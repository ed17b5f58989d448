// The embedded terminal on the real Sandbox: a running dev pod, "Open terminal" in Jobs, a shell
// in the pod through SshSession (libssh client) → TerminalScreen → TerminalView; a port forward
// and one-click Jupyter (a stand-in `jupyter` on the pod's PATH answering like the real one).

#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "jobs/JobManager.h"
#include "jobs/JobSpec.h"
#include "jobs/JobsPage.h"
#include "providers/ProviderRegistry.h"
#include "providers/sandbox/SandboxProvider.h"
#include "services/Services.h"
#include "SandboxTestSupport.h"
#include "storage/JobRepository.h"
#include "terminal/TerminalScreen.h"
#include "terminal/TerminalTab.h"
#include "terminal/TerminalView.h"
#include "terminal/TerminalsPage.h"

#include <QApplication>
#include <QDir>
#include <QInputMethodEvent>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

class TestTerminalsSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shellForwardAndJupyterInARunningPod();

private:
    void fullScreenPrograms(QWidget &window, TerminalTab *tab, const QString &dir);
    static void type(TerminalTab *tab, const QString &line)
    {
        QTest::keyClicks(tab->view(), line);
        QTest::keyClick(tab->view(), Qt::Key_Return);
    }
    static QString screenText(TerminalScreen *screen)
    {
        QString all;
        for (int line = 0; line < screen->rows(); ++line)
            all += screen->lineText(line) + u'\n';
        return all;
    }
};

void TestTerminalsSandbox::shellForwardAndJupyterInARunningPod()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qputenv("GPUDESK_SANDBOXD", GPUDESK_SANDBOXD_PATH);

    // What the pod will reach through the forward: a server of this test on 127.0.0.1.
    QTcpServer target;
    QVERIFY(target.listen(QHostAddress::LocalHost, 0));
    connect(&target, &QTcpServer::newConnection, &target, [&target] {
        while (QTcpSocket *s = target.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] { s->write("echo:" + s->readAll()); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    // A stand-in `jupyter` that answers `jupyter server list --json` as Jupyter Server 2 does.
    const QString bin = dir.filePath(QStringLiteral("bin"));
    QVERIFY(QDir().mkpath(bin));
    QFile jupyter(bin + QStringLiteral("/jupyter"));
    QVERIFY(jupyter.open(QIODevice::WriteOnly));
    jupyter.write(QStringLiteral("#!/bin/sh\necho '{\"base_url\": \"/\", \"hostname\": \"localhost\", \"port\": %1, "
                                 "\"secure\": false, \"token\": \"t0ken42\", \"root_dir\": \"/work\"}'\n")
                      .arg(target.serverPort())
                      .toUtf8());
    jupyter.close();
    QVERIFY(jupyter.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    Services services;
    QVERIFY(services.open(dir.path()).ok());
    QVERIFY(services.hasDatabase());
    MainWindow window(services.catalog(), services.providerSettings(), dir.path());
    window.setJobs(*services.jobs(), *services.jobManager(), services.clock(), services.providers()->ids());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("ssh"))));
    auto *terminals = new TerminalsPage(dir.filePath(QStringLiteral("ssh/known_hosts")));
    window.setTerminalsPage(terminals);
    window.resize(1200, 800);
    window.show();

    JobSpec spec = test::sleepingPod(QStringLiteral("term-pod"), QStringLiteral("H100 SXM"), 1);
    spec.env.append({QStringLiteral("PATH"), bin + QStringLiteral(":/usr/local/bin:/usr/bin:/bin")});
    auto launched = services.jobManager()->launch(spec);
    QVERIFY2(launched.ok(), launched.ok() ? "" : qPrintable(launched.error().message));
    const QString id = launched->id;
    QVERIFY2(test::waitRunning(services, id), qPrintable(services.jobs()->get(id)->message));

    // "Open terminal" in the Jobs view.
    window.jobsPage()->selectJob(id);
    auto *open = window.findChild<QPushButton *>(QStringLiteral("openTerminal"));
    QTRY_VERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(terminals->tabForJob(id) != nullptr, 20000);
    TerminalTab *tab = terminals->tabForJob(id);
    QVERIFY(window.showView(QStringLiteral("terminals")));
    QTRY_VERIFY_WITH_TIMEOUT(tab->session()->state() == SshSession::State::Connected, 30000);
    QVERIFY2(tab->statusLabel()->text().contains(QStringLiteral("Connected")), qPrintable(tab->statusLabel()->text()));

    // A shell: type into the view, read the answer off the screen.
    tab->view()->setFocus();
    QTest::keyClicks(tab->view(), QStringLiteral("echo $((6*7))-$TERM"));
    QTest::keyClick(tab->view(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("42-xterm-256color")), 20000);
    // The PTY follows the view's size.
    QTest::keyClicks(tab->view(), QStringLiteral("stty size"));
    QTest::keyClick(tab->view(), Qt::Key_Return);
    const QString size = QStringLiteral("%1 %2").arg(tab->screen()->rows()).arg(tab->screen()->cols());
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(size), 20000);
    window.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/terminals-sandbox.png"));

    // Full-screen programs: vim and htop take the alternate screen and give it back; the README's
    // screenshots come from here (terminal-vim.png, terminal-htop.png beside the binary).
    fullScreenPrograms(window, tab, dir.path());
    if (QTest::currentTestFailed())
        return;
    // One-click Jupyter: the URL opened carries the token and reaches the server through the forward.
    QUrl opened;
    tab->setOpenUrl([&opened](const QUrl &url) { opened = url; });
    tab->openJupyter();
    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), 20000);
    QCOMPARE(opened.host(), QStringLiteral("127.0.0.1"));
    QVERIFY2(opened.query().contains(QStringLiteral("token=t0ken42")), qPrintable(opened.toString()));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(opened.port()));
    QVERIFY(client.waitForConnected(10000));
    client.write("ping");
    QTRY_VERIFY_WITH_TIMEOUT(client.bytesAvailable() > 0 || client.waitForReadyRead(100), 10000);
    QCOMPARE(client.readAll(), QByteArray("echo:ping"));

    // Chinese through the input method (as an IME commits it), echoed back as wide characters.
    QTest::keyClicks(tab->view(), QStringLiteral("echo "));
    QInputMethodEvent chinese;
    chinese.setCommitString(QStringLiteral("你好，世界"));
    QApplication::sendEvent(tab->view(), &chinese);
    QTest::keyClick(tab->view(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).count(QStringLiteral("你好，世界")) >= 2, 20000);

    // Closing the tab ends the session; terminating the job ends the pod.
    services.jobManager()->terminate(id);
    QVERIFY(QTest::qWaitFor([&] { return services.jobs()->get(id)->state == JobState::Terminated; }, 60000));
    QVERIFY(test::shutdownSandbox(services));
}

void TestTerminalsSandbox::fullScreenPrograms(QWidget &window, TerminalTab *tab, const QString &dir)
{
    const QString vim = QStandardPaths::findExecutable(QStringLiteral("vim"));
    const QString htop = QStandardPaths::findExecutable(QStringLiteral("htop"));
    if (vim.isEmpty() || htop.isEmpty())
        QSKIP("vim and htop are not installed here (installer/bootstrap.sh deps installs them)");
    QFile script(dir + QStringLiteral("/train.py"));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("import os\n\nimport torch\nimport torch.distributed as dist\n\n\n"
                 "def main():\n"
                 "    dist.init_process_group(\"nccl\")\n"
                 "    rank = int(os.environ[\"LOCAL_RANK\"])\n"
                 "    torch.cuda.set_device(rank)\n"
                 "    model = torch.nn.Linear(4096, 4096).cuda()\n"
                 "    model = torch.nn.parallel.DistributedDataParallel(model, device_ids=[rank])\n"
                 "    opt = torch.optim.AdamW(model.parameters(), lr=3e-4)\n"
                 "    for step in range(1000):\n"
                 "        x = torch.randn(64, 4096, device=\"cuda\")\n"
                 "        loss = model(x).pow(2).mean()\n"
                 "        loss.backward()\n"
                 "        opt.step()\n"
                 "        opt.zero_grad(set_to_none=True)\n"
                 "        if rank == 0 and step % 100 == 0:\n"
                 "            print(f\"step {step}: loss {loss.item():.4f}\")\n\n\n"
                 "if __name__ == \"__main__\":\n"
                 "    main()\n");
    script.close();

    QVERIFY(!tab->screen()->altScreen());
    type(tab, QStringLiteral("vim -N -u NONE -c 'syntax on' -c 'set number ruler laststatus=2 ttimeoutlen=10' %1").arg(script.fileName()));
    QTRY_VERIFY_WITH_TIMEOUT(tab->screen()->altScreen(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("dist.init_process_group")), 20000);
    QVERIFY(screenText(tab->screen()).contains(QStringLiteral("train.py")));
    // A line typed in insert mode lands in the buffer, as vim shows it.
    QTest::keyClicks(tab->view(), QStringLiteral("Go# checkpoint every 500 steps"));
    QTest::keyClick(tab->view(), Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("# checkpoint every 500 steps")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!screenText(tab->screen()).contains(QStringLiteral("-- INSERT --")), 20000);
    QVERIFY(window.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/terminal-vim.png")));
    type(tab, QStringLiteral(":q!"));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->screen()->altScreen(), 20000);

    type(tab, QStringLiteral("htop"));
    QTRY_VERIFY_WITH_TIMEOUT(tab->screen()->altScreen(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(screenText(tab->screen()).contains(QStringLiteral("Load average")), 20000);
    QTest::qWait(1500); // htop's second refresh fills the CPU meters
    QVERIFY(window.grab().save(QStringLiteral(GPUDESK_TEST_OUT "/terminal-htop.png")));
    QTest::keyClick(tab->view(), Qt::Key_Q);
    QTRY_VERIFY_WITH_TIMEOUT(!tab->screen()->altScreen(), 20000);
}

QTEST_MAIN(TestTerminalsSandbox)
#include "tst_terminals_sandbox.moc"
