#include "EditDistance.h"

#include <QList>

#include <algorithm>

namespace gpudesk {

int editDistance(QStringView a, QStringView b)
{
    const qsizetype n = b.size();
    QList<int> previous(n + 1);
    QList<int> current(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        const QChar ca = a[i - 1].toLower();
        for (qsizetype j = 1; j <= n; ++j) {
            const int substitution = previous[j - 1] + (ca == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[n];
}

QString closestMatch(const QString &word, const QStringList &candidates, int maxDistance)
{
    QString best;
    int bestDistance = maxDistance + 1;
    for (const QString &candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return bestDistance <= maxDistance ? best : QString();
}

} // namespace gpudesk
