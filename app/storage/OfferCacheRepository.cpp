#include "OfferCacheRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace gpudesk {

namespace {

Error dbError(const char *what, const QSqlQuery &q)
{
    return makeError(Error::Kind::Database, QCoreApplication::translate("Database", what), q.lastError().text());
}

QString sourceKey(PriceSource s)
{
    switch (s) {
    case PriceSource::Live: return QStringLiteral("live");
    case PriceSource::Snapshot: return QStringLiteral("snapshot");
    case PriceSource::Quote: return QStringLiteral("quote");
    case PriceSource::Simulated: return QStringLiteral("simulated");
    }
    return QStringLiteral("live");
}

PriceSource sourceFromKey(const QString &k)
{
    if (k == QLatin1String("snapshot"))
        return PriceSource::Snapshot;
    if (k == QLatin1String("quote"))
        return PriceSource::Quote;
    if (k == QLatin1String("simulated"))
        return PriceSource::Simulated;
    return PriceSource::Live;
}

} // namespace

OfferCacheRepository::OfferCacheRepository(Database &db)
    : m_db(db)
{
}

QByteArray OfferCacheRepository::toJson(const Offer &o)
{
    QJsonObject j{
        {QStringLiteral("provider"), o.providerId},
        {QStringLiteral("instance_type"), o.instanceType},
        {QStringLiteral("gpu_model"), o.gpuModel},
        {QStringLiteral("gpu_count"), o.gpuCount},
        {QStringLiteral("gpu_memory_gb"), o.gpuMemoryGb},
        {QStringLiteral("vcpus"), o.vcpus},
        {QStringLiteral("ram_gb"), o.ramGb},
        {QStringLiteral("disk_gb"), o.diskGb},
        {QStringLiteral("region"), o.region},
        {QStringLiteral("billing"), billingKey(o.billing)},
        {QStringLiteral("price_source"), sourceKey(o.priceSource)},
        {QStringLiteral("as_of"), o.asOf.toString(Qt::ISODate)},
        {QStringLiteral("source"), o.source},
    };
    if (o.pricePerHour)
        j.insert(QStringLiteral("price_micros"), QString::number(o.pricePerHour->micros()));
    return QJsonDocument(j).toJson(QJsonDocument::Compact);
}

std::optional<Offer> OfferCacheRepository::fromJson(const QByteArray &json)
{
    const QJsonObject j = QJsonDocument::fromJson(json).object();
    if (j.isEmpty())
        return std::nullopt;
    Offer o;
    o.providerId = j.value(QStringLiteral("provider")).toString();
    o.instanceType = j.value(QStringLiteral("instance_type")).toString();
    o.gpuModel = j.value(QStringLiteral("gpu_model")).toString();
    o.gpuCount = j.value(QStringLiteral("gpu_count")).toInt(1);
    o.gpuMemoryGb = j.value(QStringLiteral("gpu_memory_gb")).toInt();
    o.vcpus = j.value(QStringLiteral("vcpus")).toInt();
    o.ramGb = j.value(QStringLiteral("ram_gb")).toInt();
    o.diskGb = j.value(QStringLiteral("disk_gb")).toInt();
    o.region = j.value(QStringLiteral("region")).toString();
    o.billing = billingFromKey(j.value(QStringLiteral("billing")).toString()).value_or(Billing::OnDemand);
    o.priceSource = sourceFromKey(j.value(QStringLiteral("price_source")).toString());
    o.asOf = QDate::fromString(j.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    o.source = j.value(QStringLiteral("source")).toString();
    bool ok = false;
    const qint64 micros = j.value(QStringLiteral("price_micros")).toString().toLongLong(&ok);
    if (ok)
        o.pricePerHour = Money::fromMicros(micros);
    if (o.providerId.isEmpty() || o.gpuCount < 1)
        return std::nullopt;
    return o;
}

Result<void> OfferCacheRepository::store(const QString &providerId, const std::vector<Offer> &offers,
                                         const QDateTime &fetchedAt)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.handle());
        // offer_cache rows hang off provider_settings: make sure the provider has a row.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO provider_settings(provider_id, enabled, updated_at) "
                                 "VALUES (?, 1, ?)"));
        q.addBindValue(providerId);
        q.addBindValue(fetchedAt.toString(Qt::ISODate));
        if (!q.exec())
            return dbError("Could not save the fetched offers.", q);
        q.prepare(QStringLiteral("DELETE FROM offer_cache WHERE provider_id = ?"));
        q.addBindValue(providerId);
        if (!q.exec())
            return dbError("Could not save the fetched offers.", q);
        q.prepare(QStringLiteral("INSERT INTO offer_cache(provider_id, instance_type, gpu_model, gpu_count, region, "
                                 "price_micros, billing, payload, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QString at = fetchedAt.toUTC().toString(Qt::ISODateWithMs);
        for (const Offer &o : offers) {
            q.addBindValue(providerId);
            q.addBindValue(o.instanceType);
            q.addBindValue(o.gpuModel);
            q.addBindValue(std::max(1, o.gpuCount));
            q.addBindValue(o.region);
            q.addBindValue(o.pricePerHour ? QVariant(qlonglong(o.pricePerHour->micros())) : QVariant());
            q.addBindValue(billingKey(o.billing));
            q.addBindValue(QString::fromUtf8(toJson(o)));
            q.addBindValue(at);
            if (!q.exec())
                return dbError("Could not save the fetched offers.", q);
        }
        return {};
    });
}

Result<QHash<QString, OfferCacheRepository::Entry>> OfferCacheRepository::load() const
{
    QSqlQuery q(m_db.handle());
    if (!q.exec(QStringLiteral("SELECT provider_id, payload, fetched_at FROM offer_cache ORDER BY provider_id, id")))
        return dbError("Could not read the cached offers.", q);
    QHash<QString, Entry> out;
    while (q.next()) {
        Entry &e = out[q.value(0).toString()];
        if (auto o = fromJson(q.value(1).toString().toUtf8()))
            e.offers.push_back(std::move(*o));
        e.fetchedAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    }
    return out;
}

} // namespace gpudesk
