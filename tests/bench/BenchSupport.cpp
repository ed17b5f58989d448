#include "BenchSupport.h"

#include <algorithm>

namespace gpudesk::bench {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString ms(double v)
{
    return QString::number(v, 'f', 3);
}

double nsToMs(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

Timing timingOf(const std::vector<double> &samples)
{
    Timing t;
    t.medianMs = median(samples);
    if (!samples.empty()) {
        t.minMs = *std::min_element(samples.begin(), samples.end());
        t.maxMs = *std::max_element(samples.begin(), samples.end());
    }
    return t;
}

QString row(const QStringList &cells, const std::vector<int> &widths)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const int w = widths[size_t(i)];
        line += i == 0 ? cells.at(i).leftJustified(w) : QStringLiteral("  ") + cells.at(i).rightJustified(w);
    }
    return line;
}

} // namespace gpudesk::bench
