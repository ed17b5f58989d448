#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/ProviderSettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using gpudesk::Database;
using gpudesk::Error;
using gpudesk::ManualClock;
using gpudesk::ProviderSettingsRepository;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    QStringList names;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

bool schemaObjectExists(const QSqlDatabase &db, const QString &type, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = ? AND name = ?"));
    q.addBindValue(type);
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toInt() == 1;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// What each migration adds, checked after upgrading. A new migration must add its entry here.
struct SchemaExpectation
{
    QList<QPair<QString, QStringList>> tableColumns; // table -> columns that must exist
    QStringList indexes;
};

QHash<int, SchemaExpectation> schemaExpectations()
{
    return {
        { 1,
            { { { QStringLiteral("provider_settings"),
                  { QStringLiteral("provider_id"), QStringLiteral("enabled"), QStringLiteral("updated_at") } } },
                {} } },
        { 2,
            { { { QStringLiteral("provider_settings"), { QStringLiteral("base_url") } },
                  { QStringLiteral("offer_cache"),
                      { QStringLiteral("id"), QStringLiteral("provider_id"), QStringLiteral("instance_type"),
                          QStringLiteral("gpu_model"), QStringLiteral("gpu_count"), QStringLiteral("region"),
                          QStringLiteral("price_micros"), QStringLiteral("billing"), QStringLiteral("payload"),
                          QStringLiteral("fetched_at") } } },
                { QStringLiteral("offer_cache_provider") } } },
        { 3,
            { { { QStringLiteral("jobs"),
                  { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("project"), QStringLiteral("provider_id"),
                      QStringLiteral("spec_json"), QStringLiteral("state"), QStringLiteral("client_token"),
                      QStringLiteral("instance_id"), QStringLiteral("price_micros"), QStringLiteral("message"),
                      QStringLiteral("exit_code"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                      QStringLiteral("state_changed_at") } },
                  { QStringLiteral("job_events"),
                      { QStringLiteral("id"), QStringLiteral("job_id"), QStringLiteral("at"), QStringLiteral("from_state"),
                          QStringLiteral("to_state"), QStringLiteral("message") } } },
                { QStringLiteral("jobs_state"), QStringLiteral("jobs_instance"), QStringLiteral("job_events_job") } } },
        { 4,
            { { { QStringLiteral("usage_intervals"),
                  { QStringLiteral("id"), QStringLiteral("job_id"), QStringLiteral("provider_id"),
                      QStringLiteral("rate_micros"), QStringLiteral("started_at_ms"), QStringLiteral("ended_at_ms"),
                      QStringLiteral("last_checkpoint_ms"), QStringLiteral("end_reason") } },
                  { QStringLiteral("gpu_series"), { QStringLiteral("id"), QStringLiteral("job_id"), QStringLiteral("gpu_index") } },
                  { QStringLiteral("gpu_samples"), { QStringLiteral("series_id"), QStringLiteral("t"), QStringLiteral("util") } },
                  { QStringLiteral("gpu_rollups"),
                      { QStringLiteral("series_id"), QStringLiteral("resolution"), QStringLiteral("t") } } },
                { QStringLiteral("usage_intervals_job"), QStringLiteral("usage_intervals_time"),
                    QStringLiteral("usage_intervals_open") } } },
        { 5,
            { { { QStringLiteral("budgets"),
                  { QStringLiteral("id"), QStringLiteral("monthly_micros"), QStringLiteral("project"),
                      QStringLiteral("provider_id"), QStringLiteral("auto_stop"), QStringLiteral("created_at_ms") } },
                  { QStringLiteral("budget_alerts"),
                      { QStringLiteral("budget_id"), QStringLiteral("period"), QStringLiteral("threshold"),
                          QStringLiteral("fired_at_ms"), QStringLiteral("spent_micros") } },
                  { QStringLiteral("idle_policies"),
                      { QStringLiteral("job_id"), QStringLiteral("enabled"), QStringLiteral("threshold_percent"),
                          QStringLiteral("window_seconds"), QStringLiteral("action"), QStringLiteral("grace_seconds") } } },
                {} } },
        { 6,
            { { { QStringLiteral("job_attempts"),
                  { QStringLiteral("id"), QStringLiteral("job_id"), QStringLiteral("n"), QStringLiteral("round"),
                      QStringLiteral("provider_id"), QStringLiteral("price_micros"), QStringLiteral("outcome"),
                      QStringLiteral("client_token"), QStringLiteral("started_at"), QStringLiteral("ended_at") } },
                  { QStringLiteral("sandbox_settings"), { QStringLiteral("key"), QStringLiteral("value") } } },
                {} } },
    };
}

// Rows written at a given schema version, with the columns that version has.
bool insertDataAtVersion(const QSqlDatabase &db, int version)
{
    QSqlQuery q(db);
    if (version >= 1) {
        if (!q.exec(QStringLiteral("INSERT INTO provider_settings(provider_id, enabled, updated_at) "
                                   "VALUES ('lambda', 0, '2025-01-01T00:00:00Z')")))
            return false;
    }
    if (version >= 2) {
        if (!q.exec(QStringLiteral("INSERT INTO offer_cache(provider_id, instance_type, gpu_model, gpu_count, region, "
                                   "price_micros, billing, payload, fetched_at) VALUES ('lambda', 'gpu_1x_h100_pcie', "
                                   "'H100 PCIe', 1, 'us-west-3', 2490000, 'on-demand', '{}', '2025-01-01T00:00:00Z')")))
            return false;
    }
    if (version >= 3) {
        if (!q.exec(QStringLiteral("INSERT INTO jobs(id, name, provider_id, spec_json, state, client_token, created_at, "
                                   "updated_at, state_changed_at) VALUES ('j-00000001', 'train', 'sandbox', '{}', "
                                   "'running', 'tok-1', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', "
                                   "'2025-01-01T00:00:00Z')")))
            return false;
        if (!q.exec(QStringLiteral("INSERT INTO job_events(job_id, at, to_state) VALUES ('j-00000001', "
                                   "'2025-01-01T00:00:00Z', 'running')")))
            return false;
    }
    return true;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void migrationsAreNumberedFromOne();
    void freshFileMigratesToLatest();
    void walAndForeignKeysAreOn();
    void foreignKeysAreEnforced();
    void reopenKeepsDataAndVersion();
    void upgradeFromEveryEarlierVersion_data();
    void upgradeFromEveryEarlierVersion();
    void olderTargetDoesNotDowngrade();
    void newerSchemaIsRefusedUntouched();
    void corruptFileIsRefusedUntouched_data();
    void corruptFileIsRefusedUntouched();
    void truncatedDatabaseIsRefusedUntouched_data();
    void truncatedDatabaseIsRefusedUntouched();
    void unreadableFileIsRefused();
    void directoryInPlaceOfFileIsRefused();
    void missingDirectoryIsAnError();
    void transactionRollsBackOnError();
    void providerSettingsRoundTrip();
    void providerSettingsOnClosedDatabase();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("gpudesk.sqlite")); }
    QStringList dirEntries() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    }
    QByteArray makeRealDatabase(int rows);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QByteArray TestDatabase::makeRealDatabase(int rows)
{
    Database db;
    if (auto r = db.open(dbPath()); !r)
        return {};
    QSqlQuery q(db.handle());
    q.exec(QStringLiteral("INSERT INTO provider_settings(provider_id, enabled, updated_at) VALUES ('lambda', 1, 'x')"));
    q.prepare(
        QStringLiteral("INSERT INTO offer_cache(provider_id, instance_type, gpu_model, gpu_count, billing, payload, "
                       "fetched_at) VALUES ('lambda', ?, 'H100 SXM', 8, 'on-demand', ?, '2025-01-01')"));
    for (int i = 0; i < rows; ++i) {
        q.addBindValue(QStringLiteral("type-%1").arg(i));
        q.addBindValue(QString(200, QChar(char16_t(u'a' + i % 26))));
        if (!q.exec())
            return {};
    }
    db.close();
    return readAll(dbPath());
}

void TestDatabase::migrationsAreNumberedFromOne()
{
    const auto &migrations = Database::migrations();
    QVERIFY(!migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        QCOMPARE(migrations.at(i).version, int(i) + 1);
        QVERIFY(!migrations.at(i).statements.isEmpty());
    }
    QCOMPARE(Database::latestVersion(), int(migrations.size()));
    const auto expected = schemaExpectations();
    for (const auto &m : migrations)
        QVERIFY2(expected.contains(m.version),
            qPrintable(QStringLiteral("add schema expectations for migration %1 to tst_database").arg(m.version)));
}

void TestDatabase::freshFileMigratesToLatest()
{
    Database db;
    QVERIFY(!db.isOpen());
    const auto r = db.open(dbPath());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message + u' ' + r.error().detail));
    QVERIFY(db.isOpen());
    QCOMPARE(db.filePath(), QFileInfo(dbPath()).absoluteFilePath());
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(db.handle(), QStringLiteral("PRAGMA user_version")).toInt(), Database::latestVersion());
    QVERIFY(QFileInfo::exists(dbPath()));

    const auto expectations = schemaExpectations();
    for (auto it = expectations.cbegin(); it != expectations.cend(); ++it) {
        for (const auto &[table, columns] : it->tableColumns) {
            const QStringList actual = columnsOf(db.handle(), table);
            for (const QString &c : columns)
                QVERIFY2(actual.contains(c), qPrintable(table + u'.' + c));
        }
        for (const QString &index : it->indexes)
            QVERIFY2(schemaObjectExists(db.handle(), QStringLiteral("index"), index), qPrintable(index));
    }
    db.close();
    QVERIFY(!db.isOpen());
}

void TestDatabase::walAndForeignKeysAreOn()
{
    Database db;
    QVERIFY(db.open(dbPath()).ok());
    QCOMPARE(scalar(db.handle(), QStringLiteral("PRAGMA journal_mode")).toString().toLower(), QStringLiteral("wal"));
    QCOMPARE(scalar(db.handle(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(db.handle(), QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
}

void TestDatabase::foreignKeysAreEnforced()
{
    Database db;
    QVERIFY(db.open(dbPath()).ok());
    QSqlQuery q(db.handle());
    const QString insertOffer = QStringLiteral(
        "INSERT INTO offer_cache(provider_id, instance_type, gpu_model, gpu_count, billing, payload, fetched_at) "
        "VALUES ('%1', 't', 'H100 SXM', 1, 'on-demand', '{}', 'now')");
    QVERIFY2(!q.exec(insertOffer.arg(QStringLiteral("nobody"))), "an offer of an unknown provider was accepted");

    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO provider_settings(provider_id, enabled, updated_at) VALUES ('runpod', 1, 'now')")));
    QVERIFY2(q.exec(insertOffer.arg(QStringLiteral("runpod"))), qPrintable(q.lastError().text()));
    QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM offer_cache")).toInt(), 1);
    // ON DELETE CASCADE: forgetting a provider forgets its cached offers.
    QVERIFY(q.exec(QStringLiteral("DELETE FROM provider_settings WHERE provider_id = 'runpod'")));
    QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM offer_cache")).toInt(), 0);
}

void TestDatabase::reopenKeepsDataAndVersion()
{
    {
        Database db;
        QVERIFY(db.open(dbPath()).ok());
        QVERIFY(insertDataAtVersion(db.handle(), Database::latestVersion()));
    }
    Database db;
    QVERIFY(db.open(dbPath()).ok());
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM provider_settings")).toInt(), 1);
    QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT price_micros FROM offer_cache")).toLongLong(), 2'490'000);
}

void TestDatabase::upgradeFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 0; v < Database::latestVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestDatabase::upgradeFromEveryEarlierVersion()
{
    QFETCH(int, fromVersion);

    {
        Database old;
        const auto r = old.open(dbPath(), fromVersion);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(old.schemaVersion(), fromVersion);
        // Nothing from later migrations exists yet.
        const auto expectations = schemaExpectations();
        for (int v = fromVersion + 1; v <= Database::latestVersion(); ++v) {
            for (const QString &index : expectations.value(v).indexes)
                QVERIFY(!schemaObjectExists(old.handle(), QStringLiteral("index"), index));
        }
        QVERIFY(insertDataAtVersion(old.handle(), fromVersion));
        old.close();
    }

    Database db;
    const auto r = db.open(dbPath());
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message + u' ' + r.error().detail));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());

    const auto expectations = schemaExpectations();
    for (int v = 1; v <= Database::latestVersion(); ++v) {
        const SchemaExpectation e = expectations.value(v);
        for (const auto &[table, columns] : e.tableColumns) {
            QVERIFY2(schemaObjectExists(db.handle(), QStringLiteral("table"), table), qPrintable(table));
            const QStringList actual = columnsOf(db.handle(), table);
            for (const QString &c : columns)
                QVERIFY2(actual.contains(c), qPrintable(QStringLiteral("v%1: %2.%3").arg(v).arg(table, c)));
        }
        for (const QString &index : e.indexes)
            QVERIFY2(schemaObjectExists(db.handle(), QStringLiteral("index"), index), qPrintable(index));
    }

    // Data written at the old version survived the upgrade.
    if (fromVersion >= 1) {
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("SELECT provider_id, enabled, updated_at, base_url FROM provider_settings")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("lambda"));
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toString(), QStringLiteral("2025-01-01T00:00:00Z"));
        QVERIFY(q.value(3).isNull());
        QVERIFY(!q.next());
    } else {
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM provider_settings")).toInt(), 0);
    }
    // And the upgraded schema takes new data.
    QVERIFY(insertDataAtVersion(db.handle(), fromVersion >= 1 ? 0 : 1));
    QSqlQuery q(db.handle());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO offer_cache(provider_id, instance_type, gpu_model, gpu_count, billing, "
                                  "payload, fetched_at) VALUES ('lambda', 't', 'H100 SXM', 1, 'spot', '{}', 'now')")));
}

void TestDatabase::olderTargetDoesNotDowngrade()
{
    {
        Database db;
        QVERIFY(db.open(dbPath()).ok());
    }
    Database db;
    QVERIFY(db.open(dbPath(), 1).ok());
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
}

void TestDatabase::newerSchemaIsRefusedUntouched()
{
    {
        Database db;
        QVERIFY(db.open(dbPath()).ok());
        QVERIFY(insertDataAtVersion(db.handle(), Database::latestVersion()));
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 1)));
    }
    const QByteArray before = readAll(dbPath());
    QVERIFY(!before.isEmpty());
    const QStringList entriesBefore = dirEntries();

    Database db;
    const auto r = db.open(dbPath());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::DataTooNew);
    QVERIFY2(r.error().message.contains(QDir::toNativeSeparators(QFileInfo(dbPath()).absoluteFilePath())),
        qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QString::number(Database::latestVersion() + 1)), qPrintable(r.error().message));
    QVERIFY(!db.isOpen());
    QCOMPARE(readAll(dbPath()), before);
    QCOMPARE(dirEntries(), entriesBefore);
}

void TestDatabase::corruptFileIsRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QRandomGenerator random(20'240'611); // fixed seed: the same bytes on every run
    QByteArray noise(16'384, Qt::Uninitialized);
    for (char &c : noise)
        c = char(random.bounded(256));
    QTest::newRow("random bytes") << noise;
    QTest::newRow("text file") << QByteArray("provider,instance_type\nLambda,gpu_1x_h100_pcie\n").repeated(100);
    QByteArray fakeHeader = QByteArray("SQLite format 3") + '\0';
    fakeHeader += QByteArray(4096 - fakeHeader.size(), '\xff');
    QTest::newRow("sqlite magic then garbage") << fakeHeader;
}

void TestDatabase::corruptFileIsRefusedUntouched()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(writeAll(dbPath(), bytes));
    const QStringList entriesBefore = dirEntries();

    Database db;
    const auto r = db.open(dbPath());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Corrupt);
    QVERIFY2(r.error().message.contains(QDir::toNativeSeparators(QFileInfo(dbPath()).absoluteFilePath())),
        qPrintable(r.error().message));
    QVERIFY(!db.isOpen());
    QCOMPARE(readAll(dbPath()), bytes);
    QCOMPARE(dirEntries(), entriesBefore);

    // Refused again on a second attempt: nothing was "repaired" in between.
    const auto again = db.open(dbPath());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Corrupt);
    QCOMPARE(readAll(dbPath()), bytes);
}

void TestDatabase::truncatedDatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<int>("keepPercent");
    QTest::newRow("half") << 50;
    QTest::newRow("first quarter") << 25;
    QTest::newRow("all but the last page") << -1;
    QTest::newRow("odd size") << -2;
}

void TestDatabase::truncatedDatabaseIsRefusedUntouched()
{
    QFETCH(int, keepPercent);

    const QByteArray full = makeRealDatabase(400);
    QVERIFY(full.size() > 8 * 4096);
    const int pageSize = 4096;
    qsizetype keep = 0;
    if (keepPercent == -1)
        keep = full.size() - pageSize;
    else if (keepPercent == -2)
        keep = full.size() / 2 + 1234;
    else
        keep = full.size() * keepPercent / 100;
    const QByteArray truncated = full.left(keep);
    QVERIFY(writeAll(dbPath(), truncated));
    const QStringList entriesBefore = dirEntries();

    Database db;
    const auto r = db.open(dbPath());
    QVERIFY2(!r.ok(), "a truncated database was opened");
    QCOMPARE(r.error().kind, Error::Kind::Corrupt);
    QVERIFY2(r.error().message.contains(QDir::toNativeSeparators(QFileInfo(dbPath()).absoluteFilePath())),
        qPrintable(r.error().message));
    QCOMPARE(readAll(dbPath()), truncated);
    QCOMPARE(dirEntries(), entriesBefore);
}

void TestDatabase::unreadableFileIsRefused()
{
    const QByteArray bytes = makeRealDatabase(3);
    QVERIFY(!bytes.isEmpty());
    QVERIFY(QFile::setPermissions(dbPath(), QFileDevice::Permissions()));
    auto restore
        = qScopeGuard([this] { QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner); });
    {
        QFile probe(dbPath());
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("chmod 000 does not stop this user from reading (running as root?): cannot test an unreadable file");
    }

    Database db;
    const auto r = db.open(dbPath());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Io);
    QVERIFY2(r.error().message.contains(QDir::toNativeSeparators(QFileInfo(dbPath()).absoluteFilePath())),
        qPrintable(r.error().message));
    restore.dismiss();
    QVERIFY(QFile::setPermissions(dbPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(readAll(dbPath()), bytes);
}

void TestDatabase::directoryInPlaceOfFileIsRefused()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("gpudesk.sqlite")));
    Database db;
    const auto r = db.open(dbPath());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::Io);
    QVERIFY(r.error().message.contains(QDir::toNativeSeparators(QFileInfo(dbPath()).absoluteFilePath())));
    QVERIFY(QFileInfo(dbPath()).isDir());
}

void TestDatabase::missingDirectoryIsAnError()
{
    const QString path = m_dir->filePath(QStringLiteral("no/such/dir/gpudesk.sqlite"));
    Database db;
    const auto r = db.open(path);
    QVERIFY(!r.ok());
    QVERIFY(r.error().kind == Error::Kind::Database || r.error().kind == Error::Kind::Io);
    QVERIFY(r.error().message.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    QVERIFY(!db.isOpen());
}

void TestDatabase::transactionRollsBackOnError()
{
    Database db;
    QVERIFY(db.open(dbPath()).ok());
    const auto r = db.transaction([&]() -> gpudesk::Result<void> {
        QSqlQuery q(db.handle());
        q.exec(QStringLiteral("INSERT INTO provider_settings(provider_id, enabled, updated_at) VALUES ('a', 1, 'x')"));
        return gpudesk::makeError(Error::Kind::InvalidInput, QStringLiteral("stop"));
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("stop"));
    QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM provider_settings")).toInt(), 0);

    const auto ok = db.transaction([&]() -> gpudesk::Result<void> {
        QSqlQuery q(db.handle());
        q.exec(QStringLiteral("INSERT INTO provider_settings(provider_id, enabled, updated_at) VALUES ('b', 1, 'x')"));
        return {};
    });
    QVERIFY(ok.ok());
    QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM provider_settings")).toInt(), 1);
}

void TestDatabase::providerSettingsRoundTrip()
{
    ManualClock clock(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    {
        Database db;
        QVERIFY(db.open(dbPath()).ok());
        ProviderSettingsRepository repo(db, clock);

        auto states = repo.enabledStates();
        QVERIFY(states.ok());
        QVERIFY(states->isEmpty()); // untouched providers are absent (they default to enabled)

        QVERIFY(repo.setEnabled(QStringLiteral("lambda"), false).ok());
        QVERIFY(repo.setEnabled(QStringLiteral("runpod"), true).ok());
        states = repo.enabledStates();
        QVERIFY(states.ok());
        QCOMPARE(states->size(), 2);
        QCOMPARE(states->value(QStringLiteral("lambda"), true), false);
        QCOMPARE(states->value(QStringLiteral("runpod"), false), true);
        QCOMPARE(
            scalar(db.handle(), QStringLiteral("SELECT updated_at FROM provider_settings WHERE provider_id = 'lambda'"))
                .toString(),
            QStringLiteral("2026-01-02T03:04:05Z"));

        clock.advanceSeconds(90);
        QVERIFY(repo.setEnabled(QStringLiteral("lambda"), true).ok());
        QCOMPARE(scalar(db.handle(), QStringLiteral("SELECT count(*) FROM provider_settings")).toInt(), 2);
        QCOMPARE(
            scalar(db.handle(), QStringLiteral("SELECT updated_at FROM provider_settings WHERE provider_id = 'lambda'"))
                .toString(),
            QStringLiteral("2026-01-02T03:05:35Z"));
        QCOMPARE(
            scalar(db.handle(), QStringLiteral("SELECT updated_at FROM provider_settings WHERE provider_id = 'runpod'"))
                .toString(),
            QStringLiteral("2026-01-02T03:04:05Z"));
        QVERIFY(repo.setEnabled(QStringLiteral("vastai"), false).ok());
    }

    // A fresh connection sees what was saved.
    Database db;
    QVERIFY(db.open(dbPath()).ok());
    ProviderSettingsRepository repo(db, clock);
    const auto states = repo.enabledStates();
    QVERIFY(states.ok());
    const QHash<QString, bool> expected = { { QStringLiteral("lambda"), true }, { QStringLiteral("runpod"), true },
        { QStringLiteral("vastai"), false } };
    QCOMPARE(*states, expected);
}

void TestDatabase::providerSettingsOnClosedDatabase()
{
    ManualClock clock(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
    Database db; // never opened
    ProviderSettingsRepository repo(db, clock);
    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::exec: database not open");
    const auto states = repo.enabledStates();
    QVERIFY(!states.ok());
    QCOMPARE(states.error().kind, Error::Kind::Database);
    QVERIFY(!states.error().message.isEmpty());

    QTest::ignoreMessage(QtWarningMsg, "QSqlQuery::prepare: database not open");
    const auto set = repo.setEnabled(QStringLiteral("lambda"), false);
    QVERIFY(!set.ok());
    QCOMPARE(set.error().kind, Error::Kind::Database);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
