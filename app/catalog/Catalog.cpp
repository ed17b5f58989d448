#include "Catalog.h"

#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace gpudesk {

namespace {


Result<QString> readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Internal, Catalog::tr("The bundled file %1 is missing from this build.").arg(path));
    return QString::fromUtf8(f.readAll());
}

// Whole non-negative number; empty means unknown (0).
bool parseCount(const QString &cell, int &out)
{
    const QString s = cell.trimmed();
    if (s.isEmpty()) {
        out = 0;
        return true;
    }
    bool ok = false;
    const int v = s.toInt(&ok);
    if (!ok || v < 0)
        return false;
    out = v;
    return true;
}

} // namespace

Catalog::Catalog(Clock &clock)
    : m_clock(clock)
{
}

Result<std::vector<Offer>> Catalog::parseSnapshot(const QString &csvText, const QString &fileName)
{
    auto csv = CsvReader::parse(csvText, fileName);
    if (!csv)
        return csv.error();
    const QStringList required = {
        QStringLiteral("provider"), QStringLiteral("instance_type"), QStringLiteral("gpu_model"),
        QStringLiteral("gpu_count"), QStringLiteral("gpu_memory_gb"), QStringLiteral("vcpus"),
        QStringLiteral("ram_gb"), QStringLiteral("disk_gb"), QStringLiteral("region"),
        QStringLiteral("price_usd_per_hour"), QStringLiteral("billing"), QStringLiteral("as_of"),
        QStringLiteral("source")};
    if (auto r = csv->requireColumns(required); !r)
        return r.error();
    auto col = [&](const CsvReader::Row &row, const char *name) {
        return row.cells.at(csv->column(QString::fromLatin1(name))).trimmed();
    };

    std::vector<Offer> offers;
    offers.reserve(csv->rows().size());
    for (const CsvReader::Row &row : csv->rows()) {
        Offer o;
        const ProviderInfo *provider = ProviderDirectory::lookup(col(row, "provider"));
        if (!provider)
            return csv->rowError(row, tr("unknown provider \"%1\"").arg(col(row, "provider")));
        o.providerId = provider->id;
        o.instanceType = col(row, "instance_type");
        o.gpuModel = col(row, "gpu_model");
        if (o.instanceType.isEmpty() || o.gpuModel.isEmpty())
            return csv->rowError(row, tr("instance_type and gpu_model must not be empty"));
        bool ok = false;
        o.gpuCount = col(row, "gpu_count").toInt(&ok);
        if (!ok || o.gpuCount < 1 || o.gpuCount > 1024)
            return csv->rowError(row, tr("gpu_count \"%1\" is not a whole number of GPUs (1 or more)").arg(col(row, "gpu_count")));
        struct Field { const char *name; int *target; };
        for (const Field &f : {Field{"gpu_memory_gb", &o.gpuMemoryGb}, Field{"vcpus", &o.vcpus},
                               Field{"ram_gb", &o.ramGb}, Field{"disk_gb", &o.diskGb}}) {
            if (!parseCount(col(row, f.name), *f.target))
                return csv->rowError(row, tr("%1 \"%2\" is not a whole non-negative number")
                                              .arg(QString::fromLatin1(f.name), col(row, f.name)));
        }
        o.region = col(row, "region");
        const auto price = Money::parse(col(row, "price_usd_per_hour"));
        if (!price || price->micros() <= 0 || col(row, "price_usd_per_hour").startsWith(u'$'))
            return csv->rowError(row, tr("price_usd_per_hour \"%1\" is not a positive amount in dollars")
                                          .arg(col(row, "price_usd_per_hour")));
        o.pricePerHour = *price;
        const auto billing = billingFromKey(col(row, "billing"));
        if (!billing)
            return csv->rowError(row, tr("billing \"%1\" is not one of on-demand, spot, community, reserved")
                                          .arg(col(row, "billing")));
        o.billing = *billing;
        const QString asOf = col(row, "as_of");
        if (!asOf.isEmpty()) {
            o.asOf = QDate::fromString(asOf, Qt::ISODate);
            if (!o.asOf.isValid())
                return csv->rowError(row, tr("as_of \"%1\" is not a date (YYYY-MM-DD)").arg(asOf));
        }
        o.source = col(row, "source");
        if (o.source.isEmpty())
            return csv->rowError(row, tr("the \"source\" column is empty: every price must name where it comes from"));
        o.priceSource = PriceSource::Snapshot;
        offers.push_back(std::move(o));
    }
    return offers;
}

Result<std::vector<Offer>> Catalog::parseQuoteShapes(const QString &csvText, const QString &fileName)
{
    auto csv = CsvReader::parse(csvText, fileName);
    if (!csv)
        return csv.error();
    const QStringList required = {QStringLiteral("provider"), QStringLiteral("shape"), QStringLiteral("gpu_model"),
                                  QStringLiteral("gpu_count"), QStringLiteral("gpu_memory_gb"),
                                  QStringLiteral("as_of"), QStringLiteral("source")};
    if (auto r = csv->requireColumns(required); !r)
        return r.error();
    auto col = [&](const CsvReader::Row &row, const char *name) {
        return row.cells.at(csv->column(QString::fromLatin1(name))).trimmed();
    };
    std::vector<Offer> offers;
    for (const CsvReader::Row &row : csv->rows()) {
        Offer o;
        const ProviderInfo *provider = ProviderDirectory::lookup(col(row, "provider"));
        if (!provider)
            return csv->rowError(row, tr("unknown provider \"%1\"").arg(col(row, "provider")));
        o.providerId = provider->id;
        o.instanceType = col(row, "shape");
        o.gpuModel = col(row, "gpu_model");
        bool ok = false;
        o.gpuCount = col(row, "gpu_count").toInt(&ok);
        if (!ok || o.gpuCount < 1)
            return csv->rowError(row, tr("gpu_count \"%1\" is not a whole number of GPUs (1 or more)").arg(col(row, "gpu_count")));
        if (!parseCount(col(row, "gpu_memory_gb"), o.gpuMemoryGb))
            return csv->rowError(row, tr("gpu_memory_gb \"%1\" is not a whole non-negative number")
                                          .arg(col(row, "gpu_memory_gb")));
        o.asOf = QDate::fromString(col(row, "as_of"), Qt::ISODate);
        o.source = col(row, "source");
        o.priceSource = PriceSource::Quote;
        offers.push_back(std::move(o));
    }
    return offers;
}

std::vector<Offer> Catalog::sandboxOffers(const GpuSpecTable &specs, const std::vector<Offer> &snapshot)
{
    std::vector<Offer> offers;
    for (const GpuSpec &spec : specs.specs()) {
        std::vector<std::int64_t> perGpu;
        for (const Offer &o : snapshot) {
            if (o.priceSource == PriceSource::Snapshot && o.billing == Billing::OnDemand && o.pricePerHour
                && GpuSpecTable::normalized(o.gpuModel) == GpuSpecTable::normalized(spec.model))
                perGpu.push_back(o.pricePerHour->dividedBy(o.gpuCount).micros());
        }
        if (perGpu.empty() || !spec.memoryGb)
            continue;
        std::sort(perGpu.begin(), perGpu.end());
        const size_t mid = perGpu.size() / 2;
        const Money median = perGpu.size() % 2 ? Money::fromMicros(perGpu[mid])
                                               : Money::fromMicros(perGpu[mid - 1] + perGpu[mid]).dividedBy(2);
        for (int count : {1, 2, 4, 8}) {
            Offer o;
            o.providerId = QStringLiteral("sandbox");
            o.instanceType = QStringLiteral("sandbox-%1x-%2").arg(count).arg(GpuSpecTable::normalized(spec.model));
            o.gpuModel = spec.model;
            o.gpuCount = count;
            o.gpuMemoryGb = *spec.memoryGb;
            o.vcpus = 2;
            o.ramGb = 4;
            o.region = QStringLiteral("local");
            o.pricePerHour = median * count;
            o.priceSource = PriceSource::Simulated;
            o.source = QStringLiteral("GPU Desk Sandbox: a local pod with a simulated nvidia-smi, no real GPU and no "
                                      "charge; the price mirrors the median on-demand snapshot price of %1 "
                                      "(%2 per GPU-hour over %3 listings)")
                           .arg(spec.model, median.toString(4))
                           .arg(perGpu.size());
            offers.push_back(std::move(o));
        }
    }
    return offers;
}

Result<Catalog> Catalog::loadBundled(Clock &clock)
{
    auto specs = GpuSpecTable::loadBundled();
    if (!specs)
        return specs.error();
    auto snapshotText = readResource(QStringLiteral(":/data/price-snapshot.csv"));
    if (!snapshotText)
        return snapshotText.error();
    auto snapshot = parseSnapshot(*snapshotText, QStringLiteral("price-snapshot.csv"));
    if (!snapshot)
        return snapshot.error();
    auto shapesText = readResource(QStringLiteral(":/data/quote-shapes.csv"));
    if (!shapesText)
        return shapesText.error();
    auto shapes = parseQuoteShapes(*shapesText, QStringLiteral("quote-shapes.csv"));
    if (!shapes)
        return shapes.error();

    std::vector<Offer> all = std::move(*snapshot);
    all.insert(all.end(), shapes->begin(), shapes->end());
    const auto sandbox = sandboxOffers(*specs, all);
    all.insert(all.end(), sandbox.begin(), sandbox.end());

    Catalog catalog(clock);
    catalog.setSpecs(std::move(*specs));
    catalog.setOffers(std::move(all));
    return catalog;
}

void Catalog::setSpecs(GpuSpecTable specs)
{
    m_specs = std::move(specs);
    setOffers(std::move(m_offers));
}

void Catalog::replaceProviderOffers(const QHash<QString, std::vector<Offer>> &byProvider)
{
    if (byProvider.isEmpty())
        return;
    std::vector<Offer> all;
    all.reserve(m_offers.size());
    for (const Offer &o : m_offers) {
        if (!byProvider.contains(o.providerId))
            all.push_back(o);
    }
    for (auto it = byProvider.cbegin(); it != byProvider.cend(); ++it) {
        for (Offer o : it.value()) {
            o.providerId = it.key();
            all.push_back(std::move(o));
        }
    }
    setOffers(std::move(all));
}

void Catalog::setOffers(std::vector<Offer> offers)
{
    m_offers = std::move(offers);
    m_derived.assign(m_offers.size(), Derived{});
    m_models.clear();
    m_regions.clear();
    QHash<QString, int> modelKeys;
    QHash<QString, int> regionKeys;
    QList<int> specOfModel; // per distinct model: spec index or -1
    QHash<QString, int> providerKeys;
    const auto &providers = ProviderDirectory::all();
    for (int i = 0; i < providers.size(); ++i)
        providerKeys.insert(providers.at(i).id, i);

    for (size_t i = 0; i < m_offers.size(); ++i) {
        Offer &o = m_offers[i];
        Derived &d = m_derived[i];
        auto key = modelKeys.constFind(o.gpuModel);
        if (key == modelKeys.constEnd()) {
            key = modelKeys.insert(o.gpuModel, int(m_models.size()));
            m_models.append(o.gpuModel);
            specOfModel.append(m_specs.indexOf(o.gpuModel));
        }
        d.modelKey = *key;
        auto region = regionKeys.constFind(o.region);
        if (region == regionKeys.constEnd()) {
            region = regionKeys.insert(o.region, int(m_regions.size()));
            m_regions.append(o.region);
        }
        d.regionKey = *region;

        o.specIndex = specOfModel.at(d.modelKey);
        const GpuSpec *spec = o.specIndex >= 0 ? &m_specs.specs().at(o.specIndex) : nullptr;
        if (o.gpuMemoryGb == 0 && spec && spec->memoryGb)
            o.gpuMemoryGb = *spec->memoryGb;
        d.providerKey = providerKeys.value(o.providerId, -1);

        if (o.pricePerHour) {
            d.priceMicros = o.pricePerHour->micros();
            d.perGpuMicros = o.pricePerHour->dividedBy(o.gpuCount).micros();
            if (spec && spec->bf16DenseTflops && *spec->bf16DenseTflops > 0) {
                // milli-TFLOPS keeps the division in integers: $/h * 1e6 / (mTFLOPS * GPUs) = $/PFLOP-h.
                const auto milliTflops = static_cast<std::int64_t>(std::llround(*spec->bf16DenseTflops * 1000.0));
                d.perPflopMicros = o.pricePerHour->scaled(1'000'000, milliTflops * o.gpuCount).micros();
            }
            if (o.gpuMemoryGb > 0)
                d.perMemoryGbMicros = o.pricePerHour->dividedBy(std::int64_t(o.gpuMemoryGb) * o.gpuCount).micros();
        }
        const ProviderInfo *info = d.providerKey >= 0 ? &providers.at(d.providerKey) : nullptr;
        d.haystack = (o.gpuModel + u' ' + o.instanceType + u' ' + o.region + u' '
                      + (info ? info->displayName + u' ' + info->id : o.providerId) + u' ' + billingKey(o.billing))
                         .toLower();
    }
}

const GpuSpec *Catalog::specOf(const Offer &offer) const
{
    return offer.specIndex >= 0 && offer.specIndex < m_specs.specs().size() ? &m_specs.specs().at(offer.specIndex)
                                                                            : nullptr;
}

int Catalog::findOffer(const QString &providerId, const QString &instanceType, const QString &gpuModel,
                       int gpuCount) const
{
    int best = -1;
    for (int i = 0; i < int(m_offers.size()); ++i) {
        const Offer &o = m_offers[size_t(i)];
        if (o.providerId != providerId)
            continue;
        if (!instanceType.isEmpty()) {
            if (o.instanceType == instanceType)
                return i;
            continue;
        }
        if (o.gpuCount != gpuCount || gpuModel.isEmpty() || !GpuSpecTable::nameMatches(gpuModel, o.gpuModel))
            continue;
        const auto price = m_derived[size_t(i)].priceMicros;
        if (best < 0 || (price >= 0 && (m_derived[size_t(best)].priceMicros < 0 || price < m_derived[size_t(best)].priceMicros)))
            best = i;
    }
    return best;
}

std::optional<Money> Catalog::pricePerPflopHour(int offerIndex) const
{
    const auto v = m_derived.at(size_t(offerIndex)).perPflopMicros;
    return v < 0 ? std::nullopt : std::optional<Money>(Money::fromMicros(v));
}

std::optional<Money> Catalog::pricePerMemoryGbHour(int offerIndex) const
{
    const auto v = m_derived.at(size_t(offerIndex)).perMemoryGbMicros;
    return v < 0 ? std::nullopt : std::optional<Money>(Money::fromMicros(v));
}

int Catalog::ageDays(const Offer &offer) const
{
    if (offer.priceSource != PriceSource::Snapshot || !offer.asOf.isValid())
        return -1;
    // A date after today (a clock behind the data) counts as today, never as "undated".
    return std::max(0, int(offer.asOf.daysTo(m_clock.today())));
}

QString Catalog::provenance(const Offer &offer) const
{
    switch (offer.priceSource) {
    case PriceSource::Live:
        return tr("live");
    case PriceSource::Simulated:
        return tr("simulated (local Sandbox)");
    case PriceSource::Quote:
        return tr("quote: no list price");
    case PriceSource::Snapshot: {
        const int days = ageDays(offer);
        if (days < 0)
            return tr("snapshot, undated");
        return tr("snapshot, %n day(s) old", nullptr, days);
    }
    }
    return {};
}

} // namespace gpudesk
