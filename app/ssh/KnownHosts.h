#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gpudesk {

// Host keys GPU Desk trusts: its own known_hosts file (OpenSSH format, written by trust()) and,
// read-only, the user's ~/.ssh/known_hosts, so hosts the user already trusts in OpenSSH are not
// asked about again. Understands hashed entries (|1|salt|hash), "[host]:port", comma lists,
// wildcards and negation; @cert-authority and @revoked lines are skipped (GPU Desk does not use
// certificates, and a revoked key is never a reason to accept another one).
class KnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(KnownHosts)

public:
    enum class Status {
        Known, // this exact key is recorded for the host
        Unknown, // first contact: nothing recorded for the host
        Changed, // the host is recorded with another key: never accepted silently
    };

    struct Check
    {
        Status status = Status::Unknown;
        QString knownFingerprint; // for Changed: the fingerprint recorded before
        QString knownFile; // for Known/Changed: the file that recorded it
        int knownLine = 0;
        bool operator==(const Check &) const = default;
    };

    // One trusted key as listed in GPU Desk's own file (Settings → SSH → Known hosts).
    struct Entry
    {
        QString hosts; // the host field as written ("host", "[host]:port", "|1|…")
        QString keyType;
        QString fingerprint;
        int line = 0;
        bool operator==(const Entry &) const = default;
    };

    // `ownFile`: GPU Desk's file (created by trust()); `userFile`: read only, empty for none.
    explicit KnownHosts(QString ownFile, QString userFile = defaultUserFile());

    static QString defaultUserFile();

    // `keyBlob` is the raw public key (the base64-decoded middle field of a known_hosts line).
    Check check(const QString &host, int port, const QString &keyType, const QByteArray &keyBlob) const;

    // Appends "host keyType base64" to GPU Desk's file atomically (the whole file is rewritten
    // through a temporary file and renamed, so a crash never leaves half a line).
    Result<void> trust(const QString &host, int port, const QString &keyType, const QByteArray &keyBlob) const;

    // Removes every line of GPU Desk's file that matches the host (the user's file is never touched).
    Result<int> forget(const QString &host, int port) const;

    Result<QList<Entry>> entries() const;

    // The key types recorded for the host in either file, so the client can prefer them while
    // negotiating and not stumble over a second key type of a known host.
    QStringList knownKeyTypes(const QString &host, int port) const;

    // "SHA256:" + unpadded base64 of SHA-256(blob), as `ssh-keygen -l` prints it.
    static QString fingerprint(const QByteArray &keyBlob);

    // "host" for port 22, else "[host]:port", the form OpenSSH writes and matches.
    static QString hostPattern(const QString &host, int port);

    QString ownFile() const { return m_ownFile; }

private:
    struct Line
    {
        QByteArray hosts;
        QByteArray keyType;
        QByteArray keyBlob;
        int number = 0;
    };
    static QList<Line> readLines(const QString &path);
    static bool hostFieldMatches(const QByteArray &field, const QString &pattern);

    QString m_ownFile;
    QString m_userFile;
};

} // namespace gpudesk
