// TerminalFeeder without SSH: order of remote and local bytes, what it reports as consumed, and
// that a flood is fed over many turns of the event loop with the loop running in between.

#include "terminal/TerminalFeeder.h"
#include "terminal/TerminalScreen.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using gpudesk::TerminalFeeder;
using gpudesk::TerminalScreen;

class TestTerminalFeeder : public QObject
{
    Q_OBJECT

private slots:
    void keepsOrderAndCountsOnlyRemoteBytes();
    void floodIsFedOverManyTurns();
    void flushFeedsEverythingAtOnce();
};

void TestTerminalFeeder::keepsOrderAndCountsOnlyRemoteBytes()
{
    TerminalScreen screen(5, 40);
    TerminalFeeder feeder(&screen);
    qint64 consumed = 0;
    QObject::connect(&feeder, &TerminalFeeder::consumed, &feeder, [&](qint64 n) { consumed += n; });
    feeder.append("abc");
    feeder.appendLocal("[local]");
    feeder.append("def");
    QCOMPARE(feeder.pendingBytes(), qint64(13));
    QCOMPARE(screen.lineText(0), QString()); // nothing is fed inside append()
    QTRY_COMPARE(feeder.pendingBytes(), qint64(0));
    QCOMPARE(screen.lineText(0), QStringLiteral("abc[local]def"));
    QCOMPARE(consumed, qint64(6));
    QCOMPARE(feeder.bytesFed(), qint64(6));
}

void TestTerminalFeeder::floodIsFedOverManyTurns()
{
    TerminalScreen screen(50, 200);
    TerminalFeeder feeder(&screen);
    feeder.setSliceMs(2);
    QByteArray line;
    for (int i = 0; i < 30; ++i)
        line += "\x1b[1;3" + QByteArray::number(i % 8) + "mword\x1b[0m \xe4\xb8\xad\xe6\x96\x87 ";
    line += "\r\n";
    QByteArray flood;
    while (flood.size() < 8 * 1024 * 1024)
        flood += line;
    flood += "last-line\r\n";

    // The event loop's turns between slices: a 0 ms heartbeat ticks once per turn.
    int slices = 0;
    int beatsBetweenSlices = 0;
    int beats = 0;
    QTimer heartbeat;
    heartbeat.setInterval(0);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] { ++beats; });
    QObject::connect(&feeder, &TerminalFeeder::consumed, &feeder, [&] {
        if (slices++ > 0 && beats > 0)
            ++beatsBetweenSlices;
        beats = 0;
    });
    heartbeat.start();
    for (qsizetype at = 0; at < flood.size(); at += 64 * 1024)
        feeder.append(flood.mid(at, 64 * 1024));
    QTRY_COMPARE_WITH_TIMEOUT(feeder.pendingBytes(), qint64(0), 120000);
    heartbeat.stop();
    QCOMPARE(feeder.bytesFed(), qint64(flood.size()));
    QCOMPARE(screen.lineText(48), QStringLiteral("last-line"));
    // Many slices (8 MB cannot be parsed in 2 ms), and the loop turned between every two.
    QVERIFY2(slices > 10, qPrintable(QString::number(slices)));
    QCOMPARE(beatsBetweenSlices, slices - 1);
    QVERIFY(feeder.longestSliceMs() > 0);
}

void TestTerminalFeeder::flushFeedsEverythingAtOnce()
{
    TerminalScreen screen(5, 40);
    TerminalFeeder feeder(&screen);
    QSignalSpy consumed(&feeder, &TerminalFeeder::consumed);
    feeder.append("hello ");
    feeder.append("world");
    feeder.flush();
    QCOMPARE(feeder.pendingBytes(), qint64(0));
    QCOMPARE(screen.lineText(0), QStringLiteral("hello world"));
    QCOMPARE(consumed.count(), 1);
    QCOMPARE(consumed.first().at(0).toLongLong(), qint64(11));
}

QTEST_GUILESS_MAIN(TestTerminalFeeder)
#include "tst_terminalfeeder.moc"
