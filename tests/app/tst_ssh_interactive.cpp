// Keyboard-interactive and password logins of SshSession against a real SSH server on 127.0.0.1
// (tests/support/InteractiveSshServer.h, libssh's server side): the prompts reach the user with
// the server's name, instruction and echo flags, several rounds work, a mistyped answer is asked
// again (three tries, as OpenSSH), and answers are never kept for a reconnect.

#include "ssh/SshSession.h"

#include "InteractiveSshServer.h"
#include "SshdFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using gpudesk::Error;
using gpudesk::SshExecResult;
using gpudesk::SshOptions;
using gpudesk::SshSession;
using State = gpudesk::SshSession::State;
using Method = InteractiveSshServer::Method;

namespace {

constexpr int kTimeoutMs = 60000;

struct Prompt
{
    QString name;
    QString instruction;
    QStringList prompts;
    QList<bool> echo;
};

} // namespace

class TestSshInteractive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyboardInteractiveInTwoRounds();
    void mistypedAnswerIsAskedAgain();
    void threeWrongAnswersFailClearly();
    void passwordLogin();
    void passwordIsAskedAgainAfterReconnect();

private:
    SshOptions options(quint16 port) const;
    // Connects, answering each round of prompts with the next entry of `answers`; every prompt
    // round is recorded in m_prompts. The end state (Connected or Failed).
    State login(SshSession &session, const QList<QStringList> &answers);
    QString run(SshSession &session);

    QTemporaryDir m_dir;
    QList<Prompt> m_prompts;
    std::optional<Error> m_error;
};

void TestSshInteractive::initTestCase()
{
    qRegisterMetaType<gpudesk::Error>();
    qRegisterMetaType<State>();
    QVERIFY(m_dir.isValid());
}

SshOptions TestSshInteractive::options(quint16 port) const
{
    SshOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.port = port;
    o.user = SshdFixture::currentUser();
    o.useAgent = false;
    o.useDefaultKeys = false; // no key at all: only the interactive ways remain
    o.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts_%1").arg(port));
    o.connectTimeoutMs = 20000;
    o.autoReconnect = false;
    return o;
}

State TestSshInteractive::login(SshSession &session, const QList<QStringList> &answers)
{
    m_prompts.clear();
    m_error.reset();
    QObject::connect(&session, &SshSession::hostKeyNeedsDecision, &session, [&session] { session.acceptHostKey(true); });
    QObject::connect(&session, &SshSession::errorOccurred, &session, [this](const Error &e) { m_error = e; });
    QObject::connect(&session, &SshSession::promptsRequested, &session,
        [this, &session, answers](const QString &name, const QString &instruction, const QStringList &prompts,
            const QList<bool> &echo) {
            m_prompts.append({ name, instruction, prompts, echo });
            session.answerPrompts(answers.value(m_prompts.size() - 1));
        });
    session.connectToHost();
    (void)QTest::qWaitFor(
        [&session] { return session.state() == State::Connected || session.state() == State::Failed; }, kTimeoutMs);
    return session.state();
}

QString TestSshInteractive::run(SshSession &session)
{
    std::optional<SshExecResult> result;
    session.exec(QStringLiteral("whoami"), [&result](gpudesk::Result<SshExecResult> r) {
        result = r ? *r : SshExecResult { {}, {}, -1, r.error() };
    });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, kTimeoutMs) || result->exitStatus != 0)
        return {};
    return QString::fromUtf8(result->standardOutput).trimmed();
}

void TestSshInteractive::keyboardInteractiveInTwoRounds()
{
    InteractiveSshServer server({ Method::KeyboardInteractive, "correct horse", "424242" });
    const QString why = server.start();
    QVERIFY2(why.isEmpty(), qPrintable(why));
    SshSession session(options(server.port()));
    QCOMPARE(login(session, { { QStringLiteral("correct horse") }, { QStringLiteral("424242") } }), State::Connected);

    QCOMPARE(m_prompts.size(), 2);
    QCOMPARE(m_prompts.at(0).name, QStringLiteral("GPU Desk test login"));
    QCOMPARE(m_prompts.at(0).instruction, QStringLiteral("Answer both rounds."));
    QCOMPARE(m_prompts.at(0).prompts, QStringList { QStringLiteral("Password: ") });
    QCOMPARE(m_prompts.at(0).echo, QList<bool> { false }); // a password is never shown
    QCOMPARE(m_prompts.at(1).prompts, QStringList { QStringLiteral("Verification code: ") });
    QCOMPARE(m_prompts.at(1).echo, QList<bool> { true });
    QCOMPARE(server.answers(), (QList<QByteArray> { "correct horse", "424242" }));
    QCOMPARE(run(session), QStringLiteral("logged in as %1").arg(SshdFixture::currentUser()));
}

void TestSshInteractive::mistypedAnswerIsAskedAgain()
{
    InteractiveSshServer server({ Method::KeyboardInteractive, "correct horse", "424242" });
    QVERIFY(server.start().isEmpty());
    SshSession session(options(server.port()));
    const State state = login(session,
        { { QStringLiteral("correct hrose") }, { QStringLiteral("correct horse") }, { QStringLiteral("424242") } });
    QVERIFY2(state == State::Connected, m_error ? qPrintable(m_error->message) : "no error");
    QCOMPARE(m_prompts.size(), 3);
    QVERIFY(!m_prompts.at(0).instruction.contains(QStringLiteral("did not accept")));
    // The second round says why it asks again, and still shows the server's own instruction.
    QVERIFY2(m_prompts.at(1).instruction.contains(QStringLiteral("did not accept that answer")),
        qPrintable(m_prompts.at(1).instruction));
    QVERIFY(m_prompts.at(1).instruction.contains(QStringLiteral("attempt 2 of 3")));
    QVERIFY(m_prompts.at(1).instruction.contains(QStringLiteral("Answer both rounds.")));
    QCOMPARE(m_prompts.at(1).prompts, QStringList { QStringLiteral("Password: ") });
    QCOMPARE(server.logins(), 1);
}

void TestSshInteractive::threeWrongAnswersFailClearly()
{
    InteractiveSshServer server({ Method::KeyboardInteractive, "correct horse", "424242" });
    QVERIFY(server.start().isEmpty());
    SshSession session(options(server.port()));
    const QStringList wrong { QStringLiteral("nope") };
    QCOMPARE(login(session, { wrong, wrong, wrong, wrong }), State::Failed);
    QCOMPARE(m_prompts.size(), 3); // asked three times, not a fourth
    QVERIFY(m_error);
    QCOMPARE(m_error->kind, Error::Kind::Auth);
    QVERIFY2(m_error->message.contains(QStringLiteral("keyboard-interactive")), qPrintable(m_error->message));
    QVERIFY(m_error->message.contains(QStringLiteral("127.0.0.1:%1").arg(server.port())));
    QCOMPARE(server.logins(), 0);
}

void TestSshInteractive::passwordLogin()
{
    InteractiveSshServer server({ Method::Password, "s3cret pass", {} });
    QVERIFY(server.start().isEmpty());
    SshSession session(options(server.port()));
    QCOMPARE(login(session, { { QStringLiteral("wrong") }, { QStringLiteral("s3cret pass") } }), State::Connected);
    QCOMPARE(m_prompts.size(), 2);
    QCOMPARE(m_prompts.at(0).prompts,
        QStringList { QStringLiteral("Password for %1@127.0.0.1:").arg(SshdFixture::currentUser()) });
    QCOMPARE(m_prompts.at(0).echo, QList<bool> { false });
    QVERIFY(m_prompts.at(0).instruction.isEmpty());
    QVERIFY(m_prompts.at(1).instruction.contains(QStringLiteral("did not accept that answer")));
    QCOMPARE(server.answers(), (QList<QByteArray> { "wrong", "s3cret pass" }));
    QCOMPARE(run(session), QStringLiteral("logged in as %1").arg(SshdFixture::currentUser()));
}

void TestSshInteractive::passwordIsAskedAgainAfterReconnect()
{
    InteractiveSshServer server({ Method::Password, "s3cret pass", {} });
    QVERIFY(server.start().isEmpty());
    SshOptions o = options(server.port());
    o.autoReconnect = true;
    o.reconnectDelaysMs = { 100, 100, 100 };
    SshSession session(o);
    const QStringList answer { QStringLiteral("s3cret pass") };
    QCOMPARE(login(session, { answer, answer }), State::Connected);
    QCOMPARE(m_prompts.size(), 1);
    QSignalSpy reconnecting(&session, &SshSession::reconnecting);
    session.simulateConnectionLoss();
    QTRY_VERIFY_WITH_TIMEOUT(!reconnecting.isEmpty(), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, kTimeoutMs);
    // GPU Desk kept no password in memory: the reconnect asked for it again.
    QCOMPARE(m_prompts.size(), 2);
    QCOMPARE(server.logins(), 2);
}

QTEST_GUILESS_MAIN(TestSshInteractive)
#include "tst_ssh_interactive.moc"
