#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace gpudesk::bench {

// Output and statistics shared by the gpudesk-bench-* programs.
QTextStream &out();
QString ms(double v);                       // "12.345"
double nsToMs(qint64 ns);
double median(std::vector<double> v);

struct Timing
{
    double medianMs = 0.0;
    double minMs = 0.0;
    double maxMs = 0.0;
};
Timing timingOf(const std::vector<double> &samples);

// One line of a results table: first cell left-aligned, the others right-aligned, to `widths`.
QString row(const QStringList &cells, const std::vector<int> &widths);

} // namespace gpudesk::bench
