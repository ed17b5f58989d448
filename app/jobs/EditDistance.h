#pragma once

#include <QString>
#include <QStringList>

namespace gpudesk {

// Levenshtein distance, case-insensitive: how many single-character edits turn `a` into `b`.
int editDistance(QStringView a, QStringView b);

// The candidate nearest to `word` within `maxDistance` edits, or an empty string. Used for
// "did you mean …?" hints on misspelt YAML keys and GPU model names.
QString closestMatch(const QString &word, const QStringList &candidates, int maxDistance = 2);

} // namespace gpudesk
