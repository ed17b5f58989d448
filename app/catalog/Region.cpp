#include "Region.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace gpudesk {

namespace {

QStringList words(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

Continent continentOfWord(const QString &w)
{
    struct Entry { const char *word; Continent c; };
    static constexpr Entry table[] = {
        {"us", Continent::NorthAmerica}, {"usa", Continent::NorthAmerica}, {"na", Continent::NorthAmerica},
        {"america", Continent::NorthAmerica}, {"canada", Continent::NorthAmerica}, {"ca", Continent::NorthAmerica},
        {"texas", Continent::NorthAmerica}, {"oklahoma", Continent::NorthAmerica}, {"utah", Continent::NorthAmerica},
        {"montreal", Continent::NorthAmerica}, {"newyork", Continent::NorthAmerica}, {"useast", Continent::NorthAmerica},
        {"uswest", Continent::NorthAmerica}, {"uscentral", Continent::NorthAmerica}, {"uscentral1", Continent::NorthAmerica},
        {"eu", Continent::Europe}, {"europe", Continent::Europe}, {"eunorth1", Continent::Europe},
        {"euwest1", Continent::Europe}, {"france", Continent::Europe}, {"fr", Continent::Europe},
        {"paris", Continent::Europe}, {"germany", Continent::Europe}, {"de", Continent::Europe},
        {"finland", Continent::Europe}, {"fi", Continent::Europe}, {"norway", Continent::Europe},
        {"no", Continent::Europe}, {"sweden", Continent::Europe}, {"se", Continent::Europe},
        {"iceland", Continent::Europe}, {"uk", Continent::Europe}, {"gb", Continent::Europe},
        {"london", Continent::Europe}, {"netherlands", Continent::Europe}, {"nl", Continent::Europe},
        {"bulgaria", Continent::Europe}, {"bg", Continent::Europe}, {"spain", Continent::Europe},
        {"poland", Continent::Europe}, {"ireland", Continent::Europe},
        {"northamerica", Continent::NorthAmerica}, {"southamerica", Continent::SouthAmerica},
        {"middleeast", Continent::MiddleEast}, {"asia", Continent::Asia}, {"as", Continent::Asia}, {"ap", Continent::Asia}, {"apac", Continent::Asia},
        {"japan", Continent::Asia}, {"jp", Continent::Asia}, {"tokyo", Continent::Asia}, {"korea", Continent::Asia},
        {"kr", Continent::Asia}, {"singapore", Continent::Asia}, {"sg", Continent::Asia}, {"india", Continent::Asia},
        {"in", Continent::Asia}, {"china", Continent::Asia}, {"cn", Continent::Asia}, {"taiwan", Continent::Asia},
        {"tw", Continent::Asia}, {"vietnam", Continent::Asia}, {"vn", Continent::Asia}, {"hongkong", Continent::Asia},
        {"australia", Continent::Oceania}, {"au", Continent::Oceania}, {"oc", Continent::Oceania},
        {"oceania", Continent::Oceania}, {"sydney", Continent::Oceania}, {"nz", Continent::Oceania},
        {"me", Continent::MiddleEast}, {"israel", Continent::MiddleEast}, {"uae", Continent::MiddleEast},
        {"sa", Continent::SouthAmerica}, {"brazil", Continent::SouthAmerica}, {"br", Continent::SouthAmerica},
        {"af", Continent::Africa}, {"africa", Continent::Africa},
    };
    for (const Entry &e : table) {
        if (w == QLatin1String(e.word))
            return e.c;
    }
    return Continent::Unknown;
}

} // namespace

Continent Region::continentOf(const QString &regionText)
{
    for (const QString &part : regionText.split(u';', Qt::SkipEmptyParts)) {
        const QStringList ws = words(part);
        // Continent codes come last in "City, CC, CONTINENT": read from the end. Two-word names
        // ("South America", "Middle East") are tried before their last word alone.
        for (qsizetype i = ws.size() - 1; i >= 0; --i) {
            if (i > 0) {
                const Continent pair = continentOfWord(ws.at(i - 1) + ws.at(i));
                if (pair != Continent::Unknown)
                    return pair;
            }
            const Continent c = continentOfWord(ws.at(i));
            if (c != Continent::Unknown)
                return c;
        }
    }
    return Continent::Unknown;
}

Continent Region::fromTimeZoneId(const QString &ianaId)
{
    static const QStringList southAmerica = {QStringLiteral("Sao_Paulo"), QStringLiteral("Buenos_Aires"),
                                             QStringLiteral("Santiago"), QStringLiteral("Bogota"),
                                             QStringLiteral("Lima"), QStringLiteral("Caracas")};
    if (ianaId.startsWith(QStringLiteral("America/"))) {
        for (const QString &city : southAmerica) {
            if (ianaId.contains(city))
                return Continent::SouthAmerica;
        }
        return Continent::NorthAmerica;
    }
    if (ianaId.startsWith(QStringLiteral("US/")) || ianaId.startsWith(QStringLiteral("Canada/")))
        return Continent::NorthAmerica;
    if (ianaId.startsWith(QStringLiteral("Europe/")))
        return Continent::Europe;
    if (ianaId.startsWith(QStringLiteral("Asia/"))) {
        for (const char *me : {"Dubai", "Riyadh", "Jerusalem", "Tel_Aviv", "Qatar", "Tehran", "Baghdad"}) {
            if (ianaId.contains(QLatin1String(me)))
                return Continent::MiddleEast;
        }
        return Continent::Asia;
    }
    if (ianaId.startsWith(QStringLiteral("Australia/")) || ianaId.startsWith(QStringLiteral("Pacific/Auckland")))
        return Continent::Oceania;
    if (ianaId.startsWith(QStringLiteral("Africa/")))
        return Continent::Africa;
    return Continent::Unknown;
}

Continent Region::userContinent(const QString &hint)
{
    if (!hint.trimmed().isEmpty()) {
        const Continent c = continentOf(hint);
        if (c != Continent::Unknown)
            return c;
    }
    return fromTimeZoneId(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
}

QString Region::displayName(Continent c)
{
    switch (c) {
    case Continent::NorthAmerica:
        return QCoreApplication::translate("Region", "North America");
    case Continent::SouthAmerica:
        return QCoreApplication::translate("Region", "South America");
    case Continent::Europe:
        return QCoreApplication::translate("Region", "Europe");
    case Continent::Asia:
        return QCoreApplication::translate("Region", "Asia");
    case Continent::Oceania:
        return QCoreApplication::translate("Region", "Oceania");
    case Continent::MiddleEast:
        return QCoreApplication::translate("Region", "Middle East");
    case Continent::Africa:
        return QCoreApplication::translate("Region", "Africa");
    case Continent::Unknown:
        break;
    }
    return QCoreApplication::translate("Region", "unknown region");
}

bool Region::matches(const QString &query, const QString &regionText)
{
    const QString q = query.trimmed().toLower();
    if (q.isEmpty())
        return true;
    if (regionText.isEmpty())
        return false;
    const QString lower = regionText.toLower();
    if (lower.contains(q)) {
        // Substring must start at a word boundary: "us" in "us-east-1", not in "australia".
        qsizetype from = 0;
        while ((from = lower.indexOf(q, from)) >= 0) {
            if (from == 0 || !lower.at(from - 1).isLetterOrNumber())
                return true;
            ++from;
        }
    }
    QString flat;
    for (QChar c : q) {
        if (c.isLetterOrNumber())
            flat += c;
    }
    // Only a continent's own name widens the match to the whole continent: "europe" finds
    // "eu-north1", but a country code stays a country ("us" does not find "CANADA").
    static const QStringList continentNames = {
        QStringLiteral("na"), QStringLiteral("northamerica"), QStringLiteral("america"), QStringLiteral("eu"),
        QStringLiteral("europe"), QStringLiteral("asia"), QStringLiteral("as"), QStringLiteral("ap"),
        QStringLiteral("apac"), QStringLiteral("oceania"), QStringLiteral("oc"), QStringLiteral("sa"),
        QStringLiteral("southamerica"), QStringLiteral("me"), QStringLiteral("middleeast"), QStringLiteral("af"),
        QStringLiteral("africa")};
    if (!continentNames.contains(flat))
        return false;
    const Continent wanted = continentOfWord(flat);
    return wanted != Continent::Unknown && continentOf(regionText) == wanted;
}

} // namespace gpudesk
