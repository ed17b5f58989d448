#pragma once

#include <QMetaType>
#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace gpudesk {

// An amount of US dollars held as integer micro-dollars (1 USD = 1,000,000).
// Money never passes through a double: parsing, arithmetic and formatting are exact.
class Money
{
public:
    constexpr Money() = default;

    static constexpr Money fromMicros(std::int64_t micros) { return Money(micros); }
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents * 10'000); }
    static constexpr Money fromDollars(std::int64_t dollars) { return Money(dollars * 1'000'000); }

    // Parses "12", "12.5", "-0.000001", "$1,234.56" (at most 6 decimals; more is an error,
    // never a silent rounding). Returns nullopt on anything else.
    static std::optional<Money> parse(QStringView text);

    constexpr std::int64_t micros() const { return m_micros; }
    constexpr bool isZero() const { return m_micros == 0; }
    constexpr bool isNegative() const { return m_micros < 0; }

    // Divides with rounding half away from zero; divisor must be > 0.
    Money dividedBy(std::int64_t divisor) const;
    // this * numerator / denominator, exact intermediate (128-bit), rounded half away from zero.
    Money scaled(std::int64_t numerator, std::int64_t denominator) const;
    // Cost of running at this hourly rate for the given seconds.
    Money forSeconds(std::int64_t seconds) const { return scaled(seconds, 3600); }

    // "$2.49" style: fixed decimals (default 2), rounded half away from zero, thousands separators
    // off. Use decimals 4 for per-GPU or per-PFLOP figures where cents hide differences.
    QString toString(int decimals = 2) const;
    // Plain decimal with no currency sign, for CSV/JSON: "2.490000" trimmed to "2.49".
    QString toDecimalString() const;

    constexpr Money operator+(Money o) const { return Money(m_micros + o.m_micros); }
    constexpr Money operator-(Money o) const { return Money(m_micros - o.m_micros); }
    constexpr Money operator-() const { return Money(-m_micros); }
    constexpr Money operator*(std::int64_t n) const { return Money(m_micros * n); }
    constexpr Money &operator+=(Money o) { m_micros += o.m_micros; return *this; }
    constexpr Money &operator-=(Money o) { m_micros -= o.m_micros; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(std::int64_t micros) : m_micros(micros) {}
    std::int64_t m_micros = 0;
};

} // namespace gpudesk

Q_DECLARE_METATYPE(gpudesk::Money)
