#include "SshPassphrases.h"

#include "secrets/SecretStore.h"
#include "ssh/SshSession.h"

#include <QFileInfo>

#include <utility>

namespace gpudesk {

SshPassphrases::SshPassphrases(SshSession *session, SecretStore *store, Ask ask)
    : QObject(session), m_session(session), m_store(store), m_ask(std::move(ask))
{
    connect(session, &SshSession::passphraseRequested, this, &SshPassphrases::onRequested);
    connect(session, &SshSession::stateChanged, this, [this](SshSession::State state) {
        if (state != SshSession::State::Connected || m_pendingKey.isEmpty())
            return;
        const QString key = std::exchange(m_pendingKey, QString());
        const QString passphrase = std::exchange(m_pendingPassphrase, QString());
        if (m_memory)
            m_memory->insert(key, passphrase);
        if (!std::exchange(m_pendingInStore, false) || !m_store)
            return;
        QPointer<SshPassphrases> self(this);
        m_store->write(secretName(key), passphrase, [self](Result<void> written) {
            if (self && !written)
                emit self->storeFailed(written.error());
        });
    });
}

void SshPassphrases::setStore(SecretStore *store)
{
    m_store = store;
}

QString SshPassphrases::secretName(const QString &keyFile)
{
    const QString canonical = QFileInfo(keyFile).canonicalFilePath();
    return QStringLiteral("ssh-key-passphrase:") + (canonical.isEmpty() ? keyFile : canonical);
}

void SshPassphrases::onRequested(const QString &keyFile, bool wrong)
{
    if (keyFile == m_pendingKey) { // the passphrase just typed did not open the key
        m_pendingKey.clear();
        m_pendingPassphrase.clear();
        m_pendingInStore = false;
    }
    if (wrong && m_fromMemory.contains(keyFile)) { // another pane's passphrase, changed since
        m_fromMemory.remove(keyFile);
        if (m_memory)
            m_memory->remove(keyFile);
        return ask(keyFile, tr("That passphrase does not open the key."));
    }
    if (!wrong && m_memory && m_memory->contains(keyFile) && !m_fromMemory.contains(keyFile)) {
        m_fromMemory.insert(keyFile);
        m_session->providePassphrase(m_memory->value(keyFile));
        return;
    }
    if (wrong && m_fromStore.contains(keyFile)) {
        m_fromStore.remove(keyFile);
        const QString name = m_store ? m_store->backendName() : QString();
        if (m_store) {
            QPointer<SshPassphrases> self(this);
            m_store->remove(secretName(keyFile), [self](Result<void> removed) {
                if (self && !removed)
                    emit self->storeFailed(removed.error());
            });
        }
        return ask(keyFile, tr("The passphrase kept in %1 no longer opens this key, so it was removed from there.").arg(name));
    }
    if (wrong)
        return ask(keyFile, tr("That passphrase does not open the key."));
    if (m_store && !m_lookedUp.contains(keyFile)) {
        m_lookedUp.insert(keyFile);
        QPointer<SshPassphrases> self(this);
        m_store->read(secretName(keyFile), [self, keyFile](Result<QString> kept) {
            if (!self)
                return;
            if (kept && !kept->isEmpty()) {
                self->m_fromStore.insert(keyFile);
                self->m_session->providePassphrase(*kept);
            } else {
                self->ask(keyFile, QString()); // none kept, or the keychain cannot be read
            }
        });
        return;
    }
    ask(keyFile, QString());
}

void SshPassphrases::ask(const QString &keyFile, const QString &notice)
{
    if (!m_ask) {
        m_session->skipKey();
        return;
    }
    QPointer<SshPassphrases> self(this);
    m_ask(keyFile, notice, !m_store.isNull(), [self, keyFile](std::optional<Answer> answer) {
        if (!self)
            return;
        if (!answer) {
            self->m_session->skipKey();
            return;
        }
        self->m_fromStore.remove(keyFile);
        self->m_fromMemory.remove(keyFile);
        self->m_pendingKey = keyFile;
        self->m_pendingPassphrase = answer->passphrase;
        self->m_pendingInStore = answer->remember;
        self->m_session->providePassphrase(answer->passphrase);
    });
}

} // namespace gpudesk
