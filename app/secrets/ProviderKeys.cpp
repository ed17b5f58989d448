#include "ProviderKeys.h"

#include "SecretStore.h"
#include "core/Redaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gpudesk {

namespace {

struct EnvNames
{
    const char *provider;
    const char *key;
    const char *secret;
    const char *account;
};

// The names each provider's own tools use, so an existing shell setup just works.
constexpr EnvNames kEnv[] = {
    {"lambda", "LAMBDA_API_KEY", nullptr, nullptr},
    {"runpod", "RUNPOD_API_KEY", nullptr, nullptr},
    {"vastai", "VAST_API_KEY", nullptr, nullptr},
    {"crusoe", "CRUSOE_ACCESS_KEY", "CRUSOE_SECRET_KEY", "CRUSOE_PROJECT_ID"},
    {"lepton", "LEPTON_API_TOKEN", nullptr, "LEPTON_WORKSPACE_URL"},
};

const EnvNames *envFor(const QString &providerId)
{
    for (const EnvNames &e : kEnv) {
        if (providerId == QLatin1String(e.provider))
            return &e;
    }
    return nullptr;
}

QString env(const char *name)
{
    return name ? qEnvironmentVariable(name).trimmed() : QString();
}

void remember(const ProviderCredentials &c)
{
    Redaction::registerSecret(c.key);
    Redaction::registerSecret(c.secret);
}

} // namespace

ProviderKeys::ProviderKeys(SecretStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QStringList ProviderKeys::environmentVariables(const QString &providerId)
{
    QStringList names;
    if (const EnvNames *e = envFor(providerId)) {
        for (const char *n : {e->key, e->secret, e->account}) {
            if (n)
                names.append(QString::fromLatin1(n));
        }
    }
    return names;
}

bool ProviderKeys::needsSecret(const QString &providerId)
{
    const EnvNames *e = envFor(providerId);
    return e && e->secret;
}

bool ProviderKeys::needsAccount(const QString &providerId)
{
    const EnvNames *e = envFor(providerId);
    return e && e->account;
}

ProviderCredentials ProviderKeys::fromEnvironment(const QString &providerId)
{
    ProviderCredentials c;
    if (const EnvNames *e = envFor(providerId)) {
        c.key = env(e->key);
        c.secret = env(e->secret);
        c.account = env(e->account);
    }
    return c;
}

QString ProviderKeys::entryName(const QString &providerId)
{
    return QStringLiteral("provider/%1").arg(providerId);
}

void ProviderKeys::load(const QString &providerId, std::function<void(Result<Loaded>)> done)
{
    const ProviderCredentials fromEnv = fromEnvironment(providerId);
    if (!fromEnv.isEmpty()) {
        remember(fromEnv);
        Loaded loaded{fromEnv, Origin::Environment};
        // Same contract as the store: never answer from inside the call.
        QMetaObject::invokeMethod(this, [loaded, done = std::move(done)] { done(loaded); }, Qt::QueuedConnection);
        return;
    }
    m_store.read(entryName(providerId), [done = std::move(done)](Result<QString> r) {
        if (!r) {
            done(r.error());
            return;
        }
        Loaded loaded;
        if (r->isEmpty()) {
            done(loaded);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r->toUtf8()).object();
        loaded.credentials.key = o.value(QStringLiteral("key")).toString();
        loaded.credentials.secret = o.value(QStringLiteral("secret")).toString();
        loaded.credentials.account = o.value(QStringLiteral("account")).toString();
        loaded.origin = loaded.credentials.isEmpty() ? Origin::None : Origin::Keychain;
        remember(loaded.credentials);
        done(loaded);
    });
}

void ProviderKeys::save(const QString &providerId, const ProviderCredentials &credentials,
                        std::function<void(Result<void>)> done)
{
    remember(credentials);
    QJsonObject o{{QStringLiteral("key"), credentials.key}};
    if (!credentials.secret.isEmpty())
        o.insert(QStringLiteral("secret"), credentials.secret);
    if (!credentials.account.isEmpty())
        o.insert(QStringLiteral("account"), credentials.account);
    m_store.write(entryName(providerId), QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)),
                  std::move(done));
}

void ProviderKeys::remove(const QString &providerId, std::function<void(Result<void>)> done)
{
    m_store.remove(entryName(providerId), std::move(done));
}

} // namespace gpudesk
