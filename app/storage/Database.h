#pragma once

#include <QCoreApplication>
#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace gpudesk {

// The one SQLite database of a data directory (QtSql, WAL, foreign keys on).
// Schema changes are numbered migrations, each applied in its own transaction together with the
// bump of PRAGMA user_version, so a crash leaves the file at one version or the next, never between.
// A file written by a newer GPU Desk, or one that is not a readable SQLite database, is refused with
// a clear error and is never modified or replaced.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Migration
    {
        int version;
        QStringList statements;
    };

    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if absent) and migrates to `targetVersion` (default: latest).
    Result<void> open(const QString &filePath, int targetVersion = -1);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase handle() const { return m_db; }
    QString filePath() const { return m_path; }
    int schemaVersion() const;

    static const QList<Migration> &migrations();
    static int latestVersion();

    // Runs `fn` inside a transaction; rolls back when it returns an error.
    template<typename Fn>
    Result<void> transaction(Fn &&fn);

private:
    Result<void> check(bool ok, const class QSqlQuery &query, const QString &what);
    Result<void> applyMigration(const Migration &migration);
    Error dbError(Error::Kind kind, const QString &message, const QString &detail) const;

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
};

template<typename Fn>
Result<void> Database::transaction(Fn &&fn)
{
    if (!m_db.transaction())
        return dbError(Error::Kind::Database, QStringLiteral("begin"), m_db.lastError().text());
    Result<void> r = fn();
    if (!r.ok()) {
        m_db.rollback();
        return r;
    }
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        m_db.rollback();
        return dbError(Error::Kind::Database, QStringLiteral("commit"), detail);
    }
    return {};
}

} // namespace gpudesk
