#include "catalog/Catalog.h"
#include "catalog/GpuSpecTable.h"
#include "catalog/OfferQuery.h"
#include "catalog/Region.h"

#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>

using namespace gpudesk;

using IndexList = QList<int>;

Q_DECLARE_METATYPE(gpudesk::OfferSort)

namespace {

// The real header of resources/data/gpu-specs.csv, with a handful of rows.
const char kSpecsCsv[]
    = "model,vendor,architecture,release_year,memory_gb,memory_type,memory_bandwidth_gbs,fp32_tflops,"
      "bf16_dense_tflops,fp8_dense_tflops,tdp_w,interconnect,form_factor,source\n"
      "H100 SXM,NVIDIA,Hopper,2022,80,HBM3,3350,67,989,1979,700,NVLink 4 (900 GB/s),SXM5,test\n"
      "H100 PCIe,NVIDIA,Hopper,2022,80,HBM2e,2000,51,756,1513,350,PCIe Gen5 x16,PCIe,test\n"
      "H100 NVL,NVIDIA,Hopper,2023,94,HBM3,3900,60,835.5,1671,400,NVLink bridge (600 GB/s),PCIe,test\n"
      "H200 SXM,NVIDIA,Hopper,2024,141,HBM3e,4800,67,989,1979,700,NVLink 4 (900 GB/s),SXM5,test\n"
      "GH200,NVIDIA,Hopper (Grace Hopper),2023,96,HBM3,4000,67,989,1979,900,NVLink-C2C,Superchip,test\n"
      "L4,NVIDIA,Ada Lovelace,2023,24,GDDR6,300,30,121,242,72,PCIe Gen4 x16,PCIe,test\n"
      "L40S,NVIDIA,Ada Lovelace,2023,48,GDDR6,864,91,362,733,350,PCIe Gen4 x16,PCIe,test\n"
      "RTX 4090,NVIDIA,Ada Lovelace,2022,24,GDDR6X,1008,82,,,450,PCIe Gen4 x16,PCIe,test\n"
      "A100 80GB SXM,NVIDIA,Ampere,2020,80,HBM2e,2039,19.5,312,,400,NVLink 3 (600 GB/s),SXM4,test\n";

Offer makeOffer(const char *provider, const char *instanceType, const char *model, int count, int memoryGb,
    const char *region, std::optional<std::int64_t> priceMicros, Billing billing,
    PriceSource source = PriceSource::Snapshot)
{
    Offer o;
    o.providerId = QString::fromLatin1(provider);
    o.instanceType = QString::fromLatin1(instanceType);
    o.gpuModel = QString::fromLatin1(model);
    o.gpuCount = count;
    o.gpuMemoryGb = memoryGb;
    o.region = QString::fromLatin1(region);
    if (priceMicros)
        o.pricePerHour = Money::fromMicros(*priceMicros);
    o.billing = billing;
    o.priceSource = source;
    o.source = QStringLiteral("hand-made test offer");
    return o;
}

std::vector<Offer> testOffers()
{
    using B = Billing;
    std::vector<Offer> offers = {
        /* 0 */ makeOffer("lambda", "gpu_8x_h100_sxm5", "H100 SXM", 8, 80, "us-east-1", 23'920'000, B::OnDemand),
        /* 1 */ makeOffer("runpod", "h100-pcie-community", "H100 PCIe", 1, 80, "", 2'490'000, B::Community),
        /* 2 */ makeOffer("vastai", "1x-H100_NVL", "H100 NVL", 1, 94, "Bulgaria, BG, EU", 2'080'000, B::OnDemand),
        /* 3 */ makeOffer("shadeform", "massedcompute_H100", "H100", 1, 80, "desmoines-usa-1", 2'730'000, B::OnDemand),
        /* 4 */ makeOffer("lambda", "gpu_1x_h200", "H200 SXM", 1, 141, "us-west-1", 3'290'000, B::OnDemand),
        /* 5 */ makeOffer("lambda", "gpu_1x_gh200", "GH200", 1, 96, "", 1'490'000, B::OnDemand),
        /* 6 */ makeOffer("nebius", "gpu-l4", "L4", 1, 24, "eu-north1", 500'000, B::Spot),
        /* 7 */ makeOffer("crusoe", "l40s-48gb", "L40S", 1, 48, "eu-north1", 1'000'000, B::Spot),
        /* 8 */ makeOffer("vastai", "1x-RTX_4090", "RTX 4090", 1, 24, "Texas, US, NA", 350'000, B::Community),
        /* 9 */
        makeOffer("lepton", "gpu.h100-sxm", "H100 SXM", 1, 80, "", std::nullopt, B::OnDemand, PriceSource::Quote),
        /* 10 */
        makeOffer("sandbox", "sandbox-1x-h100sxm", "H100 SXM", 1, 80, "local", 0, B::OnDemand, PriceSource::Simulated),
        /* 11 */ makeOffer("coreweave", "a100-8x", "A100 80GB SXM", 8, 80, "australia-east-1", 14'000'000, B::Reserved),
        /* 12 */ makeOffer("aws", "p5.48xlarge", "H100 SXM", 8, 0, "us-east-1 (use1-az6)", 98'320'000, B::Spot),
        /* 13 */ makeOffer("hyperstack", "h100-pcie-b", "H100 PCIe", 1, 80, "", 2'490'000, B::OnDemand),
    };
    offers[0].asOf = QDate(2025, 11, 22);
    return offers;
}

std::int64_t roundedDivide(std::int64_t numerator, std::int64_t denominator)
{
    const std::int64_t q = std::llabs(numerator) / denominator;
    const std::int64_t r = std::llabs(numerator) % denominator;
    const std::int64_t magnitude = 2 * r >= denominator ? q + 1 : q;
    return numerator < 0 ? -magnitude : magnitude;
}

IndexList sorted(IndexList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

IndexList toList(const std::vector<int> &v)
{
    return IndexList(v.cbegin(), v.cend());
}

} // namespace

class TestOfferQuery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void nameMatches_data();
    void nameMatches();
    void gpuFilter_data();
    void gpuFilter();
    void minGpusAndMemory();
    void maxPriceExcludesQuotes();
    void providerFilters();
    void regionMatches_data();
    void regionMatches();
    void regionCountryCodesAreNotContinents_data();
    void regionCountryCodesAreNotContinents();
    void regionFilter();
    void billingFilter();
    void freeTextSearch();
    void simulatedAndQuotes();
    void combinedFilters();
    void sortOrders_data();
    void sortOrders();
    void limitKeepsTheFirstResults_data();
    void limitKeepsTheFirstResults();
    void sortKeys();
    void derivedValues();
    void derivedPerPflopFormula();
    void specsAfterOffersAreResolved();
    void provenanceAndAge();
    void provenancePluralEnglish();
    void provenanceOfFutureDate();

private:
    IndexList run(const OfferQuery &query) const { return toList(query.run(*m_catalog)); }
    IndexList runSorted(const OfferQuery &query) const { return sorted(run(query)); }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Catalog> m_catalog;
};

void TestOfferQuery::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    m_catalog = std::make_unique<Catalog>(*m_clock);
    auto specs = GpuSpecTable::fromCsv(QString::fromUtf8(kSpecsCsv), QStringLiteral("test-specs.csv"));
    QVERIFY2(specs.ok(), specs.ok() ? "" : qPrintable(specs.error().message));
    m_catalog->setSpecs(std::move(*specs));
    m_catalog->setOffers(testOffers());
    QCOMPARE(m_catalog->offers().size(), size_t(14));
}

void TestOfferQuery::nameMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("matches");

    QTest::newRow("h100 ~ H100 SXM") << QStringLiteral("h100") << QStringLiteral("H100 SXM") << true;
    QTest::newRow("h100 ~ H100 PCIe") << QStringLiteral("h100") << QStringLiteral("H100 PCIe") << true;
    QTest::newRow("h100 ~ H100 NVL") << QStringLiteral("h100") << QStringLiteral("H100 NVL") << true;
    QTest::newRow("h100 ~ H100") << QStringLiteral("h100") << QStringLiteral("H100") << true;
    QTest::newRow("h100 !~ H200 SXM") << QStringLiteral("h100") << QStringLiteral("H200 SXM") << false;
    QTest::newRow("h100 !~ H200") << QStringLiteral("h100") << QStringLiteral("H200") << false;
    QTest::newRow("h100 !~ GH200") << QStringLiteral("h100") << QStringLiteral("GH200") << false;
    QTest::newRow("h200 !~ GH200") << QStringLiteral("h200") << QStringLiteral("GH200") << false;
    QTest::newRow("l4 ~ L4") << QStringLiteral("l4") << QStringLiteral("L4") << true;
    QTest::newRow("l4 !~ L40S") << QStringLiteral("l4") << QStringLiteral("L40S") << false;
    QTest::newRow("l40 !~ L40S") << QStringLiteral("l40") << QStringLiteral("L40S") << false;
    QTest::newRow("rtx4090 ~ RTX 4090") << QStringLiteral("rtx4090") << QStringLiteral("RTX 4090") << true;
    QTest::newRow("RTX 4090 ~ RTX4090") << QStringLiteral("RTX 4090") << QStringLiteral("RTX4090") << true;
    QTest::newRow("4090 ~ RTX 4090") << QStringLiteral("4090") << QStringLiteral("RTX 4090") << true;
    QTest::newRow("rtx4090 !~ RTX 5090") << QStringLiteral("rtx4090") << QStringLiteral("RTX 5090") << false;
    QTest::newRow("h100 sxm ~ H100 SXM") << QStringLiteral("h100 sxm") << QStringLiteral("H100 SXM") << true;
    QTest::newRow("h100 sxm !~ H100 PCIe") << QStringLiteral("h100 sxm") << QStringLiteral("H100 PCIe") << false;
    QTest::newRow("H100-SXM ~ H100 SXM") << QStringLiteral("H100-SXM") << QStringLiteral("H100 SXM") << true;
    QTest::newRow("list ~ first") << QStringLiteral("H100, H200") << QStringLiteral("H100 NVL") << true;
    QTest::newRow("list ~ second") << QStringLiteral("H100, H200") << QStringLiteral("H200 SXM") << true;
    QTest::newRow("list !~ other") << QStringLiteral("H100, H200") << QStringLiteral("GH200") << false;
    QTest::newRow("list without spaces") << QStringLiteral("h200,l4") << QStringLiteral("L4") << true;
    QTest::newRow("empty matches all") << QString() << QStringLiteral("L4") << true;
    QTest::newRow("a100 80gb ~ A100 80GB SXM")
        << QStringLiteral("a100 80gb") << QStringLiteral("A100 80GB SXM") << true;
    QTest::newRow("a100 40gb !~ A100 80GB SXM")
        << QStringLiteral("a100 40gb") << QStringLiteral("A100 80GB SXM") << false;
}

void TestOfferQuery::nameMatches()
{
    QFETCH(QString, query);
    QFETCH(QString, model);
    QFETCH(bool, matches);
    QCOMPARE(GpuSpecTable::nameMatches(query, model), matches);
}

void TestOfferQuery::gpuFilter_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<IndexList>("expected");

    const IndexList h100 = { 0, 1, 2, 3, 9, 12, 13 };
    QTest::newRow("h100 family") << QStringLiteral("h100") << h100;
    QTest::newRow("H100 upper case") << QStringLiteral("H100") << h100;
    QTest::newRow("h100 sxm variant") << QStringLiteral("h100 sxm") << IndexList { 0, 9, 12 };
    QTest::newRow("H100-SXM spelled flat") << QStringLiteral("H100-SXM") << IndexList { 0, 9, 12 };
    QTest::newRow("h200 not gh200") << QStringLiteral("h200") << IndexList { 4 };
    QTest::newRow("gh200") << QStringLiteral("gh200") << IndexList { 5 };
    QTest::newRow("l4 not l40s") << QStringLiteral("l4") << IndexList { 6 };
    QTest::newRow("l40s") << QStringLiteral("L40S") << IndexList { 7 };
    QTest::newRow("rtx4090") << QStringLiteral("rtx4090") << IndexList { 8 };
    QTest::newRow("RTX 4090") << QStringLiteral("RTX 4090") << IndexList { 8 };
    QTest::newRow("list") << QStringLiteral("H100, H200") << IndexList { 0, 1, 2, 3, 4, 9, 12, 13 };
    QTest::newRow("a100") << QStringLiteral("a100") << IndexList { 11 };
    QTest::newRow("absent model") << QStringLiteral("b200") << IndexList {};
    QTest::newRow("blank is everything") << QStringLiteral("  ")
                                         << IndexList { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13 };
}

void TestOfferQuery::gpuFilter()
{
    QFETCH(QString, gpu);
    QFETCH(IndexList, expected);

    OfferQuery q;
    q.gpu = gpu;
    QCOMPARE(runSorted(q), expected);
}

void TestOfferQuery::minGpusAndMemory()
{
    OfferQuery q;
    q.minGpus = 8;
    QCOMPARE(runSorted(q), (IndexList { 0, 11, 12 }));
    q.minGpus = 2;
    QCOMPARE(runSorted(q), (IndexList { 0, 11, 12 }));
    q.minGpus = 1;
    QCOMPARE(run(q).size(), 13);

    OfferQuery m;
    m.minMemoryGb = 90;
    QCOMPARE(runSorted(m), (IndexList { 2, 4, 5 }));
    m.minMemoryGb = 80;
    // Offer 12 states no memory; the spec table's 80 GB fills it in.
    QCOMPARE(runSorted(m), (IndexList { 0, 1, 2, 3, 4, 5, 9, 11, 12, 13 }));
    m.minMemoryGb = 200;
    QVERIFY(run(m).empty());
}

void TestOfferQuery::maxPriceExcludesQuotes()
{
    OfferQuery q;
    q.maxPricePerHour = Money::fromCents(249); // boundary: $2.49 offers are in
    QCOMPARE(runSorted(q), (IndexList { 1, 2, 5, 6, 7, 8, 13 }));
    for (int i : q.run(*m_catalog))
        QVERIFY(m_catalog->offers()[size_t(i)].pricePerHour.value() <= Money::fromCents(249));

    q.maxPricePerHour = Money::fromMicros(349'999);
    QVERIFY(run(q).empty());
    q.maxPricePerHour = Money::fromCents(35);
    QCOMPARE(run(q), (IndexList { 8 }));

    // Without a max price, quotes are listed (last); with one, they cannot qualify.
    OfferQuery lepton;
    lepton.providerIds = { QStringLiteral("lepton") };
    QCOMPARE(run(lepton), (IndexList { 9 }));
    lepton.maxPricePerHour = Money::fromDollars(1'000);
    QVERIFY(run(lepton).empty());
}

void TestOfferQuery::providerFilters()
{
    OfferQuery q;
    q.providerIds = { QStringLiteral("lambda") };
    QCOMPARE(runSorted(q), (IndexList { 0, 4, 5 }));
    q.providerIds = { QStringLiteral("lambda"), QStringLiteral("nebius") };
    QCOMPARE(runSorted(q), (IndexList { 0, 4, 5, 6 }));

    OfferQuery excluded;
    excluded.excludedProviderIds = { QStringLiteral("lambda"), QStringLiteral("vastai") };
    QCOMPARE(runSorted(excluded), (IndexList { 1, 3, 6, 7, 9, 11, 12, 13 }));

    // Switched off wins over asked for.
    OfferQuery both;
    both.providerIds = { QStringLiteral("lambda") };
    both.excludedProviderIds = { QStringLiteral("lambda") };
    QVERIFY(run(both).empty());

    OfferQuery unknown;
    unknown.providerIds = { QStringLiteral("nosuchprovider") };
    QVERIFY(run(unknown).empty());
}

void TestOfferQuery::regionMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("matches");

    QTest::newRow("us ~ us-east-1") << QStringLiteral("us") << QStringLiteral("us-east-1") << true;
    QTest::newRow("us !~ australia-east-1") << QStringLiteral("us") << QStringLiteral("australia-east-1") << false;
    QTest::newRow("europe ~ eu-north1") << QStringLiteral("europe") << QStringLiteral("eu-north1") << true;
    QTest::newRow("Europe ~ France, FR, EU") << QStringLiteral("Europe") << QStringLiteral("France, FR, EU") << true;
    QTest::newRow("europe !~ us-east-1") << QStringLiteral("europe") << QStringLiteral("us-east-1") << false;
    QTest::newRow("US ~ Texas, US, NA") << QStringLiteral("US") << QStringLiteral("Texas, US, NA") << true;
    QTest::newRow("us ~ list") << QStringLiteral("us") << QStringLiteral("australia-east-1;us-east-1") << true;
    QTest::newRow("eu ~ europe-central-1") << QStringLiteral("eu") << QStringLiteral("europe-central-1") << true;
    QTest::newRow("east ~ us-east-1") << QStringLiteral("east") << QStringLiteral("us-east-1") << true;
    QTest::newRow("ast !~ us-east-1") << QStringLiteral("ast") << QStringLiteral("us-east-1") << false;
    QTest::newRow("asia ~ Taichung City, TW, AS")
        << QStringLiteral("asia") << QStringLiteral("Taichung City, TW, AS") << true;
    QTest::newRow("north america ~ montreal-canada-2")
        << QStringLiteral("north america") << QStringLiteral("montreal-canada-2") << true;
    QTest::newRow("us-east-1 exact") << QStringLiteral("us-east-1") << QStringLiteral("us-east-1 (use1-az6)") << true;
    QTest::newRow("empty query ~ anything") << QString() << QStringLiteral("us-east-1") << true;
    QTest::newRow("empty query ~ unstated") << QStringLiteral(" ") << QString() << true;
    QTest::newRow("us !~ unstated") << QStringLiteral("us") << QString() << false;
}

void TestOfferQuery::regionMatches()
{
    QFETCH(QString, query);
    QFETCH(QString, region);
    QFETCH(bool, matches);
    QCOMPARE(Region::matches(query, region), matches);
}

void TestOfferQuery::regionCountryCodesAreNotContinents_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("region");

    // Spellings from resources/data/price-snapshot.csv. A country code names one country (data
    // residency depends on it); only continent names and codes should widen to a continent.
    QTest::newRow("us !~ montreal-canada-2") << QStringLiteral("us") << QStringLiteral("montreal-canada-2");
    QTest::newRow("us !~ CANADA") << QStringLiteral("us") << QStringLiteral("CANADA");
    QTest::newRow("de !~ paris-france-1") << QStringLiteral("de") << QStringLiteral("paris-france-1");
    QTest::newRow("fr !~ FINLAND") << QStringLiteral("fr") << QStringLiteral("FINLAND");
    QTest::newRow("ca !~ Texas, US, NA") << QStringLiteral("ca") << QStringLiteral("Texas, US, NA");
}

void TestOfferQuery::regionCountryCodesAreNotContinents()
{
    QFETCH(QString, query);
    QFETCH(QString, region);
    QVERIFY(!Region::matches(query, region));
}

void TestOfferQuery::regionFilter()
{
    OfferQuery q;
    q.region = QStringLiteral("us");
    QCOMPARE(runSorted(q), (IndexList { 0, 3, 4, 8, 12 }));
    q.region = QStringLiteral("europe");
    QCOMPARE(runSorted(q), (IndexList { 2, 6, 7 }));
    q.region = QStringLiteral("eu");
    QCOMPARE(runSorted(q), (IndexList { 2, 6, 7 }));
    q.region = QStringLiteral("australia");
    QCOMPARE(runSorted(q), (IndexList { 11 }));
    q.region = QStringLiteral("asia");
    QVERIFY(run(q).empty());
}

void TestOfferQuery::billingFilter()
{
    OfferQuery q;
    q.billing = Billing::Spot;
    QCOMPARE(runSorted(q), (IndexList { 6, 7, 12 }));
    q.billing = Billing::Community;
    QCOMPARE(runSorted(q), (IndexList { 1, 8 }));
    q.billing = Billing::Reserved;
    QCOMPARE(runSorted(q), (IndexList { 11 }));
    q.billing = Billing::OnDemand;
    QCOMPARE(runSorted(q), (IndexList { 0, 2, 3, 4, 5, 9, 13 }));
}

void TestOfferQuery::freeTextSearch()
{
    OfferQuery q;
    q.search = QStringLiteral("lambda h100"); // every word must appear
    QCOMPARE(run(q), (IndexList { 0 }));
    q.search = QStringLiteral("EU-NORTH1   spot");
    QCOMPARE(runSorted(q), (IndexList { 6, 7 }));
    q.search = QStringLiteral("Vast.ai"); // provider display name
    QCOMPARE(runSorted(q), (IndexList { 2, 8 }));
    q.search = QStringLiteral("coreweave a100 australia reserved");
    QCOMPARE(run(q), (IndexList { 11 }));
    q.search = QStringLiteral("p5.48xlarge");
    QCOMPARE(run(q), (IndexList { 12 }));
    q.search = QStringLiteral("lambda nebius");
    QVERIFY(run(q).empty());
    q.search = QStringLiteral("   ");
    QCOMPARE(run(q).size(), 13);
}

void TestOfferQuery::simulatedAndQuotes()
{
    OfferQuery q;
    QVERIFY(!run(q).contains(10));
    QVERIFY(run(q).contains(9));

    q.includeSimulated = true;
    QVERIFY(run(q).contains(10));
    QCOMPARE(run(q).size(), 14);

    OfferQuery sandbox;
    sandbox.providerIds = { QStringLiteral("sandbox") }; // implies simulated
    QCOMPARE(run(sandbox), (IndexList { 10 }));

    OfferQuery noQuotes;
    noQuotes.includeQuotes = false;
    QVERIFY(!run(noQuotes).contains(9));
    QCOMPARE(run(noQuotes).size(), 12);

    // The free Sandbox passes any max price once simulated offers are asked for.
    OfferQuery cheap;
    cheap.includeSimulated = true;
    cheap.maxPricePerHour = Money();
    QCOMPARE(run(cheap), (IndexList { 10 }));
}

void TestOfferQuery::combinedFilters()
{
    OfferQuery q;
    q.gpu = QStringLiteral("h100");
    q.maxPricePerHour = Money::fromDollars(3);
    q.region = QString();
    q.sort = OfferSort::PricePerGpu;
    QCOMPARE(run(q), (IndexList { 2, 1, 13, 3 }));

    q.excludedProviderIds = { QStringLiteral("runpod") };
    q.billing = Billing::OnDemand;
    QCOMPARE(run(q), (IndexList { 2, 13, 3 }));
}

void TestOfferQuery::sortOrders_data()
{
    QTest::addColumn<OfferSort>("sort");
    QTest::addColumn<IndexList>("expected");

    // Ties (offers 1 and 13: same price) keep index order; offers without a value come last,
    // cheapest first; the quote (no price at all) is last of all.
    QTest::newRow("price") << OfferSort::Price << IndexList { 8, 6, 7, 5, 2, 1, 13, 3, 4, 11, 0, 12, 9 };
    QTest::newRow("price-per-gpu") << OfferSort::PricePerGpu << IndexList { 8, 6, 7, 5, 11, 2, 1, 13, 3, 0, 4, 12, 9 };
    QTest::newRow("price-per-pflop") << OfferSort::PricePerPflop
                                     << IndexList { 5, 2, 7, 0, 1, 13, 4, 6, 11, 12, 8, 3, 9 };
    QTest::newRow("memory") << OfferSort::Memory << IndexList { 4, 5, 2, 11, 0, 12, 1, 13, 3, 9, 7, 8, 6 };
}

void TestOfferQuery::sortOrders()
{
    QFETCH(OfferSort, sort);
    QFETCH(IndexList, expected);

    OfferQuery q;
    q.sort = sort;
    QCOMPARE(run(q), expected);
    // Deterministic: the same answer every time.
    QCOMPARE(run(q), expected);
}

void TestOfferQuery::limitKeepsTheFirstResults_data()
{
    QTest::addColumn<OfferSort>("sort");
    QTest::addColumn<int>("limit");

    for (OfferSort s : { OfferSort::Price, OfferSort::PricePerGpu, OfferSort::PricePerPflop, OfferSort::Memory }) {
        for (int limit : { 1, 3, 7, 13, 50 })
            QTest::addRow("%s limit %d", qPrintable(offerSortKey(s)), limit) << s << limit;
    }
}

void TestOfferQuery::limitKeepsTheFirstResults()
{
    QFETCH(OfferSort, sort);
    QFETCH(int, limit);

    OfferQuery all;
    all.sort = sort;
    const IndexList full = run(all);

    OfferQuery limited = all;
    limited.limit = limit;
    QCOMPARE(run(limited), full.mid(0, limit));
}

void TestOfferQuery::sortKeys()
{
    for (OfferSort s : { OfferSort::Price, OfferSort::PricePerGpu, OfferSort::PricePerPflop, OfferSort::Memory })
        QCOMPARE(offerSortFromKey(offerSortKey(s)), std::optional<OfferSort>(s));
    QCOMPARE(offerSortKey(OfferSort::PricePerGpu), QStringLiteral("price-per-gpu"));
    QCOMPARE(offerSortKey(OfferSort::PricePerPflop), QStringLiteral("price-per-pflop"));
    QVERIFY(!offerSortFromKey(QStringLiteral("foo")).has_value());
    QVERIFY(!offerSortFromKey(QString()).has_value());
}

void TestOfferQuery::derivedValues()
{
    const Catalog &c = *m_catalog;
    const auto &o = c.offers();

    // 8x H100 SXM at $23.92/h: $2.99 per GPU, $23.92 * 1000 / (989 * 8) per PFLOP-h, $23.92 / 640 per GB.
    QCOMPARE(o[0].pricePerGpuHour(), std::optional<Money>(Money::fromMicros(2'990'000)));
    QCOMPARE(c.pricePerPflopHour(0), std::optional<Money>(Money::fromMicros(3'023'256)));
    QCOMPARE(c.pricePerMemoryGbHour(0), std::optional<Money>(Money::fromMicros(37'375)));
    QCOMPARE(c.derived()[0].priceMicros, std::int64_t(23'920'000));
    QCOMPARE(c.derived()[0].perGpuMicros, std::int64_t(2'990'000));

    // Fractional TFLOPS (835.5) stay exact: $2.08 * 1e6 / 835500 micro-dollars.
    QCOMPARE(c.pricePerPflopHour(2), std::optional<Money>(Money::fromMicros(2'489'527)));
    QCOMPARE(c.pricePerMemoryGbHour(2), std::optional<Money>(Money::fromMicros(22'128)));

    // Memory filled in from the spec (80 GB) when the offer states none.
    QCOMPARE(o[12].gpuMemoryGb, 80);
    QCOMPARE(o[12].totalGpuMemoryGb(), 640);
    QCOMPARE(c.pricePerMemoryGbHour(12), std::optional<Money>(Money::fromMicros(153'625)));
    QCOMPARE(c.pricePerPflopHour(12), std::optional<Money>(Money::fromMicros(12'426'694)));

    // Generic "H100" has no spec row: no per-PFLOP figure, but per-GB from its own memory.
    QCOMPARE(o[3].specIndex, -1);
    QCOMPARE(c.specOf(o[3]), nullptr);
    QVERIFY(!c.pricePerPflopHour(3).has_value());
    QCOMPARE(c.pricePerMemoryGbHour(3), std::optional<Money>(Money::fromMicros(34'125)));

    // A spec without a BF16 figure (RTX 4090): no per-PFLOP either.
    QVERIFY(c.specOf(o[8]) != nullptr);
    QVERIFY(!c.pricePerPflopHour(8).has_value());
    QCOMPARE(c.pricePerMemoryGbHour(8), std::optional<Money>(Money::fromMicros(14'583)));

    // A quote has no derived prices at all.
    QVERIFY(!o[9].pricePerGpuHour().has_value());
    QVERIFY(!c.pricePerPflopHour(9).has_value());
    QVERIFY(!c.pricePerMemoryGbHour(9).has_value());
    QCOMPARE(c.derived()[9].priceMicros, std::int64_t(-1));

    // Spec lookup and the list of distinct model names.
    QVERIFY(c.specOf(o[12]) != nullptr);
    QCOMPARE(c.specOf(o[12])->model, QStringLiteral("H100 SXM"));
    QCOMPARE(c.specOf(o[5])->architecture, QStringLiteral("Hopper (Grace Hopper)"));
    QStringList models = c.distinctModels();
    QCOMPARE(models.size(), 10);
    models.removeDuplicates();
    QCOMPARE(models.size(), 10);
    QVERIFY(models.contains(QStringLiteral("H100")));
}

void TestOfferQuery::derivedPerPflopFormula()
{
    // $/PFLOP-h = price * 1000 / (BF16 TFLOPS * GPUs), rounded half away from zero to a micro-dollar.
    const Catalog &c = *m_catalog;
    int checked = 0;
    for (int i = 0; i < int(c.offers().size()); ++i) {
        const Offer &o = c.offers()[size_t(i)];
        const GpuSpec *spec = c.specOf(o);
        if (!o.pricePerHour || !spec || !spec->bf16DenseTflops) {
            QVERIFY(!c.pricePerPflopHour(i).has_value());
            continue;
        }
        const std::int64_t milliTflops = std::llround(*spec->bf16DenseTflops * 1000.0);
        const std::int64_t expected = roundedDivide(o.pricePerHour->micros() * 1'000'000, milliTflops * o.gpuCount);
        QCOMPARE(c.pricePerPflopHour(i), std::optional<Money>(Money::fromMicros(expected)));
        QCOMPARE(c.pricePerMemoryGbHour(i),
            std::optional<Money>(
                Money::fromMicros(roundedDivide(o.pricePerHour->micros(), std::int64_t(o.gpuMemoryGb) * o.gpuCount))));
        ++checked;
    }
    QCOMPARE(checked, 11); // all but the generic H100, the RTX 4090 and the quote
}

void TestOfferQuery::specsAfterOffersAreResolved()
{
    Catalog c(*m_clock);
    c.setOffers(testOffers());
    QCOMPARE(c.offers()[0].specIndex, -1);
    QVERIFY(!c.pricePerPflopHour(0).has_value());

    auto specs = GpuSpecTable::fromCsv(QString::fromUtf8(kSpecsCsv), QStringLiteral("test-specs.csv"));
    QVERIFY(specs.ok());
    c.setSpecs(std::move(*specs));
    QCOMPARE(c.offers().size(), size_t(14));
    QVERIFY(c.offers()[0].specIndex >= 0);
    QCOMPARE(c.pricePerPflopHour(0), m_catalog->pricePerPflopHour(0));
    QCOMPARE(c.offers()[12].gpuMemoryGb, 80);
}

void TestOfferQuery::provenanceAndAge()
{
    Catalog c(*m_clock); // 2026-11-25 12:00 UTC
    Offer dated = makeOffer("lambda", "t", "H100 SXM", 1, 80, "", 1'000'000, Billing::OnDemand);
    dated.asOf = QDate(2025, 11, 18);
    QCOMPARE(c.ageDays(dated), 372);
    QVERIFY2(c.provenance(dated).startsWith(QStringLiteral("snapshot, 372 day")), qPrintable(c.provenance(dated)));
    QVERIFY2(c.provenance(dated).endsWith(QStringLiteral(" old")), qPrintable(c.provenance(dated)));

    m_clock->advanceSeconds(24 * 3600);
    QCOMPARE(c.ageDays(dated), 373);

    // Days turn over at UTC midnight.
    m_clock->set(QDateTime(QDate(2026, 11, 25), QTime(23, 59, 59), Qt::UTC));
    dated.asOf = QDate(2026, 11, 25);
    QCOMPARE(c.ageDays(dated), 0);
    m_clock->advanceSeconds(1);
    QCOMPARE(c.ageDays(dated), 1);

    Offer undated = dated;
    undated.asOf = QDate();
    QCOMPARE(c.ageDays(undated), -1);
    QCOMPARE(c.provenance(undated), QStringLiteral("snapshot, undated"));

    Offer simulated = dated;
    simulated.priceSource = PriceSource::Simulated;
    QCOMPARE(c.ageDays(simulated), -1);
    QCOMPARE(c.provenance(simulated), QStringLiteral("simulated (local Sandbox)"));

    Offer quote = dated;
    quote.priceSource = PriceSource::Quote;
    quote.pricePerHour.reset();
    QCOMPARE(c.ageDays(quote), -1);
    QCOMPARE(c.provenance(quote), QStringLiteral("quote: no list price"));

    Offer live = dated;
    live.priceSource = PriceSource::Live;
    QCOMPARE(c.ageDays(live), -1);
    QCOMPARE(c.provenance(live), QStringLiteral("live"));

    QCOMPARE(priceSourceKey(PriceSource::Snapshot), QStringLiteral("snapshot"));
    QCOMPARE(priceSourceKey(PriceSource::Quote), QStringLiteral("quote"));
    QCOMPARE(billingKey(Billing::OnDemand), QStringLiteral("on-demand"));
    QCOMPARE(billingFromKey(QStringLiteral(" Spot ")), std::optional<Billing>(Billing::Spot));
    QVERIFY(!billingFromKey(QStringLiteral("hourly")).has_value());
}

void TestOfferQuery::provenancePluralEnglish()
{
    // The source text is "snapshot, %n day(s) old"; the shipped English catalogue gives it plural forms.
    Catalog c(*m_clock); // 2026-11-25 12:00 UTC
    Offer dated = makeOffer("lambda", "t", "H100 SXM", 1, 80, "", 1'000'000, Billing::OnDemand);
    dated.asOf = QDate(2025, 11, 18);
    QCOMPARE(c.provenance(dated), QStringLiteral("snapshot, 372 day(s) old")); // no translator installed

    QTranslator english;
    QVERIFY2(english.load(QStringLiteral(":/i18n/gpudesk_en.qm")), "gpudesk_en.qm is not embedded in gpudesk_app");
    QVERIFY(QCoreApplication::installTranslator(&english));
    auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });
    QCOMPARE(c.provenance(dated), QStringLiteral("snapshot, 372 days old"));
    dated.asOf = QDate(2026, 11, 24);
    QCOMPARE(c.provenance(dated), QStringLiteral("snapshot, 1 day old"));
    dated.asOf = QDate(2026, 11, 25);
    QCOMPARE(c.provenance(dated), QStringLiteral("snapshot, 0 days old"));
}

void TestOfferQuery::provenanceOfFutureDate()
{
    // A price dated after the clock's today (the user's clock is behind, or the data is newer than the
    // build date) has a date; calling it "undated" hides that. ageDays() documents -1 for undated only.
    Catalog c(*m_clock); // 2026-11-25
    Offer dated = makeOffer("lambda", "t", "H100 SXM", 1, 80, "", 1'000'000, Billing::OnDemand);
    dated.asOf = QDate(2026, 11, 29);
    QVERIFY2(c.provenance(dated) != QStringLiteral("snapshot, undated"), qPrintable(c.provenance(dated)));
    QCOMPARE(c.ageDays(dated), 0);
    QCOMPARE(c.provenance(dated), QStringLiteral("snapshot, 0 day(s) old")); // no translator loaded here
}

QTEST_GUILESS_MAIN(TestOfferQuery)
#include "tst_offerquery.moc"
