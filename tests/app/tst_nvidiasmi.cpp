#include "metrics/NvidiaSmiParser.h"
#include "providers/sandbox/SimulatedNvidiaSmi.h"

#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace gpudesk;

namespace {

GpuReading reading(int index, const QString &name, std::optional<int> util, std::optional<qint64> used,
    std::optional<qint64> total, std::optional<int> centiWatts, std::optional<int> temp)
{
    GpuReading g;
    g.index = index;
    g.name = name;
    g.utilizationPercent = util;
    g.memoryUsedMiB = used;
    g.memoryTotalMiB = total;
    g.powerCentiWatts = centiWatts;
    g.temperatureC = temp;
    return g;
}

QString testData(const QString &relative)
{
    return QDir(QStringLiteral(GPUDESK_TEST_DATA_DIR)).filePath(relative);
}

} // namespace

class TestNvidiaSmi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandAsksForTheSevenFields()
    {
        QCOMPARE(NvidiaSmiParser::command(),
            QStringLiteral("nvidia-smi --query-gpu=index,name,utilization.gpu,memory.used,memory.total,"
                           "power.draw,temperature.gpu --format=csv,noheader,nounits"));
    }

    void parsesEightH100s()
    {
        QByteArray out;
        for (int i = 0; i < 8; ++i)
            out += QByteArray::number(i) + ", NVIDIA H100 80GB HBM3, " + QByteArray::number(90 + i)
                + ", 78942, 81559, 350.12, " + QByteArray::number(40 + i) + "\n";
        auto gpus = NvidiaSmiParser::parse(out);
        QVERIFY(gpus);
        QCOMPARE(gpus->size(), 8);
        QCOMPARE(gpus->at(7), reading(7, QStringLiteral("NVIDIA H100 80GB HBM3"), 97, 78942, 81559, 35012, 47));
    }

    void unreadableFieldsAreAbsentNotZero()
    {
        const QByteArray out = "0, NVIDIA A100-SXM4-40GB, [N/A], 1024, 40960, [Not Supported], 33\n"
                               "1, NVIDIA A100-SXM4-40GB, 12, [N/A], [N/A], [Unknown Error], [GPU requires reset]\n"
                               "2, [N/A], N/A, ERR!, 40960, 61.5, 30\n";
        auto gpus = NvidiaSmiParser::parse(out);
        QVERIFY(gpus);
        QCOMPARE(gpus->size(), 3);
        QCOMPARE(gpus->at(0), reading(0, QStringLiteral("NVIDIA A100-SXM4-40GB"), {}, 1024, 40960, {}, 33));
        QCOMPARE(gpus->at(1), reading(1, QStringLiteral("NVIDIA A100-SXM4-40GB"), 12, {}, {}, {}, {}));
        QCOMPARE(gpus->at(2), reading(2, QString(), {}, {}, 40960, 6150, 30));
    }

    void toleratesCrlfBlankLinesExtraColumnsAndHeaders()
    {
        const QByteArray out = "index, name, utilization.gpu [%], memory.used [MiB], memory.total [MiB], "
                               "power.draw [W], temperature.gpu\r\n"
                               "\r\n"
                               "0, NVIDIA L40S, 100 %, 40000 MiB, 46068 MiB, 349.99 W, 71, GPU-abc, extra\r\n"
                               "   \r\n"
                               "3, NVIDIA L40S, 5, 10, 46068, 80.1, 40\r\n"; // GPUs 1 and 2 are missing
        auto gpus = NvidiaSmiParser::parse(out);
        QVERIFY(gpus);
        QCOMPARE(gpus->size(), 2);
        QCOMPARE(gpus->at(0), reading(0, QStringLiteral("NVIDIA L40S"), 100, 40000, 46068, 34999, 71));
        QCOMPARE(gpus->at(1), reading(3, QStringLiteral("NVIDIA L40S"), 5, 10, 46068, 8010, 40));
    }

    void shortLinesLeaveTheRestAbsent()
    {
        auto gpus = NvidiaSmiParser::parse("0, NVIDIA T4, 7\n");
        QVERIFY(gpus);
        QCOMPARE(gpus->at(0), reading(0, QStringLiteral("NVIDIA T4"), 7, {}, {}, {}, {}));
    }

    void implausibleValuesAreAbsent()
    {
        auto gpus = NvidiaSmiParser::parse("0, NVIDIA T4, 150, -1, 15360, abc, 1e3\n0, duplicate, 1, 1, 1, 1, 1\n");
        QVERIFY(gpus);
        QCOMPARE(gpus->size(), 1);
        QCOMPARE(gpus->at(0), reading(0, QStringLiteral("NVIDIA T4"), {}, {}, 15360, {}, {}));
    }

    void noGpuIsAnError_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("driver") << QByteArray("NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA "
                                              "driver. Make sure that the latest NVIDIA driver is installed and "
                                              "running.\n");
        QTest::newRow("not installed") << QByteArray("bash: line 1: nvidia-smi: command not found\n");
        QTest::newRow("header only") << QByteArray("index, name, utilization.gpu [%]\n");
    }
    void noGpuIsAnError()
    {
        QFETCH(QByteArray, output);
        auto gpus = NvidiaSmiParser::parse(output);
        QVERIFY(!gpus);
        QVERIFY(!gpus.error().message.isEmpty());
        QCOMPARE(gpus.error().detail, QString::fromUtf8(output).trimmed().section(u'\n', 0, 0));
    }

    // The real driver-550 table of ten A40s (tests/data/nvidia-smi): its values, written as the query
    // CSV prints them, read back as the same values.
    void realA40FixtureValues()
    {
        QFile f(testData(QStringLiteral("nvidia-smi/a40x10-driver-550.txt")));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
        const QRegularExpression first(QStringLiteral("^\\|\\s+(\\d+)\\s+(NVIDIA \\S+)\\s+(On|Off)\\s+\\|"));
        const QRegularExpression second(QStringLiteral(
            "^\\|\\s+\\S+\\s+(\\d+)C\\s+P\\d+\\s+(\\d+)W /\\s+\\d+W \\|\\s+(\\d+)MiB /\\s+(\\d+)MiB \\|\\s+(\\d+)%"));
        QByteArray csv;
        QList<GpuReading> expected;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const auto a = first.match(lines[i]);
            const auto b = second.match(lines[i + 1]);
            if (!a.hasMatch() || !b.hasMatch())
                continue;
            expected.append(
                reading(a.captured(1).toInt(), a.captured(2), b.captured(5).toInt(), b.captured(3).toLongLong(),
                    b.captured(4).toLongLong(), b.captured(2).toInt() * 100, b.captured(1).toInt()));
            csv += QStringLiteral("%1, %2, %3, %4, %5, %6.00, %7\r\n")
                       .arg(a.captured(1), a.captured(2), b.captured(5), b.captured(3), b.captured(4), b.captured(2),
                           b.captured(1))
                       .toUtf8();
        }
        QCOMPARE(expected.size(), 10);
        QCOMPARE(expected.at(0), reading(0, QStringLiteral("NVIDIA A40"), 0, 1, 46068, 2300, 29));
        auto gpus = NvidiaSmiParser::parse(csv);
        QVERIFY(gpus);
        QCOMPARE(*gpus, expected);
    }

    // The Sandbox shim answers the sampler's exact command; the parser reads it, with and without
    // header and units.
    void sandboxShimOutput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("noheader,nounits") << QStringLiteral("csv,noheader,nounits");
        QTest::newRow("header and units") << QStringLiteral("csv");
    }
    void sandboxShimOutput()
    {
        QFETCH(QString, format);
        QList<SimulatedNvidiaSmi::Reading> shim;
        for (int i = 0; i < 4; ++i) {
            SimulatedNvidiaSmi::Reading r;
            r.index = i;
            r.name = QStringLiteral("NVIDIA H100 SXM (simulated)");
            r.utilization = i * 25;
            r.memoryUsedMiB = 1 + i * 1000;
            r.memoryTotalMiB = 81559;
            r.powerDrawCentiW = 7000 + i * 12345;
            r.powerLimitW = 700;
            r.temperatureC = 30 + i;
            shim.append(r);
        }
        const auto out = SimulatedNvidiaSmi::query(shim,
            QStringLiteral("index,name,utilization.gpu,memory.used,memory.total,power.draw,temperature.gpu"), format,
            QDateTime::currentDateTime());
        QVERIFY2(out, out ? "" : qPrintable(out.error().message));
        auto gpus = NvidiaSmiParser::parse(out->toUtf8());
        QVERIFY(gpus);
        QCOMPARE(gpus->size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(gpus->at(i),
                reading(i, QStringLiteral("NVIDIA H100 SXM (simulated)"), i * 25, 1 + i * 1000, 81559, 7000 + i * 12345,
                    30 + i));
    }
};

QTEST_GUILESS_MAIN(TestNvidiaSmi)
#include "tst_nvidiasmi.moc"
