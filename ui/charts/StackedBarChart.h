#pragma once

#include "ChartWidget.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCategoryAxis;
class QBarSet;
class QStackedBarSeries;
class QValueAxis;

namespace gpudesk {

// Bars per category (a day), each a stack of parts (spend by provider, project or GPU). Values are
// drawn from doubles, but the tooltip shows the caller's exact text for each part and each total
// (money formatted from integer micro-dollars), so what the pointer reads is what the report says.
class StackedBarChart : public ChartWidget
{
    Q_OBJECT

public:
    struct Stack
    {
        QString name;
        QColor color; // invalid: the palette colour of its position
        QList<double> values; // one per category
        QStringList texts; // optional, one per category: the exact value as the tooltip shows it
        bool hatched = false; // drawn with diagonal lines (simulated spend beside real spend)
    };

    explicit StackedBarChart(QWidget *parent = nullptr);
    ~StackedBarChart() override;

    void setValueAxisTitle(const QString &title);
    // How a value reads on the axis and (without exact texts) in the tooltip: "$%1", 2 decimals.
    void setValueFormat(const QString &pattern, int decimals = 0);

    // `labels` on the axis, `names` in the tooltip ("3" and "Tue, Nov 3"); `totals` the exact total
    // text per category (optional).
    void setData(const QStringList &labels, const QStringList &names, const QList<Stack> &stacks,
                 const QStringList &totals = {});
    int categoryCount() const { return int(m_labels.size()); }
    const QList<Stack> &stacks() const { return m_stacks; }
    // The tooltip for part `stack` of bar `category`.
    QString hoverText(int stack, int category) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QString formatValue(double value) const;
    void updateCategoryLabels();

    QStackedBarSeries *m_series;
    QCategoryAxis *m_categoryAxis; // bars sit at 0, 1, …; labels on the ones there is room for
    QValueAxis *m_valueAxis;
    QStringList m_labels;
    QStringList m_names;
    QStringList m_totals;
    QList<Stack> m_stacks;
    QString m_valuePattern = QStringLiteral("%1");
    int m_decimals = 0;
};

} // namespace gpudesk
