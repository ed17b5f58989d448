#include "ChartWidget.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QImage>
#include <QLabel>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

namespace gpudesk {

ChartWidget::ChartWidget(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart())
    , m_view(new QChartView(m_chart, this))
    , m_empty(new QLabel(this))
    , m_export(new QToolButton(this))
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 8, 4));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() + 1);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setFont(font());

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(tr("Export as PNG or SVG…"), this, &ChartWidget::exportWithDialog);
        menu.exec(m_view->mapToGlobal(pos));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: #78909c;"));
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);

    m_export->setObjectName(QStringLiteral("chartExport"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save this chart as PNG or SVG"));
    m_export->setAutoRaise(true);
    m_export->setCursor(Qt::PointingHandCursor);
    connect(m_export, &QToolButton::clicked, this, &ChartWidget::exportWithDialog);
    setHasData(false);
}

ChartWidget::~ChartWidget() = default;

void ChartWidget::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString ChartWidget::title() const
{
    return m_chart->title();
}

void ChartWidget::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(!m_hasData && !text.isEmpty());
    applyPalette();
}

void ChartWidget::applyPalette()
{
    // Not QChart::setTheme(): it would recolour the series, whose colours carry meaning.
    const QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    m_chart->setBackgroundBrush(p.color(QPalette::Base));
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(dark ? p.color(QPalette::Text) : QColor(0x26, 0x32, 0x38));
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    m_view->setBackgroundBrush(p.color(QPalette::Base));
    for (QAbstractAxis *axis : m_chart->axes())
        styleAxis(axis);
}

void ChartWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void ChartWidget::styleAxis(QAbstractAxis *axis) const
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor label = dark ? QColor(0xb0, 0xbe, 0xc5) : QColor(0x54, 0x6e, 0x7a);
    axis->setGridLineColor(dark ? QColor(0x37, 0x47, 0x4f) : QColor(0xec, 0xef, 0xf1));
    axis->setLabelsColor(label);
    axis->setLinePenColor(dark ? QColor(0x54, 0x6e, 0x7a) : QColor(0xcf, 0xd8, 0xdc));
    axis->setLabelsFont(font());
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() - 0.5);
    axis->setTitleFont(titleFont);
    axis->setTitleBrush(label);
}

void ChartWidget::setHasData(bool hasData)
{
    m_hasData = hasData;
    m_empty->setVisible(!hasData && !m_empty->text().isEmpty());
    placeOverlay();
}

void ChartWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeOverlay();
}

void ChartWidget::placeOverlay()
{
    m_empty->setGeometry(rect().adjusted(40, 40, -40, -40));
    m_empty->raise();
    m_export->adjustSize();
    m_export->move(width() - m_export->width() - 4, 4);
    m_export->raise();
}

QColor ChartWidget::paletteColor(int index)
{
    // Okabe-Ito-like hues, darkened where they would be faint on white.
    static const QColor colors[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
                                    QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00),
                                    QColor(0x6a, 0x3d, 0x9a), QColor(0x55, 0x55, 0x55)};
    return colors[std::abs(index) % 8];
}

void ChartWidget::paintChart(QPainter &painter) const
{
    auto *self = const_cast<ChartWidget *>(this);
    self->setHoverDecorationsVisible(false);
    m_chart->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(m_view->size())), m_chart->sceneBoundingRect());
    self->setHoverDecorationsVisible(true);
}

Error ChartWidget::writeError(const QString &path) const
{
    return makeError(Error::Kind::Io, tr("Could not write the chart to %1: check that the folder exists and is "
                                         "writable.")
                                          .arg(QDir::toNativeSeparators(path)));
}

Result<void> ChartWidget::exportPng(const QString &path) const
{
    QImage image(m_view->size() * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        paintChart(painter);
    }
    if (!image.save(path, "PNG"))
        return writeError(path);
    return {};
}

Result<void> ChartWidget::exportSvg(const QString &path) const
{
    const QSize size = m_view->size();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(title().isEmpty() ? tr("GPU Desk chart") : title());
    svg.setDescription(tr("Exported from GPU Desk"));
    {
        QPainter painter;
        if (!painter.begin(&svg))
            return writeError(path);
        painter.setRenderHint(QPainter::Antialiasing);
        paintChart(painter);
    }
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return writeError(path);
    return {};
}

void ChartWidget::exportWithDialog()
{
    QString base = title().isEmpty() ? QStringLiteral("chart") : title();
    base.replace(QRegularExpression(QStringLiteral("[^\\w-]+")), QStringLiteral("-"));
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), base + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    const bool svg = path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)
                     || (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) && selected.contains(QStringLiteral("svg")));
    const auto written = svg ? exportSvg(path) : exportPng(path);
    if (!written)
        QMessageBox::warning(this, tr("Export chart"), written.error().message);
}

} // namespace gpudesk
