// Runs the real gpudesk-cli binary, as scripts do, with its data directory in a temporary folder.

#include "catalog/Catalog.h"
#include "catalog/CsvReader.h"
#include "catalog/GpuSpecTable.h"
#include "catalog/OfferQuery.h"
#include "core/Clock.h"
#include "storage/Database.h"
#include "storage/ProviderSettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "CliRunner.h"

using namespace gpudesk;

namespace {

const QString kCli = QStringLiteral(GPUDESK_CLI_PATH);

using test::CliRun;

// Money from a JSON number; every amount the CLI prints has at most 6 decimals.
Money moneyOf(const QJsonValue &v)
{
    return Money::fromMicros(qRound64(v.toDouble() * 1e6));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void version();
    void help();
    void providersJson();
    void disabledProvidersAreHonoured();
    void gpusCsv();
    void gpusTableAndJson();
    void offersJsonFields();
    void offersFilteredAndSorted();
    void offersInlineOptionValues();
    void sandboxOffersAreSimulated();
    void taskRowsSayWhy();
    void tableFormat();
    void csvFormat();
    void noMatches();
    void usageErrors_data();
    void usageErrors();
    void corruptDatabaseIsRuntimeError();
    void newerDatabaseIsRuntimeError();
    void dataDirOption();
    void chineseDoesNotCrash();
    void englishPlurals();
    void keysKeepTheDatabaseInTheDataDir();
    void aboutListsLibraries();

private:
    CliRun run(const QStringList &args, const QString &dataDir = QString()) const;
    QJsonArray runJson(const QStringList &args);
    QString dbPath() const { return QDir(m_dataDir->path()).filePath(QStringLiteral("gpudesk.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<ManualClock> m_clock;
};

CliRun TestCli::run(const QStringList &args, const QString &dataDir) const
{
    return test::runCli(kCli, args, dataDir.isEmpty() ? m_dataDir->path() : dataDir);
}

QJsonArray TestCli::runJson(const QStringList &args)
{
    // Failures are recorded here; callers then find an empty array and stop at their next check.
    const CliRun r = run(args);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    [&] {
        QVERIFY2(r.finished, qPrintable(args.join(u' ')));
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
        QVERIFY2(error.error == QJsonParseError::NoError,
            qPrintable(args.join(u' ') + QStringLiteral(": ") + error.errorString()));
        QVERIFY2(doc.isArray(), qPrintable(args.join(u' ')));
    }();
    return doc.array();
}

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(kCli).isExecutable(), qPrintable(kCli));
}

void TestCli::init()
{
    m_dataDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dataDir->isValid());
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));
}

void TestCli::version()
{
    const CliRun r = run({ QStringLiteral("--version") });
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("gpudesk-cli " GPUDESK_VERSION "\n"));
    QVERIFY(QRegularExpression(QStringLiteral("^gpudesk-cli \\d+\\.\\d+\\.\\d+\n$")).match(r.out).hasMatch());
    QVERIFY(r.err.isEmpty());
}

void TestCli::help()
{
    for (const QString &arg : { QStringLiteral("--help"), QStringLiteral("help"), QStringLiteral("-h") }) {
        const CliRun r = run({ arg });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: gpudesk-cli")), qPrintable(r.out));
        for (const char *word : { "providers", "gpus", "offers", "--max-price", "--task" })
            QVERIFY2(r.out.contains(QString::fromLatin1(word)), word);
        QVERIFY(r.err.isEmpty());
    }
}

void TestCli::providersJson()
{
    const QJsonArray providers
        = runJson({ QStringLiteral("providers"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY(!providers.isEmpty());

    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : providers) {
        QVERIFY(v.isObject());
        const QJsonObject o = v.toObject();
        for (const char *key :
            { "id", "name", "kind", "offers", "gpu_models", "price_source", "newest_price", "enabled" })
            QVERIFY2(o.contains(QString::fromLatin1(key)), key);
        QVERIFY(o.value(QStringLiteral("offers")).isDouble());
        QVERIFY(o.value(QStringLiteral("enabled")).isBool());
        QVERIFY2(o.value(QStringLiteral("enabled")).toBool(), qPrintable(o.value(QStringLiteral("id")).toString()));
        byId.insert(o.value(QStringLiteral("id")).toString(), o);
    }
    for (const char *id :
        { "lambda", "runpod", "vastai", "crusoe", "coreweave", "nebius", "voltagepark", "lepton", "sandbox" })
        QVERIFY2(byId.contains(QString::fromLatin1(id)), id);

    QCOMPARE(
        byId.value(QStringLiteral("lepton")).value(QStringLiteral("price_source")).toString(), QStringLiteral("quote"));
    QCOMPARE(byId.value(QStringLiteral("sandbox")).value(QStringLiteral("price_source")).toString(),
        QStringLiteral("simulated"));
    QCOMPARE(byId.value(QStringLiteral("lambda")).value(QStringLiteral("price_source")).toString(),
        QStringLiteral("snapshot"));
    QVERIFY(byId.value(QStringLiteral("lambda")).value(QStringLiteral("offers")).toInt() > 0);
    QVERIFY(byId.value(QStringLiteral("lepton")).value(QStringLiteral("offers")).toInt() > 0);
    QVERIFY(byId.value(QStringLiteral("sandbox")).value(QStringLiteral("offers")).toInt() > 0);
    QCOMPARE(byId.value(QStringLiteral("lambda")).value(QStringLiteral("name")).toString(), QStringLiteral("Lambda"));
}

void TestCli::disabledProvidersAreHonoured()
{
    {
        Database db;
        QVERIFY(db.open(dbPath()).ok());
        ProviderSettingsRepository repo(db, *m_clock);
        QVERIFY(repo.setEnabled(QStringLiteral("runpod"), false).ok());
    }
    const QJsonArray providers
        = runJson({ QStringLiteral("providers"), QStringLiteral("--format"), QStringLiteral("json") });
    for (const QJsonValue &v : providers) {
        const QJsonObject o = v.toObject();
        const bool runpod = o.value(QStringLiteral("id")).toString() == QStringLiteral("runpod");
        QCOMPARE(o.value(QStringLiteral("enabled")).toBool(), !runpod);
    }

    const QJsonArray offers = runJson({ QStringLiteral("offers"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY(!offers.isEmpty());
    for (const QJsonValue &v : offers)
        QVERIFY(v.toObject().value(QStringLiteral("provider_id")).toString() != QStringLiteral("runpod"));
}

void TestCli::gpusCsv()
{
    const CliRun r = run({ QStringLiteral("gpus"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    const auto csv = CsvReader::parse(r.out, QStringLiteral("gpus.csv"));
    QVERIFY2(csv.ok(), csv.ok() ? "" : qPrintable(csv.error().message));
    const QStringList header = { QStringLiteral("model"), QStringLiteral("vendor"), QStringLiteral("architecture"),
        QStringLiteral("memory_gb"), QStringLiteral("memory_type"), QStringLiteral("memory_bandwidth_gbs"),
        QStringLiteral("bf16_dense_tflops"), QStringLiteral("fp8_dense_tflops"), QStringLiteral("tdp_w"),
        QStringLiteral("interconnect"), QStringLiteral("source") };
    QCOMPARE(csv->header(), header);

    const auto specs = GpuSpecTable::loadBundled();
    QVERIFY(specs.ok());
    QCOMPARE(csv->rows().size(), specs->specs().size());
    for (qsizetype i = 0; i < csv->rows().size(); ++i) {
        const GpuSpec &s = specs->specs().at(i);
        const QStringList &cells = csv->rows().at(i).cells;
        QCOMPARE(cells.at(0), s.model);
        QCOMPARE(cells.at(1), s.vendor);
        QCOMPARE(cells.at(3), s.memoryGb ? QString::number(*s.memoryGb) : QString());
        QCOMPARE(cells.at(10), s.source); // CSV keeps the whole source, unlike the table
    }
}

void TestCli::gpusTableAndJson()
{
    const auto specs = GpuSpecTable::loadBundled();
    QVERIFY(specs.ok());

    const CliRun table = run({ QStringLiteral("gpus") });
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.outLines();
    QCOMPARE(lines.size(), specs->specs().size() + 1);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("GPU ")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).contains(QStringLiteral("VENDOR")));
    QVERIFY(lines.at(1).startsWith(specs->specs().at(0).model));

    const QJsonArray json = runJson({ QStringLiteral("gpus"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(json.size(), specs->specs().size());
    const QJsonObject first = json.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("model")).toString(), specs->specs().at(0).model);
    if (specs->specs().at(0).bf16DenseTflops)
        QCOMPARE(first.value(QStringLiteral("bf16_dense_tflops")).toDouble(), *specs->specs().at(0).bf16DenseTflops);
}

void TestCli::offersJsonFields()
{
    const QJsonArray offers = runJson({ QStringLiteral("offers"), QStringLiteral("--format"), QStringLiteral("json") });

    const auto catalog = Catalog::loadBundled(*m_clock);
    QVERIFY(catalog.ok());
    int expected = 0;
    for (const Offer &o : catalog->offers())
        expected += o.priceSource != PriceSource::Simulated ? 1 : 0;
    QCOMPARE(offers.size(), expected);

    const QSet<QString> sources
        = { QStringLiteral("live"), QStringLiteral("snapshot"), QStringLiteral("simulated"), QStringLiteral("quote") };
    int quotes = 0;
    for (const QJsonValue &v : offers) {
        QVERIFY(v.isObject());
        const QJsonObject o = v.toObject();
        const QString what = o.value(QStringLiteral("provider_id")).toString() + u' '
            + o.value(QStringLiteral("instance_type")).toString();
        for (const char *key : { "provider", "instance_type", "gpu_model", "gpu_count", "gpu_memory_gb", "region",
                 "price_usd_per_hour", "price_usd_per_gpu_hour", "price_source", "as_of" })
            QVERIFY2(o.contains(QString::fromLatin1(key)),
                qPrintable(what + QStringLiteral(" lacks ") + QLatin1String(key)));

        QVERIFY2(o.value(QStringLiteral("provider")).isString(), qPrintable(what));
        QVERIFY2(!o.value(QStringLiteral("instance_type")).toString().isEmpty(), qPrintable(what));
        QVERIFY2(!o.value(QStringLiteral("gpu_model")).toString().isEmpty(), qPrintable(what));
        QVERIFY2(o.value(QStringLiteral("gpu_count")).isDouble(), qPrintable(what));
        const int count = o.value(QStringLiteral("gpu_count")).toInt();
        QVERIFY2(count >= 1, qPrintable(what));
        const QJsonValue memory = o.value(QStringLiteral("gpu_memory_gb"));
        QVERIFY2(memory.isNull() || (memory.isDouble() && memory.toInt() > 0), qPrintable(what));
        QVERIFY2(o.value(QStringLiteral("region")).isNull() || o.value(QStringLiteral("region")).isString(),
            qPrintable(what));

        const QString source = o.value(QStringLiteral("price_source")).toString();
        QVERIFY2(sources.contains(source), qPrintable(what + QStringLiteral(": ") + source));
        QVERIFY2(source != QStringLiteral("simulated"), qPrintable(what)); // only with --include-simulated

        const QJsonValue asOf = o.value(QStringLiteral("as_of"));
        QVERIFY2(asOf.isNull() || QDate::fromString(asOf.toString(), Qt::ISODate).isValid(), qPrintable(what));

        const QJsonValue price = o.value(QStringLiteral("price_usd_per_hour"));
        const QJsonValue perGpu = o.value(QStringLiteral("price_usd_per_gpu_hour"));
        if (source == QStringLiteral("quote")) {
            ++quotes;
            QVERIFY2(price.isNull() && perGpu.isNull(), qPrintable(what));
        } else {
            QVERIFY2(price.isDouble() && price.toDouble() > 0, qPrintable(what));
            QVERIFY2(perGpu.isDouble(), qPrintable(what));
            QCOMPARE(moneyOf(perGpu), moneyOf(price).dividedBy(count));
        }
    }
    QVERIFY(quotes > 0);
}

void TestCli::offersFilteredAndSorted()
{
    const QJsonArray offers = runJson({ QStringLiteral("offers"), QStringLiteral("--gpu"), QStringLiteral("h100"),
        QStringLiteral("--max-price"), QStringLiteral("3"), QStringLiteral("--sort"), QStringLiteral("price-per-gpu"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY(!offers.isEmpty());

    const QSet<QString> h100Variants = { QStringLiteral("H100"), QStringLiteral("H100 SXM"),
        QStringLiteral("H100 PCIe"), QStringLiteral("H100 NVL") };
    Money previous = Money::fromMicros(-1);
    for (const QJsonValue &v : offers) {
        const QJsonObject o = v.toObject();
        const QString model = o.value(QStringLiteral("gpu_model")).toString();
        QVERIFY2(h100Variants.contains(model), qPrintable(model));
        QVERIFY(o.value(QStringLiteral("price_usd_per_hour")).isDouble());
        QVERIFY2(moneyOf(o.value(QStringLiteral("price_usd_per_hour"))) <= Money::fromDollars(3),
            qPrintable(o.value(QStringLiteral("instance_type")).toString()));
        const Money perGpu = moneyOf(o.value(QStringLiteral("price_usd_per_gpu_hour")));
        QVERIFY2(previous <= perGpu, qPrintable(perGpu.toString(6) + QStringLiteral(" after ") + previous.toString(6)));
        previous = perGpu;
        QVERIFY(o.value(QStringLiteral("price_source")).toString() != QStringLiteral("quote"));
    }

    // The same question asked of the library gives the same number of answers.
    const auto catalog = Catalog::loadBundled(*m_clock);
    QVERIFY(catalog.ok());
    OfferQuery q;
    q.gpu = QStringLiteral("h100");
    q.maxPricePerHour = Money::fromDollars(3);
    q.sort = OfferSort::PricePerGpu;
    QCOMPARE(offers.size(), qsizetype(q.run(*catalog).size()));
}

void TestCli::offersInlineOptionValues()
{
    const QJsonArray spaced = runJson({ QStringLiteral("offers"), QStringLiteral("--gpu"), QStringLiteral("l40s"),
        QStringLiteral("--min-gpus"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonArray inlined = runJson({ QStringLiteral("offers"), QStringLiteral("--gpu=l40s"),
        QStringLiteral("--min-gpus=2"), QStringLiteral("--format=json") });
    QCOMPARE(inlined, spaced);
    for (const QJsonValue &v : spaced) {
        QCOMPARE(v.toObject().value(QStringLiteral("gpu_model")).toString(), QStringLiteral("L40S"));
        QVERIFY(v.toObject().value(QStringLiteral("gpu_count")).toInt() >= 2);
    }
}

void TestCli::sandboxOffersAreSimulated()
{
    const QJsonArray offers = runJson({ QStringLiteral("offers"), QStringLiteral("--provider"),
        QStringLiteral("sandbox"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY(!offers.isEmpty());
    for (const QJsonValue &v : offers) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("provider_id")).toString(), QStringLiteral("sandbox"));
        QCOMPARE(o.value(QStringLiteral("price_source")).toString(), QStringLiteral("simulated"));
        QVERIFY(o.value(QStringLiteral("price_usd_per_hour")).toDouble() > 0.0); // mirrors a snapshot price
        QCOMPARE(o.value(QStringLiteral("region")).toString(), QStringLiteral("local"));
    }

    const auto catalog = Catalog::loadBundled(*m_clock);
    QVERIFY(catalog.ok());
    qsizetype sandbox = 0;
    for (const Offer &o : catalog->offers())
        sandbox += o.providerId == QStringLiteral("sandbox") ? 1 : 0;
    QCOMPARE(offers.size(), sandbox);

    // --include-simulated adds them to everything else.
    const QJsonArray all = runJson({ QStringLiteral("offers"), QStringLiteral("--include-simulated"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(all.size(), qsizetype(catalog->offers().size()));
}

void TestCli::taskRowsSayWhy()
{
    const QJsonArray picks = runJson({ QStringLiteral("offers"), QStringLiteral("--task"), QStringLiteral("training"),
        QStringLiteral("--limit"), QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(picks.size(), 3);
    for (const QJsonValue &v : picks) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.value(QStringLiteral("why")).isString());
        const QString why = o.value(QStringLiteral("why")).toString();
        QVERIFY2(!why.isEmpty(), qPrintable(o.value(QStringLiteral("instance_type")).toString()));
        QVERIFY2(why.contains(o.value(QStringLiteral("gpu_model")).toString()), qPrintable(why));
        QVERIFY(o.value(QStringLiteral("price_source")).toString() != QStringLiteral("simulated"));
        QVERIFY(o.value(QStringLiteral("price_source")).toString() != QStringLiteral("quote"));
    }

    for (const char *task : { "training", "inference", "latency" }) {
        const CliRun table = run({ QStringLiteral("offers"), QStringLiteral("--task"), QString::fromLatin1(task),
            QStringLiteral("--limit"), QStringLiteral("3") });
        QCOMPARE(table.exitCode, 0);
        const QStringList lines = table.outLines();
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).trimmed().endsWith(QStringLiteral("WHY")), qPrintable(lines.at(0)));
    }
}

void TestCli::tableFormat()
{
    const QStringList filters = { QStringLiteral("offers"), QStringLiteral("--gpu"), QStringLiteral("h100"),
        QStringLiteral("--max-price"), QStringLiteral("3") };
    const CliRun r = run(filters);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.outLines();
    QVERIFY(lines.size() > 1);
    const QString header = lines.at(0);
    for (const char *heading :
        { "PROVIDER", "INSTANCE TYPE", "GPU", "REGION", "BILLING", "$/H", "$/GPU-H", "PRICE SOURCE" })
        QVERIFY2(header.contains(QString::fromLatin1(heading)), qPrintable(header));
    QVERIFY2(header.startsWith(QStringLiteral("PROVIDER")), qPrintable(header));

    const QJsonArray json = runJson(filters + QStringList { QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(lines.size(), json.size() + 1);
    // Rows are in the same order as the JSON and start with the provider's display name.
    for (qsizetype i = 0; i < json.size(); ++i)
        QVERIFY2(lines.at(i + 1).startsWith(json.at(i).toObject().value(QStringLiteral("provider")).toString()),
            qPrintable(lines.at(i + 1)));
}

void TestCli::csvFormat()
{
    const CliRun r = run({ QStringLiteral("offers"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    const auto csv = CsvReader::parse(r.out, QStringLiteral("offers.csv"));
    QVERIFY2(csv.ok(), csv.ok() ? "" : qPrintable(csv.error().message)); // cell counts checked by the reader
    QCOMPARE(csv->header().size(), 17);
    for (const char *column : { "provider", "provider_id", "instance_type", "gpu_model", "gpu_count", "gpu_memory_gb",
             "region", "billing", "price_usd_per_hour", "price_usd_per_gpu_hour", "price_usd_per_pflop_hour",
             "price_source", "as_of", "source" })
        QVERIFY2(csv->column(QString::fromLatin1(column)) >= 0, column);
    const QJsonArray json = runJson({ QStringLiteral("offers"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(csv->rows().size(), json.size());

    // Plain decimals, no currency signs, parseable back to the same amounts.
    const int priceColumn = csv->column(QStringLiteral("price_usd_per_hour"));
    for (qsizetype i = 0; i < csv->rows().size(); ++i) {
        const QString cell = csv->rows().at(i).cells.at(priceColumn);
        const QJsonValue price = json.at(i).toObject().value(QStringLiteral("price_usd_per_hour"));
        if (price.isNull()) {
            QVERIFY(cell.isEmpty());
            continue;
        }
        QVERIFY2(!cell.contains(u'$'), qPrintable(cell));
        const auto parsed = Money::parse(cell);
        QVERIFY2(parsed.has_value(), qPrintable(cell));
        QCOMPARE(*parsed, moneyOf(price));
    }

    const CliRun withWhy = run({ QStringLiteral("offers"), QStringLiteral("--task"), QStringLiteral("inference"),
        QStringLiteral("--limit"), QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(withWhy.exitCode, 0);
    const auto whyCsv = CsvReader::parse(withWhy.out, QStringLiteral("why.csv"));
    QVERIFY(whyCsv.ok());
    QCOMPARE(whyCsv->header().size(), 18);
    QCOMPARE(whyCsv->header().last(), QStringLiteral("why"));
    QCOMPARE(whyCsv->rows().size(), 2);
}

void TestCli::noMatches()
{
    const CliRun table = run({ QStringLiteral("offers"), QStringLiteral("--gpu"), QStringLiteral("nosuchgpu") });
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.outLines().size(), 1); // the header alone
    QVERIFY(!table.err.isEmpty());

    const QJsonArray json = runJson({ QStringLiteral("offers"), QStringLiteral("--gpu"), QStringLiteral("nosuchgpu"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY(json.isEmpty());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("culprit"); // what the one-line reason must name

    auto offers = [](std::initializer_list<const char *> rest) {
        QStringList args = { QStringLiteral("offers") };
        for (const char *a : rest)
            args << QString::fromLatin1(a);
        return args;
    };
    QTest::newRow("--max-price abc") << offers({ "--max-price", "abc" }) << QStringLiteral("abc");
    QTest::newRow("--max-price -1") << offers({ "--max-price=-1" }) << QStringLiteral("-1");
    QTest::newRow("--max-price 7 decimals") << offers({ "--max-price", "1.2345678" }) << QStringLiteral("1.2345678");
    QTest::newRow("--sort foo") << offers({ "--sort", "foo" }) << QStringLiteral("foo");
    QTest::newRow("--min-gpus 0") << offers({ "--min-gpus", "0" }) << QStringLiteral("--min-gpus");
    QTest::newRow("--min-gpus x") << offers({ "--min-gpus", "x" }) << QStringLiteral("--min-gpus");
    QTest::newRow("--min-memory -8") << offers({ "--min-memory", "-8" }) << QStringLiteral("--min-memory");
    QTest::newRow("--limit 0") << offers({ "--limit", "0" }) << QStringLiteral("--limit");
    QTest::newRow("--format xml") << offers({ "--format", "xml" }) << QStringLiteral("xml");
    QTest::newRow("--billing monthly") << offers({ "--billing", "monthly" }) << QStringLiteral("monthly");
    QTest::newRow("--task gaming") << offers({ "--task", "gaming" }) << QStringLiteral("gaming");
    QTest::newRow("unknown option") << offers({ "--frobnicate" }) << QStringLiteral("--frobnicate");
    QTest::newRow("flag with a value") << offers({ "--include-simulated=yes" })
                                       << QStringLiteral("--include-simulated");
    QTest::newRow("missing value") << offers({ "--gpu" }) << QStringLiteral("--gpu");
    QTest::newRow("stray argument") << offers({ "h100" }) << QStringLiteral("h100");
    QTest::newRow("unknown provider") << offers({ "--provider", "nosuchcloud" }) << QStringLiteral("nosuchcloud");
    QTest::newRow("ambiguous provider") << offers({ "--provider", "a" }) << QStringLiteral("\"a\"");
    QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << QStringLiteral("frobnicate");
    QTest::newRow("no command") << QStringList {} << QStringLiteral("command");
    QTest::newRow("gpus --format yaml") << QStringList { QStringLiteral("gpus"), QStringLiteral("--format"),
        QStringLiteral("yaml") } << QStringLiteral("yaml");
    QTest::newRow("providers stray") << QStringList { QStringLiteral("providers"), QStringLiteral("all") }
                                     << QStringLiteral("all");
    QTest::newRow("--data-dir without value")
        << QStringList { QStringLiteral("offers"), QStringLiteral("--data-dir") } << QStringLiteral("--data-dir");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, culprit);

    const CliRun r = run(args);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out.left(200)));
    const QStringList lines = r.errLines();
    QVERIFY(!lines.isEmpty());
    // The reason is one line (it ends with a pointer to --help).
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("gpudesk-cli: ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(culprit), qPrintable(lines.at(0) + QStringLiteral(" does not name ") + culprit));
    QVERIFY2(lines.at(0).contains(QStringLiteral("--help")), qPrintable(lines.at(0)));
}

void TestCli::corruptDatabaseIsRuntimeError()
{
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i)
        garbage.append(char((i * 131 + 7) % 251));
    QVERIFY(writeAll(dbPath(), garbage));
    const QString nativePath = QDir::toNativeSeparators(QFileInfo(dbPath()).absoluteFilePath());

    for (const char *command : { "offers", "providers" }) {
        const CliRun r = run({ QString::fromLatin1(command) });
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out.left(200)));
        QVERIFY2(r.err.startsWith(QStringLiteral("gpudesk-cli: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(nativePath), qPrintable(r.err));
        QCOMPARE(readAll(dbPath()), garbage);
    }
    QCOMPARE(QDir(m_dataDir->path()).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("gpudesk.sqlite") });

    // Commands that do not need the database still work.
    const CliRun gpus = run({ QStringLiteral("gpus") });
    QCOMPARE(gpus.exitCode, 0);
    QCOMPARE(readAll(dbPath()), garbage);
}

void TestCli::newerDatabaseIsRuntimeError()
{
    {
        Database db;
        QVERIFY(db.open(dbPath()).ok());
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestVersion() + 7)));
    }
    const QByteArray before = readAll(dbPath());
    const CliRun r = run({ QStringLiteral("offers") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(QFileInfo(dbPath()).absoluteFilePath())), qPrintable(r.err));
    QVERIFY2(r.err.contains(QString::number(Database::latestVersion() + 7)), qPrintable(r.err));
    QCOMPARE(readAll(dbPath()), before);
}

void TestCli::dataDirOption()
{
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString target = QDir(other.path()).filePath(QStringLiteral("nested/data"));

    const CliRun r = run({ QStringLiteral("--data-dir"), target, QStringLiteral("offers"), QStringLiteral("--limit"),
        QStringLiteral("1") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QFileInfo::exists(QDir(target).filePath(QStringLiteral("gpudesk.sqlite"))), qPrintable(target));
    QVERIFY(!QFileInfo::exists(dbPath())); // GPUDESK_DATA_DIR lost to --data-dir

    const QString inlineTarget = QDir(other.path()).filePath(QStringLiteral("inline"));
    const CliRun inlined = run({ QStringLiteral("providers"), QStringLiteral("--data-dir=") + inlineTarget });
    QCOMPARE(inlined.exitCode, 0);
    QVERIFY(QFileInfo::exists(QDir(inlineTarget).filePath(QStringLiteral("gpudesk.sqlite"))));

    // GPUDESK_DATA_DIR is used when there is no option.
    const CliRun env = run({ QStringLiteral("providers") });
    QCOMPARE(env.exitCode, 0);
    QVERIFY(QFileInfo::exists(dbPath()));
}

void TestCli::chineseDoesNotCrash()
{
    const CliRun table = run({ QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("offers"),
        QStringLiteral("--limit"), QStringLiteral("3") });
    QVERIFY(table.finished);
    QCOMPARE(table.exitCode, 0);
    QCOMPARE(table.outLines().size(), 4);

    const CliRun task = run({ QStringLiteral("offers"), QStringLiteral("--lang=zh_CN"), QStringLiteral("--task"),
        QStringLiteral("latency"), QStringLiteral("--limit"), QStringLiteral("2") });
    QVERIFY(task.finished);
    QCOMPARE(task.exitCode, 0);
    QCOMPARE(task.outLines().size(), 3);

    // Keys of machine-readable output are never translated.
    const CliRun json = run({ QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("gpus"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(json.exitCode, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8());
    QVERIFY(doc.isArray());
    QVERIFY(doc.array().at(0).toObject().contains(QStringLiteral("model")));

    const CliRun bad = run({ QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("offers"),
        QStringLiteral("--sort"), QStringLiteral("foo") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.out.isEmpty());
    QVERIFY(bad.err.contains(QStringLiteral("foo")));
}

void TestCli::englishPlurals()
{
    // translations/gpudesk_en.ts carries the plural forms "snapshot, %n day old" / "%n days old":
    // English loads its catalogue too.
    const CliRun r = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("offers"),
        QStringLiteral("--provider"), QStringLiteral("lambda") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("snapshot, ")));
    QVERIFY2(!r.out.contains(QStringLiteral("day(s)")), "English output shows \"day(s)\" instead of a plural");
    QVERIFY(r.out.contains(QStringLiteral(" days old")));
}

void TestCli::keysKeepTheDatabaseInTheDataDir()
{
    // `keys` once opened a database named by an empty data dir: a gpudesk.sqlite in whatever
    // folder the user ran it from.
    QTemporaryDir cwd;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GPUDESK_DATA_DIR"), m_dataDir->path());
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(cwd.path());
    process.start(kCli, {QStringLiteral("keys"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(process.waitForFinished(60'000));
    QVERIFY2(QDir(cwd.path()).entryList(QDir::Files | QDir::Hidden).isEmpty(),
             qPrintable(QDir(cwd.path()).entryList(QDir::Files | QDir::Hidden).join(u' ')));
    QVERIFY(QFile::exists(dbPath()));
}

void TestCli::aboutListsLibraries()
{
    const QJsonArray rows = runJson({QStringLiteral("about"), QStringLiteral("--format"), QStringLiteral("json")});
    QStringList components;
    for (const QJsonValue &row : rows)
        components << row.toObject().value(QStringLiteral("component")).toString();
    for (const char *name : {"GPU Desk", "Qt", "libssh", "SQLite", "libvterm", "QtKeychain", "yaml-cpp"})
        QVERIFY2(components.contains(QLatin1String(name)), qPrintable(components.join(u',')));
    QCOMPARE(rows.first().toObject().value(QStringLiteral("license")).toString(), QStringLiteral("GPL-3.0-or-later"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
