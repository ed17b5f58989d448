#include "catalog/Catalog.h"
#include "catalog/CsvReader.h"
#include "catalog/GpuSpecTable.h"
#include "catalog/ProviderInfo.h"

#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace gpudesk;

namespace {

const QStringList kSnapshotColumns = { QStringLiteral("provider"), QStringLiteral("instance_type"),
    QStringLiteral("gpu_model"), QStringLiteral("gpu_count"), QStringLiteral("gpu_memory_gb"), QStringLiteral("vcpus"),
    QStringLiteral("ram_gb"), QStringLiteral("disk_gb"), QStringLiteral("region"), QStringLiteral("price_usd_per_hour"),
    QStringLiteral("billing"), QStringLiteral("as_of"), QStringLiteral("source") };

const QStringList kSpecColumns = { QStringLiteral("model"), QStringLiteral("vendor"), QStringLiteral("architecture"),
    QStringLiteral("release_year"), QStringLiteral("memory_gb"), QStringLiteral("memory_type"),
    QStringLiteral("memory_bandwidth_gbs"), QStringLiteral("fp32_tflops"), QStringLiteral("bf16_dense_tflops"),
    QStringLiteral("fp8_dense_tflops"), QStringLiteral("tdp_w"), QStringLiteral("interconnect"),
    QStringLiteral("form_factor"), QStringLiteral("source") };

QHash<QString, QString> defaultSnapshotRow()
{
    return {
        { QStringLiteral("provider"), QStringLiteral("Lambda") },
        { QStringLiteral("instance_type"), QStringLiteral("gpu_1x_h100_pcie") },
        { QStringLiteral("gpu_model"), QStringLiteral("H100 PCIe") },
        { QStringLiteral("gpu_count"), QStringLiteral("1") },
        { QStringLiteral("gpu_memory_gb"), QStringLiteral("80") },
        { QStringLiteral("vcpus"), QStringLiteral("26") },
        { QStringLiteral("ram_gb"), QStringLiteral("200") },
        { QStringLiteral("disk_gb"), QStringLiteral("1024") },
        { QStringLiteral("region"), QStringLiteral("us-west-3") },
        { QStringLiteral("price_usd_per_hour"), QStringLiteral("2.49") },
        { QStringLiteral("billing"), QStringLiteral("on-demand") },
        { QStringLiteral("as_of"), QStringLiteral("2025-11-22") },
        { QStringLiteral("source"), QStringLiteral("Lambda Cloud API /instance-types, 2025-11-22") },
    };
}

QHash<QString, QString> defaultSpecRow()
{
    return {
        { QStringLiteral("model"), QStringLiteral("H100 SXM") },
        { QStringLiteral("vendor"), QStringLiteral("NVIDIA") },
        { QStringLiteral("architecture"), QStringLiteral("Hopper") },
        { QStringLiteral("release_year"), QStringLiteral("2022") },
        { QStringLiteral("memory_gb"), QStringLiteral("80") },
        { QStringLiteral("memory_type"), QStringLiteral("HBM3") },
        { QStringLiteral("memory_bandwidth_gbs"), QStringLiteral("3350") },
        { QStringLiteral("fp32_tflops"), QStringLiteral("67") },
        { QStringLiteral("bf16_dense_tflops"), QStringLiteral("989") },
        { QStringLiteral("fp8_dense_tflops"), QStringLiteral("1979") },
        { QStringLiteral("tdp_w"), QStringLiteral("700") },
        { QStringLiteral("interconnect"), QStringLiteral("NVLink 4 (900 GB/s)") },
        { QStringLiteral("form_factor"), QStringLiteral("SXM5") },
        { QStringLiteral("source"), QStringLiteral("NVIDIA H100 datasheet") },
    };
}

QString csvLine(const QStringList &columns, const QHash<QString, QString> &values)
{
    QStringList cells;
    for (const QString &c : columns)
        cells << values.value(c);
    return CsvReader::formatLine(cells);
}

QString withOverride(
    const QStringList &columns, QHash<QString, QString> values, const QString &column, const QString &value)
{
    values.insert(column, value);
    return csvLine(columns, values);
}

QString errorText(const Error &e)
{
    return e.message + QStringLiteral(" [") + e.detail + u']';
}

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    // CsvReader
    void simpleRows();
    void quotedCells();
    void newlineInsideQuotesKeepsLineNumbers();
    void crlfLineEnds();
    void blankLinesAreSkippedButCounted();
    void emptyCellsAndMissingFinalNewline();
    void unterminatedQuoteIsAnError();
    void wrongCellCountIsAnError_data();
    void wrongCellCountIsAnError();
    void emptyInputIsAnError();
    void columnsAndRequireColumns();
    void formatLineRoundTrips();
    void readFileFromDisk();
    void readMissingFileIsIoError();

    // Catalog::parseSnapshot
    void snapshotParsesValidRows();
    void snapshotRejectsMalformedRows_data();
    void snapshotRejectsMalformedRows();
    void snapshotErrorLineAfterMultiLineCell();
    void snapshotMissingColumn();

    // GpuSpecTable::fromCsv
    void specTableParsesValidRows();
    void specTableRejectsMalformedRows_data();
    void specTableRejectsMalformedRows();
    void specTableMissingColumn();
    void specGenerationOrder();

    // Bundled data
    void bundledSpecsLoad();
    void bundledCatalogLoads();
    void bundledDataMatchesSharedCopies();
};

void TestCsv::simpleRows()
{
    const auto csv = CsvReader::parse(QStringLiteral("a,b,c\n1,2,3\n4,5,6\n"), QStringLiteral("t.csv"));
    QVERIFY(csv.ok());
    QCOMPARE(csv->header(), (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    QCOMPARE(csv->rows().size(), 2);
    QCOMPARE(csv->rows().at(0).cells, (QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3") }));
    QCOMPARE(csv->rows().at(0).line, 2);
    QCOMPARE(csv->rows().at(1).line, 3);
    QCOMPARE(csv->fileName(), QStringLiteral("t.csv"));
}

void TestCsv::quotedCells()
{
    const QString text = QStringLiteral("a,b,c,d\n"
                                        "\"x, y\",\"he said \"\"hi\"\"\",plain,\"\"\n");
    const auto csv = CsvReader::parse(text, QStringLiteral("t.csv"));
    QVERIFY2(csv.ok(), csv.ok() ? "" : qPrintable(csv.error().message));
    QCOMPARE(csv->rows().size(), 1);
    const QStringList expected
        = { QStringLiteral("x, y"), QStringLiteral("he said \"hi\""), QStringLiteral("plain"), QString() };
    QCOMPARE(csv->rows().at(0).cells, expected);
}

void TestCsv::newlineInsideQuotesKeepsLineNumbers()
{
    const QString text = QStringLiteral("id,note\n" // line 1
                                        "1,\"first line\n" // line 2
                                        "second line\n" // line 3
                                        "third, with comma\"\n" // line 4
                                        "2,after\n" // line 5
                                        "3,\"\"\"quoted\"\"\n" // line 6
                                        "line\"\n" // line 7
                                        "4,last\n"); // line 8
    const auto csv = CsvReader::parse(text, QStringLiteral("t.csv"));
    QVERIFY2(csv.ok(), csv.ok() ? "" : qPrintable(csv.error().message));
    QCOMPARE(csv->rows().size(), 4);
    QCOMPARE(csv->rows().at(0).line, 2);
    QCOMPARE(csv->rows().at(0).cells.at(1), QStringLiteral("first line\nsecond line\nthird, with comma"));
    QCOMPARE(csv->rows().at(1).line, 5);
    QCOMPARE(csv->rows().at(1).cells.at(1), QStringLiteral("after"));
    QCOMPARE(csv->rows().at(2).line, 6);
    QCOMPARE(csv->rows().at(2).cells.at(1), QStringLiteral("\"quoted\"\nline"));
    QCOMPARE(csv->rows().at(3).line, 8);
}

void TestCsv::crlfLineEnds()
{
    const auto csv = CsvReader::parse(QStringLiteral("a,b\r\n1,2\r\n\"x\",\"y\"\r\n3,4"), QStringLiteral("t.csv"));
    QVERIFY(csv.ok());
    QCOMPARE(csv->header(), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    QCOMPARE(csv->rows().size(), 3);
    QCOMPARE(csv->rows().at(0).cells, (QStringList { QStringLiteral("1"), QStringLiteral("2") }));
    QCOMPARE(csv->rows().at(1).cells, (QStringList { QStringLiteral("x"), QStringLiteral("y") }));
    QCOMPARE(csv->rows().at(2).cells, (QStringList { QStringLiteral("3"), QStringLiteral("4") }));
    QCOMPARE(csv->rows().at(2).line, 4);

    // A wrong row after CRLF lines still names its line.
    const auto bad = CsvReader::parse(QStringLiteral("a,b\r\n1,2\r\n3\r\n"), QStringLiteral("crlf.csv"));
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.startsWith(QStringLiteral("crlf.csv:3: ")), qPrintable(bad.error().message));
}

void TestCsv::blankLinesAreSkippedButCounted()
{
    const auto csv = CsvReader::parse(QStringLiteral("a,b\n\n1,2\n\n\n3,4\n\n"), QStringLiteral("t.csv"));
    QVERIFY(csv.ok());
    QCOMPARE(csv->rows().size(), 2);
    QCOMPARE(csv->rows().at(0).line, 3);
    QCOMPARE(csv->rows().at(1).line, 6);
}

void TestCsv::emptyCellsAndMissingFinalNewline()
{
    const auto csv = CsvReader::parse(QStringLiteral("a,b,c\n,,\n1,,3"), QStringLiteral("t.csv"));
    QVERIFY(csv.ok());
    QCOMPARE(csv->rows().size(), 2);
    QCOMPARE(csv->rows().at(0).cells, (QStringList { QString(), QString(), QString() }));
    QCOMPARE(csv->rows().at(1).cells, (QStringList { QStringLiteral("1"), QString(), QStringLiteral("3") }));
    QCOMPARE(csv->rows().at(1).line, 3);
}

void TestCsv::unterminatedQuoteIsAnError()
{
    const auto csv = CsvReader::parse(QStringLiteral("a,b\n1,2\n3,\"never closed\nmore\n"), QStringLiteral("q.csv"));
    QVERIFY(!csv.ok());
    QCOMPARE(csv.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(csv.error().message.startsWith(QStringLiteral("q.csv:3: ")), qPrintable(csv.error().message));
    QVERIFY2(csv.error().message.contains(QStringLiteral("never closed")), qPrintable(csv.error().message));
}

void TestCsv::wrongCellCountIsAnError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("reason");

    QTest::newRow("too few") << QStringLiteral("a,b,c\n1,2,3\n4,5\n") << QStringLiteral("c.csv:3: ")
                             << QStringLiteral("expected 3 cells as in the header, found 2");
    QTest::newRow("too many") << QStringLiteral("a,b\n1,2,3\n") << QStringLiteral("c.csv:2: ")
                              << QStringLiteral("expected 2 cells as in the header, found 3");
    QTest::newRow("after a multi-line cell") << QStringLiteral("a,b\n\"x\ny\nz\",2\n3\n") << QStringLiteral("c.csv:5: ")
                                             << QStringLiteral("expected 2 cells as in the header, found 1");
    QTest::newRow("trailing comma") << QStringLiteral("a,b\n1,2,\n") << QStringLiteral("c.csv:2: ")
                                    << QStringLiteral("found 3");
}

void TestCsv::wrongCellCountIsAnError()
{
    QFETCH(QString, text);
    QFETCH(QString, prefix);
    QFETCH(QString, reason);

    const auto csv = CsvReader::parse(text, QStringLiteral("c.csv"));
    QVERIFY(!csv.ok());
    QCOMPARE(csv.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(csv.error().message.startsWith(prefix), qPrintable(csv.error().message));
    QVERIFY2(csv.error().message.contains(reason), qPrintable(csv.error().message));
}

void TestCsv::emptyInputIsAnError()
{
    for (const QString &text : { QString(), QStringLiteral("\n\n"), QStringLiteral("\r\n") }) {
        const auto csv = CsvReader::parse(text, QStringLiteral("e.csv"));
        QVERIFY(!csv.ok());
        QCOMPARE(csv.error().kind, Error::Kind::InvalidInput);
        QVERIFY2(csv.error().message.startsWith(QStringLiteral("e.csv:1: ")), qPrintable(csv.error().message));
    }
    // A header alone is a valid, empty table.
    const auto headerOnly = CsvReader::parse(QStringLiteral("a,b\n"), QStringLiteral("h.csv"));
    QVERIFY(headerOnly.ok());
    QVERIFY(headerOnly->rows().isEmpty());
}

void TestCsv::columnsAndRequireColumns()
{
    const auto csv
        = CsvReader::parse(QStringLiteral("model, vendor ,tdp_w\nH100,NVIDIA,700\n"), QStringLiteral("r.csv"));
    QVERIFY(csv.ok());
    QCOMPARE(csv->column(QStringLiteral("model")), 0);
    QCOMPARE(csv->column(QStringLiteral("vendor")), 1); // header names are trimmed
    QCOMPARE(csv->column(QStringLiteral("tdp_w")), 2);
    QCOMPARE(csv->column(QStringLiteral("price")), -1);

    QVERIFY(csv->requireColumns({ QStringLiteral("model"), QStringLiteral("tdp_w") }).ok());
    const auto missing = csv->requireColumns(
        { QStringLiteral("model"), QStringLiteral("source"), QStringLiteral("vendor"), QStringLiteral("as_of") });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::InvalidInput);
    QCOMPARE(missing.error().message, QStringLiteral("r.csv:1: missing column(s): source, as_of"));

    const Error rowError = csv->rowError(csv->rows().at(0), QStringLiteral("bad value"));
    QCOMPARE(rowError.kind, Error::Kind::InvalidInput);
    QCOMPARE(rowError.message, QStringLiteral("r.csv:2: bad value"));
}

void TestCsv::formatLineRoundTrips()
{
    const QStringList cells = { QStringLiteral("plain"), QStringLiteral("with, comma"), QStringLiteral("say \"hi\""),
        QStringLiteral("two\nlines"), QString(), QStringLiteral("\u6771\u4EAC") };
    const QString line = CsvReader::formatLine(cells);
    QCOMPARE(line, QStringLiteral("plain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",,\u6771\u4EAC"));

    const QString text = CsvReader::formatLine({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                             QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f") })
        + u'\n' + line + u'\n';
    const auto csv = CsvReader::parse(text, QStringLiteral("rt.csv"));
    QVERIFY(csv.ok());
    QCOMPARE(csv->rows().size(), 1);
    QCOMPARE(csv->rows().at(0).cells, cells);
}

void TestCsv::readFileFromDisk()
{
    const QString path = QStringLiteral(GPUDESK_TEST_DATA_DIR "/csv/utf8-multiline.csv");
    const auto csv = CsvReader::readFile(path);
    QVERIFY2(csv.ok(), csv.ok() ? "" : qPrintable(csv.error().message));
    QCOMPARE(csv->fileName(), path);
    QCOMPARE(csv->rows().size(), 2);
    QCOMPARE(csv->rows().at(0).cells.at(0), QStringLiteral("H100 SXM"));
    QCOMPARE(csv->rows().at(0).cells.at(1), QStringLiteral("Z\u00FCrich, \"quoted\"\nsecond line"));
    QCOMPARE(csv->rows().at(1).cells.at(0), QStringLiteral("\u6771\u4EAC"));
    QCOMPARE(csv->rows().at(1).line, 4);
}

void TestCsv::readMissingFileIsIoError()
{
    const QString path = QStringLiteral(GPUDESK_TEST_DATA_DIR "/csv/does-not-exist.csv");
    const auto csv = CsvReader::readFile(path);
    QVERIFY(!csv.ok());
    QCOMPARE(csv.error().kind, Error::Kind::Io);
    QVERIFY(csv.error().message.contains(path));
}

void TestCsv::snapshotParsesValidRows()
{
    QHash<QString, QString> vast = defaultSnapshotRow();
    vast.insert(QStringLiteral("provider"), QStringLiteral("Vast.ai"));
    vast.insert(QStringLiteral("instance_type"), QStringLiteral("2x-B200-32-65536"));
    vast.insert(QStringLiteral("gpu_model"), QStringLiteral("B200"));
    vast.insert(QStringLiteral("gpu_count"), QStringLiteral("2"));
    vast.insert(QStringLiteral("gpu_memory_gb"), QString());
    vast.insert(QStringLiteral("vcpus"), QString());
    vast.insert(QStringLiteral("ram_gb"), QString());
    vast.insert(QStringLiteral("disk_gb"), QString());
    vast.insert(QStringLiteral("region"), QStringLiteral(", US, NA"));
    vast.insert(QStringLiteral("price_usd_per_hour"), QStringLiteral("9.412345"));
    vast.insert(QStringLiteral("billing"), QStringLiteral("Spot"));
    vast.insert(QStringLiteral("as_of"), QString());
    vast.insert(QStringLiteral("source"), QStringLiteral("multi\nline source, quoted"));

    const QString text = CsvReader::formatLine(kSnapshotColumns) + u'\n'
        + csvLine(kSnapshotColumns, defaultSnapshotRow()) + u'\n' + csvLine(kSnapshotColumns, vast) + u'\n';
    const auto offers = Catalog::parseSnapshot(text, QStringLiteral("snap.csv"));
    QVERIFY2(offers.ok(), offers.ok() ? "" : qPrintable(errorText(offers.error())));
    QCOMPARE(offers->size(), size_t(2));

    Offer lambda;
    lambda.providerId = QStringLiteral("lambda");
    lambda.instanceType = QStringLiteral("gpu_1x_h100_pcie");
    lambda.gpuModel = QStringLiteral("H100 PCIe");
    lambda.gpuCount = 1;
    lambda.gpuMemoryGb = 80;
    lambda.vcpus = 26;
    lambda.ramGb = 200;
    lambda.diskGb = 1024;
    lambda.region = QStringLiteral("us-west-3");
    lambda.pricePerHour = Money::fromCents(249);
    lambda.billing = Billing::OnDemand;
    lambda.priceSource = PriceSource::Snapshot;
    lambda.asOf = QDate(2025, 11, 22);
    lambda.source = QStringLiteral("Lambda Cloud API /instance-types, 2025-11-22");
    QCOMPARE(offers->at(0), lambda);

    const Offer &v = offers->at(1);
    QCOMPARE(v.providerId, QStringLiteral("vastai"));
    QCOMPARE(v.gpuCount, 2);
    QCOMPARE(v.gpuMemoryGb, 0);
    QCOMPARE(v.vcpus, 0);
    QCOMPARE(v.region, QStringLiteral(", US, NA"));
    QCOMPARE(v.pricePerHour, std::optional<Money>(Money::fromMicros(9'412'345)));
    QCOMPARE(v.billing, Billing::Spot);
    QVERIFY(!v.asOf.isValid());
    QCOMPARE(v.source, QStringLiteral("multi\nline source, quoted"));
    QCOMPARE(v.priceSource, PriceSource::Snapshot);
    QCOMPARE(v.specIndex, -1);
}

void TestCsv::snapshotRejectsMalformedRows_data()
{
    // `reason` is the part of the message that must name the culprit (column and value); the wording
    // around it is free to change.
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");

    const QString badCount = QStringLiteral("gpu_count \"%1\"");
    for (const QString &v : { QStringLiteral("0"), QStringLiteral("-1"), QStringLiteral("abc"), QStringLiteral("1.5"),
             QStringLiteral("1025"), QString() })
        QTest::addRow("gpu_count '%s'", qPrintable(v)) << QStringLiteral("gpu_count") << v << badCount.arg(v);

    const QString badPrice = QStringLiteral("price_usd_per_hour \"%1\"");
    for (const QString &v : { QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-2.49"),
             QStringLiteral("$2.49"), QStringLiteral("1.2345678"), QStringLiteral("2,49.1.1"), QString() })
        QTest::addRow("price '%s'", qPrintable(v)) << QStringLiteral("price_usd_per_hour") << v << badPrice.arg(v);

    QTest::newRow("unknown provider") << QStringLiteral("provider") << QStringLiteral("Nonexistent Cloud")
                                      << QStringLiteral("unknown provider \"Nonexistent Cloud\"");
    QTest::newRow("empty provider") << QStringLiteral("provider") << QString()
                                    << QStringLiteral("unknown provider \"\"");
    QTest::newRow("ambiguous provider prefix")
        << QStringLiteral("provider") << QStringLiteral("a") << QStringLiteral("unknown provider \"a\"");

    const QString badBilling = QStringLiteral("billing \"%1\"");
    for (const QString &v : { QStringLiteral("monthly"), QStringLiteral("ondemand"), QString() })
        QTest::addRow("billing '%s'", qPrintable(v)) << QStringLiteral("billing") << v << badBilling.arg(v);

    const QString badDate = QStringLiteral("as_of \"%1\"");
    for (const QString &v : { QStringLiteral("2026-13-01"), QStringLiteral("2026-02-30"), QStringLiteral("yesterday"),
             QStringLiteral("22/11/2025") })
        QTest::addRow("as_of '%s'", qPrintable(v)) << QStringLiteral("as_of") << v << badDate.arg(v);

    QTest::newRow("empty source") << QStringLiteral("source") << QString() << QStringLiteral("source");
    QTest::newRow("blank source") << QStringLiteral("source") << QStringLiteral("   ") << QStringLiteral("source");
    QTest::newRow("empty instance type") << QStringLiteral("instance_type") << QString()
                                         << QStringLiteral("instance_type");
    QTest::newRow("empty gpu model") << QStringLiteral("gpu_model") << QString() << QStringLiteral("gpu_model");

    const QString badNumber = QStringLiteral("%1 \"%2\"");
    QTest::newRow("negative memory") << QStringLiteral("gpu_memory_gb") << QStringLiteral("-1")
                                     << badNumber.arg(QStringLiteral("gpu_memory_gb"), QStringLiteral("-1"));
    QTest::newRow("memory with unit") << QStringLiteral("gpu_memory_gb") << QStringLiteral("80GB")
                                      << badNumber.arg(QStringLiteral("gpu_memory_gb"), QStringLiteral("80GB"));
    QTest::newRow("vcpus words") << QStringLiteral("vcpus") << QStringLiteral("many")
                                 << badNumber.arg(QStringLiteral("vcpus"), QStringLiteral("many"));
    QTest::newRow("fractional ram") << QStringLiteral("ram_gb") << QStringLiteral("1.5")
                                    << badNumber.arg(QStringLiteral("ram_gb"), QStringLiteral("1.5"));
    QTest::newRow("disk") << QStringLiteral("disk_gb") << QStringLiteral("1TB")
                          << badNumber.arg(QStringLiteral("disk_gb"), QStringLiteral("1TB"));
}

void TestCsv::snapshotRejectsMalformedRows()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, reason);

    // Line 2 is valid, line 3 carries the fault, line 4 is valid again.
    const QString text = CsvReader::formatLine(kSnapshotColumns) + u'\n'
        + csvLine(kSnapshotColumns, defaultSnapshotRow()) + u'\n'
        + withOverride(kSnapshotColumns, defaultSnapshotRow(), column, value) + u'\n'
        + csvLine(kSnapshotColumns, defaultSnapshotRow()) + u'\n';
    const auto offers = Catalog::parseSnapshot(text, QStringLiteral("snap.csv"));
    QVERIFY2(!offers.ok(), qPrintable(QStringLiteral("accepted %1 = \"%2\"").arg(column, value)));
    QCOMPARE(offers.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(offers.error().message.startsWith(QStringLiteral("snap.csv:3: ")), qPrintable(offers.error().message));
    QVERIFY2(offers.error().message.contains(reason), qPrintable(offers.error().message));
}

void TestCsv::snapshotErrorLineAfterMultiLineCell()
{
    QHash<QString, QString> multi = defaultSnapshotRow();
    multi.insert(QStringLiteral("source"), QStringLiteral("line one\nline two\nline three"));
    const QString text = CsvReader::formatLine(kSnapshotColumns) + u'\n' + csvLine(kSnapshotColumns, multi) + u'\n'
        + withOverride(kSnapshotColumns, defaultSnapshotRow(), QStringLiteral("billing"), QStringLiteral("hourly"))
        + u'\n';
    const auto offers = Catalog::parseSnapshot(text, QStringLiteral("snap.csv"));
    QVERIFY(!offers.ok());
    QVERIFY2(offers.error().message.startsWith(QStringLiteral("snap.csv:5: billing \"hourly\"")),
        qPrintable(offers.error().message));
}

void TestCsv::snapshotMissingColumn()
{
    QStringList columns = kSnapshotColumns;
    columns.removeAll(QStringLiteral("source"));
    columns.removeAll(QStringLiteral("billing"));
    const QString text = CsvReader::formatLine(columns) + u'\n' + csvLine(columns, defaultSnapshotRow()) + u'\n';
    const auto offers = Catalog::parseSnapshot(text, QStringLiteral("snap.csv"));
    QVERIFY(!offers.ok());
    QCOMPARE(offers.error().kind, Error::Kind::InvalidInput);
    QCOMPARE(offers.error().message, QStringLiteral("snap.csv:1: missing column(s): billing, source"));

    // A syntax error of the CSV itself comes through with its line, too.
    const auto broken = Catalog::parseSnapshot(
        CsvReader::formatLine(kSnapshotColumns) + QStringLiteral("\nLambda,\"x\n"), QStringLiteral("snap.csv"));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.startsWith(QStringLiteral("snap.csv:2: ")), qPrintable(broken.error().message));
}

void TestCsv::specTableParsesValidRows()
{
    QHash<QString, QString> b100 = defaultSpecRow();
    b100.insert(QStringLiteral("model"), QStringLiteral("B100"));
    b100.insert(QStringLiteral("architecture"), QStringLiteral("Blackwell"));
    b100.insert(QStringLiteral("release_year"), QStringLiteral("2024"));
    for (const char *empty : { "memory_gb", "memory_type", "memory_bandwidth_gbs", "fp32_tflops", "bf16_dense_tflops",
             "fp8_dense_tflops", "tdp_w", "interconnect" })
        b100.insert(QString::fromLatin1(empty), QString());
    QHash<QString, QString> nvl = defaultSpecRow();
    nvl.insert(QStringLiteral("model"), QStringLiteral("H100 NVL"));
    nvl.insert(QStringLiteral("bf16_dense_tflops"), QStringLiteral("835.5"));
    nvl.insert(QStringLiteral("interconnect"), QStringLiteral("PCIe Gen5 x16"));

    const QString text = CsvReader::formatLine(kSpecColumns) + u'\n' + csvLine(kSpecColumns, defaultSpecRow()) + u'\n'
        + csvLine(kSpecColumns, b100) + u'\n' + csvLine(kSpecColumns, nvl) + u'\n';
    const auto table = GpuSpecTable::fromCsv(text, QStringLiteral("specs.csv"));
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table->specs().size(), 3);

    GpuSpec h100;
    h100.model = QStringLiteral("H100 SXM");
    h100.vendor = QStringLiteral("NVIDIA");
    h100.architecture = QStringLiteral("Hopper");
    h100.releaseYear = 2022;
    h100.memoryGb = 80;
    h100.memoryType = QStringLiteral("HBM3");
    h100.memoryBandwidthGBs = 3350;
    h100.fp32Tflops = 67.0;
    h100.bf16DenseTflops = 989.0;
    h100.fp8DenseTflops = 1979.0;
    h100.tdpW = 700;
    h100.interconnect = QStringLiteral("NVLink 4 (900 GB/s)");
    h100.formFactor = QStringLiteral("SXM5");
    h100.source = QStringLiteral("NVIDIA H100 datasheet");
    QCOMPARE(table->specs().at(0), h100);

    const GpuSpec &b = table->specs().at(1);
    QVERIFY(!b.memoryGb.has_value());
    QVERIFY(!b.memoryBandwidthGBs.has_value());
    QVERIFY(!b.fp32Tflops.has_value());
    QVERIFY(!b.bf16DenseTflops.has_value());
    QVERIFY(!b.fp8DenseTflops.has_value());
    QVERIFY(!b.tdpW.has_value());
    QVERIFY(b.fabric().isEmpty());
    QCOMPARE(table->specs().at(2).bf16DenseTflops, std::optional<double>(835.5));

    // find(): exact model, case- and space-insensitive; no family matching here.
    QCOMPARE(table->find(QStringLiteral("h100 sxm")), &table->specs().at(0));
    QCOMPARE(table->find(QStringLiteral("H100-SXM")), &table->specs().at(0));
    QCOMPARE(table->find(QStringLiteral("H100SXM")), &table->specs().at(0));
    QCOMPARE(table->find(QStringLiteral("H100")), nullptr);
    QCOMPARE(table->indexOf(QStringLiteral("h100 nvl")), 2);
    QCOMPARE(table->indexOf(QStringLiteral("H200")), -1);
    QCOMPARE(table->specs().at(0).fabric(), QStringLiteral("NVLink 4"));
}

void TestCsv::specTableRejectsMalformedRows_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty model") << QStringLiteral("model") << QString() << QStringLiteral("model");
    QTest::newRow("duplicate model") << QStringLiteral("model") << QStringLiteral("h100-sxm")
                                     << QStringLiteral("\"h100-sxm\"");
    for (const QString &v : { QStringLiteral("20x4"), QStringLiteral("1800"), QStringLiteral("2200"), QString() })
        QTest::addRow("release_year '%s'", qPrintable(v))
            << QStringLiteral("release_year") << v << QStringLiteral("release_year \"%1\"").arg(v);

    const QString badInt = QStringLiteral("%1 \"%2\"");
    QTest::newRow("negative memory") << QStringLiteral("memory_gb") << QStringLiteral("-5")
                                     << badInt.arg(QStringLiteral("memory_gb"), QStringLiteral("-5"));
    QTest::newRow("fractional memory") << QStringLiteral("memory_gb") << QStringLiteral("80.5")
                                       << badInt.arg(QStringLiteral("memory_gb"), QStringLiteral("80.5"));
    QTest::newRow("bandwidth with unit") << QStringLiteral("memory_bandwidth_gbs") << QStringLiteral("3.35 TB/s")
                                         << badInt.arg(
                                                QStringLiteral("memory_bandwidth_gbs"), QStringLiteral("3.35 TB/s"));
    QTest::newRow("tdp with unit") << QStringLiteral("tdp_w") << QStringLiteral("700W")
                                   << badInt.arg(QStringLiteral("tdp_w"), QStringLiteral("700W"));

    const QString badReal = QStringLiteral("%1 \"%2\"");
    QTest::newRow("bf16 words") << QStringLiteral("bf16_dense_tflops") << QStringLiteral("fast")
                                << badReal.arg(QStringLiteral("bf16_dense_tflops"), QStringLiteral("fast"));
    QTest::newRow("negative fp8") << QStringLiteral("fp8_dense_tflops") << QStringLiteral("-1")
                                  << badReal.arg(QStringLiteral("fp8_dense_tflops"), QStringLiteral("-1"));
    QTest::newRow("fp32 sparse marker") << QStringLiteral("fp32_tflops") << QStringLiteral("67*")
                                        << badReal.arg(QStringLiteral("fp32_tflops"), QStringLiteral("67*"));
    QTest::newRow("empty source") << QStringLiteral("source") << QString() << QStringLiteral("source");
}

void TestCsv::specTableRejectsMalformedRows()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QString, reason);

    QHash<QString, QString> second = defaultSpecRow();
    second.insert(QStringLiteral("model"), QStringLiteral("H200 SXM"));
    const QString text = CsvReader::formatLine(kSpecColumns) + u'\n' + csvLine(kSpecColumns, defaultSpecRow()) + u'\n'
        + withOverride(kSpecColumns, second, column, value) + u'\n';
    const auto table = GpuSpecTable::fromCsv(text, QStringLiteral("specs.csv"));
    QVERIFY2(!table.ok(), qPrintable(QStringLiteral("accepted %1 = \"%2\"").arg(column, value)));
    QCOMPARE(table.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(table.error().message.startsWith(QStringLiteral("specs.csv:3: ")), qPrintable(table.error().message));
    QVERIFY2(table.error().message.contains(reason), qPrintable(table.error().message));
}

void TestCsv::specTableMissingColumn()
{
    QStringList columns = kSpecColumns;
    columns.removeAll(QStringLiteral("fp8_dense_tflops"));
    const QString text = CsvReader::formatLine(columns) + u'\n' + csvLine(columns, defaultSpecRow()) + u'\n';
    const auto table = GpuSpecTable::fromCsv(text, QStringLiteral("specs.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().message, QStringLiteral("specs.csv:1: missing column(s): fp8_dense_tflops"));
}

void TestCsv::specGenerationOrder()
{
    auto gen = [](const char *architecture) {
        GpuSpec s;
        s.architecture = QString::fromLatin1(architecture);
        return s.generation();
    };
    QVERIFY(gen("Blackwell Ultra") > gen("Blackwell"));
    QVERIFY(gen("Blackwell") > gen("Hopper"));
    QCOMPARE(gen("Hopper (Grace Hopper)"), gen("Hopper"));
    QVERIFY(gen("Hopper") > gen("Ada Lovelace"));
    QVERIFY(gen("Ada Lovelace") > gen("Ampere"));
    QVERIFY(gen("Ampere") > gen("Turing"));
    QVERIFY(gen("Turing") > gen("Volta"));
    QVERIFY(gen("Volta") > gen("Kepler"));
    QCOMPARE(gen("Kepler"), 0);
    QCOMPARE(gen(""), 0);
}

void TestCsv::bundledSpecsLoad()
{
    QVERIFY(QFile::exists(QStringLiteral(":/data/gpu-specs.csv")));
    const auto specs = GpuSpecTable::loadBundled();
    QVERIFY2(specs.ok(), specs.ok() ? "" : qPrintable(specs.error().message));

    const auto csv
        = CsvReader::parse(readResource(QStringLiteral(":/data/gpu-specs.csv")), QStringLiteral("gpu-specs.csv"));
    QVERIFY(csv.ok());
    QCOMPARE(specs->specs().size(), csv->rows().size());
    QVERIFY(specs->specs().size() >= 10);

    QSet<QString> seen;
    for (const GpuSpec &s : specs->specs()) {
        QVERIFY2(!s.source.isEmpty(), qPrintable(s.model));
        QVERIFY2(!s.vendor.isEmpty(), qPrintable(s.model));
        QVERIFY2(!seen.contains(GpuSpecTable::normalized(s.model)), qPrintable(s.model));
        seen.insert(GpuSpecTable::normalized(s.model));
    }
    for (const char *model : { "H100 SXM", "H100 PCIe", "H100 NVL", "B200", "L40S", "L4", "RTX 4090" })
        QVERIFY2(specs->find(QString::fromLatin1(model)), model);
}

void TestCsv::bundledCatalogLoads()
{
    const auto catalog = Catalog::loadBundled();
    QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().message));

    const auto snapshotCsv = CsvReader::parse(
        readResource(QStringLiteral(":/data/price-snapshot.csv")), QStringLiteral("price-snapshot.csv"));
    QVERIFY(snapshotCsv.ok());

    int snapshot = 0;
    int lepton = 0;
    int sandbox = 0;
    for (const Offer &o : catalog->offers()) {
        const QString what = o.providerId + u' ' + o.instanceType;
        QVERIFY2(ProviderDirectory::byId(o.providerId), qPrintable(what));
        QVERIFY2(o.gpuCount >= 1, qPrintable(what));
        QVERIFY2(!o.gpuModel.isEmpty(), qPrintable(what));
        if (o.priceSource == PriceSource::Snapshot) {
            ++snapshot;
            QVERIFY2(!o.source.trimmed().isEmpty(), qPrintable(what));
            QVERIFY2(o.pricePerHour.has_value(), qPrintable(what));
            QVERIFY2(o.pricePerHour->micros() > 0, qPrintable(what));
        }
        if (o.providerId == QStringLiteral("lepton")) {
            ++lepton;
            QCOMPARE(o.priceSource, PriceSource::Quote);
            QVERIFY2(!o.pricePerHour.has_value(), qPrintable(what));
            QVERIFY2(!o.source.isEmpty(), qPrintable(what));
        }
        if (o.providerId == QStringLiteral("sandbox")) {
            ++sandbox;
            QCOMPARE(o.priceSource, PriceSource::Simulated);
            // Realistic but simulated: the median on-demand snapshot price of the same model.
            QVERIFY2(o.pricePerHour && o.pricePerHour->micros() > 0, qPrintable(what));
            QVERIFY2(o.source.contains(QStringLiteral("median on-demand snapshot price")), qPrintable(o.source));
        }
        if (o.priceSource == PriceSource::Quote) {
            const ProviderInfo *p = ProviderDirectory::byId(o.providerId);
            QVERIFY2(p && !p->publishesPrices, qPrintable(what));
        }
        if (o.priceSource == PriceSource::Simulated)
            QCOMPARE(o.providerId, QStringLiteral("sandbox"));
    }
    QCOMPARE(snapshot, int(snapshotCsv->rows().size()));
    QVERIFY(lepton > 0);
    QVERIFY(sandbox > 0);
    QCOMPARE(catalog->derived().size(), catalog->offers().size());
}

void TestCsv::bundledDataMatchesSharedCopies()
{
    const QString sharedData = QStringLiteral(GPUDESK_SHARED_DIR "/data");
    if (!QDir(sharedData).exists()) {
        const QString message
            = QStringLiteral("the shared data folder %1 is absent: cannot compare the bundled data with it")
                  .arg(QDir::cleanPath(sharedData));
        if (qEnvironmentVariable("GPUDESK_REQUIRE_CONFORMANCE") == QStringLiteral("1"))
            QFAIL(qPrintable(message + QStringLiteral(" (GPUDESK_REQUIRE_CONFORMANCE=1)")));
        QSKIP(qPrintable(message));
    }
    for (const char *name : { "gpu-specs.csv", "price-snapshot.csv" }) {
        const QString fileName = QString::fromLatin1(name);
        const auto shared = CsvReader::readFile(sharedData + u'/' + fileName);
        QVERIFY2(shared.ok(), shared.ok() ? "" : qPrintable(shared.error().message));
        const auto bundled = CsvReader::parse(readResource(QStringLiteral(":/data/") + fileName), fileName);
        QVERIFY2(bundled.ok(), bundled.ok() ? "" : qPrintable(bundled.error().message));
        QCOMPARE(bundled->header(), shared->header());
        QVERIFY2(bundled->rows().size() == shared->rows().size(),
            qPrintable(QStringLiteral("%1: %2 bundled rows, %3 in shared/data")
                           .arg(fileName)
                           .arg(bundled->rows().size())
                           .arg(shared->rows().size())));
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
