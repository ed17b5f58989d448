// Secrets: environment first, then the keychain; never plain text, never a log line.

#include "core/Redaction.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/ProviderKeys.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace gpudesk;

namespace {

template<typename T>
Result<T> wait(const std::function<void(std::function<void(Result<T>)>)> &call)
{
    std::optional<Result<T>> out;
    call([&out](Result<T> r) { out = std::move(r); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 20000))
        qFatal("no answer from the secret store");
    return *out;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        for (const char *v : {"LAMBDA_API_KEY", "CRUSOE_ACCESS_KEY", "CRUSOE_SECRET_KEY", "CRUSOE_PROJECT_ID"})
            qunsetenv(v);
        Redaction::clearRegisteredSecrets();
    }

    void environmentNames()
    {
        QCOMPARE(ProviderKeys::environmentVariables(QStringLiteral("lambda")), QStringList{QStringLiteral("LAMBDA_API_KEY")});
        QCOMPARE(ProviderKeys::environmentVariables(QStringLiteral("crusoe")),
                 (QStringList{QStringLiteral("CRUSOE_ACCESS_KEY"), QStringLiteral("CRUSOE_SECRET_KEY"),
                              QStringLiteral("CRUSOE_PROJECT_ID")}));
        QCOMPARE(ProviderKeys::environmentVariables(QStringLiteral("lepton")),
                 (QStringList{QStringLiteral("LEPTON_API_TOKEN"), QStringLiteral("LEPTON_WORKSPACE_URL")}));
        QVERIFY(ProviderKeys::environmentVariables(QStringLiteral("sandbox")).isEmpty());
        QVERIFY(ProviderKeys::needsSecret(QStringLiteral("crusoe")));
        QVERIFY(!ProviderKeys::needsSecret(QStringLiteral("lambda")));
        QVERIFY(ProviderKeys::needsAccount(QStringLiteral("lepton")));
    }

    void saveLoadRemoveRoundTrip()
    {
        MemorySecretStore store;
        ProviderKeys keys(store);
        ProviderCredentials c{QStringLiteral("ak_test_0123456789"), QStringLiteral("sk_test_abcdefghij"),
                              QStringLiteral("project-1")};
        QVERIFY(wait<void>([&](auto done) { keys.save(QStringLiteral("crusoe"), c, done); }).ok());
        QCOMPARE(store.entries().size(), 1);
        QVERIFY(store.entries().contains(QStringLiteral("provider/crusoe")));

        auto loaded = wait<ProviderKeys::Loaded>([&](auto done) { keys.load(QStringLiteral("crusoe"), done); });
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->credentials, c);
        QCOMPARE(loaded->origin, ProviderKeys::Origin::Keychain);
        // Once loaded, a key is masked in every log line.
        QVERIFY(!Redaction::redact(QStringLiteral("x sk_test_abcdefghij y")).contains(QStringLiteral("sk_test_abcdefghij")));

        QVERIFY(wait<void>([&](auto done) { keys.remove(QStringLiteral("crusoe"), done); }).ok());
        loaded = wait<ProviderKeys::Loaded>([&](auto done) { keys.load(QStringLiteral("crusoe"), done); });
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->origin, ProviderKeys::Origin::None);
        QVERIFY(loaded->credentials.isEmpty());
    }

    void environmentWinsOverKeychain()
    {
        MemorySecretStore store;
        ProviderKeys keys(store);
        QVERIFY(wait<void>([&](auto done) {
                    keys.save(QStringLiteral("lambda"), ProviderCredentials{QStringLiteral("stored_key_1234"), {}, {}}, done);
                }).ok());
        qputenv("LAMBDA_API_KEY", "env_key_987654321");
        auto loaded = wait<ProviderKeys::Loaded>([&](auto done) { keys.load(QStringLiteral("lambda"), done); });
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->credentials.key, QStringLiteral("env_key_987654321"));
        QCOMPARE(loaded->origin, ProviderKeys::Origin::Environment);
        qunsetenv("LAMBDA_API_KEY");
    }

    void unavailableStoreIsAnErrorNotAFallback()
    {
        MemorySecretStore store;
        store.setUnavailable(true);
        ProviderKeys keys(store);
        auto saved = wait<void>([&](auto done) {
            keys.save(QStringLiteral("lambda"), ProviderCredentials{QStringLiteral("k_123456789"), {}, {}}, done);
        });
        QVERIFY(!saved.ok());
        QVERIFY(saved.error().message.contains(QStringLiteral("never stores keys in plain text")));
        QVERIFY(store.entries().isEmpty());
    }

    // The real qtkeychain with no session bus (as on a CI runner): a clear error, and the key must
    // not land in any file (qtkeychain's insecure QSettings fallback is off).
    void keychainWithoutBackendWritesNothing()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        qputenv("HOME", home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (home.path() + QStringLiteral("/.config")).toUtf8());
        qputenv("XDG_DATA_HOME", (home.path() + QStringLiteral("/.local/share")).toUtf8());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + home.path().toUtf8() + "/no-bus");
        KeychainSecretStore store(QStringLiteral("GPU Desk test"));
        const QString canary = QStringLiteral("canary_keychain_secret_5566778899");
        auto written = wait<void>([&](auto done) { store.write(QStringLiteral("provider/lambda"), canary, done); });
        if (written.ok()) {
            // A keyring is reachable after all: tidy up; the plain-text check below still applies.
            QVERIFY(wait<void>([&](auto done) { store.remove(QStringLiteral("provider/lambda"), done); }).ok());
        } else {
            QVERIFY2(written.error().message.contains(QStringLiteral("keychain")), qPrintable(written.error().message));
        }
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(canary.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
