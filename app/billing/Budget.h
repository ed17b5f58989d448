#pragma once

#include "core/Money.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace gpudesk {

// A monthly spending limit, for everything or narrowed to one project and/or one provider. Spend
// counts real and simulated (Sandbox) cost alike, so a Sandbox budget behaves as a real one would.
struct Budget
{
    qint64 id = 0; // 0 until stored
    Money monthly;
    QString project; // "" = every project ("default" is the project of jobs without one)
    QString providerId; // "" = every provider
    bool autoStop = false; // at 100 %, stop every running job the budget covers
    QDateTime createdAt;

    // "all jobs", "project vision", "provider lambda", "project vision on lambda" (translated).
    QString scopeText() const;

    bool operator==(const Budget &) const = default;
};

// One threshold of one budget crossed in one month (fired once, stored).
struct BudgetAlert
{
    qint64 budgetId = 0;
    QString period; // "2026-11": the month, local time
    int threshold = 0; // 50, 80 or 100
    QDateTime firedAt;
    Money spent; // spend when it fired

    bool operator==(const BudgetAlert &) const = default;
};

} // namespace gpudesk

Q_DECLARE_METATYPE(gpudesk::BudgetAlert)
