#pragma once

#include <QList>
#include <QPointF>

namespace gpudesk {

// Reduces a time series to what a chart can show in its width, keeping what the eye must see:
// the M4 aggregation (first, lowest, highest and last point of each pixel column, in x order),
// so every peak and trough survives and a line drawn through the result covers the same pixels as
// one drawn through all the points. Plain data in, plain data out: no chart types here, so the
// maths is tested on its own and survives a move away from QtCharts.
class Downsampler
{
public:
    // Points must be sorted by x; points with a NaN or infinite coordinate are skipped. The columns
    // split [x0, x1) evenly; points outside are dropped. The result has at most 4 x `columns`
    // points, sorted by x. Fewer points than that come back unchanged (less those outside).
    static QList<QPointF> m4(const QList<QPointF> &points, double x0, double x1, int columns);

    // Splits the points where two neighbours are more than `maxGap` apart in x (missing samples),
    // so a chart draws a gap there instead of a straight line across the missing time.
    static QList<QList<QPointF>> splitAtGaps(const QList<QPointF> &points, double maxGap);

    // Both: split at gaps, then reduce each run to the same column grid. A gap narrower than one
    // column is not shown (it would not be visible), so the number of runs stays bounded too.
    static QList<QList<QPointF>> forDisplay(const QList<QPointF> &points, double x0, double x1, int columns,
                                            double maxGap);
};

} // namespace gpudesk
