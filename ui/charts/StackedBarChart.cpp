#include "StackedBarChart.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gpudesk {

StackedBarChart::StackedBarChart(QWidget *parent)
    : ChartWidget(parent)
    , m_series(new QStackedBarSeries())
    , m_categoryAxis(new QCategoryAxis())
    , m_valueAxis(new QValueAxis())
{
    styleAxis(m_categoryAxis);
    styleAxis(m_valueAxis);
    m_categoryAxis->setGridLineVisible(false);
    m_categoryAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_valueAxis->setMinorTickCount(0);
    m_series->setBarWidth(0.72);
    chart()->addSeries(m_series);
    chart()->addAxis(m_categoryAxis, Qt::AlignBottom);
    chart()->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_categoryAxis);
    m_series->attachAxis(m_valueAxis);

    connect(m_series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status) {
            QToolTip::hideText();
            Q_EMIT hovered(QString());
            return;
        }
        const QString text = hoverText(int(m_series->barSets().indexOf(set)), index);
        QToolTip::showText(QCursor::pos() + QPoint(14, 14), text, view()->viewport());
        Q_EMIT hovered(text);
    });
}

StackedBarChart::~StackedBarChart() = default;

void StackedBarChart::setValueAxisTitle(const QString &title)
{
    m_valueAxis->setTitleText(title);
}

void StackedBarChart::setValueFormat(const QString &pattern, int decimals)
{
    m_valuePattern = pattern;
    m_decimals = std::max(0, decimals);
    QString printf = pattern;
    printf.replace(QLatin1Char('%'), QStringLiteral("%%"));
    printf.replace(QStringLiteral("%%1"), QStringLiteral("%.%1f").arg(m_decimals));
    m_valueAxis->setLabelFormat(printf);
}

QString StackedBarChart::formatValue(double value) const
{
    return m_valuePattern.arg(QLocale().toString(value, 'f', m_decimals));
}

void StackedBarChart::setData(const QStringList &labels, const QStringList &names, const QList<Stack> &stacks,
                              const QStringList &totals)
{
    m_labels = labels;
    m_names = names.size() == labels.size() ? names : labels;
    m_totals = totals.size() == labels.size() ? totals : QStringList();
    m_stacks = stacks;

    m_series->clear(); // deletes the old sets
    double top = 0.0;
    QList<double> sums(labels.size(), 0.0);
    bool any = false;
    for (qsizetype i = 0; i < stacks.size(); ++i) {
        const Stack &s = stacks.at(i);
        auto *set = new QBarSet(s.name);
        const QColor color = s.color.isValid() ? s.color : paletteColor(int(i));
        if (s.hatched) {
            set->setBrush(QBrush(color, Qt::BDiagPattern));
            set->setBorderColor(color);
        } else {
            set->setColor(color);
            set->setBorderColor(color.darker(115));
        }
        QList<qreal> values(labels.size(), 0.0);
        for (qsizetype c = 0; c < labels.size() && c < s.values.size(); ++c) {
            values[c] = s.values.at(c);
            sums[c] += s.values.at(c);
            any = any || s.values.at(c) != 0.0;
        }
        set->append(values);
        m_series->append(set);
    }
    for (double v : std::as_const(sums))
        top = std::max(top, v);
    m_valueAxis->setRange(0.0, top > 0.0 ? top * 1.08 : 1.0);
    m_valueAxis->applyNiceNumbers();
    chart()->legend()->setVisible(stacks.size() > 1);
    updateCategoryLabels();
    setHasData(any);
}

QString StackedBarChart::hoverText(int stack, int category) const
{
    if (stack < 0 || stack >= m_stacks.size() || category < 0 || category >= m_labels.size())
        return {};
    const Stack &s = m_stacks.at(stack);
    const QString value = category < s.texts.size() ? s.texts.at(category)
                                                     : formatValue(category < s.values.size() ? s.values.at(category) : 0.0);
    QStringList lines;
    lines << m_names.at(category) << tr("%1: %2").arg(s.name, value);
    if (m_stacks.size() > 1 && !m_totals.isEmpty())
        lines << tr("Total: %1").arg(m_totals.at(category));
    return lines.join(QLatin1Char('\n'));
}

void StackedBarChart::resizeEvent(QResizeEvent *event)
{
    ChartWidget::resizeEvent(event);
    updateCategoryLabels();
}

void StackedBarChart::updateCategoryLabels()
{
    // Every k-th bar is labelled, k as small as lets the labels stand apart (a month of days on a
    // narrow chart: 1, 3, 5, …).
    for (const QString &label : m_categoryAxis->categoriesLabels())
        m_categoryAxis->remove(label);
    const int count = int(m_labels.size());
    m_categoryAxis->setRange(-0.5, std::max(0.5, count - 0.5));
    m_categoryAxis->setStartValue(-0.5);
    if (count == 0)
        return;
    const int widest = std::accumulate(m_labels.cbegin(), m_labels.cend(), 0, [this](int w, const QString &l) {
        return std::max(w, fontMetrics().horizontalAdvance(l));
    });
    const double room = double(std::max(1, width() - 100)) / count;
    const int every = std::max(1, int(std::ceil((widest + 10) / room)));
    for (int i = 0; i < count; i += every)
        m_categoryAxis->append(m_labels.at(i), i);
}

} // namespace gpudesk
