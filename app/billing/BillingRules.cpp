#include "BillingRules.h"

namespace gpudesk {

namespace {

// Rows are written here, not read from a file, so the rule a cost was computed with ships with
// the binary that computed it. Only the Sandbox's rule is ours to define; for the clouds, neither
// ../shared/provider-specs (their API specs) nor data/SOURCES.md states a billing increment or a
// minimum charge, so each is "assumed per-second" until a documented source is added here.
BillingRule assumedPerSecond(const char *providerId)
{
    BillingRule r;
    r.providerId = QString::fromLatin1(providerId);
    r.granularity = BillingRule::Granularity::PerSecond;
    r.assumed = true;
    r.source = QStringLiteral("assumed per-second: no billing increment or minimum charge is documented in "
                              "provider-specs or data/SOURCES.md");
    return r;
}

} // namespace

const QList<BillingRule> &BillingRules::all()
{
    static const QList<BillingRule> rules = [] {
        BillingRule sandbox;
        sandbox.providerId = QStringLiteral("sandbox");
        sandbox.granularity = BillingRule::Granularity::PerSecond;
        sandbox.simulated = true;
        sandbox.source = QStringLiteral("GPU Desk's own Sandbox: simulated per-second cost at the mirrored snapshot "
                                        "price; nothing is charged");
        return QList<BillingRule> {
            sandbox,
            assumedPerSecond("lepton"),
            assumedPerSecond("lambda"),
            assumedPerSecond("runpod"),
            assumedPerSecond("vastai"),
            assumedPerSecond("crusoe"),
        };
    }();
    return rules;
}

BillingRule BillingRules::forProvider(const QString &providerId)
{
    for (const BillingRule &r : all()) {
        if (r.providerId == providerId)
            return r;
    }
    BillingRule r = assumedPerSecond("");
    r.providerId = providerId;
    return r;
}

} // namespace gpudesk
