// gpudesk-bench-catalog: how long the offers table's typical query takes over 100,000 offers,
// through OfferQuery (precomputed keys, one pass) and through the classic Qt alternative, a
// QStandardItemModel under a chain of QSortFilterProxyModels (one proxy per filter + a sorting proxy).
//
//   gpudesk-bench-catalog [--offers N] [--reps N] [--smoke]
//
// The last line of output is machine-readable:
//   catalog-query: offerquery_median_ms=<x> proxy_median_ms=<y> ratio=<y/x>
// Targets (informational, never the exit code): OfferQuery median <= 16 ms (one 60 Hz frame) and at
// least 10x faster than the proxy chain. Exit code 1 only when the two approaches disagree on the result.

#include "BenchSupport.h"
#include "SyntheticOffers.h"
#include "catalog/Catalog.h"
#include "catalog/GpuSpecTable.h"
#include "catalog/Offer.h"
#include "catalog/OfferQuery.h"
#include "catalog/ProviderInfo.h"
#include "core/Money.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

using namespace gpudesk;
using namespace gpudesk::bench;

namespace {

constexpr quint32 kSeed = bench::kDefaultSeed;
constexpr int kDefaultOffers = 100'000;
constexpr int kDefaultReps = 31;
constexpr int kSmokeOffers = 2'000;
constexpr int kSmokeReps = 3;
constexpr int kMaxVariantReps = 11;
constexpr double kTargetMedianMs = 16.0;
constexpr double kTargetSpeedup = 10.0;

// The typical query of the offers table: "H100s under $3/h, cheapest per GPU first".
const QString kGpuAlias = QStringLiteral("h100");
constexpr Money kMaxPrice = Money::fromCents(300);

// ---------------------------------------------------------------------------------------------
// The QStandardItemModel + QSortFilterProxyModel chain

enum Column { ProviderCol, InstanceCol, GpuCol, CountCol, RegionCol, BillingCol, PriceCol, PerGpuCol, ColumnCount };
constexpr int SortRole = Qt::UserRole + 1;       // numeric value for sorting/filtering (micro-dollars, counts)
constexpr int OfferIndexRole = Qt::UserRole + 2; // on ProviderCol: index into catalog.offers()

std::unique_ptr<QStandardItemModel> buildItemModel(const Catalog &catalog)
{
    const auto &offers = catalog.offers();
    auto model = std::make_unique<QStandardItemModel>(int(offers.size()), int(ColumnCount));
    model->setHorizontalHeaderLabels({QStringLiteral("Provider"), QStringLiteral("Instance type"),
                                      QStringLiteral("GPU"), QStringLiteral("GPUs"), QStringLiteral("Region"),
                                      QStringLiteral("Billing"), QStringLiteral("$/h"), QStringLiteral("$/GPU-h")});
    const QString quoteText = QStringLiteral("quote");
    for (int r = 0; r < int(offers.size()); ++r) {
        const Offer &o = offers[size_t(r)];
        const ProviderInfo *provider = ProviderDirectory::byId(o.providerId);
        auto *providerItem = new QStandardItem(provider ? provider->displayName : o.providerId);
        providerItem->setData(r, OfferIndexRole);
        model->setItem(r, ProviderCol, providerItem);
        model->setItem(r, InstanceCol, new QStandardItem(o.instanceType));
        model->setItem(r, GpuCol, new QStandardItem(o.gpuModel));
        auto *countItem = new QStandardItem(QString::number(o.gpuCount));
        countItem->setData(o.gpuCount, SortRole);
        model->setItem(r, CountCol, countItem);
        model->setItem(r, RegionCol, new QStandardItem(o.region));
        model->setItem(r, BillingCol, new QStandardItem(billingKey(o.billing)));
        auto *priceItem = new QStandardItem(o.pricePerHour ? o.pricePerHour->toString(2) : quoteText);
        auto *perGpuItem = new QStandardItem(o.pricePerHour ? o.pricePerGpuHour()->toString(4) : quoteText);
        if (o.pricePerHour) {
            priceItem->setData(qint64(o.pricePerHour->micros()), SortRole);
            perGpuItem->setData(qint64(o.pricePerGpuHour()->micros()), SortRole);
        }
        model->setItem(r, PriceCol, priceItem);
        model->setItem(r, PerGpuCol, perGpuItem);
    }
    return model;
}

// Accepts rows whose $/h (SortRole of PriceCol) is at most the maximum; rows without a price fail
// whenever a maximum is set, as in OfferQuery.
class MaxPriceProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMaxPriceMicros(std::optional<qint64> maxMicros)
    {
        if (m_maxMicros == maxMicros)
            return;
        m_maxMicros = maxMicros;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (!m_maxMicros)
            return true;
        const QVariant v = sourceModel()->index(sourceRow, PriceCol, sourceParent).data(SortRole);
        return v.isValid() && v.toLongLong() <= *m_maxMicros;
    }

private:
    std::optional<qint64> m_maxMicros;
};

// Sorts by $/GPU-h, then $/h (cheaper first), then source row: the same total order as OfferQuery's
// PricePerGpu sort (the rows above it keep catalog order, so source row order = offer index order).
class PerGpuSortProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const qint64 l = value(left, PerGpuCol);
        const qint64 r = value(right, PerGpuCol);
        if (l != r)
            return l < r;
        const qint64 lp = value(left, PriceCol);
        const qint64 rp = value(right, PriceCol);
        if (lp != rp)
            return lp < rp;
        return left.row() < right.row();
    }

private:
    static qint64 value(const QModelIndex &index, int column)
    {
        const QVariant v = index.siblingAtColumn(column).data(SortRole);
        return v.isValid() ? v.toLongLong() : std::numeric_limits<qint64>::max();
    }
};

// What each approach hands the view: enough to show rows and to compare the two.
struct QueryResult
{
    int rows = 0;
    int firstOffer = -1;
    int lastOffer = -1;
    QString firstText;
    QString lastText;
};

QString describeOffer(const Catalog &catalog, int index)
{
    if (index < 0)
        return QStringLiteral("none");
    const Offer &o = catalog.offers()[size_t(index)];
    return QStringLiteral("#%1 %2 %3x %4 %5/h = %6/GPU-h")
        .arg(index)
        .arg(o.providerId)
        .arg(o.gpuCount)
        .arg(o.gpuModel, o.pricePerHour ? o.pricePerHour->toString(4) : QStringLiteral("quote"),
             o.pricePerGpuHour() ? o.pricePerGpuHour()->toString(4) : QStringLiteral("-"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gpudesk-bench-catalog"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times the offers table's typical query over synthetic offers: OfferQuery vs a "
                       "QStandardItemModel + QSortFilterProxyModel chain."));
    parser.addHelpOption();
    const QCommandLineOption offersOption(QStringLiteral("offers"),
                                          QStringLiteral("Number of synthetic offers (default %1).").arg(kDefaultOffers),
                                          QStringLiteral("n"));
    const QCommandLineOption repsOption(QStringLiteral("reps"),
                                        QStringLiteral("Timed repetitions per approach (default %1).").arg(kDefaultReps),
                                        QStringLiteral("n"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QStringLiteral("Quick run for CI: %1 offers, %2 repetitions (timings meaningless).").arg(kSmokeOffers).arg(kSmokeReps));
    parser.addOption(offersOption);
    parser.addOption(repsOption);
    parser.addOption(smokeOption);
    parser.process(app);

    const bool smoke = parser.isSet(smokeOption);
    int offerCount = smoke ? kSmokeOffers : kDefaultOffers;
    int reps = smoke ? kSmokeReps : kDefaultReps;
    auto positive = [&](const QCommandLineOption &option, int &target) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        const int v = parser.value(option).toInt(&ok);
        if (!ok || v < 1) {
            out() << QStringLiteral("error: --%1 needs a whole number >= 1\n").arg(option.names().constFirst());
            out().flush();
            return false;
        }
        target = v;
        return true;
    };
    if (!positive(offersOption, offerCount) || !positive(repsOption, reps))
        return 2;

#ifdef NDEBUG
    const QString note = smoke ? QStringLiteral(" (smoke run: timings are not meaningful)") : QString();
#else
    const QString note = QStringLiteral(" (assertions on: not an optimised build, timings are not meaningful)");
#endif
    out() << QStringLiteral("gpudesk-bench-catalog: %1 offers, %2 repetitions, seed %3, Qt %4%5\n")
                 .arg(offerCount)
                 .arg(reps)
                 .arg(kSeed)
                 .arg(QString::fromLatin1(qVersion()), note);

    // --- data ------------------------------------------------------------------------------
    auto specs = GpuSpecTable::loadBundled();
    if (!specs) {
        out() << QStringLiteral("error: %1\n").arg(specs.error().message);
        out().flush();
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    std::vector<Offer> offers =
        bench::generateSyntheticOffers(*specs, offerCount, kSeed, QStringLiteral("gpudesk-bench-catalog"));
    const double generateMs = nsToMs(timer.nsecsElapsed());

    Catalog catalog;
    timer.restart();
    catalog.setSpecs(std::move(*specs));
    catalog.setOffers(std::move(offers));
    const double derivedMs = nsToMs(timer.nsecsElapsed());

    timer.restart();
    std::unique_ptr<QStandardItemModel> itemModel = buildItemModel(catalog);
    const double itemModelMs = nsToMs(timer.nsecsElapsed());

    QSortFilterProxyModel gpuProxy;
    MaxPriceProxy priceProxy;
    PerGpuSortProxy sortProxy;
    gpuProxy.setSourceModel(itemModel.get());
    gpuProxy.setFilterKeyColumn(GpuCol);
    priceProxy.setSourceModel(&gpuProxy);
    sortProxy.setSourceModel(&priceProxy);
    sortProxy.setSortRole(SortRole);

    int quotes = 0;
    for (const Offer &o : catalog.offers())
        quotes += o.pricePerHour ? 0 : 1;
    out() << QStringLiteral("generated %1 offers (%2 distinct GPU model names, %3 quotes without price) in %4 ms\n")
                 .arg(catalog.offers().size())
                 .arg(catalog.distinctModels().size())
                 .arg(quotes)
                 .arg(ms(generateMs));
    out() << QStringLiteral("derived data build (Catalog::setSpecs + setOffers, not in the timed query): %1 ms\n")
                 .arg(ms(derivedMs));
    out() << QStringLiteral("QStandardItemModel build (%1 rows x %2 columns, not timed): %3 ms\n")
                 .arg(itemModel->rowCount())
                 .arg(itemModel->columnCount())
                 .arg(ms(itemModelMs));

    // --- the typical query, both ways --------------------------------------------------------
    OfferQuery query;
    query.gpu = kGpuAlias;
    query.maxPricePerHour = kMaxPrice;
    query.sort = OfferSort::PricePerGpu;

    // "h100" means every model with the word h100: "H100", "H100 SXM", "H100 PCIe", "H100 NVL" (not "GH200").
    const QRegularExpression gpuRe(QStringLiteral("(?:^|\\s)%1(?:\\s|$)").arg(QRegularExpression::escape(kGpuAlias)),
                                   QRegularExpression::CaseInsensitiveOption);

    std::vector<int> lastIndices;
    auto runOfferQuery = [&]() {
        QueryResult r;
        lastIndices = query.run(catalog);
        r.rows = int(lastIndices.size());
        if (!lastIndices.empty()) {
            r.firstOffer = lastIndices.front();
            r.lastOffer = lastIndices.back();
            r.firstText = catalog.offers()[size_t(r.firstOffer)].gpuModel;
            r.lastText = catalog.offers()[size_t(r.lastOffer)].gpuModel;
        }
        return r;
    };
    auto runProxyChain = [&]() {
        QueryResult r;
        gpuProxy.setFilterRegularExpression(gpuRe);
        priceProxy.setMaxPriceMicros(kMaxPrice.micros());
        sortProxy.sort(PerGpuCol, Qt::AscendingOrder);
        // Setting the same values again is a no-op in Qt; invalidate() drops every mapping so the
        // whole chain re-filters and re-sorts, lazily, on the first read below.
        gpuProxy.invalidate();
        priceProxy.invalidate();
        sortProxy.invalidate();
        r.rows = sortProxy.rowCount();
        if (r.rows > 0) {
            r.firstOffer = sortProxy.index(0, ProviderCol).data(OfferIndexRole).toInt();
            r.lastOffer = sortProxy.index(r.rows - 1, ProviderCol).data(OfferIndexRole).toInt();
            r.firstText = sortProxy.index(0, GpuCol).data().toString() + u' '
                          + sortProxy.index(0, PerGpuCol).data().toString();
            r.lastText = sortProxy.index(r.rows - 1, GpuCol).data().toString() + u' '
                         + sortProxy.index(r.rows - 1, PerGpuCol).data().toString();
        }
        return r;
    };

    auto measure = [&](const std::function<QueryResult()> &fn, int n, QueryResult &result) {
        fn(); // warm-up: first-touch allocations, regex JIT, caches
        std::vector<double> samples;
        samples.reserve(size_t(n));
        for (int i = 0; i < n; ++i) {
            QElapsedTimer t;
            t.start();
            result = fn();
            samples.push_back(nsToMs(t.nsecsElapsed()));
        }
        return timingOf(samples);
    };

    QueryResult oqResult;
    QueryResult proxyResult;
    const Timing oq = measure(runOfferQuery, reps, oqResult);
    const Timing px = measure(runProxyChain, reps, proxyResult);

    out() << QStringLiteral("\nquery: gpu=\"%1\" maxPricePerHour=%2 sort=%3 limit=none\n")
                 .arg(kGpuAlias, kMaxPrice.toString(2), offerSortKey(query.sort));
    const std::vector<int> widths = {38, 7, 10, 10, 10};
    out() << row({QStringLiteral("approach"), QStringLiteral("rows"), QStringLiteral("median_ms"),
                  QStringLiteral("min_ms"), QStringLiteral("max_ms")},
                 widths)
          << u'\n';
    out() << row({QStringLiteral("OfferQuery::run"), QString::number(oqResult.rows), ms(oq.medianMs), ms(oq.minMs),
                  ms(oq.maxMs)},
                 widths)
          << u'\n';
    out() << row({QStringLiteral("QStandardItemModel + 3 proxies"), QString::number(proxyResult.rows),
                  ms(px.medianMs), ms(px.minMs), ms(px.maxMs)},
                 widths)
          << u'\n';

    // --- do both approaches agree? ------------------------------------------------------------
    bool same = oqResult.rows == proxyResult.rows && oqResult.firstOffer == proxyResult.firstOffer
                && oqResult.lastOffer == proxyResult.lastOffer;
    out() << QStringLiteral("check: rows %1 vs %2; first offer %3 vs #%4 (%5); last offer #%6 vs #%7: %8\n")
                 .arg(oqResult.rows)
                 .arg(proxyResult.rows)
                 .arg(describeOffer(catalog, oqResult.firstOffer))
                 .arg(proxyResult.firstOffer)
                 .arg(proxyResult.firstText)
                 .arg(oqResult.lastOffer)
                 .arg(proxyResult.lastOffer)
                 .arg(same ? QStringLiteral("SAME") : QStringLiteral("DIFFERENT"));
    // Whole order, untimed: the proxy chain must list exactly OfferQuery's offers in OfferQuery's order.
    int firstMismatch = -1;
    if (same) {
        for (int i = 0; i < proxyResult.rows; ++i) {
            if (sortProxy.index(i, ProviderCol).data(OfferIndexRole).toInt() != lastIndices[size_t(i)]) {
                firstMismatch = i;
                break;
            }
        }
        out() << QStringLiteral("check: full order of all %1 rows: %2\n")
                     .arg(proxyResult.rows)
                     .arg(firstMismatch < 0 ? QStringLiteral("SAME")
                                            : QStringLiteral("DIFFERENT from row %1").arg(firstMismatch));
        same = firstMismatch < 0;
    }
    if (oqResult.rows == 0)
        out() << QStringLiteral("warning: the query matched no offer; the comparison proves little\n");

    // --- other OfferQuery shapes (informational) ------------------------------------------------
    struct Variant
    {
        QString name;
        OfferQuery q;
    };
    std::vector<Variant> variants;
    {
        OfferQuery q = query;
        q.limit = 100;
        variants.push_back({QStringLiteral("same, limit 100 (first page)"), q});
        q = query;
        q.region = QStringLiteral("europe");
        variants.push_back({QStringLiteral("same + region \"europe\""), q});
        q = query;
        q.search = QStringLiteral("spot");
        variants.push_back({QStringLiteral("same + search \"spot\""), q});
        q = OfferQuery();
        q.region = QStringLiteral("europe");
        variants.push_back({QStringLiteral("only region \"europe\", sort price"), q});
        q = OfferQuery();
        q.search = QStringLiteral("h100 spot");
        variants.push_back({QStringLiteral("only search \"h100 spot\", sort price"), q});
        q = OfferQuery();
        q.sort = OfferSort::Price;
        variants.push_back({QStringLiteral("no filter, sort price (all rows)"), q});
        q = OfferQuery();
        q.gpu = QStringLiteral("H100, H200");
        q.minGpus = 8;
        q.sort = OfferSort::PricePerPflop;
        variants.push_back({QStringLiteral("\"H100, H200\" x8, sort $/PFLOP-h"), q});
    }
    const int variantReps = std::min(reps, kMaxVariantReps);
    out() << QStringLiteral("\nother OfferQuery shapes (informational, %1 repetitions each)\n").arg(variantReps);
    out() << row({QStringLiteral("query"), QStringLiteral("rows"), QStringLiteral("median_ms"), QStringLiteral("min_ms"),
                  QStringLiteral("max_ms")},
                 widths)
          << u'\n';
    for (const Variant &v : variants) {
        int rows = 0;
        QueryResult unused;
        const Timing t = measure(
            [&]() {
                QueryResult r;
                r.rows = int(v.q.run(catalog).size());
                rows = r.rows;
                return r;
            },
            variantReps, unused);
        out() << row({v.name, QString::number(rows), ms(t.medianMs), ms(t.minMs), ms(t.maxMs)}, widths) << u'\n';
    }

    // --- verdict -----------------------------------------------------------------------------------
    const double ratio = oq.medianMs > 0.0 ? px.medianMs / oq.medianMs : 0.0;
    const bool fastEnough = oq.medianMs <= kTargetMedianMs;
    const bool fasterThanProxies = ratio >= kTargetSpeedup;
    out() << QStringLiteral("\ntargets (informational%1): OfferQuery median %2 ms <= %3 ms: %4; proxy/OfferQuery %5x >= %6x: %7 => %8\n")
                 .arg(smoke ? QStringLiteral(", smoke run") : QString(), ms(oq.medianMs))
                 .arg(kTargetMedianMs, 0, 'f', 0)
                 .arg(fastEnough ? QStringLiteral("PASS") : QStringLiteral("MISS"))
                 .arg(ratio, 0, 'f', 1)
                 .arg(kTargetSpeedup, 0, 'f', 0)
                 .arg(fasterThanProxies ? QStringLiteral("PASS") : QStringLiteral("MISS"),
                      fastEnough && fasterThanProxies ? QStringLiteral("PASS") : QStringLiteral("MISS"));
    if (!same)
        out() << QStringLiteral("FAIL: OfferQuery and the proxy chain return different results\n");
    out() << QStringLiteral("catalog-query: offerquery_median_ms=%1 proxy_median_ms=%2 ratio=%3\n")
                 .arg(ms(oq.medianMs), ms(px.medianMs), ms(ratio));
    out().flush();
    return same ? 0 : 1;
}
