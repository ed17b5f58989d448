#include "MainWindow.h"
#include "catalog/Catalog.h"
#include "catalog/MarketplacePage.h"
#include "catalog/OfferTableModel.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/ProviderSettingsRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace gpudesk;

class TestMarketplace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensOnMarketplaceWithRows();
    void gpuFilterNarrowsRows();
    void typedFiltersReachTheQuery();
    void providerSwitchIsRemembered();
    void recommendationShowsReasons();
    void detailsShowSpecsAndProvenance();
    void badMaxPriceIsExplained();
    void cleanup();

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<ProviderSettingsRepository> m_settings;
    std::unique_ptr<MainWindow> m_window;
    MarketplacePage *page() const { return m_window->marketplace(); }
    QList<int> visibleOffers() const;
};

void TestMarketplace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("gpudesk.sqlite"))).ok());
    auto catalog = Catalog::loadBundled();
    QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().message));
    m_catalog = std::make_unique<Catalog>(std::move(*catalog));
    m_settings = std::make_unique<ProviderSettingsRepository>(m_db, Clock::system());
}

void TestMarketplace::cleanup()
{
    m_window.reset();
}

QList<int> TestMarketplace::visibleOffers() const
{
    QList<int> out;
    const OfferTableModel *model = page()->model();
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->offerIndexAt(r);
    return out;
}

void TestMarketplace::opensOnMarketplaceWithRows()
{
    m_window = std::make_unique<MainWindow>(*m_catalog, m_settings.get(), m_dir.path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("offersTable"));
    QVERIFY(table && table->isVisible());
    const auto rows = visibleOffers();
    QVERIFY(rows.size() > 100);
    // Default: real offers only, no simulated Sandbox rows.
    for (int i : rows)
        QVERIFY(m_catalog->offers()[size_t(i)].priceSource != PriceSource::Simulated);
    // Sorted by price per hour, quotes last.
    qint64 last = -1;
    bool seenQuote = false;
    for (int i : rows) {
        const Offer &o = m_catalog->offers()[size_t(i)];
        if (!o.pricePerHour) {
            seenQuote = true;
            continue;
        }
        QVERIFY2(!seenQuote, "a priced offer after a quote");
        QVERIFY(o.pricePerHour->micros() >= last);
        last = o.pricePerHour->micros();
    }
    QVERIFY(seenQuote);
}

void TestMarketplace::gpuFilterNarrowsRows()
{
    m_window = std::make_unique<MainWindow>(*m_catalog, m_settings.get(), m_dir.path());
    auto *families = m_window->findChild<QListWidget *>(QStringLiteral("gpuFamilies"));
    QVERIFY(families);
    QListWidgetItem *h100 = nullptr;
    for (int i = 0; i < families->count(); ++i) {
        if (families->item(i)->data(Qt::UserRole).toString() == QStringLiteral("H100"))
            h100 = families->item(i);
    }
    QVERIFY(h100);
    h100->setCheckState(Qt::Checked);
    page()->refresh();
    const auto rows = visibleOffers();
    QVERIFY(!rows.isEmpty());
    QSet<QString> models;
    for (int i : rows)
        models.insert(m_catalog->offers()[size_t(i)].gpuModel);
    QVERIFY(models.contains(QStringLiteral("H100 SXM")));
    QVERIFY(models.contains(QStringLiteral("H100 PCIe")));
    for (const QString &m : models)
        QVERIFY2(m.startsWith(QStringLiteral("H100")), qPrintable(m));
    // The table and the query agree.
    const auto expected = page()->currentQuery().run(*m_catalog);
    QCOMPARE(rows.size(), qsizetype(expected.size()));
}

void TestMarketplace::typedFiltersReachTheQuery()
{
    m_window = std::make_unique<MainWindow>(*m_catalog, m_settings.get(), m_dir.path());
    m_window->findChild<QLineEdit *>(QStringLiteral("maxPrice"))->setText(QStringLiteral("2.00"));
    m_window->findChild<QLineEdit *>(QStringLiteral("region"))->setText(QStringLiteral("us"));
    auto *sort = m_window->findChild<QComboBox *>(QStringLiteral("sort"));
    sort->setCurrentIndex(sort->findData(int(OfferSort::PricePerGpu)));
    page()->setGpuFilter(QStringLiteral("a100"));
    const OfferQuery q = page()->currentQuery();
    QCOMPARE(q.maxPricePerHour, std::optional<Money>(Money::fromDollars(2)));
    QCOMPARE(q.region, QStringLiteral("us"));
    QCOMPARE(q.sort, OfferSort::PricePerGpu);
    const auto rows = visibleOffers();
    QVERIFY(!rows.isEmpty());
    qint64 last = -1;
    for (int i : rows) {
        const Offer &o = m_catalog->offers()[size_t(i)];
        QVERIFY(o.gpuModel.startsWith(QStringLiteral("A100")));
        QVERIFY(o.pricePerHour && *o.pricePerHour <= Money::fromDollars(2));
        QVERIFY(o.pricePerGpuHour()->micros() >= last);
        last = o.pricePerGpuHour()->micros();
    }
    // Typing is debounced: the model follows without an explicit refresh.
    m_window->findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("zzz-no-such-offer"));
    QTRY_COMPARE(page()->model()->rowCount(), 0);
}

void TestMarketplace::providerSwitchIsRemembered()
{
    m_window = std::make_unique<MainWindow>(*m_catalog, m_settings.get(), m_dir.path());
    auto *providers = m_window->findChild<QListWidget *>(QStringLiteral("providerList"));
    QListWidgetItem *lambda = nullptr;
    for (int i = 0; i < providers->count(); ++i) {
        if (providers->item(i)->data(Qt::UserRole).toString() == QStringLiteral("lambda"))
            lambda = providers->item(i);
    }
    QVERIFY(lambda);
    QCOMPARE(lambda->checkState(), Qt::Checked);
    lambda->setCheckState(Qt::Unchecked);
    page()->refresh();
    for (int i : visibleOffers())
        QVERIFY(m_catalog->offers()[size_t(i)].providerId != QStringLiteral("lambda"));
    auto states = m_settings->enabledStates();
    QVERIFY(states.ok());
    QCOMPARE(states->value(QStringLiteral("lambda")), false);

    // A new window (as after a restart) keeps the choice; switch it back on for the other tests.
    m_window = std::make_unique<MainWindow>(*m_catalog, m_settings.get(), m_dir.path());
    providers = m_window->findChild<QListWidget *>(QStringLiteral("providerList"));
    for (int i = 0; i < providers->count(); ++i) {
        if (providers->item(i)->data(Qt::UserRole).toString() == QStringLiteral("lambda")) {
            QCOMPARE(providers->item(i)->checkState(), Qt::Unchecked);
            providers->item(i)->setCheckState(Qt::Checked);
        }
    }
    QVERIFY(m_settings->enabledStates()->value(QStringLiteral("lambda")));
}

void TestMarketplace::recommendationShowsReasons()
{
    m_window = std::make_unique<MainWindow>(*m_catalog, m_settings.get(), m_dir.path());
    page()->setTask(Task::Training);
    OfferTableModel *model = page()->model();
    QVERIFY(model->showsReasons());
    QCOMPARE(model->columnCount(), int(OfferTableModel::ColumnCount));
    QVERIFY(model->rowCount() > 0);
    const QString firstWhy = model->data(model->index(0, OfferTableModel::Why)).toString();
    QVERIFY2(firstWhy.contains(QStringLiteral("PFLOP")), qPrintable(firstWhy));
    const GpuSpec *spec = m_catalog->specOf(m_catalog->offers()[size_t(model->offerIndexAt(0))]);
    QVERIFY(spec);
    QVERIFY2(spec->architecture.startsWith(QStringLiteral("Blackwell")), qPrintable(spec->architecture));
    QVERIFY(!m_window->findChild<QComboBox *>(QStringLiteral("sort"))->isEnabled());
    // The reason stands next to the prices, before the instance details.
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("offersTable"));
    QHeaderView *header = table->horizontalHeader();
    QVERIFY2(header->visualIndex(OfferTableModel::Why) < header->visualIndex(OfferTableModel::InstanceType),
             qPrintable(QStringLiteral("Why at %1, instance type at %2")
                            .arg(header->visualIndex(OfferTableModel::Why))
                            .arg(header->visualIndex(OfferTableModel::InstanceType))));
    page()->setTask(std::nullopt);
    QVERIFY(!model->showsReasons());
}

void TestMarketplace::detailsShowSpecsAndProvenance()
{
    m_window = std::make_unique<MainWindow>(*m_catalog, m_settings.get(), m_dir.path());
    page()->setGpuFilter(QStringLiteral("h100 sxm"));
    QVERIFY(page()->selectedOfferIndex() >= 0);
    const QString text = m_window->findChild<QTextBrowser *>(QStringLiteral("offerDetails"))->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("H100 SXM specifications")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("snapshot")));
    QVERIFY(text.contains(QStringLiteral("Price source:")));
}

void TestMarketplace::badMaxPriceIsExplained()
{
    m_window = std::make_unique<MainWindow>(*m_catalog, m_settings.get(), m_dir.path());
    m_window->show();
    m_window->findChild<QLineEdit *>(QStringLiteral("maxPrice"))->setText(QStringLiteral("abc"));
    page()->refresh();
    auto *error = m_window->findChild<QLabel *>(QStringLiteral("priceError"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("abc")));
    QVERIFY(!page()->currentQuery().maxPricePerHour);
}

QTEST_MAIN(TestMarketplace)
#include "tst_marketplace.moc"
