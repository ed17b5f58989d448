#include "ProviderInfo.h"

#include <QCoreApplication>

namespace gpudesk {

const QList<ProviderInfo> &ProviderDirectory::all()
{
    using K = ProviderInfo::Kind;
    static const QList<ProviderInfo> list = {
        {QStringLiteral("sandbox"), QStringLiteral("Sandbox"), QStringLiteral("SB"), QStringLiteral("#607d8b"), K::Local, true, true, {}},
        {QStringLiteral("lepton"), QStringLiteral("DGX Cloud Lepton"), QStringLiteral("DL"), QStringLiteral("#76b900"), K::Cloud, false, true, QStringLiteral("https://build.nvidia.com")},
        {QStringLiteral("lambda"), QStringLiteral("Lambda"), QStringLiteral("LA"), QStringLiteral("#6b4fbb"), K::Cloud, true, true, QStringLiteral("https://lambda.ai")},
        {QStringLiteral("runpod"), QStringLiteral("RunPod"), QStringLiteral("RP"), QStringLiteral("#673ab7"), K::Cloud, true, true, QStringLiteral("https://www.runpod.io")},
        {QStringLiteral("vastai"), QStringLiteral("Vast.ai"), QStringLiteral("VA"), QStringLiteral("#1e88e5"), K::Marketplace, true, true, QStringLiteral("https://vast.ai")},
        {QStringLiteral("crusoe"), QStringLiteral("Crusoe"), QStringLiteral("CR"), QStringLiteral("#ef6c00"), K::Cloud, true, true, QStringLiteral("https://crusoe.ai")},
        {QStringLiteral("coreweave"), QStringLiteral("CoreWeave"), QStringLiteral("CW"), QStringLiteral("#3949ab"), K::Cloud, true, true, QStringLiteral("https://www.coreweave.com")},
        {QStringLiteral("nebius"), QStringLiteral("Nebius"), QStringLiteral("NB"), QStringLiteral("#00897b"), K::Cloud, true, false, QStringLiteral("https://nebius.com")},
        {QStringLiteral("voltagepark"), QStringLiteral("Voltage Park"), QStringLiteral("VP"), QStringLiteral("#fbc02d"), K::Cloud, true, false, QStringLiteral("https://www.voltagepark.com")},
        {QStringLiteral("hyperstack"), QStringLiteral("Hyperstack"), QStringLiteral("HS"), QStringLiteral("#5e35b1"), K::Cloud, true, false, QStringLiteral("https://www.hyperstack.cloud")},
        {QStringLiteral("fluidstack"), QStringLiteral("FluidStack"), QStringLiteral("FS"), QStringLiteral("#0097a7"), K::Cloud, true, false, QStringLiteral("https://www.fluidstack.io")},
        {QStringLiteral("paperspace"), QStringLiteral("Paperspace"), QStringLiteral("PS"), QStringLiteral("#455a64"), K::Cloud, true, false, QStringLiteral("https://www.paperspace.com")},
        {QStringLiteral("tensordock"), QStringLiteral("TensorDock"), QStringLiteral("TD"), QStringLiteral("#c62828"), K::Marketplace, true, false, QStringLiteral("https://www.tensordock.com")},
        {QStringLiteral("shadeform"), QStringLiteral("Shadeform"), QStringLiteral("SF"), QStringLiteral("#37474f"), K::Reseller, true, false, QStringLiteral("https://www.shadeform.ai")},
        {QStringLiteral("together"), QStringLiteral("Together AI"), QStringLiteral("TA"), QStringLiteral("#0f6fff"), K::Cloud, true, false, QStringLiteral("https://www.together.ai")},
        {QStringLiteral("aws"), QStringLiteral("AWS"), QStringLiteral("AW"), QStringLiteral("#ff9900"), K::Cloud, true, false, QStringLiteral("https://aws.amazon.com")},
        {QStringLiteral("azure"), QStringLiteral("Azure"), QStringLiteral("AZ"), QStringLiteral("#0078d4"), K::Cloud, true, false, QStringLiteral("https://azure.microsoft.com")},
    };
    return list;
}

const ProviderInfo *ProviderDirectory::byId(const QString &id)
{
    for (const ProviderInfo &p : all()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const ProviderInfo *ProviderDirectory::lookup(const QString &nameOrId)
{
    auto flat = [](const QString &s) {
        QString out;
        for (QChar c : s) {
            if (c.isLetterOrNumber())
                out += c.toLower();
        }
        return out;
    };
    const QString key = flat(nameOrId);
    if (key.isEmpty())
        return nullptr;
    for (const ProviderInfo &p : all()) {
        if (p.id == key || flat(p.displayName) == key)
            return &p;
    }
    // Unambiguous prefix ("vast", "voltage", "dgx").
    const ProviderInfo *found = nullptr;
    for (const ProviderInfo &p : all()) {
        if (p.id.startsWith(key) || flat(p.displayName).startsWith(key)) {
            if (found)
                return nullptr;
            found = &p;
        }
    }
    return found;
}

QString ProviderDirectory::kindName(ProviderInfo::Kind kind)
{
    switch (kind) {
    case ProviderInfo::Kind::Cloud:
        return QCoreApplication::translate("ProviderDirectory", "cloud");
    case ProviderInfo::Kind::Marketplace:
        return QCoreApplication::translate("ProviderDirectory", "marketplace");
    case ProviderInfo::Kind::Reseller:
        return QCoreApplication::translate("ProviderDirectory", "reseller");
    case ProviderInfo::Kind::Local:
        return QCoreApplication::translate("ProviderDirectory", "local");
    }
    return {};
}

} // namespace gpudesk
