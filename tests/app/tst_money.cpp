#include "core/Money.h"

#include <QTest>
#include <QVariant>

#include <cstdint>
#include <limits>

using gpudesk::Money;

namespace {

constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void parseRejectsOverflow();
    void parseRejectsMisplacedGroupSeparators_data();
    void parseRejectsMisplacedGroupSeparators();
    void factories();
    void toStringRounding_data();
    void toStringRounding();
    void toDecimalString_data();
    void toDecimalString();
    void dividedByRoundsHalfAwayFromZero_data();
    void dividedByRoundsHalfAwayFromZero();
    void forSecondsIsExact_data();
    void forSecondsIsExact();
    void scaledUsesWideIntermediates();
    void scaledRoundsHalfAwayFromZero();
    void arithmeticOperators();
    void comparisons();
    void variantRoundTrip();
};

void TestMoney::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("micros");

    QTest::newRow("whole") << QStringLiteral("12") << qint64(12'000'000);
    QTest::newRow("one decimal") << QStringLiteral("12.5") << qint64(12'500'000);
    QTest::newRow("smallest negative") << QStringLiteral("-0.000001") << qint64(-1);
    QTest::newRow("dollar sign and thousands") << QStringLiteral("$1,234.56") << qint64(1'234'560'000);
    QTest::newRow("negative dollar") << QStringLiteral("-$2.50") << qint64(-2'500'000);
    QTest::newRow("six decimals") << QStringLiteral("2.402400") << qint64(2'402'400);
    QTest::newRow("leading dot") << QStringLiteral(".5") << qint64(500'000);
    QTest::newRow("trailing dot") << QStringLiteral("7.") << qint64(7'000'000);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("surrounding spaces") << QStringLiteral("  3.25 ") << qint64(3'250'000);
    QTest::newRow("large") << QStringLiteral("1,000,000,000,000") << qint64(1'000'000'000'000'000'000);
}

void TestMoney::parseValid()
{
    QFETCH(QString, text);
    QFETCH(qint64, micros);

    const auto parsed = Money::parse(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(parsed->micros(), micros);
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("letters") << QStringLiteral("abc");
    QTest::newRow("seven decimals") << QStringLiteral("1.2345678");
    QTest::newRow("two dots") << QStringLiteral("1.2.3");
    QTest::newRow("double minus") << QStringLiteral("--1");
    QTest::newRow("only dollar") << QStringLiteral("$");
    QTest::newRow("only minus") << QStringLiteral("-");
    QTest::newRow("only dot") << QStringLiteral(".");
    QTest::newRow("only commas") << QStringLiteral(",,");
    QTest::newRow("exponent") << QStringLiteral("1e3");
    QTest::newRow("trailing text") << QStringLiteral("12 USD");
    QTest::newRow("comma in fraction") << QStringLiteral("1.2,5");
    QTest::newRow("plus sign") << QStringLiteral("+1");
    QTest::newRow("full-width digits") << QStringLiteral("\uFF11\uFF12");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662");
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);

    const auto parsed = Money::parse(text);
    QVERIFY2(!parsed.has_value(),
        qPrintable(QStringLiteral("\"%1\" parsed as %2 micros").arg(text).arg(parsed ? parsed->micros() : 0)));
}

void TestMoney::parseRejectsOverflow()
{
    // More dollars than fit in int64 micro-dollars must be refused, never wrapped around.
    QVERIFY(!Money::parse(QStringLiteral("100000000000000000000")).has_value());
    QVERIFY(!Money::parse(QStringLiteral("-99999999999999999999.5")).has_value());
    const auto big = Money::parse(QStringLiteral("9000000000000"));
    QVERIFY(big.has_value());
    QCOMPARE(big->micros(), qint64(9'000'000'000'000'000'000));
}

void TestMoney::parseRejectsMisplacedGroupSeparators_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("wronglyParsedAs");

    // A comma that is not a thousands separator must not vanish: "--max-price 2,50" (a decimal comma)
    // must be refused, not read as $250.
    QTest::newRow("decimal comma") << QStringLiteral("2,50") << qint64(250'000'000);
    QTest::newRow("leading comma") << QStringLiteral(",5") << qint64(5'000'000);
    QTest::newRow("double comma") << QStringLiteral("1,,000") << qint64(1'000'000'000);
    QTest::newRow("comma after dollar") << QStringLiteral("$,1") << qint64(1'000'000);
    QTest::newRow("groups of one") << QStringLiteral("1,2,3") << qint64(123'000'000);
}

void TestMoney::parseRejectsMisplacedGroupSeparators()
{
    QFETCH(QString, text);
    QFETCH(qint64, wronglyParsedAs);

    const auto parsed = Money::parse(text);
    Q_UNUSED(wronglyParsedAs) // what an earlier Money::parse made of it
    QVERIFY2(!parsed.has_value(),
        qPrintable(QStringLiteral("\"%1\" parsed as %2 micros").arg(text).arg(parsed ? parsed->micros() : 0)));
}

void TestMoney::factories()
{
    QCOMPARE(Money::fromCents(249).micros(), qint64(2'490'000));
    QCOMPARE(Money::fromDollars(-3).micros(), qint64(-3'000'000));
    QCOMPARE(Money::fromMicros(42).micros(), qint64(42));
    QCOMPARE(Money().micros(), qint64(0));
    QVERIFY(Money().isZero());
    QVERIFY(!Money::fromMicros(1).isZero());
    QVERIFY(Money::fromMicros(-1).isNegative());
    QVERIFY(!Money().isNegative());
    QCOMPARE(Money::fromCents(249), *Money::parse(QStringLiteral("2.49")));
}

void TestMoney::toStringRounding_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");

    QTest::newRow("2.495 half up") << qint64(2'495'000) << 2 << QStringLiteral("$2.50");
    QTest::newRow("-2.495 half away") << qint64(-2'495'000) << 2 << QStringLiteral("-$2.50");
    QTest::newRow("2.494999 down") << qint64(2'494'999) << 2 << QStringLiteral("$2.49");
    QTest::newRow("-2.494999 toward zero") << qint64(-2'494'999) << 2 << QStringLiteral("-$2.49");
    QTest::newRow("default two decimals") << qint64(2'490'000) << 2 << QStringLiteral("$2.49");
    QTest::newRow("whole dollars padded") << qint64(3'000'000) << 2 << QStringLiteral("$3.00");
    QTest::newRow("cents padded") << qint64(50'000) << 2 << QStringLiteral("$0.05");
    QTest::newRow("zero") << qint64(0) << 2 << QStringLiteral("$0.00");
    QTest::newRow("tiny negative rounds to zero") << qint64(-4'000) << 2 << QStringLiteral("$0.00");
    QTest::newRow("four decimals half up") << qint64(1'234'550) << 4 << QStringLiteral("$1.2346");
    QTest::newRow("four decimals negative") << qint64(-50) << 4 << QStringLiteral("-$0.0001");
    QTest::newRow("four decimals exact") << qint64(37'375) << 4 << QStringLiteral("$0.0374");
    QTest::newRow("no decimals") << qint64(2'500'000) << 0 << QStringLiteral("$3");
    QTest::newRow("six decimals") << qint64(1) << 6 << QStringLiteral("$0.000001");
    QTest::newRow("no thousands separators") << qint64(1'234'567'890'000) << 2 << QStringLiteral("$1234567.89");
    QTest::newRow("carry into dollars") << qint64(9'999'999) << 2 << QStringLiteral("$10.00");
}

void TestMoney::toStringRounding()
{
    QFETCH(qint64, micros);
    QFETCH(int, decimals);
    QFETCH(QString, expected);

    QCOMPARE(Money::fromMicros(micros).toString(decimals), expected);
}

void TestMoney::toDecimalString_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("expected");

    QTest::newRow("trimmed") << qint64(2'490'000) << QStringLiteral("2.49");
    QTest::newRow("whole") << qint64(2'000'000) << QStringLiteral("2");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0");
    QTest::newRow("one micro") << qint64(1) << QStringLiteral("0.000001");
    QTest::newRow("negative micro") << qint64(-1) << QStringLiteral("-0.000001");
    QTest::newRow("negative") << qint64(-1'234'500'000) << QStringLiteral("-1234.5");
    QTest::newRow("all six digits") << qint64(1'263'903) << QStringLiteral("1.263903");
    QTest::newRow("inner zeros kept") << qint64(3'000'005) << QStringLiteral("3.000005");
}

void TestMoney::toDecimalString()
{
    QFETCH(qint64, micros);
    QFETCH(QString, expected);

    const Money m = Money::fromMicros(micros);
    QCOMPARE(m.toDecimalString(), expected);
    // The plain decimal form parses back to the same amount: CSV/JSON output round-trips.
    const auto back = Money::parse(m.toDecimalString());
    QVERIFY(back.has_value());
    QCOMPARE(*back, m);
}

void TestMoney::dividedByRoundsHalfAwayFromZero_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<qint64>("divisor");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("exact") << qint64(23'920'000) << qint64(8) << qint64(2'990'000);
    QTest::newRow("down") << qint64(10) << qint64(3) << qint64(3);
    QTest::newRow("up") << qint64(20) << qint64(3) << qint64(7);
    QTest::newRow("half up") << qint64(11) << qint64(2) << qint64(6);
    QTest::newRow("negative half away") << qint64(-11) << qint64(2) << qint64(-6);
    QTest::newRow("negative down") << qint64(-10) << qint64(3) << qint64(-3);
    QTest::newRow("one dollar in three") << qint64(1'000'000) << qint64(3) << qint64(333'333);
    QTest::newRow("two dollars in three") << qint64(2'000'000) << qint64(3) << qint64(666'667);
    QTest::newRow("max by one") << qint64(kInt64Max) << qint64(1) << qint64(kInt64Max);
    QTest::newRow("max by two") << qint64(kInt64Max) << qint64(2) << qint64(kInt64Max / 2 + 1);
}

void TestMoney::dividedByRoundsHalfAwayFromZero()
{
    QFETCH(qint64, micros);
    QFETCH(qint64, divisor);
    QFETCH(qint64, expected);

    QCOMPARE(Money::fromMicros(micros).dividedBy(divisor).micros(), expected);
}

void TestMoney::forSecondsIsExact_data()
{
    QTest::addColumn<qint64>("hourlyMicros");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<qint64>("expected");

    // $2.49/h: one second is 691.666… micro-dollars, rounded to 692.
    QTest::newRow("$2.49/h for 1 s") << qint64(2'490'000) << qint64(1) << qint64(692);
    QTest::newRow("$2.49/h for 3600 s") << qint64(2'490'000) << qint64(3600) << qint64(2'490'000);
    QTest::newRow("$2.49/h for 1800 s") << qint64(2'490'000) << qint64(1800) << qint64(1'245'000);
    QTest::newRow("$2.49/h for 7 s") << qint64(2'490'000) << qint64(7) << qint64(4'842);
    QTest::newRow("$2.49/h for a 30-day month") << qint64(2'490'000) << qint64(30 * 86'400) << qint64(1'792'800'000);
    QTest::newRow("$98.32/h for a year") << qint64(98'320'000) << qint64(365 * 86'400) << qint64(861'283'200'000);
    QTest::newRow("zero seconds") << qint64(2'490'000) << qint64(0) << qint64(0);
    QTest::newRow("free") << qint64(0) << qint64(12'345) << qint64(0);
    QTest::newRow("negative rate half away") << qint64(-1'800) << qint64(1) << qint64(-1);
    // 5e18 micros * 3600 does not fit in 64 bits; the result does.
    QTest::newRow("huge rate for an hour")
        << qint64(5'000'000'000'000'000'000) << qint64(3600) << qint64(5'000'000'000'000'000'000);
    QTest::newRow("max rate for an hour") << qint64(kInt64Max) << qint64(3600) << qint64(kInt64Max);
}

void TestMoney::forSecondsIsExact()
{
    QFETCH(qint64, hourlyMicros);
    QFETCH(qint64, seconds);
    QFETCH(qint64, expected);

    QCOMPARE(Money::fromMicros(hourlyMicros).forSeconds(seconds).micros(), expected);
}

void TestMoney::scaledUsesWideIntermediates()
{
    // 5e18 * 7 overflows int64; the exact quotient 4.375e18 does not.
    QCOMPARE(Money::fromMicros(5'000'000'000'000'000'000).scaled(7, 8).micros(), qint64(4'375'000'000'000'000'000));
    QCOMPARE(Money::fromMicros(kInt64Max).scaled(1'000'000'007, 1'000'000'007).micros(), kInt64Max);
    QCOMPARE(Money::fromMicros(-kInt64Max).scaled(kInt64Max, kInt64Max).micros(), -kInt64Max);
    // Per-PFLOP style: $/h * 1e6 / (milli-TFLOPS * GPUs), with an intermediate above 2^63.
    QCOMPARE(Money::fromDollars(10'000'000).scaled(1'000'000, 989'000 * 8).micros(),
        qint64(1'263'902'932'255)); // 1e19 / 7.912e6 = 1'263'902'932'254.80…
}

void TestMoney::scaledRoundsHalfAwayFromZero()
{
    QCOMPARE(Money::fromMicros(5).scaled(1, 2).micros(), qint64(3));
    QCOMPARE(Money::fromMicros(-5).scaled(1, 2).micros(), qint64(-3));
    QCOMPARE(Money::fromMicros(5).scaled(-1, 2).micros(), qint64(-3));
    QCOMPARE(Money::fromMicros(5).scaled(1, -2).micros(), qint64(-3));
    QCOMPARE(Money::fromMicros(-5).scaled(-1, -2).micros(), qint64(-3));
    QCOMPARE(Money::fromMicros(7).scaled(1, 3).micros(), qint64(2));
    QCOMPARE(Money::fromMicros(8).scaled(1, 3).micros(), qint64(3));
    QCOMPARE(Money::fromMicros(2'490'000).scaled(3, 1).micros(), qint64(7'470'000));
}

void TestMoney::arithmeticOperators()
{
    const Money a = Money::fromCents(249);
    const Money b = Money::fromCents(51);

    QCOMPARE((a + b).micros(), qint64(3'000'000));
    QCOMPARE((a - b).micros(), qint64(1'980'000));
    QCOMPARE((b - a).micros(), qint64(-1'980'000));
    QCOMPARE((-a).micros(), qint64(-2'490'000));
    QCOMPARE((a * 8).micros(), qint64(19'920'000));
    QCOMPARE((a * -2).micros(), qint64(-4'980'000));

    Money total;
    total += a;
    total += a;
    QCOMPARE(total.micros(), qint64(4'980'000));
    total -= b;
    QCOMPARE(total.micros(), qint64(4'470'000));
    QCOMPARE(total.toString(), QStringLiteral("$4.47"));

    // Rounding each second separately is not the same as charging the hour: 3600 x 692 micros.
    Money sum;
    for (int i = 0; i < 3600; ++i)
        sum += a.forSeconds(1);
    QCOMPARE(sum.micros(), qint64(692) * 3600);
    QCOMPARE((sum - a.forSeconds(3600)).micros(), qint64(1'200));
}

void TestMoney::comparisons()
{
    const Money low = Money::fromCents(100);
    const Money high = Money::fromCents(250);

    QVERIFY(low < high);
    QVERIFY(high > low);
    QVERIFY(low <= low);
    QVERIFY(high >= low);
    QVERIFY(low == Money::fromMicros(1'000'000));
    QVERIFY(low != high);
    QVERIFY(-high < -low);
    QVERIFY(Money::fromMicros(-1) < Money());
    QVERIFY((low <=> high) < 0);
    QVERIFY((high <=> low) > 0);
    QVERIFY((low <=> Money::fromDollars(1)) == 0);
}

void TestMoney::variantRoundTrip()
{
    const Money m = Money::fromMicros(1'234'567);
    const QVariant v = QVariant::fromValue(m);
    QVERIFY(v.canConvert<Money>());
    QCOMPARE(v.value<Money>(), m);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
