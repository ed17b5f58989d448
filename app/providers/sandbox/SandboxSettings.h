#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace gpudesk {

class Database;

// The Sandbox's demo switches kept in the data directory (Settings → Sandbox): the GPU models it
// refuses for lack of capacity, so failover can be shown on one machine.
class SandboxSettings
{
    Q_DECLARE_TR_FUNCTIONS(SandboxSettings)

public:
    explicit SandboxSettings(Database &db);

    Result<QStringList> noCapacityModels() const;
    Result<void> setNoCapacityModels(const QStringList &models);

    // "H100, B200" → {"H100", "B200"} (trimmed, empty parts and duplicates dropped).
    static QStringList parseList(const QString &text);

private:
    Database &m_db;
};

} // namespace gpudesk
