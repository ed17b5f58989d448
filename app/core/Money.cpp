#include "Money.h"

#include <QList>

#include <algorithm>
#include <cstdlib>

namespace gpudesk {

namespace {

__extension__ using Int128 = __int128;

std::int64_t roundedDivide(Int128 numerator, Int128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    const Int128 magnitude = negative ? -numerator : numerator;
    const Int128 quotient = (magnitude + denominator / 2) / denominator;
    return static_cast<std::int64_t>(negative ? -quotient : quotient);
}

} // namespace

std::optional<Money> Money::parse(QStringView text)
{
    QStringView s = text.trimmed();
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s = s.mid(1);
    }
    if (s.startsWith(u'$'))
        s = s.mid(1);
    if (s.isEmpty())
        return std::nullopt;

    // Commas are thousands separators only: "1,234.5" yes; "2,50", ",5", "1,,000" no.
    const qsizetype dot = s.indexOf(u'.');
    const QStringView wholeText = dot < 0 ? s : s.left(dot);
    if (wholeText.contains(u',')) {
        const auto groups = wholeText.split(u',');
        if (groups.first().isEmpty() || groups.first().size() > 3)
            return std::nullopt;
        for (qsizetype g = 1; g < groups.size(); ++g) {
            if (groups.at(g).size() != 3)
                return std::nullopt;
        }
    }
    std::int64_t whole = 0;
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    bool inFraction = false;
    bool anyDigit = false;
    for (QChar c : s) {
        if (c == u',' && !inFraction)
            continue;
        if (c == u'.' && !inFraction) {
            inFraction = true;
            continue;
        }
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
        anyDigit = true;
        const int digit = c.unicode() - u'0';
        if (inFraction) {
            if (++fractionDigits > 6)
                return std::nullopt;
            fraction = fraction * 10 + digit;
        } else {
            if (whole > (INT64_MAX / 1'000'000 - 9) / 10)
                return std::nullopt;
            whole = whole * 10 + digit;
        }
    }
    if (!anyDigit)
        return std::nullopt;
    for (int i = fractionDigits; i < 6; ++i)
        fraction *= 10;
    const std::int64_t micros = whole * 1'000'000 + fraction;
    return Money(negative ? -micros : micros);
}

Money Money::dividedBy(std::int64_t divisor) const
{
    return Money(roundedDivide(m_micros, divisor));
}

Money Money::scaled(std::int64_t numerator, std::int64_t denominator) const
{
    return Money(roundedDivide(static_cast<Int128>(m_micros) * numerator, denominator));
}

QString Money::toString(int decimals) const
{
    decimals = std::clamp(decimals, 0, 6);
    std::int64_t unit = 1;
    for (int i = decimals; i < 6; ++i)
        unit *= 10;
    const std::int64_t rounded = roundedDivide(m_micros, unit); // in 10^-decimals dollars
    const std::int64_t magnitude = std::llabs(rounded);
    std::int64_t scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    QString out = rounded < 0 ? QStringLiteral("-$") : QStringLiteral("$");
    out += QString::number(magnitude / scale);
    if (decimals > 0)
        out += u'.' + QStringLiteral("%1").arg(magnitude % scale, decimals, 10, QLatin1Char('0'));
    return out;
}

QString Money::toDecimalString() const
{
    const std::int64_t magnitude = std::llabs(m_micros);
    QString out = m_micros < 0 ? QStringLiteral("-") : QString();
    out += QString::number(magnitude / 1'000'000);
    QString fraction = QStringLiteral("%1").arg(magnitude % 1'000'000, 6, 10, QLatin1Char('0'));
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        out += u'.' + fraction;
    return out;
}

} // namespace gpudesk
