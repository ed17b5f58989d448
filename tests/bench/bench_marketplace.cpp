// gpudesk-bench-marketplace: how long a filter change in the real Marketplace page takes, as the user
// experiences it, over 100,000 synthetic offers: the widgets change, the page runs its query (the
// 120 ms typing pause skipped), the table model resets, and the window lays out and paints again.
//
//   gpudesk-bench-marketplace [--offers N] [--reps N] [--smoke] [--scenario typical|broad|region|search|task]
//
// Runs offscreen unless QT_QPA_PLATFORM says otherwise. Every scenario is timed from the moment its
// widget values are set to the moment the offers table's viewport has painted:
//   set gpuText / maxPrice / region / search / sort / task (signals blocked: one refresh, as after
//   the typing pause) -> MarketplacePage::refresh() -> posted events (delayed item layout, updates,
//   painting) -> the viewport repainted synchronously if the event passes did not paint it.
// Before each timed change the page is put back, untimed, into the state the user comes from.
//
// The last line of output is machine-readable:
//   marketplace-refresh: typical_median_ms=<x> broad_median_ms=<y> worst_median_ms=<z>
// Budgets (informational, never the exit code): worst median <= 16 ms (one 60 Hz frame) and
// <= 100 ms (feels instant). Exit code 1 only when a scenario shows other rows than the page's own
// query (and, for a task, the Recommender) gives; 2 on a usage or setup error.

#include "BenchSupport.h"
#include "SyntheticOffers.h"
#include "catalog/Catalog.h"
#include "catalog/GpuSpecTable.h"
#include "catalog/MarketplacePage.h"
#include "catalog/OfferQuery.h"
#include "catalog/OfferTableModel.h"
#include "catalog/Recommender.h"
#include "catalog/Region.h"
#include "core/Money.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace gpudesk;
using namespace gpudesk::bench;

namespace {

constexpr int kDefaultOffers = 100'000;
constexpr int kDefaultReps = 21;
constexpr int kSmokeOffers = 2'000;
constexpr int kSmokeReps = 3;
constexpr int kWidth = 1440;
constexpr int kHeight = 860;
constexpr double kFrameBudgetMs = 16.0;
constexpr double kInstantBudgetMs = 100.0;
// Event-loop passes after refresh(): the item view lays out on a 0 ms timer, and painting is a
// posted UpdateRequest; a few passes let everything that one change triggers run.
constexpr int kEventPasses = 4;

// What the filter widgets say: the state a user leaves the panel in.
struct FilterState
{
    QString gpu;
    QString maxPrice;
    QString region;
    QString search;
    OfferSort sort = OfferSort::Price;
    std::optional<Task> task;
};

struct Scenario
{
    QString key;
    QString description;
    FilterState from; // untimed: where the user comes from
    FilterState to;   // timed: what the user changes the filters to
};

std::vector<Scenario> scenarios()
{
    FilterState none; // the page as it opens: no filter, cheapest per hour first
    FilterState typical;
    typical.gpu = QStringLiteral("h100");
    typical.maxPrice = QStringLiteral("3.00");
    typical.sort = OfferSort::PricePerGpu;
    FilterState europe;
    europe.region = QStringLiteral("europe");
    FilterState search;
    search.search = QStringLiteral("h100 spot");
    FilterState training;
    training.task = Task::Training;
    return {
        {QStringLiteral("typical"), QStringLiteral("gpu \"h100\", max $3.00/h, sort $/GPU-h"), none, typical},
        {QStringLiteral("broad"), QStringLiteral("filters cleared: all rows, sort $/h"), typical, none},
        {QStringLiteral("region"), QStringLiteral("region \"europe\""), none, europe},
        {QStringLiteral("search"), QStringLiteral("search \"h100 spot\""), none, search},
        {QStringLiteral("task"), QStringLiteral("recommend for training (all rows)"), none, training},
    };
}

// The page's filter widgets, found by their objectNames as a UI test would.
struct Widgets
{
    QLineEdit *gpuText = nullptr;
    QLineEdit *maxPrice = nullptr;
    QLineEdit *region = nullptr;
    QLineEdit *search = nullptr;
    QComboBox *sort = nullptr;
    QComboBox *task = nullptr;
    QListWidget *gpuFamilies = nullptr;
    QTableView *table = nullptr;

    bool find(const QWidget *page)
    {
        gpuText = page->findChild<QLineEdit *>(QStringLiteral("gpuText"));
        maxPrice = page->findChild<QLineEdit *>(QStringLiteral("maxPrice"));
        region = page->findChild<QLineEdit *>(QStringLiteral("region"));
        search = page->findChild<QLineEdit *>(QStringLiteral("search"));
        sort = page->findChild<QComboBox *>(QStringLiteral("sort"));
        task = page->findChild<QComboBox *>(QStringLiteral("task"));
        gpuFamilies = page->findChild<QListWidget *>(QStringLiteral("gpuFamilies"));
        table = page->findChild<QTableView *>(QStringLiteral("offersTable"));
        return gpuText && maxPrice && region && search && sort && task && gpuFamilies && table;
    }

    // Sets every widget with its signals blocked, so that the one refresh() the caller makes is the
    // only query run (unblocked, a combo box refreshes at once and a line edit starts the 120 ms timer).
    // Returns false when a value has no entry in its combo box.
    bool apply(const FilterState &s) const
    {
        const QSignalBlocker b1(gpuText), b2(maxPrice), b3(region), b4(search), b5(sort), b6(task);
        gpuText->setText(s.gpu);
        maxPrice->setText(s.maxPrice);
        region->setText(s.region);
        search->setText(s.search);
        const int sortIndex = sort->findData(int(s.sort));
        const int taskIndex = s.task ? task->findData(taskKey(*s.task)) : 0;
        if (sortIndex < 0 || taskIndex < 0)
            return false;
        sort->setCurrentIndex(sortIndex);
        task->setCurrentIndex(taskIndex);
        return true;
    }
};

// Counts paint events of the offers table's viewport: proves the timed span ends with a painted table.
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Lets the page lay out and paint what the last change made dirty; if the event passes did not
// paint the table's viewport, paints it synchronously. Returns whether a repaint() was needed.
bool settle(const Widgets &w, const PaintCounter &counter, int paintsBefore)
{
    for (int i = 0; i < kEventPasses; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
    if (counter.paints != paintsBefore)
        return false;
    w.table->viewport()->repaint();
    return true;
}

// The rows the page must show for its current widget values: its own query, ranked by the
// Recommender when a task is chosen (as MarketplacePage::refresh does).
std::vector<int> expectedRows(const MarketplacePage &page, const Catalog &catalog)
{
    const OfferQuery query = page.currentQuery();
    std::vector<int> rows = query.run(catalog);
    if (const auto task = page.currentTask()) {
        const auto picks = Recommender(catalog, Region::userContinent(query.region)).rank(*task, rows);
        rows.clear();
        for (const auto &pick : picks)
            rows.push_back(pick.offerIndex);
    }
    return rows;
}

// Checks the page after a timed change: the widget values reached its query, the model holds
// exactly the expected offers in the expected order, the view shows that model and was painted.
// Returns an empty string when all is well, else what is wrong.
QString verify(const MarketplacePage &page, const Widgets &w, const Catalog &catalog, const FilterState &s,
               bool painted)
{
    const OfferQuery q = page.currentQuery();
    if (q.gpu != s.gpu)
        return QStringLiteral("query gpu \"%1\", expected \"%2\"").arg(q.gpu, s.gpu);
    const std::optional<Money> price = s.maxPrice.isEmpty() ? std::nullopt : Money::parse(s.maxPrice);
    if (q.maxPricePerHour != price)
        return QStringLiteral("query max price %1, expected %2")
            .arg(q.maxPricePerHour ? q.maxPricePerHour->toString(2) : QStringLiteral("none"),
                 price ? price->toString(2) : QStringLiteral("none"));
    if (q.region != s.region || q.search != s.search || q.sort != s.sort)
        return QStringLiteral("query region \"%1\" search \"%2\" sort %3, expected \"%4\" \"%5\" %6")
            .arg(q.region, q.search, offerSortKey(q.sort), s.region, s.search, offerSortKey(s.sort));
    if (page.currentTask() != s.task)
        return QStringLiteral("task %1, expected %2")
            .arg(page.currentTask() ? taskKey(*page.currentTask()) : QStringLiteral("none"),
                 s.task ? taskKey(*s.task) : QStringLiteral("none"));

    const std::vector<int> expected = expectedRows(page, catalog);
    const OfferTableModel *model = page.model();
    if (model->rowCount() != int(expected.size()))
        return QStringLiteral("the table shows %1 rows, the query gives %2").arg(model->rowCount()).arg(expected.size());
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->offerIndexAt(r) != expected[size_t(r)])
            return QStringLiteral("row %1 shows offer #%2, the query gives #%3")
                .arg(r)
                .arg(model->offerIndexAt(r))
                .arg(expected[size_t(r)]);
    }
    if (w.table->model() != model || w.table->model()->rowCount() != int(expected.size()))
        return QStringLiteral("the offers table does not show the page's model");
    if (expected.empty())
        return QStringLiteral("the scenario matched no offer: it proves nothing");
    if (!painted)
        return QStringLiteral("the offers table was not painted");
    return {};
}

struct ScenarioResult
{
    Scenario scenario;
    int rows = 0;
    Timing total;
    Timing refreshOnly;
    int syncRepaints = 0; // reps where the event passes had not painted the viewport
    QString failure;
};

// The offscreen platform warns each time the window's minimum size changes (the results summary grows
// and shrinks with every refresh); that says nothing about the page, so it is dropped. All else passes.
QtMessageHandler g_defaultHandler = nullptr;

void messageFilter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message == QStringLiteral("This plugin does not support propagateSizeHints()"))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(messageFilter);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gpudesk-bench-marketplace"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); // as ui/main.cpp

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times filter changes in the real Marketplace page over synthetic offers: widgets set, "
                       "refresh(), model reset, layout and paint."));
    parser.addHelpOption();
    const QCommandLineOption offersOption(QStringLiteral("offers"),
                                          QStringLiteral("Number of synthetic offers (default %1).").arg(kDefaultOffers),
                                          QStringLiteral("n"));
    const QCommandLineOption repsOption(QStringLiteral("reps"),
                                        QStringLiteral("Timed repetitions per scenario (default %1).").arg(kDefaultReps),
                                        QStringLiteral("n"));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke"),
        QStringLiteral("Quick run for CI: %1 offers, %2 repetitions (timings meaningless).").arg(kSmokeOffers).arg(kSmokeReps));
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"),
        QStringLiteral("Run only this scenario (typical, broad, region, search, task), e.g. under a profiler."),
        QStringLiteral("key"));
    parser.addOption(offersOption);
    parser.addOption(repsOption);
    parser.addOption(smokeOption);
    parser.addOption(scenarioOption);
    parser.process(app);
    std::vector<Scenario> chosen = scenarios();
    if (parser.isSet(scenarioOption)) {
        const QString key = parser.value(scenarioOption);
        std::erase_if(chosen, [&](const Scenario &sc) { return sc.key != key; });
        if (chosen.empty()) {
            out() << QStringLiteral("error: unknown scenario \"%1\"\n").arg(key);
            out().flush();
            return 2;
        }
    }

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
    out() << QStringLiteral("gpudesk-bench-marketplace: %1 offers, %2 repetitions, seed %3, Qt %4, platform %5, "
                            "style %6, window %7x%8%9\n")
                 .arg(offerCount)
                 .arg(reps)
                 .arg(bench::kDefaultSeed)
                 .arg(QString::fromLatin1(qVersion()), QGuiApplication::platformName(),
                      QApplication::style()->name())
                 .arg(kWidth)
                 .arg(kHeight)
                 .arg(note);

    // --- data ------------------------------------------------------------------------------
    auto specs = GpuSpecTable::loadBundled();
    if (!specs) {
        out() << QStringLiteral("error: %1\n").arg(specs.error().message);
        out().flush();
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    std::vector<Offer> offers = bench::generateSyntheticOffers(*specs, offerCount, bench::kDefaultSeed,
                                                               QStringLiteral("gpudesk-bench-marketplace"));
    const double generateMs = nsToMs(timer.nsecsElapsed());
    Catalog catalog;
    timer.restart();
    catalog.setSpecs(std::move(*specs));
    catalog.setOffers(std::move(offers));
    const double catalogMs = nsToMs(timer.nsecsElapsed());
    out() << QStringLiteral("generated %1 offers in %2 ms; Catalog::setSpecs + setOffers %3 ms (not timed below)\n")
                 .arg(catalog.offers().size())
                 .arg(ms(generateMs), ms(catalogMs));

    // --- the page, as the user opens it ------------------------------------------------------------
    timer.restart();
    auto page = std::make_unique<MarketplacePage>(catalog, nullptr);
    const double constructMs = nsToMs(timer.nsecsElapsed());
    page->setWindowTitle(QStringLiteral("gpudesk-bench-marketplace"));
    page->resize(kWidth, kHeight);

    Widgets w;
    if (!w.find(page.get())) {
        out() << QStringLiteral("error: the Marketplace page lacks a widget named gpuText, maxPrice, region, search, "
                                "sort, task, gpuFamilies or offersTable\n");
        out().flush();
        return 2;
    }
    PaintCounter counter;
    w.table->viewport()->installEventFilter(&counter);

    timer.restart();
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get())) {
        out() << QStringLiteral("error: the page window was never exposed (platform %1)\n")
                     .arg(QGuiApplication::platformName());
        out().flush();
        return 2;
    }
    settle(w, counter, 0);
    const double showMs = nsToMs(timer.nsecsElapsed());
    out() << QStringLiteral("MarketplacePage(catalog, nullptr) with %1 offers: constructed in %2 ms "
                            "(incl. its first refresh); show + exposed + first paint %3 ms; opens with %4 rows\n")
                 .arg(catalog.offers().size())
                 .arg(ms(constructMs), ms(showMs))
                 .arg(page->model()->rowCount());
    if (page->model()->rowCount() != int(catalog.offers().size())) {
        out() << QStringLiteral("FAIL: the page opens with %1 rows, the catalog has %2 offers (no filter, no Sandbox)\n")
                     .arg(page->model()->rowCount())
                     .arg(catalog.offers().size());
        out().flush();
        return 1;
    }
    if (w.gpuFamilies->count() == 0) {
        out() << QStringLiteral("FAIL: no GPU family listed for %1 offers\n").arg(catalog.offers().size());
        out().flush();
        return 1;
    }

    // --- the scenarios ---------------------------------------------------------------------------------
    std::vector<ScenarioResult> results;
    bool allOk = true;
    for (const Scenario &sc : chosen) {
        ScenarioResult res;
        res.scenario = sc;
        std::vector<double> totals;
        std::vector<double> refreshes;
        // One untimed warm-up round (first-touch allocations, glyph caches), then the timed ones.
        for (int rep = -1; rep < reps && res.failure.isEmpty(); ++rep) {
            if (!w.apply(sc.from)) {
                res.failure = QStringLiteral("a sort or task value is missing from its combo box");
                break;
            }
            page->refresh();
            settle(w, counter, counter.paints);

            const int paintsBefore = counter.paints;
            QElapsedTimer t;
            t.start();
            const bool applied = w.apply(sc.to);
            const qint64 refreshStart = t.nsecsElapsed();
            page->refresh();
            const qint64 refreshEnd = t.nsecsElapsed();
            const bool synchronous = settle(w, counter, paintsBefore);
            const qint64 end = t.nsecsElapsed();

            res.failure = applied ? verify(*page, w, catalog, sc.to, counter.paints > paintsBefore)
                                  : QStringLiteral("a sort or task value is missing from its combo box");
            res.rows = page->model()->rowCount();
            if (rep < 0)
                continue;
            totals.push_back(nsToMs(end));
            refreshes.push_back(nsToMs(refreshEnd - refreshStart));
            res.syncRepaints += synchronous ? 1 : 0;
        }
        res.total = timingOf(totals);
        res.refreshOnly = timingOf(refreshes);
        allOk = allOk && res.failure.isEmpty();
        results.push_back(res);
    }

    // --- report ----------------------------------------------------------------------------------------
    out() << QStringLiteral("\nfilter change -> refresh() -> layout + paint of the page, %1 repetitions each "
                            "(refresh_ms: MarketplacePage::refresh() alone)\n")
                 .arg(reps);
    const std::vector<int> widths = {10, 40, 7, 10, 10, 10, 11};
    out() << row({QStringLiteral("scenario"), QStringLiteral("change"), QStringLiteral("rows"),
                  QStringLiteral("median_ms"), QStringLiteral("min_ms"), QStringLiteral("max_ms"),
                  QStringLiteral("refresh_ms")},
                 widths)
          << u'\n';
    const ScenarioResult *worst = nullptr;
    const ScenarioResult *typical = nullptr;
    const ScenarioResult *broad = nullptr;
    for (const ScenarioResult &r : results) {
        out() << row({r.scenario.key, r.scenario.description, QString::number(r.rows), ms(r.total.medianMs),
                      ms(r.total.minMs), ms(r.total.maxMs), ms(r.refreshOnly.medianMs)},
                     widths)
              << u'\n';
        if (!worst || r.total.medianMs > worst->total.medianMs)
            worst = &r;
        if (r.scenario.key == QStringLiteral("typical"))
            typical = &r;
        if (r.scenario.key == QStringLiteral("broad"))
            broad = &r;
    }
    for (const ScenarioResult &r : results) {
        if (r.syncRepaints > 0)
            out() << QStringLiteral("note: %1: the event passes left the table unpainted in %2 of %3 repetitions; "
                                    "repainted synchronously (timed)\n")
                         .arg(r.scenario.key)
                         .arg(r.syncRepaints)
                         .arg(reps);
    }
    for (const ScenarioResult &r : results) {
        out() << QStringLiteral("check: %1: %2\n")
                     .arg(r.scenario.key,
                          r.failure.isEmpty()
                              ? QStringLiteral("%1 rows, the same offers in the same order as the page's query%2")
                                    .arg(r.rows)
                                    .arg(r.scenario.to.task ? QStringLiteral(" ranked by the Recommender") : QString())
                              : QStringLiteral("FAIL: ") + r.failure);
    }

    const double worstMs = worst ? worst->total.medianMs : 0.0;
    const QString worstKey = worst ? worst->scenario.key : QStringLiteral("none");
    auto verdict = [](bool pass) { return pass ? QStringLiteral("PASS") : QStringLiteral("MISS"); };
    out() << QStringLiteral("\nbudgets (informational%1): worst median %2 ms (%3) <= %4 ms frame: %5; <= %6 ms "
                            "feels instant: %7\n")
                 .arg(smoke ? QStringLiteral(", smoke run") : QString(), ms(worstMs), worstKey)
                 .arg(kFrameBudgetMs, 0, 'f', 0)
                 .arg(verdict(worstMs <= kFrameBudgetMs))
                 .arg(kInstantBudgetMs, 0, 'f', 0)
                 .arg(verdict(worstMs <= kInstantBudgetMs));
    if (!allOk)
        out() << QStringLiteral("FAIL: a scenario showed other rows than the page's query gives\n");
    out() << QStringLiteral("marketplace-refresh: typical_median_ms=%1 broad_median_ms=%2 worst_median_ms=%3\n")
                 .arg(ms(typical ? typical->total.medianMs : 0.0), ms(broad ? broad->total.medianMs : 0.0),
                      ms(worstMs));
    out().flush();
    return allOk ? 0 : 1;
}
