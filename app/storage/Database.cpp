#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace gpudesk {

namespace {


} // namespace

const QList<Database::Migration> &Database::migrations()
{
    // Append only. Never edit a migration that has shipped: add a new one.
    static const QList<Migration> list = {
        {1,
         {QStringLiteral("CREATE TABLE provider_settings ("
                         " provider_id TEXT PRIMARY KEY NOT NULL,"
                         " enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
                         " updated_at TEXT NOT NULL)")}},
        {2,
         {QStringLiteral("ALTER TABLE provider_settings ADD COLUMN base_url TEXT"),
          QStringLiteral("CREATE TABLE offer_cache ("
                         " id INTEGER PRIMARY KEY,"
                         " provider_id TEXT NOT NULL REFERENCES provider_settings(provider_id) ON DELETE CASCADE,"
                         " instance_type TEXT NOT NULL,"
                         " gpu_model TEXT NOT NULL,"
                         " gpu_count INTEGER NOT NULL CHECK (gpu_count > 0),"
                         " region TEXT NOT NULL DEFAULT '',"
                         " price_micros INTEGER,"
                         " billing TEXT NOT NULL,"
                         " payload TEXT NOT NULL,"
                         " fetched_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX offer_cache_provider ON offer_cache(provider_id, fetched_at)")}},
        {3,
         {QStringLiteral("CREATE TABLE jobs ("
                         " id TEXT PRIMARY KEY NOT NULL,"
                         " name TEXT NOT NULL,"
                         " project TEXT NOT NULL DEFAULT '',"
                         " provider_id TEXT NOT NULL,"
                         " spec_json TEXT NOT NULL,"
                         " state TEXT NOT NULL,"
                         " client_token TEXT NOT NULL UNIQUE,"
                         " instance_id TEXT,"
                         " price_micros INTEGER,"
                         " message TEXT NOT NULL DEFAULT '',"
                         " exit_code INTEGER,"
                         " created_at TEXT NOT NULL,"
                         " updated_at TEXT NOT NULL,"
                         " state_changed_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX jobs_state ON jobs(state)"),
          QStringLiteral("CREATE UNIQUE INDEX jobs_instance ON jobs(provider_id, instance_id) WHERE instance_id IS NOT NULL"),
          QStringLiteral("CREATE TABLE job_events ("
                         " id INTEGER PRIMARY KEY,"
                         " job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
                         " at TEXT NOT NULL,"
                         " from_state TEXT,"
                         " to_state TEXT NOT NULL,"
                         " message TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX job_events_job ON job_events(job_id, id)")}},
        // Ledger (app/billing) and GPU utilization (app/metrics). Times are integers (ms for billing,
        // s for samples) so sums and range scans are exact and compact; no foreign key to jobs, so a
        // forgotten job's spend and samples stay in the history.
        {4,
         {QStringLiteral("CREATE TABLE usage_intervals ("
                         " id INTEGER PRIMARY KEY,"
                         " job_id TEXT NOT NULL,"
                         " instance_id TEXT NOT NULL DEFAULT '',"
                         " provider_id TEXT NOT NULL,"
                         " project TEXT NOT NULL DEFAULT '',"
                         " gpu_model TEXT NOT NULL DEFAULT '',"
                         " gpu_count INTEGER NOT NULL DEFAULT 0,"
                         " nodes INTEGER NOT NULL DEFAULT 1,"
                         " rate_micros INTEGER,"
                         " simulated INTEGER NOT NULL DEFAULT 0 CHECK (simulated IN (0, 1)),"
                         " started_at_ms INTEGER NOT NULL,"
                         " ended_at_ms INTEGER,"
                         " last_checkpoint_ms INTEGER NOT NULL,"
                         " end_reason TEXT NOT NULL DEFAULT '',"
                         " CHECK (ended_at_ms IS NULL OR ended_at_ms >= started_at_ms))"),
          QStringLiteral("CREATE INDEX usage_intervals_job ON usage_intervals(job_id, started_at_ms)"),
          QStringLiteral("CREATE INDEX usage_intervals_time ON usage_intervals(started_at_ms)"),
          QStringLiteral("CREATE INDEX usage_intervals_open ON usage_intervals(job_id) WHERE ended_at_ms IS NULL"),
          QStringLiteral("CREATE TABLE gpu_series ("
                         " id INTEGER PRIMARY KEY,"
                         " job_id TEXT NOT NULL,"
                         " gpu_index INTEGER NOT NULL,"
                         " gpu_name TEXT NOT NULL DEFAULT '',"
                         " UNIQUE (job_id, gpu_index))"),
          QStringLiteral("CREATE TABLE gpu_samples ("
                         " series_id INTEGER NOT NULL,"
                         " t INTEGER NOT NULL,"
                         " util INTEGER, mem_used INTEGER, mem_total INTEGER, power_cw INTEGER, temp INTEGER,"
                         " PRIMARY KEY (series_id, t)) WITHOUT ROWID"),
          QStringLiteral("CREATE TABLE gpu_rollups ("
                         " series_id INTEGER NOT NULL,"
                         " resolution INTEGER NOT NULL,"
                         " t INTEGER NOT NULL,"
                         " util_min INTEGER, util_max INTEGER, util_sum INTEGER, util_n INTEGER NOT NULL DEFAULT 0,"
                         " mem_min INTEGER, mem_max INTEGER, mem_sum INTEGER, mem_n INTEGER NOT NULL DEFAULT 0,"
                         " power_min INTEGER, power_max INTEGER, power_sum INTEGER, power_n INTEGER NOT NULL DEFAULT 0,"
                         " temp_min INTEGER, temp_max INTEGER, temp_sum INTEGER, temp_n INTEGER NOT NULL DEFAULT 0,"
                         " mem_total INTEGER,"
                         " PRIMARY KEY (series_id, resolution, t)) WITHOUT ROWID")}},
        // Budgets, the thresholds they already fired (once per month), and idle auto-stop policies
        // (job_id '' is the default for jobs without their own).
        {5,
         {QStringLiteral("CREATE TABLE budgets ("
                         " id INTEGER PRIMARY KEY,"
                         " monthly_micros INTEGER NOT NULL CHECK (monthly_micros > 0),"
                         " project TEXT NOT NULL DEFAULT '',"
                         " provider_id TEXT NOT NULL DEFAULT '',"
                         " auto_stop INTEGER NOT NULL DEFAULT 0 CHECK (auto_stop IN (0, 1)),"
                         " created_at_ms INTEGER NOT NULL,"
                         " UNIQUE (project, provider_id))"),
          QStringLiteral("CREATE TABLE budget_alerts ("
                         " budget_id INTEGER NOT NULL REFERENCES budgets(id) ON DELETE CASCADE,"
                         " period TEXT NOT NULL,"
                         " threshold INTEGER NOT NULL,"
                         " fired_at_ms INTEGER NOT NULL,"
                         " spent_micros INTEGER NOT NULL,"
                         " PRIMARY KEY (budget_id, period, threshold))"),
          QStringLiteral("CREATE TABLE idle_policies ("
                         " job_id TEXT PRIMARY KEY,"
                         " enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),"
                         " threshold_percent INTEGER NOT NULL,"
                         " window_seconds INTEGER NOT NULL CHECK (window_seconds > 0),"
                         " action TEXT NOT NULL,"
                         " grace_seconds INTEGER NOT NULL DEFAULT 600)")}},
        // Dispatch (app/dispatch): every placement attempt of a job, and the Sandbox's demo switches.
        {6,
         {QStringLiteral("CREATE TABLE job_attempts ("
                         " id INTEGER PRIMARY KEY,"
                         " job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
                         " n INTEGER NOT NULL CHECK (n > 0),"
                         " round INTEGER NOT NULL DEFAULT 0,"
                         " provider_id TEXT NOT NULL,"
                         " instance_type TEXT NOT NULL DEFAULT '',"
                         " gpu_model TEXT NOT NULL DEFAULT '',"
                         " gpu_count INTEGER NOT NULL DEFAULT 0,"
                         " region TEXT NOT NULL DEFAULT '',"
                         " price_micros INTEGER,"
                         " price_source TEXT NOT NULL DEFAULT '',"
                         " client_token TEXT NOT NULL DEFAULT '',"
                         " instance_id TEXT NOT NULL DEFAULT '',"
                         " outcome TEXT NOT NULL,"
                         " message TEXT NOT NULL DEFAULT '',"
                         " started_at TEXT NOT NULL,"
                         " ended_at TEXT,"
                         " UNIQUE (job_id, n))"),
          QStringLiteral("CREATE TABLE sandbox_settings ("
                         " key TEXT PRIMARY KEY NOT NULL,"
                         " value TEXT NOT NULL)")}},
    };
    return list;
}

int Database::latestVersion()
{
    return migrations().constLast().version;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Error Database::dbError(Error::Kind kind, const QString &message, const QString &detail) const
{
    return makeError(kind, message, detail);
}

Result<void> Database::check(bool ok, const QSqlQuery &query, const QString &what)
{
    if (ok)
        return {};
    const QString detail = what + QStringLiteral(": ") + query.lastError().text();
    const QString native = query.lastError().nativeErrorCode();
    // SQLITE_NOTADB (26) and SQLITE_CORRUPT (11): a damaged or foreign file.
    if (native == QStringLiteral("26") || native == QStringLiteral("11")
        || detail.contains(QStringLiteral("not a database"), Qt::CaseInsensitive)
        || detail.contains(QStringLiteral("malformed"), Qt::CaseInsensitive)) {
        return dbError(Error::Kind::Corrupt,
                       tr("The database %1 is damaged or is not a GPU Desk database. It was left untouched; "
                          "restore it from a backup, or move it away to start with an empty one.")
                           .arg(QDir::toNativeSeparators(m_path)),
                       detail);
    }
    return dbError(Error::Kind::Database,
                   tr("The database %1 could not be read or written. Check the disk and the file's "
                      "permissions.").arg(QDir::toNativeSeparators(m_path)),
                   detail);
}

Result<void> Database::open(const QString &filePath, int targetVersion)
{
    close();
    m_path = QFileInfo(filePath).absoluteFilePath();
    if (targetVersion < 0)
        targetVersion = latestVersion();

    const QFileInfo info(m_path);
    if (info.exists() && (!info.isFile() || !info.isReadable())) {
        return dbError(Error::Kind::Io,
                       tr("The database %1 cannot be read. Check the file's permissions.")
                           .arg(QDir::toNativeSeparators(m_path)),
                       {});
    }

    m_connectionName = QStringLiteral("gpudesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString detail = m_db.lastError().text();
        close();
        return dbError(Error::Kind::Database,
                       tr("The database %1 could not be opened. Check the disk and the file's permissions.")
                           .arg(QDir::toNativeSeparators(m_path)),
                       detail);
    }

    QSqlQuery q(m_db);
    // Reading the header first: a foreign or damaged file fails here, before anything writes to it.
    if (auto r = check(q.exec(QStringLiteral("PRAGMA user_version")), q, QStringLiteral("user_version")); !r) {
        close();
        return r;
    }
    q.next();
    const int current = q.value(0).toInt();
    if (current > latestVersion()) {
        const Error e = dbError(Error::Kind::DataTooNew,
                                tr("The database %1 was written by a newer version of GPU Desk (schema %2; this "
                                   "version knows up to %3). Update GPU Desk, or start it with another --data-dir.")
                                    .arg(QDir::toNativeSeparators(m_path))
                                    .arg(current)
                                    .arg(latestVersion()),
                                {});
        close();
        return e;
    }
    if (auto r = check(q.exec(QStringLiteral("PRAGMA quick_check")), q, QStringLiteral("quick_check")); !r) {
        close();
        return r;
    }
    if (q.next() && q.value(0).toString() != QStringLiteral("ok")) {
        const Error e = dbError(Error::Kind::Corrupt,
                                tr("The database %1 is damaged. It was left untouched; restore it from a backup, "
                                   "or move it away to start with an empty one.")
                                    .arg(QDir::toNativeSeparators(m_path)),
                                q.value(0).toString());
        close();
        return e;
    }

    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        if (auto r = check(q.exec(QString::fromLatin1(pragma)), q, QString::fromLatin1(pragma)); !r) {
            close();
            return r;
        }
    }

    for (const Migration &m : migrations()) {
        if (m.version <= current || m.version > targetVersion)
            continue;
        if (auto r = applyMigration(m); !r) {
            close();
            return r;
        }
    }
    return {};
}

Result<void> Database::applyMigration(const Migration &migration)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(m_db);
        for (const QString &sql : migration.statements) {
            if (auto r = check(q.exec(sql), q, QStringLiteral("migration %1").arg(migration.version)); !r)
                return r;
        }
        return check(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)), q,
                     QStringLiteral("user_version"));
    });
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace gpudesk
