#include "PlacementConstraints.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace gpudesk {

std::optional<int> PlacementConstraints::parseMemoryFloor(const QString &text)
{
    static const QRegularExpression floor(QStringLiteral("^\\s*(\\d{1,4})\\s*(gb|gib|g)\\s*\\+\\s*$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = floor.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int gb = m.captured(1).toInt();
    if (gb <= 0)
        return std::nullopt;
    return gb;
}

bool PlacementConstraints::addGpu(const QString &item)
{
    const QString t = item.trimmed();
    if (t.isEmpty())
        return false;
    if (const auto gb = parseMemoryFloor(t)) {
        minGpuMemoryGb = std::max(minGpuMemoryGb, *gb);
        return true;
    }
    if (t.contains(u'+') || t.contains(u':'))
        return false;
    if (!gpuModels.contains(t, Qt::CaseInsensitive))
        gpuModels.append(t);
    return true;
}

QString PlacementConstraints::describeGpus(const QString &fallbackModel) const
{
    QStringList models = gpuModels;
    if (models.isEmpty()) {
        for (const QString &m : fallbackModel.split(u',', Qt::SkipEmptyParts))
            models.append(m.trimmed());
    }
    QString text;
    if (models.size() == 1) {
        text = models.first();
    } else if (models.size() > 1) {
        const QString last = models.takeLast();
        text = tr("%1 or %2").arg(models.join(QStringLiteral(", ")), last);
    }
    if (minGpuMemoryGb > 0) {
        if (text.isEmpty())
            return tr("a GPU with %1 GB or more").arg(minGpuMemoryGb);
        return tr("%1 with %2 GB or more").arg(text).arg(minGpuMemoryGb);
    }
    return text.isEmpty() ? tr("a GPU") : text;
}

QString PlacementConstraints::preferenceKey(Preference p)
{
    switch (p) {
    case Preference::Price:
        return QStringLiteral("price");
    case Preference::Nearest:
        return QStringLiteral("nearest");
    case Preference::Newest:
        return QStringLiteral("newest");
    case Preference::Listed:
        return QStringLiteral("listed");
    }
    return {};
}

std::optional<PlacementConstraints::Preference> PlacementConstraints::preferenceFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (Preference p : {Preference::Price, Preference::Nearest, Preference::Newest, Preference::Listed}) {
        if (preferenceKey(p) == k)
            return p;
    }
    return std::nullopt;
}

QString PlacementConstraints::preferenceDisplayName(Preference p)
{
    switch (p) {
    case Preference::Price:
        return tr("Cheapest");
    case Preference::Nearest:
        return tr("Cheapest, nearest region first on ties");
    case Preference::Newest:
        return tr("Cheapest, newest GPU first on ties");
    case Preference::Listed:
        return tr("GPU models in the order listed, then cheapest");
    }
    return {};
}

QJsonObject PlacementConstraints::toJson() const
{
    QJsonObject o;
    if (!gpuModels.isEmpty())
        o.insert(QStringLiteral("gpus"), QJsonArray::fromStringList(gpuModels));
    if (minGpuMemoryGb > 0)
        o.insert(QStringLiteral("min_gpu_memory_gb"), minGpuMemoryGb);
    if (!providers.isEmpty())
        o.insert(QStringLiteral("providers"), QJsonArray::fromStringList(providers));
    if (!regions.isEmpty())
        o.insert(QStringLiteral("regions"), QJsonArray::fromStringList(regions));
    if (prefer != Preference::Price)
        o.insert(QStringLiteral("prefer"), preferenceKey(prefer));
    if (maxAttempts > 0)
        o.insert(QStringLiteral("max_attempts"), maxAttempts);
    if (maxWaitMinutes > 0)
        o.insert(QStringLiteral("max_wait_minutes"), maxWaitMinutes);
    return o;
}

PlacementConstraints PlacementConstraints::fromJson(const QJsonObject &o)
{
    PlacementConstraints p;
    auto strings = [&o](const QString &key) {
        QStringList out;
        for (const QJsonValue &v : o.value(key).toArray())
            out.append(v.toString());
        return out;
    };
    p.gpuModels = strings(QStringLiteral("gpus"));
    p.minGpuMemoryGb = o.value(QStringLiteral("min_gpu_memory_gb")).toInt();
    p.providers = strings(QStringLiteral("providers"));
    p.regions = strings(QStringLiteral("regions"));
    p.prefer = preferenceFromKey(o.value(QStringLiteral("prefer")).toString()).value_or(Preference::Price);
    p.maxAttempts = o.value(QStringLiteral("max_attempts")).toInt();
    p.maxWaitMinutes = o.value(QStringLiteral("max_wait_minutes")).toInt();
    return p;
}

} // namespace gpudesk
