#include "Downsampler.h"

#include <algorithm>
#include <cmath>

namespace gpudesk {

namespace {

bool finite(const QPointF &p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

} // namespace

QList<QPointF> Downsampler::m4(const QList<QPointF> &points, double x0, double x1, int columns)
{
    QList<QPointF> out;
    if (columns <= 0 || !(x1 > x0))
        return out;
    const auto inRange = [x0, x1](const QPointF &p) { return finite(p) && p.x() >= x0 && p.x() < x1; };
    if (points.size() <= qsizetype(columns) * 4) {
        out.reserve(points.size());
        for (const QPointF &p : points) {
            if (inRange(p))
                out.append(p);
        }
        return out;
    }

    out.reserve(qsizetype(columns) * 4);
    const double width = (x1 - x0) / columns;
    int column = -1;
    QPointF first, low, high, last;
    const auto flush = [&] {
        if (column < 0)
            return;
        // In x order, each point once (the first may also be the lowest, and so on).
        QPointF four[4] = {first, low, high, last};
        std::sort(std::begin(four), std::end(four),
                  [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        for (int i = 0; i < 4; ++i) {
            if (i == 0 || four[i] != four[i - 1])
                out.append(four[i]);
        }
    };
    for (const QPointF &p : points) {
        if (!inRange(p))
            continue;
        const int c = std::min(columns - 1, int((p.x() - x0) / width));
        if (c != column) {
            flush();
            column = c;
            first = low = high = last = p;
            continue;
        }
        if (p.y() < low.y())
            low = p;
        if (p.y() > high.y())
            high = p;
        last = p;
    }
    flush();
    return out;
}

QList<QList<QPointF>> Downsampler::splitAtGaps(const QList<QPointF> &points, double maxGap)
{
    QList<QList<QPointF>> runs;
    QList<QPointF> run;
    for (const QPointF &p : points) {
        if (!finite(p))
            continue;
        if (!run.isEmpty() && p.x() - run.constLast().x() > maxGap) {
            runs.append(run);
            run.clear();
        }
        run.append(p);
    }
    if (!run.isEmpty())
        runs.append(run);
    return runs;
}

QList<QList<QPointF>> Downsampler::forDisplay(const QList<QPointF> &points, double x0, double x1, int columns,
                                              double maxGap)
{
    QList<QList<QPointF>> out;
    if (columns <= 0 || !(x1 > x0))
        return out;
    const double columnWidth = (x1 - x0) / columns;
    for (const QList<QPointF> &run : splitAtGaps(points, std::max(maxGap, columnWidth))) {
        QList<QPointF> reduced = m4(run, x0, x1, columns);
        if (!reduced.isEmpty())
            out.append(std::move(reduced));
    }
    return out;
}

} // namespace gpudesk
