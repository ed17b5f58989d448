#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

namespace gpudesk {

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{
}

QString KeychainSecretStore::backendName() const
{
    return tr("the system keychain");
}

Error KeychainSecretStore::errorFor(const QKeychain::Job *job, const QString &what) const
{
    // Without a session bus qtkeychain cannot even look for a keyring and says only "Unknown error".
    const bool noBus = qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && job->error() == QKeychain::OtherError;
    switch (noBus ? QKeychain::NoBackendAvailable : job->error()) {
    case QKeychain::NoBackendAvailable:
        return makeError(Error::Kind::Io,
                         tr("No keychain is available to %1 (%2). GPU Desk never stores keys in plain text: start "
                            "your desktop's keyring (GNOME Keyring or KWallet), or set the key in an environment "
                            "variable for headless use.")
                             .arg(what, noBus ? tr("no D-Bus session") : job->errorString()));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(Error::Kind::Auth,
                         tr("The keychain refused to %1 (%2). Unlock it and try again.").arg(what, job->errorString()));
    default:
        return makeError(Error::Kind::Io, tr("The keychain could not %1: %2.").arg(what, job->errorString()));
    }
}

void KeychainSecretStore::read(const QString &key, std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            done(job->textData());
        else if (job->error() == QKeychain::EntryNotFound)
            done(QString());
        else
            done(errorFor(job, tr("read a key")));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &value, std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            done({});
        else
            done(errorFor(job, tr("store a key")));
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &key, std::function<void(Result<void>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, done = std::move(done)](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
            done({});
        else
            done(errorFor(job, tr("remove a key")));
    });
    job->start();
}

} // namespace gpudesk
