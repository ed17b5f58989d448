#include "catalog/Catalog.h"
#include "catalog/CsvReader.h"
#include "catalog/GpuSpecTable.h"
#include "catalog/OfferQuery.h"
#include "catalog/Recommender.h"
#include "catalog/Region.h"

#include <QFile>
#include <QTest>

#include <memory>

using namespace gpudesk;

using IndexList = QList<int>;

Q_DECLARE_METATYPE(gpudesk::Continent)
Q_DECLARE_METATYPE(gpudesk::Task)

namespace {

const char kSpecsCsv[]
    = "model,vendor,architecture,release_year,memory_gb,memory_type,memory_bandwidth_gbs,fp32_tflops,"
      "bf16_dense_tflops,fp8_dense_tflops,tdp_w,interconnect,form_factor,source\n"
      "B200,NVIDIA,Blackwell,2024,180,HBM3e,8000,80,2250,4500,1000,NVLink 5 (1.8 TB/s),SXM,test\n"
      "H100 SXM,NVIDIA,Hopper,2022,80,HBM3,3350,67,989,1979,700,NVLink 4 (900 GB/s),SXM5,test\n"
      "H100 PCIe,NVIDIA,Hopper,2022,80,HBM2e,2000,51,756,1513,350,PCIe Gen5 x16,PCIe,test\n"
      "GH200,NVIDIA,Hopper (Grace Hopper),2023,96,HBM3,4000,67,989,1979,900,NVLink-C2C,Superchip,test\n"
      "A100 80GB SXM,NVIDIA,Ampere,2020,80,HBM2e,2039,19.5,312,,400,NVLink 3 (600 GB/s),SXM4,test\n"
      "L40S,NVIDIA,Ada Lovelace,2023,48,GDDR6,864,91,362,733,350,PCIe Gen4 x16,PCIe,test\n"
      "L4,NVIDIA,Ada Lovelace,2023,24,GDDR6,300,30,121,242,72,PCIe Gen4 x16,PCIe,test\n"
      "RTX 4090,NVIDIA,Ada Lovelace,2022,24,GDDR6X,1008,82,,,450,PCIe Gen4 x16,PCIe,test\n"
      "MI300X,AMD,CDNA 3,2023,192,HBM3,5300,163,1300,2600,750,AMD Infinity Fabric,OAM,test\n"
      "Gaudi 3,Intel,Gaudi 3,2024,128,HBM2e,3700,,1835,1835,900,24x 200 GbE RoCE on-chip,OAM,test\n"
      "T4,NVIDIA,Turing,2018,16,GDDR6,320,8.1,65,,70,PCIe Gen3 x16,PCIe,test\n"
      "V100 16GB,NVIDIA,Volta,2017,16,HBM2,900,15.7,125,,300,NVLink 2 (300 GB/s),SXM2,test\n";

struct Fixture
{
    std::vector<Offer> offers;
    IndexList training;
    IndexList inference;
    IndexList latency;
    IndexList unsuitable; // simulated, quote, or without a spec: never recommended
};

int add(std::vector<Offer> &offers, const char *provider, const char *model, int count, int memoryGb,
    const char *region, std::optional<std::int64_t> priceMicros, PriceSource source = PriceSource::Snapshot)
{
    Offer o;
    o.providerId = QString::fromLatin1(provider);
    o.gpuModel = QString::fromLatin1(model);
    o.instanceType = QStringLiteral("%1-%2x-%3").arg(o.providerId).arg(count).arg(GpuSpecTable::normalized(o.gpuModel));
    o.gpuCount = count;
    o.gpuMemoryGb = memoryGb;
    o.region = QString::fromLatin1(region);
    if (priceMicros)
        o.pricePerHour = Money::fromMicros(*priceMicros);
    o.priceSource = source;
    o.source = QStringLiteral("test");
    offers.push_back(o);
    return int(offers.size()) - 1;
}

Fixture makeFixture()
{
    Fixture f;
    auto &o = f.offers;
    // Training: per-PFLOP figures in the comments ($/BF16 PFLOP-hour).
    f.training = {
        add(o, "lambda", "B200", 8, 180, "", 50'000'000), // 0: 2.78, Blackwell NVLink x8
        add(o, "coreweave", "B200", 8, 180, "", 40'000'000), // 1: 2.22, Blackwell NVLink x8
        add(o, "vastai", "B200", 1, 180, "", 4'000'000), // 2: 1.78, Blackwell single
        add(o, "lambda", "H100 SXM", 8, 80, "", 16'000'000), // 3: 2.02, Hopper NVLink x8
        add(o, "runpod", "H100 SXM", 1, 80, "", 1'500'000), // 4: 1.52, Hopper single
        add(o, "hyperstack", "H100 PCIe", 2, 80, "", 3'000'000), // 5: 1.98, Hopper x2 without NVLink
        add(o, "crusoe", "A100 80GB SXM", 8, 80, "", 8'000'000), // 6: 3.21, Ampere NVLink x8
        add(o, "nebius", "L4", 1, 24, "", 300'000), // 7: 2.48, Ada single
        add(o, "aws", "Gaudi 3", 8, 128, "", 20'000'000), // 8: 1.36, Gaudi x8 without NVLink
    };
    // Inference: $/GB-h and $/PFLOP-h ranks.
    f.inference = {
        add(o, "lambda", "H100 SXM", 1, 80, "", 2'000'000), // 9:  25000 / 2022245
        add(o, "crusoe", "A100 80GB SXM", 1, 80, "", 1'200'000), // 10: 15000 / 3846154
        add(o, "nebius", "L40S", 1, 48, "", 800'000), // 11: 16667 / 2209945
        add(o, "runpod", "L4", 1, 24, "", 440'000), // 12: 18333 / 3636364
        add(o, "vastai", "RTX 4090", 1, 24, "", 300'000), // 13: 12500 / none
        add(o, "lambda", "GH200", 1, 96, "", 1'500'000), // 14: 15625 / 1516684
        add(o, "lambda", "B200", 1, 180, "", 4'000'000), // 15: Blackwell: not an inference pick
        add(o, "azure", "MI300X", 1, 192, "", 2'000'000), // 16: AMD: not an inference pick
        add(o, "aws", "T4", 1, 16, "", 100'000), // 17: Turing: not an inference pick
        add(o, "aws", "V100 16GB", 1, 16, "", 200'000), // 18: Volta: not an inference pick
    };
    // Latency: per-GPU price by place.
    f.latency = {
        add(o, "nebius", "H100 SXM", 1, 80, "eu-north1", 3'000'000), // 19: Europe, 3.00
        add(o, "vastai", "H100 SXM", 1, 80, "France, FR, EU", 4'000'000), // 20: Europe, 4.00
        add(o, "runpod", "H100 SXM", 1, 80, "", 1'000'000), // 21: unstated, 1.00
        add(o, "lambda", "H100 SXM", 1, 80, "us-east-1", 500'000), // 22: N. America, 0.50
        add(o, "vastai", "H100 SXM", 1, 80, "Taichung City, TW, AS", 800'000), // 23: Asia, 0.80
        add(o, "shadeform", "H100 SXM", 8, 80, "montreal-canada-2", 16'000'000), // 24: N. America, 2.00/GPU
    };
    f.unsuitable = {
        add(o, "sandbox", "B200", 8, 180, "local", 0, PriceSource::Simulated), // 25
        add(o, "sandbox", "H100 SXM", 1, 80, "local", 0, PriceSource::Simulated), // 26
        add(o, "lepton", "B200", 8, 180, "", std::nullopt, PriceSource::Quote), // 27
        add(o, "lepton", "H100 SXM", 1, 80, "", std::nullopt, PriceSource::Quote), // 28
        add(o, "shadeform", "H100", 8, 80, "us-east-1", 10'000'000), // 29: no spec: no training/inference
    };
    return f;
}

std::vector<int> toVector(const IndexList &list)
{
    return std::vector<int>(list.cbegin(), list.cend());
}

IndexList indicesOf(const std::vector<Recommender::Pick> &picks)
{
    IndexList out;
    for (const auto &p : picks)
        out << p.offerIndex;
    return out;
}

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestRecommender : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void taskKeys();
    void trainingOrder();
    void trainingReasons();
    void nvlinkBridgeReasonIsConsistent();
    void inferenceOnlyHopperAmpereAda();
    void inferenceRanksByCombinedRanks();
    void inferenceReasons();
    void latencyPutsHomeContinentFirst_data();
    void latencyPutsHomeContinentFirst();
    void latencyReasons();
    void neverRecommendsSimulatedOrQuotes_data();
    void neverRecommendsSimulatedOrQuotes();
    void limit_data();
    void limit();
    void emptyCandidates();
    void bundledCatalogRecommendations();
    void continentOf_data();
    void continentOf();
    void everyBundledRegionHasAContinent();
    void continentOfNamesWithSpaces_data();
    void continentOfNamesWithSpaces();
    void fromTimeZoneId_data();
    void fromTimeZoneId();
    void userContinentFromHint();

private:
    std::vector<Recommender::Pick> rank(
        Task task, const IndexList &candidates, Continent home = Continent::Unknown, int limit = 0) const
    {
        return Recommender(*m_catalog, home).rank(task, toVector(candidates), limit);
    }
    IndexList allIndices() const
    {
        IndexList all;
        for (int i = 0; i < int(m_catalog->offers().size()); ++i)
            all << i;
        return all;
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Catalog> m_catalog;
    Fixture m_fixture;
};

void TestRecommender::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    m_catalog = std::make_unique<Catalog>(*m_clock);
    auto specs = GpuSpecTable::fromCsv(QString::fromUtf8(kSpecsCsv), QStringLiteral("test-specs.csv"));
    QVERIFY2(specs.ok(), specs.ok() ? "" : qPrintable(specs.error().message));
    m_catalog->setSpecs(std::move(*specs));
    m_fixture = makeFixture();
    m_catalog->setOffers(m_fixture.offers);
}

void TestRecommender::taskKeys()
{
    for (Task t : { Task::Training, Task::Inference, Task::LowLatency }) {
        QCOMPARE(taskFromKey(taskKey(t)), std::optional<Task>(t));
        QVERIFY(!taskDisplayName(t).isEmpty());
    }
    QCOMPARE(taskKey(Task::LowLatency), QStringLiteral("latency"));
    QVERIFY(!taskFromKey(QStringLiteral("gaming")).has_value());
}

void TestRecommender::trainingOrder()
{
    // Blackwell, then Hopper, then the rest; within each, NVLink multi-GPU, then multi-GPU without
    // NVLink, then single GPUs; then the lowest $ per BF16 PFLOP-hour.
    const IndexList expected = { 1, 0, 2, 3, 5, 4, 6, 8, 7 };
    QCOMPARE(indicesOf(rank(Task::Training, m_fixture.training)), expected);

    // Candidate order does not matter.
    IndexList reversed(m_fixture.training.crbegin(), m_fixture.training.crend());
    QCOMPARE(indicesOf(rank(Task::Training, reversed)), expected);

    // Offers without a spec or without a BF16 figure are left out, as are simulated and quoted ones.
    QCOMPARE(indicesOf(rank(Task::Training, m_fixture.training + m_fixture.unsuitable + IndexList { 13 })), expected);
}

void TestRecommender::trainingReasons()
{
    const auto picks = rank(Task::Training, m_fixture.training);
    QCOMPARE(int(picks.size()), m_fixture.training.size());
    for (const auto &p : picks) {
        const Offer &o = m_catalog->offers()[size_t(p.offerIndex)];
        const QString perPflop = m_catalog->pricePerPflopHour(p.offerIndex)->toString(2);
        QVERIFY2(!p.reason.isEmpty(), qPrintable(o.instanceType));
        QVERIFY2(p.reason.contains(o.gpuModel), qPrintable(p.reason));
        QVERIFY2(p.reason.contains(perPflop), qPrintable(p.reason + QStringLiteral(" lacks ") + perPflop));
    }
    QVERIFY2(picks.at(0).reason.contains(QStringLiteral("NVLink")), qPrintable(picks.at(0).reason));
    QVERIFY2(picks.at(0).reason.contains(QStringLiteral("8 GPUs")), qPrintable(picks.at(0).reason));
    QCOMPARE(picks.at(0).reason, QStringLiteral("B200 (Blackwell), 8 GPUs over NVLink 5: $2.22 per BF16 PFLOP-hour"));
    QCOMPARE(picks.at(2).reason, QStringLiteral("B200 (Blackwell), single GPU: $1.78 per BF16 PFLOP-hour"));
    QCOMPARE(
        picks.at(4).reason, QStringLiteral("H100 PCIe (Hopper), 2 GPUs over PCIe: $1.98 per BF16 PFLOP-hour"));
}

void TestRecommender::nvlinkBridgeReasonIsConsistent()
{
    // resources/data/gpu-specs.csv gives PCIe cards with a 2-way bridge interconnects such as
    // "PCIe Gen4 x16; NVLink bridge (112.5 GB/s)". A bridge pairs two cards; it is no GPU fabric, so a
    // 4-card machine is ranked and explained as PCIe (GpuSpec::fabric() is empty).
    const char specs[]
        = "model,vendor,architecture,release_year,memory_gb,memory_type,memory_bandwidth_gbs,fp32_tflops,"
          "bf16_dense_tflops,fp8_dense_tflops,tdp_w,interconnect,form_factor,source\n"
          "RTX A6000,NVIDIA,Ampere,2020,48,GDDR6,768,38.7,154.8,,300,PCIe Gen4 x16; NVLink bridge (112.5 "
          "GB/s),PCIe,t\n";
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    Catalog catalog(clock);
    auto table = GpuSpecTable::fromCsv(QString::fromUtf8(specs), QStringLiteral("t.csv"));
    QVERIFY(table.ok());
    catalog.setSpecs(std::move(*table));
    std::vector<Offer> offers;
    add(offers, "vastai", "RTX A6000", 4, 48, "", 3'200'000);
    catalog.setOffers(offers);

    const auto picks = Recommender(catalog).rank(Task::Training, { 0 });
    QCOMPARE(picks.size(), size_t(1));
    const QString reason = picks.front().reason;
    QVERIFY2(reason.contains(QStringLiteral("RTX A6000")), qPrintable(reason));
    QVERIFY2(!reason.contains(QStringLiteral("NVLink")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("4 GPUs over PCIe")), qPrintable(reason));
}

void TestRecommender::inferenceOnlyHopperAmpereAda()
{
    const auto picks = rank(Task::Inference, allIndices());
    QVERIFY(!picks.empty());
    for (const auto &p : picks) {
        const Offer &o = m_catalog->offers()[size_t(p.offerIndex)];
        const GpuSpec *spec = m_catalog->specOf(o);
        QVERIFY2(spec, qPrintable(o.gpuModel));
        QCOMPARE(spec->vendor, QStringLiteral("NVIDIA"));
        QVERIFY2(spec->architecture.startsWith(QStringLiteral("Hopper"))
                || spec->architecture == QStringLiteral("Ampere")
                || spec->architecture == QStringLiteral("Ada Lovelace"),
            qPrintable(o.gpuModel + QStringLiteral(": ") + spec->architecture));
    }
    const IndexList chosen = indicesOf(picks);
    for (int excluded : { 15, 16, 17, 18 })
        QVERIFY2(!chosen.contains(excluded), qPrintable(m_catalog->offers()[size_t(excluded)].gpuModel));
}

void TestRecommender::inferenceRanksByCombinedRanks()
{
    // $/GB ranks:    4090 0, A100 1, GH200 2, L40S 3, L4 4, H100 5
    // $/PFLOP ranks: GH200 0, H100 1, L40S 2, L4 3, A100 4, 4090 5 (no figure)
    // sums: GH200 2; 4090, A100, L40S 5 (then cheapest $/GB first); H100 6; L4 7.
    QCOMPARE(indicesOf(rank(Task::Inference, m_fixture.inference)), (IndexList { 14, 13, 10, 11, 9, 12 }));
}

void TestRecommender::inferenceReasons()
{
    const auto picks = rank(Task::Inference, m_fixture.inference);
    for (const auto &p : picks) {
        const Offer &o = m_catalog->offers()[size_t(p.offerIndex)];
        QVERIFY2(!p.reason.isEmpty(), qPrintable(o.gpuModel));
        QVERIFY2(p.reason.contains(o.gpuModel), qPrintable(p.reason));
        const QString perGb = m_catalog->pricePerMemoryGbHour(p.offerIndex)->toString(4);
        QVERIFY2(p.reason.contains(perGb), qPrintable(p.reason + QStringLiteral(" lacks ") + perGb));
    }
    QCOMPARE(picks.at(0).reason,
        QStringLiteral("GH200, 96 GB per GPU: $0.0156 per GB-hour of GPU memory, "
                       "$1.52 per BF16 PFLOP-hour"));
    QVERIFY2(picks.at(1).reason.contains(QStringLiteral("no published BF16 figure")), qPrintable(picks.at(1).reason));
}

void TestRecommender::latencyPutsHomeContinentFirst_data()
{
    QTest::addColumn<Continent>("home");
    QTest::addColumn<IndexList>("expected");

    // 19 eu-north1 $3, 20 France $4, 21 unstated $1, 22 us-east-1 $0.50, 23 Taiwan $0.80, 24 Montreal $2/GPU.
    QTest::newRow("Europe") << Continent::Europe << IndexList { 19, 20, 21, 22, 23, 24 };
    QTest::newRow("North America") << Continent::NorthAmerica << IndexList { 22, 24, 21, 23, 19, 20 };
    QTest::newRow("Asia") << Continent::Asia << IndexList { 23, 21, 22, 24, 19, 20 };
    QTest::newRow("Oceania (none there)") << Continent::Oceania << IndexList { 21, 22, 23, 24, 19, 20 };
    QTest::newRow("unknown home") << Continent::Unknown << IndexList { 21, 22, 23, 24, 19, 20 };
}

void TestRecommender::latencyPutsHomeContinentFirst()
{
    QFETCH(Continent, home);
    QFETCH(IndexList, expected);
    QCOMPARE(indicesOf(rank(Task::LowLatency, m_fixture.latency, home)), expected);
    QCOMPARE(indicesOf(rank(Task::LowLatency, m_fixture.latency + m_fixture.unsuitable.mid(0, 4), home)), expected);
}

void TestRecommender::latencyReasons()
{
    const auto picks = rank(Task::LowLatency, m_fixture.latency, Continent::Europe);
    QCOMPARE(picks.size(), size_t(6));
    for (const auto &p : picks) {
        const Offer &o = m_catalog->offers()[size_t(p.offerIndex)];
        const QString perGpu = o.pricePerGpuHour()->toString(2);
        QVERIFY2(p.reason.contains(perGpu), qPrintable(p.reason + QStringLiteral(" lacks ") + perGpu));
        if (!o.region.isEmpty())
            QVERIFY2(p.reason.contains(o.region), qPrintable(p.reason));
    }
    QCOMPARE(picks.at(0).reason, QStringLiteral("In your region (Europe: eu-north1), $3.00 per GPU-hour"));
    QCOMPARE(picks.at(2).reason, QStringLiteral("Region not stated by the source; $1.00 per GPU-hour"));
    QCOMPARE(
        picks.at(3).reason, QStringLiteral("Outside your region (us-east-1 is in North America), $0.50 per GPU-hour"));
    QCOMPARE(picks.at(5).reason,
        QStringLiteral("Outside your region (montreal-canada-2 is in North America), $2.00 per GPU-hour"));
}

void TestRecommender::neverRecommendsSimulatedOrQuotes_data()
{
    QTest::addColumn<Task>("task");
    QTest::newRow("training") << Task::Training;
    QTest::newRow("inference") << Task::Inference;
    QTest::newRow("latency") << Task::LowLatency;
}

void TestRecommender::neverRecommendsSimulatedOrQuotes()
{
    QFETCH(Task, task);
    const auto picks = rank(task, allIndices(), Continent::Europe);
    QVERIFY(!picks.empty());
    for (const auto &p : picks) {
        const Offer &o = m_catalog->offers()[size_t(p.offerIndex)];
        QVERIFY2(o.priceSource != PriceSource::Simulated, qPrintable(o.instanceType));
        QVERIFY2(o.priceSource != PriceSource::Quote, qPrintable(o.instanceType));
        QVERIFY(o.pricePerHour.has_value());
        QVERIFY2(!p.reason.trimmed().isEmpty(), qPrintable(o.instanceType));
        QVERIFY2(p.reason.contains(u'$'), qPrintable(p.reason));
    }
    // The unsuitable offers alone give nothing at all.
    QVERIFY(rank(task, m_fixture.unsuitable.mid(0, 4), Continent::Europe).empty());
}

void TestRecommender::limit_data()
{
    QTest::addColumn<Task>("task");
    QTest::addColumn<int>("limit");
    for (Task t : { Task::Training, Task::Inference, Task::LowLatency }) {
        for (int limit : { 1, 3, 100 })
            QTest::addRow("%s %d", qPrintable(taskKey(t)), limit) << t << limit;
    }
}

void TestRecommender::limit()
{
    QFETCH(Task, task);
    QFETCH(int, limit);
    const auto all = rank(task, allIndices(), Continent::Europe);
    const auto limited = rank(task, allIndices(), Continent::Europe, limit);
    QCOMPARE(limited.size(), std::min(all.size(), size_t(limit)));
    for (size_t i = 0; i < limited.size(); ++i)
        QCOMPARE(limited[i], all[i]);
}

void TestRecommender::emptyCandidates()
{
    for (Task t : { Task::Training, Task::Inference, Task::LowLatency })
        QVERIFY(rank(t, {}).empty());
}

void TestRecommender::bundledCatalogRecommendations()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
    const auto catalog = Catalog::loadBundled(clock);
    QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().message));
    OfferQuery everything;
    everything.includeSimulated = true;
    const std::vector<int> all = everything.run(*catalog);

    for (Task t : { Task::Training, Task::Inference, Task::LowLatency }) {
        const auto picks = Recommender(*catalog, Continent::Europe).rank(t, all);
        QVERIFY2(!picks.empty(), qPrintable(taskKey(t)));
        for (const auto &p : picks) {
            const Offer &o = catalog->offers()[size_t(p.offerIndex)];
            QVERIFY2(o.priceSource != PriceSource::Simulated && o.priceSource != PriceSource::Quote,
                qPrintable(o.providerId + u' ' + o.instanceType));
            QVERIFY2(!p.reason.isEmpty(), qPrintable(o.instanceType));
            QVERIFY2(p.reason.contains(o.gpuModel) || p.reason.contains(u'$'), qPrintable(p.reason));
        }
        if (t == Task::Training) {
            const GpuSpec *first = catalog->specOf(catalog->offers()[size_t(picks.front().offerIndex)]);
            QVERIFY(first);
            QVERIFY2(first->architecture.startsWith(QStringLiteral("Blackwell")), qPrintable(first->model));
        }
        if (t == Task::LowLatency) {
            const Offer &first = catalog->offers()[size_t(picks.front().offerIndex)];
            QCOMPARE(Region::continentOf(first.region), Continent::Europe);
        }
    }
}

void TestRecommender::continentOf_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<Continent>("continent");

    // Spellings found in resources/data/price-snapshot.csv.
    QTest::newRow("France, FR, EU") << QStringLiteral("France, FR, EU") << Continent::Europe;
    QTest::newRow("montreal-canada-2") << QStringLiteral("montreal-canada-2") << Continent::NorthAmerica;
    QTest::newRow("eu-north1") << QStringLiteral("eu-north1") << Continent::Europe;
    QTest::newRow("us-east-1 (use1-az6)") << QStringLiteral("us-east-1 (use1-az6)") << Continent::NorthAmerica;
    QTest::newRow("Taichung City, TW, AS") << QStringLiteral("Taichung City, TW, AS") << Continent::Asia;
    QTest::newRow("North America") << QStringLiteral("North America") << Continent::NorthAmerica;
    QTest::newRow("Australia, AU, OC") << QStringLiteral("Australia, AU, OC") << Continent::Oceania;
    QTest::newRow("Bulgaria, BG, EU") << QStringLiteral("Bulgaria, BG, EU") << Continent::Europe;
    QTest::newRow("CANADA") << QStringLiteral("CANADA") << Continent::NorthAmerica;
    QTest::newRow("FINLAND") << QStringLiteral("FINLAND") << Continent::Europe;
    QTest::newRow(", US, NA") << QStringLiteral(", US, NA") << Continent::NorthAmerica;
    QTest::newRow("US-KS-2") << QStringLiteral("US-KS-2") << Continent::NorthAmerica;
    QTest::newRow("UTAH_USA") << QStringLiteral("UTAH_USA") << Continent::NorthAmerica;
    QTest::newRow("Vietnam, VN, AS") << QStringLiteral("Vietnam, VN, AS") << Continent::Asia;
    QTest::newRow("tokyo-japan-5") << QStringLiteral("tokyo-japan-5") << Continent::Asia;
    QTest::newRow("paris-france-1") << QStringLiteral("paris-france-1") << Continent::Europe;
    QTest::newRow("houston-usa-1") << QStringLiteral("houston-usa-1") << Continent::NorthAmerica;
    QTest::newRow("us-central1") << QStringLiteral("us-central1") << Continent::NorthAmerica;
    QTest::newRow("list: first known part") << QStringLiteral("australia-east-1;us-east-1") << Continent::Oceania;
    QTest::newRow("list: us first") << QStringLiteral("us-east-1;us-west-2;asia-south-1") << Continent::NorthAmerica;
    QTest::newRow("me-west-1") << QStringLiteral("me-west-1") << Continent::MiddleEast;
    QTest::newRow("europe-central-1") << QStringLiteral("europe-central-1") << Continent::Europe;
    QTest::newRow("empty") << QString() << Continent::Unknown;
    QTest::newRow("local") << QStringLiteral("local") << Continent::Unknown;
    QTest::newRow("unknown words") << QStringLiteral("datacenter-7") << Continent::Unknown;
}

void TestRecommender::continentOf()
{
    QFETCH(QString, region);
    QFETCH(Continent, continent);
    QCOMPARE(Region::continentOf(region), continent);
}

void TestRecommender::everyBundledRegionHasAContinent()
{
    const auto csv = CsvReader::parse(
        readResource(QStringLiteral(":/data/price-snapshot.csv")), QStringLiteral("price-snapshot.csv"));
    QVERIFY(csv.ok());
    const int column = csv->column(QStringLiteral("region"));
    QVERIFY(column >= 0);
    int checked = 0;
    for (const auto &row : csv->rows()) {
        const QString region = row.cells.at(column).trimmed();
        if (region.isEmpty())
            continue;
        QVERIFY2(Region::continentOf(region) != Continent::Unknown,
            qPrintable(QStringLiteral("price-snapshot.csv:%1: region \"%2\"").arg(row.line).arg(region)));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestRecommender::continentOfNamesWithSpaces_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<Continent>("continent");
    QTest::newRow("South America") << QStringLiteral("South America") << Continent::SouthAmerica;
    QTest::newRow("Middle East") << QStringLiteral("Middle East") << Continent::MiddleEast;
    QTest::newRow("Sao Paulo, BR, South America")
        << QStringLiteral("Sao Paulo, BR, South America") << Continent::SouthAmerica;
}

void TestRecommender::continentOfNamesWithSpaces()
{
    // Two-word names are read as one ("South America" is not North America although "america" alone is).
    QFETCH(QString, region);
    QFETCH(Continent, continent);
    QCOMPARE(Region::continentOf(region), continent);
}

void TestRecommender::fromTimeZoneId_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<Continent>("continent");

    QTest::newRow("Europe/Paris") << QStringLiteral("Europe/Paris") << Continent::Europe;
    QTest::newRow("Europe/London") << QStringLiteral("Europe/London") << Continent::Europe;
    QTest::newRow("America/New_York") << QStringLiteral("America/New_York") << Continent::NorthAmerica;
    QTest::newRow("America/Toronto") << QStringLiteral("America/Toronto") << Continent::NorthAmerica;
    QTest::newRow("America/Sao_Paulo") << QStringLiteral("America/Sao_Paulo") << Continent::SouthAmerica;
    QTest::newRow("America/Argentina/Buenos_Aires")
        << QStringLiteral("America/Argentina/Buenos_Aires") << Continent::SouthAmerica;
    QTest::newRow("America/Bogota") << QStringLiteral("America/Bogota") << Continent::SouthAmerica;
    QTest::newRow("US/Pacific") << QStringLiteral("US/Pacific") << Continent::NorthAmerica;
    QTest::newRow("Canada/Eastern") << QStringLiteral("Canada/Eastern") << Continent::NorthAmerica;
    QTest::newRow("Asia/Tokyo") << QStringLiteral("Asia/Tokyo") << Continent::Asia;
    QTest::newRow("Asia/Shanghai") << QStringLiteral("Asia/Shanghai") << Continent::Asia;
    QTest::newRow("Asia/Dubai") << QStringLiteral("Asia/Dubai") << Continent::MiddleEast;
    QTest::newRow("Asia/Jerusalem") << QStringLiteral("Asia/Jerusalem") << Continent::MiddleEast;
    QTest::newRow("Australia/Sydney") << QStringLiteral("Australia/Sydney") << Continent::Oceania;
    QTest::newRow("Pacific/Auckland") << QStringLiteral("Pacific/Auckland") << Continent::Oceania;
    QTest::newRow("Africa/Lagos") << QStringLiteral("Africa/Lagos") << Continent::Africa;
    QTest::newRow("UTC") << QStringLiteral("UTC") << Continent::Unknown;
    QTest::newRow("Etc/GMT+3") << QStringLiteral("Etc/GMT+3") << Continent::Unknown;
    QTest::newRow("empty") << QString() << Continent::Unknown;
}

void TestRecommender::fromTimeZoneId()
{
    QFETCH(QString, zone);
    QFETCH(Continent, continent);
    QCOMPARE(Region::fromTimeZoneId(zone), continent);
}

void TestRecommender::userContinentFromHint()
{
    QCOMPARE(Region::userContinent(QStringLiteral("eu")), Continent::Europe);
    QCOMPARE(Region::userContinent(QStringLiteral("Europe")), Continent::Europe);
    QCOMPARE(Region::userContinent(QStringLiteral("us-east-1")), Continent::NorthAmerica);
    QCOMPARE(Region::userContinent(QStringLiteral("Taichung City, TW, AS")), Continent::Asia);
    // Without a usable hint the system time zone decides: whatever it is, the answer is consistent.
    QCOMPARE(Region::userContinent(QStringLiteral("nowhere")), Region::userContinent());
    QCOMPARE(Region::displayName(Continent::Europe), QStringLiteral("Europe"));
    QCOMPARE(Region::displayName(Continent::NorthAmerica), QStringLiteral("North America"));
    QCOMPARE(Region::displayName(Continent::Unknown), QStringLiteral("unknown region"));
}

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
