// One-click Jupyter when `jupyter` is not on the login shell's PATH (a container's environment):
// the terminal uses the port and token the Jupyter template set for the job, if something
// listens there, through a forward over a real OpenSSH sshd on 127.0.0.1.

#include "SshdFixture.h"
#include "TerminalTestSupport.h"
#include "core/AppContext.h"
#include "terminal/TerminalTab.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

namespace {

constexpr int kTimeoutMs = 30000;

} // namespace

class TestTerminalJupyter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usesTheTemplatesPortAndToken();
    void saysSoWhenNothingListens();

private:
    std::unique_ptr<TerminalTab> connectedTab();

    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    QString m_key;
};

void TestTerminalJupyter::initTestCase()
{
    AppContext::installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
    if (!QStandardPaths::findExecutable(QStringLiteral("jupyter")).isEmpty())
        QSKIP("jupyter is installed here: `jupyter server list` would answer instead of the template's hint");
    m_key = m_sshd.startWithUserKey();
    if (m_key.isEmpty())
        QSKIP("sshd could not start here");
}

std::unique_ptr<TerminalTab> TestTerminalJupyter::connectedTab()
{
    auto tab = std::make_unique<TerminalTab>(QStringLiteral("job-jupyter"), QStringLiteral("jupyter"),
                                             test::sshdEndpoint(m_sshd, m_key), m_dir.filePath(QStringLiteral("known_hosts")));
    tab->setHostKeyAnswer(TerminalTab::HostKeyAnswer::TrustAlways);
    tab->resize(900, 400);
    tab->show();
    if (!QTest::qWaitFor([&] { return tab->session()->state() == SshSession::State::Connected; }, kTimeoutMs))
        return nullptr;
    return tab;
}

void TestTerminalJupyter::usesTheTemplatesPortAndToken()
{
    // The "Jupyter server" on the machine (the sshd's host is this one): echoes what it gets.
    QTcpServer jupyter;
    QVERIFY(jupyter.listen(QHostAddress::LocalHost, 0));
    connect(&jupyter, &QTcpServer::newConnection, &jupyter, [&jupyter] {
        while (QTcpSocket *s = jupyter.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] { s->write("echo:" + s->readAll()); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    auto tab = connectedTab();
    QVERIFY(tab);
    tab->setJupyterHint(jupyter.serverPort(), QStringLiteral("tmpl-token-7"));
    QUrl opened;
    tab->setOpenUrl([&opened](const QUrl &url) { opened = url; });
    tab->openJupyter();
    QTRY_VERIFY_WITH_TIMEOUT(opened.isValid(), kTimeoutMs);
    QCOMPARE(opened.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(opened.port() > 0);
    QVERIFY2(opened.query().contains(QStringLiteral("token=tmpl-token-7")), qPrintable(opened.toString()));
    QVERIFY(tab->statusLabel()->text().contains(QStringLiteral("port %1 on the machine").arg(jupyter.serverPort())));
    // The URL reaches the server through the forward.
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, quint16(opened.port()));
    QVERIFY(client.waitForConnected(10000));
    client.write("ping");
    QTRY_VERIFY_WITH_TIMEOUT(client.bytesAvailable() >= 9 || client.waitForReadyRead(100), kTimeoutMs);
    QCOMPARE(client.readAll(), QByteArray("echo:ping"));
}

void TestTerminalJupyter::saysSoWhenNothingListens()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    auto tab = connectedTab();
    QVERIFY(tab);
    tab->setJupyterHint(closedPort, QStringLiteral("unused"));
    bool opened = false;
    tab->setOpenUrl([&opened](const QUrl &) { opened = true; });
    tab->openJupyter();
    QTRY_VERIFY_WITH_TIMEOUT(tab->statusLabel()->text().contains(QStringLiteral("No Jupyter server is running")), kTimeoutMs);
    QVERIFY(!opened);
    QVERIFY(tab->session()->localForwards().isEmpty());
}

QTEST_MAIN(TestTerminalJupyter)
#include "tst_terminal_jupyter.moc"
