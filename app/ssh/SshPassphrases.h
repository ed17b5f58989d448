#pragma once

#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace gpudesk {

class SecretStore;
class SshSession;

// Answers one SshSession's passphrase requests for encrypted keys. The user chooses where a
// passphrase is kept: in memory only (the session holds it until it is closed, for reconnects) or
// in the secret store, the OS keychain, for later sessions too. Never in settings, SQLite or logs.
//
// A kept passphrase is offered before anyone is asked; one that no longer opens the key is
// removed from the store and the user is asked again. A passphrase the user wants kept is
// written only once the login with it succeeded.
class SshPassphrases : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        QString passphrase;
        bool remember = false; // keep it in the store
    };
    using Reply = std::function<void(std::optional<Answer>)>; // nullopt: the user declined (next key)
    // Asks a person. `notice` says why when asking again (empty the first time); `canRemember` is
    // false without a store. Call `reply` once, now or later. An empty Ask never asks: a key
    // without a kept passphrase is skipped (background work, a CLI without a terminal).
    using Ask = std::function<void(const QString &keyFile, const QString &notice, bool canRemember, Reply reply)>;

    // Lives as long as `session` (its parent). `store` may be null (memory only).
    SshPassphrases(SshSession *session, SecretStore *store, Ask ask);

    // Where kept passphrases are read and written (null: memory only); for requests from now on.
    void setStore(SecretStore *store);
    // Passphrases typed for "memory only", shared by connections that belong together (the panes
    // of one terminal tab): a second pane opens the key without asking again. Gone with the last
    // holder of the pointer.
    using Memory = std::shared_ptr<QHash<QString, QString>>;
    void setMemory(Memory memory) { m_memory = std::move(memory); }

    // The store's entry name for a key's passphrase.
    static QString secretName(const QString &keyFile);

signals:
    // A kept passphrase could not be written or removed (the keychain is locked or absent).
    void storeFailed(const gpudesk::Error &error);

private:
    void onRequested(const QString &keyFile, bool wrong);
    void ask(const QString &keyFile, const QString &notice);

    SshSession *m_session;
    QPointer<SecretStore> m_store;
    Ask m_ask;
    QSet<QString> m_lookedUp; // keys whose stored passphrase was asked for in this session
    QSet<QString> m_fromStore; // keys last answered from the store
    Memory m_memory;
    QSet<QString> m_fromMemory; // keys last answered from m_memory
    QString m_pendingKey; // keep this key's passphrase once the login succeeds
    QString m_pendingPassphrase;
    bool m_pendingInStore = false; // in the store too, not only in m_memory
};

} // namespace gpudesk
