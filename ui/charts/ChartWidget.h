#pragma once

#include "core/Result.h"

#include <QColor>
#include <QList>
#include <QWidget>

class QAbstractAxis;
class QChart;
class QChartView;
class QLabel;
class QToolButton;

namespace gpudesk {

// What every GPU Desk chart shares: a QtCharts view without animations, a light theme, a title,
// an "empty" message, and export to PNG and SVG. QtCharts stays inside ui/charts (it is deprecated
// from Qt 6.10): pages see only this interface and its subclasses, never a QtCharts type.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget *parent = nullptr);
    ~ChartWidget() override;

    void setTitle(const QString &title);
    QString title() const;
    // Shown over the plot while the chart has nothing to draw ("No samples yet").
    void setEmptyText(const QString &text);

    // Writes the chart as it looks now, at its current size: PNG at twice the pixel density, SVG as
    // vectors. The hover crosshair is left out.
    Result<void> exportPng(const QString &path) const;
    Result<void> exportSvg(const QString &path) const;
    // Asks for a file name (PNG or SVG by its suffix) and exports; errors in a message box.
    void exportWithDialog();

    // Colours for up to eight series that stay apart on white and for colour-blind readers; more wrap.
    static QColor paletteColor(int index);

Q_SIGNALS:
    // The pointer hovers the plot: the exact values shown in the tooltip (empty when it leaves).
    void hovered(const QString &text);

protected:
    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    // Axis colours from the application palette (light or dark theme): soft grid, muted labels.
    void styleAxis(QAbstractAxis *axis) const;
    // Subclasses say whether there is something to draw (the empty message shows otherwise).
    void setHasData(bool hasData);
    // Subclasses draw or hide their hover decorations (crosshair) around an export.
    virtual void setHoverDecorationsVisible(bool) { }
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Background, title and legend from the palette; called again when the theme changes.
    void applyPalette();
    void placeOverlay();
    void paintChart(QPainter &painter) const;
    Error writeError(const QString &path) const;

    QChart *m_chart;
    QChartView *m_view;
    QLabel *m_empty;
    QToolButton *m_export;
    bool m_hasData = false;
};

} // namespace gpudesk
