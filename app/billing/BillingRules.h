#pragma once

#include "BillingRule.h"

#include <QList>
#include <QString>

namespace gpudesk {

// The billing granularity of every provider GPU Desk launches on, each row with its source.
// A provider missing from the table is billed per second and marked assumed, so a new adapter
// never silently gets hourly rounding it does not have.
class BillingRules
{
public:
    static const QList<BillingRule> &all();
    static BillingRule forProvider(const QString &providerId);
};

} // namespace gpudesk
