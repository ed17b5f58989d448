// Where an encrypted key's passphrase is kept (SshPassphrases): in memory only, or in the secret
// store (the OS keychain in the product, MemorySecretStore here) by the user's choice; against
// OpenSSH's real sshd on 127.0.0.1 with a passphrase-protected ed25519 key.

#include "secrets/MemorySecretStore.h"
#include "ssh/SshPassphrases.h"
#include "ssh/SshSession.h"

#include "SshdClient.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using gpudesk::Error;
using gpudesk::MemorySecretStore;
using gpudesk::Result;
using gpudesk::SshOptions;
using gpudesk::SshPassphrases;
using gpudesk::SshSession;
using State = gpudesk::SshSession::State;

namespace {

constexpr int kTimeoutMs = 60000;
const QString kPassphrase = QStringLiteral("correct horse");

struct Asked
{
    QString keyFile;
    QString notice;
    bool canRemember = false;
};

} // namespace

class TestSshPassphrases : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keptInTheStoreWhenAsked();
    void keptPassphraseIsUsedWithoutAsking();
    void staleKeptPassphraseIsRemovedThenAsked();
    void mistypedOneIsNeverKept();
    void memoryOnlyLeavesTheStoreEmpty();
    void nobodyToAskSkipsTheKey();
    void sharedMemoryOpensTheNextSession();
    void changedPassphraseInMemoryIsAskedAgain();

private:
    SshOptions options() const;
    // Connects with `answers` given in turn to the prompts (recorded in m_asked); an empty `ask`
    // when `answers` is nullopt. The end state.
    State login(MemorySecretStore *store, std::optional<QList<SshPassphrases::Answer>> answers,
        const SshPassphrases::Memory &memory = {});
    QString kept(MemorySecretStore &store) const;

    SshdFixture m_sshd;
    QTemporaryDir m_dir;
    QString m_key;
    QList<Asked> m_asked;
};

void TestSshPassphrases::initTestCase()
{
    qRegisterMetaType<gpudesk::Error>();
    qRegisterMetaType<State>();
    m_key = m_sshd.startWithUserKey(QStringLiteral("id_encrypted"), kPassphrase);
    if (m_key.isEmpty())
        QSKIP("sshd could not start here");
}

SshOptions TestSshPassphrases::options() const
{
    SshOptions o = sshdClientOptions(m_sshd, m_key, m_dir.filePath(QStringLiteral("known_hosts")));
    o.allowKeyboardInteractive = false;
    o.allowPassword = false;
    return o;
}

State TestSshPassphrases::login(MemorySecretStore *store, std::optional<QList<SshPassphrases::Answer>> answers,
    const SshPassphrases::Memory &memory)
{
    m_asked.clear();
    SshSession session(options());
    QObject::connect(&session, &SshSession::hostKeyNeedsDecision, &session, [&session] { session.acceptHostKey(true); });
    SshPassphrases::Ask ask;
    if (answers) {
        ask = [this, answers](const QString &keyFile, const QString &notice, bool canRemember,
                  const SshPassphrases::Reply &reply) {
            m_asked.append({ keyFile, notice, canRemember });
            if (m_asked.size() > answers->size())
                return reply(std::nullopt);
            reply(answers->at(m_asked.size() - 1));
        };
    }
    auto *passphrases = new SshPassphrases(&session, store, ask);
    passphrases->setMemory(memory);
    session.connectToHost();
    (void)QTest::qWaitFor(
        [&session] { return session.state() == State::Connected || session.state() == State::Failed; }, kTimeoutMs);
    const State state = session.state();
    // A passphrase to keep is written right after Connected: let the store's callbacks run.
    QTest::qWait(50);
    return state;
}

QString TestSshPassphrases::kept(MemorySecretStore &store) const
{
    std::optional<Result<QString>> value;
    store.read(SshPassphrases::secretName(m_key), [&value](Result<QString> r) { value = std::move(r); });
    if (!QTest::qWaitFor([&value] { return value.has_value(); }, kTimeoutMs) || !*value)
        return QStringLiteral("<unreadable>");
    return **value;
}

void TestSshPassphrases::keptInTheStoreWhenAsked()
{
    MemorySecretStore store;
    QCOMPARE(login(&store, QList<SshPassphrases::Answer> { { kPassphrase, true } }), State::Connected);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.at(0).keyFile, m_key);
    QVERIFY(m_asked.at(0).notice.isEmpty());
    QVERIFY(m_asked.at(0).canRemember);
    QCOMPARE(kept(store), kPassphrase);
}

void TestSshPassphrases::keptPassphraseIsUsedWithoutAsking()
{
    MemorySecretStore store;
    QCOMPARE(login(&store, QList<SshPassphrases::Answer> { { kPassphrase, true } }), State::Connected);
    // A later session (another tab, the sampler, the CLI) opens the key from the store alone.
    QCOMPARE(login(&store, QList<SshPassphrases::Answer> {}), State::Connected);
    QVERIFY(m_asked.isEmpty());
    QCOMPARE(login(&store, std::nullopt), State::Connected);
}

void TestSshPassphrases::staleKeptPassphraseIsRemovedThenAsked()
{
    MemorySecretStore store;
    store.write(SshPassphrases::secretName(m_key), QStringLiteral("an old passphrase"), [](Result<void>) { });
    QCOMPARE(kept(store), QStringLiteral("an old passphrase"));
    QCOMPARE(login(&store, QList<SshPassphrases::Answer> { { kPassphrase, false } }), State::Connected);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.at(0).notice.contains(QStringLiteral("no longer opens this key")), qPrintable(m_asked.at(0).notice));
    QVERIFY(m_asked.at(0).notice.contains(store.backendName()));
    QCOMPARE(kept(store), QString()); // removed, and the new one was not to be kept
}

void TestSshPassphrases::mistypedOneIsNeverKept()
{
    MemorySecretStore store;
    QCOMPARE(login(&store, QList<SshPassphrases::Answer> { { QStringLiteral("typo"), true }, { kPassphrase, false } }),
        State::Connected);
    QCOMPARE(m_asked.size(), 2);
    QVERIFY(m_asked.at(1).notice.contains(QStringLiteral("does not open the key")));
    QCOMPARE(kept(store), QString());
}

void TestSshPassphrases::memoryOnlyLeavesTheStoreEmpty()
{
    MemorySecretStore store;
    QCOMPARE(login(&store, QList<SshPassphrases::Answer> { { kPassphrase, false } }), State::Connected);
    QCOMPARE(kept(store), QString());
    // Without a store nothing can be kept, and the prompt says so.
    QCOMPARE(login(nullptr, QList<SshPassphrases::Answer> { { kPassphrase, true } }), State::Connected);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(!m_asked.at(0).canRemember);
}

void TestSshPassphrases::nobodyToAskSkipsTheKey()
{
    MemorySecretStore store;
    QCOMPARE(login(&store, std::nullopt), State::Failed); // the only key, skipped
    QCOMPARE(kept(store), QString());
}

void TestSshPassphrases::sharedMemoryOpensTheNextSession()
{
    // The panes of one tab share a memory: the first is asked, the second is not; nothing is
    // written to the store ("memory only").
    MemorySecretStore store;
    const auto memory = std::make_shared<QHash<QString, QString>>();
    QCOMPARE(login(&store, QList<SshPassphrases::Answer> { { kPassphrase, false } }, memory), State::Connected);
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(memory->value(m_key), kPassphrase);
    QCOMPARE(login(&store, QList<SshPassphrases::Answer> {}, memory), State::Connected);
    QVERIFY(m_asked.isEmpty());
    QCOMPARE(kept(store), QString());
    // Another tab (another memory) is asked.
    QCOMPARE(login(&store, QList<SshPassphrases::Answer> { { kPassphrase, false } },
                 std::make_shared<QHash<QString, QString>>()),
        State::Connected);
    QCOMPARE(m_asked.size(), 1);
}

void TestSshPassphrases::changedPassphraseInMemoryIsAskedAgain()
{
    const auto memory = std::make_shared<QHash<QString, QString>>();
    memory->insert(m_key, QStringLiteral("the old one"));
    QCOMPARE(login(nullptr, QList<SshPassphrases::Answer> { { kPassphrase, false } }, memory), State::Connected);
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.at(0).notice.contains(QStringLiteral("does not open the key")));
    QCOMPARE(memory->value(m_key), kPassphrase);
}

QTEST_GUILESS_MAIN(TestSshPassphrases)
#include "tst_ssh_passphrases.moc"
