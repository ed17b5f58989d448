#pragma once

#include <QList>
#include <QString>

namespace gpudesk {

// What GPU Desk knows about a provider without talking to it.
struct ProviderInfo
{
    enum class Kind { Cloud, Marketplace, Reseller, Local };

    QString id;            // stable key: "lambda", "vastai", "sandbox"
    QString displayName;   // as the provider writes itself, and as the price snapshot names it
    QString initials;      // two letters for the avatar
    QString colour;        // avatar colour, #rrggbb
    Kind kind = Kind::Cloud;
    bool publishesPrices = true; // false: offers are "quote" (DGX Cloud Lepton)
    bool apiPlanned = false;     // GPU Desk talks to its API (launch, live prices) in a later release
    QString website;

    bool operator==(const ProviderInfo &) const = default;
};

class ProviderDirectory
{
public:
    // Every provider the bundled data mentions, plus the Sandbox, in display order.
    static const QList<ProviderInfo> &all();
    static const ProviderInfo *byId(const QString &id);
    // By id or display name, case-insensitive ("Vast.ai", "vastai", "vast").
    static const ProviderInfo *lookup(const QString &nameOrId);
    static QString kindName(ProviderInfo::Kind kind);
};

} // namespace gpudesk
