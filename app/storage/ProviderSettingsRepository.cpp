#include "ProviderSettingsRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace gpudesk {

ProviderSettingsRepository::ProviderSettingsRepository(Database &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QHash<QString, bool>> ProviderSettingsRepository::enabledStates() const
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT provider_id, enabled FROM provider_settings")))
        return makeError(Error::Kind::Database,
                         QCoreApplication::translate("Database", "Could not read the provider settings."),
                         q.lastError().text());
    QHash<QString, bool> states;
    while (q.next())
        states.insert(q.value(0).toString(), q.value(1).toInt() != 0);
    return states;
}

Result<void> ProviderSettingsRepository::setEnabled(const QString &providerId, bool enabled)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO provider_settings(provider_id, enabled, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(provider_id) DO UPDATE SET enabled = excluded.enabled, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(providerId);
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(m_clock.now().toString(Qt::ISODate));
    if (!q.exec())
        return makeError(Error::Kind::Database,
                         QCoreApplication::translate("Database", "Could not save the provider settings."),
                         q.lastError().text());
    return {};
}

Result<QHash<QString, QUrl>> ProviderSettingsRepository::baseUrls() const
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT provider_id, base_url FROM provider_settings WHERE base_url IS NOT NULL "
                               "AND base_url <> ''")))
        return makeError(Error::Kind::Database,
                         QCoreApplication::translate("Database", "Could not read the provider settings."),
                         q.lastError().text());
    QHash<QString, QUrl> urls;
    while (q.next())
        urls.insert(q.value(0).toString(), QUrl(q.value(1).toString()));
    return urls;
}

Result<void> ProviderSettingsRepository::setBaseUrl(const QString &providerId, const QUrl &url)
{
    QSqlQuery q(m_db.handle());
    q.prepare(QStringLiteral("INSERT INTO provider_settings(provider_id, enabled, base_url, updated_at) VALUES (?, 1, ?, ?) "
                             "ON CONFLICT(provider_id) DO UPDATE SET base_url = excluded.base_url, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(providerId);
    q.addBindValue(url.isEmpty() ? QVariant() : QVariant(url.toString()));
    q.addBindValue(m_clock.now().toString(Qt::ISODate));
    if (!q.exec())
        return makeError(Error::Kind::Database,
                         QCoreApplication::translate("Database", "Could not save the provider settings."),
                         q.lastError().text());
    return {};
}

} // namespace gpudesk
