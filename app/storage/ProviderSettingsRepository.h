#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QHash>
#include <QString>
#include <QUrl>

namespace gpudesk {

class Database;

// Which providers the user has switched on or off (no secrets: keys live in the keychain).
class ProviderSettingsRepository
{
public:
    ProviderSettingsRepository(Database &db, Clock &clock);

    // provider id -> enabled; providers never touched are absent (they default to enabled).
    Result<QHash<QString, bool>> enabledStates() const;
    Result<void> setEnabled(const QString &providerId, bool enabled);
    // Base URLs the user set (a proxy, a mock); providers without one are absent.
    Result<QHash<QString, QUrl>> baseUrls() const;
    // An empty URL goes back to the provider's public API.
    Result<void> setBaseUrl(const QString &providerId, const QUrl &url);

private:
    Database &m_db;
    Clock &m_clock;
};

} // namespace gpudesk
