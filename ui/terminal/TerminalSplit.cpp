#include "TerminalSplit.h"

#include "TerminalTab.h"
#include "TerminalView.h"

#include <QApplication>
#include <QPainter>
#include <QSplitter>
#include <QVBoxLayout>

namespace gpudesk {

namespace {

constexpr int kFrameWidth = 2;

// Equal shares for every widget of the splitter.
void equalize(QSplitter *splitter)
{
    splitter->setSizes(QList<int>(splitter->count(), 1000));
}

} // namespace

// Holds one pane; when the split has several, a thin frame in the highlight colour marks the
// focused one (the others keep the same margin, so nothing moves when the focus does).
class TerminalSplit::Frame : public QWidget
{
public:
    Frame(TerminalTab *pane, QWidget *parent)
        : QWidget(parent)
        , m_pane(pane)
    {
        setObjectName(QStringLiteral("terminalPaneFrame"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(pane);
    }

    TerminalTab *pane() const { return m_pane; }
    bool isActive() const { return m_active; }

    void setLook(bool framed, bool active)
    {
        const int margin = framed ? kFrameWidth : 0;
        layout()->setContentsMargins(margin, margin, margin, margin);
        if (active != m_active) {
            m_active = active;
            update();
        }
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_active)
            return;
        QPainter painter(this);
        QColor colour = palette().color(QPalette::Highlight);
        colour.setAlpha(200);
        painter.setPen(QPen(colour, kFrameWidth));
        painter.setBrush(Qt::NoBrush);
        const qreal half = kFrameWidth / 2.0;
        painter.drawRect(QRectF(rect()).adjusted(half, half, -half, -half));
    }

private:
    TerminalTab *m_pane;
    bool m_active = false;
};

TerminalSplit::TerminalSplit(PaneFactory newPane, QWidget *parent)
    : QWidget(parent)
    , m_newPane(std::move(newPane))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("terminalSplit"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    Frame *first = addPane();
    m_layout->addWidget(first);
    m_focused = first;
    updateFrames();
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (Frame *frame = frameContaining(now))
            setFocused(frame);
    });
}

TerminalSplit::Frame *TerminalSplit::addPane()
{
    TerminalTab *pane = m_newPane(this);
    auto *frame = new Frame(pane, this);
    m_frames.append(frame);
    connect(pane, &TerminalTab::titleChanged, this, [this, frame](const QString &title) {
        if (frame == m_focused)
            Q_EMIT titleChanged(title);
    });
    // A click into a pane focuses it even where the platform reports no focus change.
    pane->view()->viewport()->installEventFilter(this);
    Q_EMIT paneAdded(pane);
    return frame;
}

bool TerminalSplit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        if (Frame *frame = frameContaining(qobject_cast<QWidget *>(watched)))
            setFocused(frame);
    }
    return QWidget::eventFilter(watched, event);
}

QList<TerminalTab *> TerminalSplit::panes() const
{
    QList<TerminalTab *> out;
    std::function<void(QWidget *)> walk = [&](QWidget *w) {
        if (auto *splitter = qobject_cast<QSplitter *>(w)) {
            for (int i = 0; i < splitter->count(); ++i)
                walk(splitter->widget(i));
        } else if (m_frames.contains(w)) {
            out << static_cast<Frame *>(w)->pane();
        }
    };
    if (m_layout->count() > 0)
        walk(m_layout->itemAt(0)->widget());
    return out;
}

TerminalTab *TerminalSplit::focusedPane() const
{
    if (m_focused)
        return m_focused->pane();
    const QList<TerminalTab *> all = panes();
    return all.isEmpty() ? nullptr : all.first();
}

QString TerminalSplit::title() const
{
    TerminalTab *pane = focusedPane();
    return pane ? pane->displayTitle() : QString();
}

TerminalSplit::Frame *TerminalSplit::frameOf(const TerminalTab *pane) const
{
    for (Frame *frame : m_frames) {
        if (frame->pane() == pane)
            return frame;
    }
    return nullptr;
}

TerminalSplit::Frame *TerminalSplit::frameContaining(QWidget *widget) const
{
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        if (m_frames.contains(w))
            return static_cast<Frame *>(w);
        if (w == this)
            break;
    }
    return nullptr;
}

void TerminalSplit::focusPane(TerminalTab *pane)
{
    if (Frame *frame = frameOf(pane)) {
        setFocused(frame);
        pane->view()->setFocus(Qt::OtherFocusReason);
    }
}

TerminalTab *TerminalSplit::neighbour(Qt::ArrowType direction) const
{
    TerminalTab *from = focusedPane();
    if (!from)
        return nullptr;
    const auto rectOf = [this](TerminalTab *pane) { return QRect(pane->mapTo(this, QPoint(0, 0)), pane->size()); };
    const QRect origin = rectOf(from);
    TerminalTab *best = nullptr;
    qint64 bestDistance = 0;
    for (TerminalTab *pane : panes()) {
        if (pane == from)
            continue;
        const QRect r = rectOf(pane);
        // Beside it in that direction, and sharing some of its height (or width).
        const bool beside = direction == Qt::LeftArrow  ? r.right() < origin.left()
                          : direction == Qt::RightArrow ? r.left() > origin.right()
                          : direction == Qt::UpArrow    ? r.bottom() < origin.top()
                                                        : r.top() > origin.bottom();
        const bool horizontal = direction == Qt::LeftArrow || direction == Qt::RightArrow;
        const bool overlaps = horizontal ? r.top() <= origin.bottom() && r.bottom() >= origin.top()
                                         : r.left() <= origin.right() && r.right() >= origin.left();
        if (!beside || !overlaps)
            continue;
        const QPoint d = r.center() - origin.center();
        const qint64 distance = qint64(d.x()) * d.x() + qint64(d.y()) * d.y();
        if (!best || distance < bestDistance) {
            best = pane;
            bestDistance = distance;
        }
    }
    return best;
}

void TerminalSplit::setFocused(Frame *frame)
{
    if (frame == m_focused)
        return;
    m_focused = frame;
    updateFrames();
    Q_EMIT focusedPaneChanged(frame->pane());
    Q_EMIT titleChanged(title());
}

void TerminalSplit::updateFrames()
{
    const bool framed = m_frames.size() > 1;
    for (Frame *frame : m_frames)
        frame->setLook(framed, framed && frame == m_focused);
}

TerminalTab *TerminalSplit::split(TerminalTab *pane, Qt::Orientation orientation)
{
    Frame *frame = frameOf(pane);
    if (!frame)
        return nullptr;
    Frame *fresh = addPane();
    fresh->pane()->setHostKeyAnswer(pane->hostKeyAnswer());
    fresh->pane()->setPassphraseAnswer(pane->passphraseAnswer());
    auto *parentSplitter = qobject_cast<QSplitter *>(frame->parentWidget());
    if (parentSplitter && parentSplitter->orientation() == orientation) {
        parentSplitter->insertWidget(parentSplitter->indexOf(frame) + 1, fresh);
        equalize(parentSplitter);
    } else {
        auto *splitter = new QSplitter(orientation);
        splitter->setObjectName(QStringLiteral("terminalSplitter"));
        splitter->setChildrenCollapsible(false);
        splitter->setHandleWidth(3);
        if (parentSplitter) {
            const QList<int> sizes = parentSplitter->sizes();
            parentSplitter->replaceWidget(parentSplitter->indexOf(frame), splitter);
            parentSplitter->setSizes(sizes);
        } else {
            delete m_layout->replaceWidget(frame, splitter);
        }
        splitter->addWidget(frame);
        splitter->addWidget(fresh);
        frame->show();
        splitter->show();
        equalize(splitter);
    }
    fresh->show();
    updateFrames();
    focusPane(fresh->pane());
    return fresh->pane();
}

void TerminalSplit::closePane(TerminalTab *pane)
{
    Frame *frame = frameOf(pane);
    if (!frame)
        return;
    const QList<TerminalTab *> before = panes();
    const qsizetype index = before.indexOf(pane);
    m_frames.removeOne(frame);
    pane->disconnect(this);
    auto *splitter = qobject_cast<QSplitter *>(frame->parentWidget());
    frame->hide();
    frame->setParent(nullptr);
    // Later: the close may come from a button inside the pane.
    frame->deleteLater();
    if (m_frames.isEmpty()) {
        m_focused = nullptr;
        Q_EMIT lastPaneClosed();
        return;
    }
    // A splitter left with one widget gives way to it.
    if (splitter && splitter->count() == 1) {
        QWidget *only = splitter->widget(0);
        if (auto *outer = qobject_cast<QSplitter *>(splitter->parentWidget())) {
            const QList<int> sizes = outer->sizes();
            outer->replaceWidget(outer->indexOf(splitter), only);
            outer->setSizes(sizes);
        } else {
            delete m_layout->replaceWidget(splitter, only);
        }
        only->show();
        splitter->hide();
        splitter->deleteLater();
    }
    QList<TerminalTab *> after = before;
    after.removeAt(index);
    if (!m_focused || m_focused == frame) {
        m_focused = nullptr;
        focusPane(after.at(std::min(index, after.size() - 1)));
    } else {
        updateFrames();
    }
}

} // namespace gpudesk
