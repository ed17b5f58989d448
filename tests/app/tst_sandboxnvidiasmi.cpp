// The Sandbox's simulated nvidia-smi: the same table and CSV as the real tool (checked against a
// published driver-550 output in tests/data/nvidia-smi), honest names, utilization from CPU use.

#include "TestConfig.h"
#include "catalog/GpuSpecTable.h"
#include "providers/sandbox/PodRecord.h"
#include "providers/sandbox/SimulatedNvidiaSmi.h"

#include <QFile>
#include <QTest>

using namespace gpudesk;

namespace {

using Reading = SimulatedNvidiaSmi::Reading;

// The ten A40s of tests/data/nvidia-smi/a40x10-driver-550.txt.
QList<Reading> publishedA40s()
{
    struct Row
    {
        const char *bus;
        int temperature;
        int watts;
    };
    const Row rows[] = {{"4F", 29, 23}, {"52", 30, 24}, {"53", 27, 15}, {"56", 29, 24}, {"57", 30, 24},
                        {"CE", 29, 24}, {"D1", 29, 15}, {"D2", 29, 24}, {"D5", 29, 15}, {"D6", 29, 16}};
    QList<Reading> gpus;
    int index = 0;
    for (const Row &r : rows) {
        Reading g;
        g.index = index++;
        g.name = QStringLiteral("NVIDIA A40");
        g.busId = QStringLiteral("00000000:%1:00.0").arg(QLatin1String(r.bus));
        g.fan = QStringLiteral("0%");
        g.temperatureC = r.temperature;
        g.pstate = QStringLiteral("P8");
        g.powerDrawCentiW = r.watts * 100;
        g.powerLimitW = 300;
        g.memoryUsedMiB = 1;
        g.memoryTotalMiB = 46068;
        g.utilization = 0;
        g.ecc = QStringLiteral("0");
        g.mig = QStringLiteral("N/A");
        gpus << g;
    }
    return gpus;
}

PodRecord h100Pod(int count)
{
    auto specs = GpuSpecTable::loadBundled();
    Q_ASSERT(specs);
    const GpuSpec *spec = specs->find(QStringLiteral("H100 SXM"));
    Q_ASSERT(spec);
    PodRecord pod;
    pod.id = QStringLiteral("sbx-0000abcd");
    pod.gpu = SimulatedNvidiaSmi::gpuFor(*spec, count);
    return pod;
}

} // namespace

class TestSandboxNvidiaSmi : public QObject
{
    Q_OBJECT

private slots:
    void tableMatchesPublishedOutput();
    void tableShortensLongNamesLikeTheRealTool();
    void queryWithHeaderAndUnits();
    void queryNoHeaderNoUnits();
    void queryRejectsUnknownFieldsAndFormats();
    void listGpus();
    void namesSayTheyAreSimulated();
    void readingsFollowCpuUse();
};

void TestSandboxNvidiaSmi::tableMatchesPublishedOutput()
{
    QFile f(QStringLiteral(GPUDESK_TEST_DATA_DIR "/nvidia-smi/a40x10-driver-550.txt"));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const QString published = QString::fromUtf8(f.readAll());

    const QString table =
        SimulatedNvidiaSmi::table(publishedA40s(), QDateTime(QDate(2025, 1, 22), QTime(4, 28, 25)));
    const qsizetype firstNewline = table.indexOf(u'\n');
    QCOMPARE(table.left(firstNewline), QStringLiteral("Wed Jan 22 04:28:25 2025       "));
    const QStringList ours = table.mid(firstNewline + 1).split(u'\n');
    const QStringList theirs = published.split(u'\n');
    QCOMPARE(ours.size(), theirs.size());
    for (qsizetype i = 0; i < ours.size(); ++i)
        QCOMPARE(ours.at(i), theirs.at(i));

    // Single-digit days are space-padded, as ctime() does.
    QVERIFY(SimulatedNvidiaSmi::table({}, QDateTime(QDate(2024, 2, 5), QTime(10, 30, 45)))
                .startsWith(QStringLiteral("Mon Feb  5 10:30:45 2024       \n")));
}

void TestSandboxNvidiaSmi::tableShortensLongNamesLikeTheRealTool()
{
    Reading g = publishedA40s().first();
    g.name = QStringLiteral("NVIDIA RTX 6000 Ada Generation");
    const QString table = SimulatedNvidiaSmi::table({g}, QDateTime::currentDateTime());
    // As published outputs of that card show it.
    QVERIFY2(table.contains(QStringLiteral("|   0  NVIDIA RTX 6000 Ada Gene...    On  |   00000000:4F:00.0 Off |")),
             qPrintable(table));
}

void TestSandboxNvidiaSmi::queryWithHeaderAndUnits()
{
    auto out = SimulatedNvidiaSmi::query(
        publishedA40s().mid(0, 2),
        QStringLiteral("index,name,utilization.gpu,memory.used,memory.total,power.draw,temperature.gpu"),
        QStringLiteral("csv"), QDateTime::currentDateTime());
    QVERIFY(out);
    QCOMPARE(*out, QStringLiteral("index, name, utilization.gpu [%], memory.used [MiB], memory.total [MiB], "
                                  "power.draw [W], temperature.gpu\n"
                                  "0, NVIDIA A40, 0 %, 1 MiB, 46068 MiB, 23.00 W, 29\n"
                                  "1, NVIDIA A40, 0 %, 1 MiB, 46068 MiB, 24.00 W, 30\n"));
}

void TestSandboxNvidiaSmi::queryNoHeaderNoUnits()
{
    QList<Reading> gpus = publishedA40s().mid(0, 1);
    gpus[0].powerDrawCentiW = 8433;
    gpus[0].utilization = 42;
    auto out = SimulatedNvidiaSmi::query(
        gpus, QStringLiteral("index,name,utilization.gpu,memory.used,memory.total,power.draw,temperature.gpu"),
        QStringLiteral("csv,noheader,nounits"), QDateTime::currentDateTime());
    QVERIFY(out);
    QCOMPARE(*out, QStringLiteral("0, NVIDIA A40, 42, 1, 46068, 84.33, 29\n"));

    auto header = SimulatedNvidiaSmi::query(gpus, QStringLiteral("memory.free,fan.speed,uuid,pstate"),
                                            QStringLiteral("csv,nounits"), QDateTime::currentDateTime());
    QVERIFY(header);
    QVERIFY2(header->startsWith(QStringLiteral("memory.free, fan.speed, uuid, pstate\n46067, 0, ")), qPrintable(*header));
}

void TestSandboxNvidiaSmi::queryRejectsUnknownFieldsAndFormats()
{
    const QList<Reading> gpus = publishedA40s();
    auto unknown = SimulatedNvidiaSmi::query(gpus, QStringLiteral("index,bogus.field"), QStringLiteral("csv"),
                                             QDateTime::currentDateTime());
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().message, QStringLiteral("Field \"bogus.field\" is not a valid field to query."));
    QVERIFY(!SimulatedNvidiaSmi::query(gpus, QStringLiteral("index"), QStringLiteral("xml"), QDateTime()));
    QVERIFY(!SimulatedNvidiaSmi::query(gpus, QString(), QStringLiteral("csv"), QDateTime()));
}

void TestSandboxNvidiaSmi::listGpus()
{
    QList<Reading> gpus = SimulatedNvidiaSmi::readings(h100Pod(2), 0, 0);
    const QStringList lines = SimulatedNvidiaSmi::list(gpus).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).startsWith(QStringLiteral("GPU 1: NVIDIA H100 SXM (simulated) (UUID: GPU-")));
}

void TestSandboxNvidiaSmi::namesSayTheyAreSimulated()
{
    QCOMPARE(SimulatedNvidiaSmi::gpuName(QStringLiteral("NVIDIA"), QStringLiteral("H100 SXM")),
             QStringLiteral("NVIDIA H100 SXM (simulated)"));
    QCOMPARE(SimulatedNvidiaSmi::gpuName(QStringLiteral("NVIDIA"), QStringLiteral("GB200 (per GPU)")),
             QStringLiteral("NVIDIA GB200 (simulated)"));
    QCOMPARE(SimulatedNvidiaSmi::gpuName(QStringLiteral("AMD"), QStringLiteral("MI300X")),
             QStringLiteral("AMD MI300X (simulated)"));
}

void TestSandboxNvidiaSmi::readingsFollowCpuUse()
{
    const PodRecord pod = h100Pod(4);
    QCOMPARE(pod.gpu.memoryMiB, 80 * 1024);
    QCOMPARE(pod.gpu.powerLimitW, 700);

    // One and a half busy cores: GPU 0 full, GPU 1 half, the rest idle.
    const QList<Reading> gpus = SimulatedNvidiaSmi::readings(pod, 1.5, 400);
    QCOMPARE(gpus.size(), 4);
    QCOMPARE(gpus.at(0).utilization, 100);
    QCOMPARE(gpus.at(1).utilization, 50);
    QCOMPARE(gpus.at(2).utilization, 0);
    QCOMPARE(gpus.at(0).powerDrawCentiW, 70000); // the TDP
    QCOMPARE(gpus.at(3).powerDrawCentiW, 7000);  // idle: a tenth of it
    QVERIFY(gpus.at(0).temperatureC > gpus.at(3).temperatureC);
    QCOMPARE(gpus.at(0).pstate, QStringLiteral("P0"));
    QCOMPARE(gpus.at(3).pstate, QStringLiteral("P8"));
    QCOMPARE(gpus.at(2).memoryUsedMiB, 101); // 400 MiB resident over 4 GPUs, + 1 MiB as idle GPUs show
    QCOMPARE(gpus.at(2).memoryTotalMiB, 80 * 1024);
    QCOMPARE(gpus.at(0).mig, QStringLiteral("Disabled")); // Hopper: MIG-capable, off
    QCOMPARE(gpus.at(0).fan, QStringLiteral("N/A"));      // SXM: no fan of its own
    QVERIFY(gpus.at(0).uuid != gpus.at(1).uuid);
    QCOMPARE(SimulatedNvidiaSmi::readings(pod, 0, 0).at(0).utilization, 0);
}

QTEST_GUILESS_MAIN(TestSandboxNvidiaSmi)
#include "tst_sandboxnvidiasmi.moc"
