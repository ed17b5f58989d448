#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

class QSplitter;
class QVBoxLayout;

namespace gpudesk {

class TerminalTab;

// The content of one tab of the Terminals page: one or more panes side by side or stacked, each a
// TerminalTab with its own SSH connection to the same machine (a second shell, as iTerm2 and Tabby
// splits are). Splitting nests QSplitters: a split in the direction of the pane's splitter adds a
// sibling, another direction replaces the pane by a splitter holding it and the new one. The
// focused pane is framed (when there are several); the tab's title follows it.
class TerminalSplit : public QWidget
{
    Q_OBJECT

public:
    // `newPane` makes a pane to the same machine, a child of the split it is given.
    using PaneFactory = std::function<TerminalTab *(TerminalSplit *split)>;
    TerminalSplit(PaneFactory newPane, QWidget *parent = nullptr);

    // In the order they appear (left to right, top to bottom, depth first).
    QList<TerminalTab *> panes() const;
    int paneCount() const { return int(m_frames.size()); }
    // The pane that had the keyboard last (the first one until another is focused).
    TerminalTab *focusedPane() const;
    void focusPane(TerminalTab *pane);
    // The pane beside the focused one in that direction (the nearest; null at the edge).
    TerminalTab *neighbour(Qt::ArrowType direction) const;
    // A new pane to the right of (Qt::Horizontal) or below (Qt::Vertical) `pane`, focused.
    TerminalTab *split(TerminalTab *pane, Qt::Orientation orientation);
    // Closes the pane and its connection; the neighbour takes the focus. The last one going
    // emits lastPaneClosed().
    void closePane(TerminalTab *pane);
    // The focused pane's title (the remote title, else the job's).
    QString title() const;

Q_SIGNALS:
    void titleChanged(const QString &title);
    void focusedPaneChanged(gpudesk::TerminalTab *pane);
    void paneAdded(gpudesk::TerminalTab *pane);
    void lastPaneClosed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class Frame;
    Frame *frameOf(const TerminalTab *pane) const;
    Frame *frameContaining(QWidget *widget) const;
    Frame *addPane();
    void setFocused(Frame *frame);
    void updateFrames();

    PaneFactory m_newPane;
    QVBoxLayout *m_layout;
    QList<Frame *> m_frames;
    QPointer<Frame> m_focused;
};

} // namespace gpudesk
