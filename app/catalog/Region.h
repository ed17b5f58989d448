#pragma once

#include <QString>

namespace gpudesk {

// Coarse geography for "low latency" advice: providers write regions in many ways
// ("us-east-1", "eu-north1", "France, FR, EU", "montreal-canada-2", "North America").
enum class Continent { Unknown, NorthAmerica, SouthAmerica, Europe, Asia, Oceania, MiddleEast, Africa };

class Region
{
public:
    // The continent a provider's region text points at; for lists ("a;b") the first known one.
    static Continent continentOf(const QString &regionText);
    // The user's continent, from a code/name the user gave ("eu", "Europe", "us-east-1"),
    // else from the system time zone.
    static Continent userContinent(const QString &hint = {});
    static Continent fromTimeZoneId(const QString &ianaId);
    static QString displayName(Continent c);
    // True when `query` (what the user typed in a region filter) names `regionText`:
    // by whole word prefix ("us" matches "us-east-1" but not "australia") or by continent ("europe").
    static bool matches(const QString &query, const QString &regionText);
};

} // namespace gpudesk
