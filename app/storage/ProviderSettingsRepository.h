#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QHash>
#include <QString>

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

private:
    Database &m_db;
    Clock &m_clock;
};

} // namespace gpudesk
