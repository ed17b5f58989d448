#include "SandboxSettings.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace gpudesk {

namespace {

const QString kNoCapacity = QStringLiteral("no_capacity");

} // namespace

SandboxSettings::SandboxSettings(Database &db)
    : m_db(db)
{
}

QStringList SandboxSettings::parseList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out.append(t);
    }
    return out;
}

Result<QStringList> SandboxSettings::noCapacityModels() const
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("SELECT value FROM sandbox_settings WHERE key = ?"));
    q.addBindValue(kNoCapacity);
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not read the Sandbox settings."), q.lastError().text());
    return q.next() ? parseList(q.value(0).toString()) : QStringList();
}

Result<void> SandboxSettings::setNoCapacityModels(const QStringList &models)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO sandbox_settings(key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kNoCapacity);
    q.addBindValue(parseList(models.join(u',')).join(QStringLiteral(", ")));
    if (!q.exec())
        return makeError(Error::Kind::Database, tr("Could not save the Sandbox settings."), q.lastError().text());
    return {};
}

} // namespace gpudesk
