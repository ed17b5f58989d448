#include "TerminalsPage.h"

#include "TerminalSplit.h"
#include "TerminalTab.h"
#include "TerminalView.h"
#include "services/JobConnections.h"

#include <QAction>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QStackedLayout>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

#include <algorithm>
#include <memory>
#include <iterator>

namespace gpudesk {

TerminalsPage::TerminalsPage(QString knownHostsFile, QWidget *parent)
    : QWidget(parent)
    , m_knownHostsFile(std::move(knownHostsFile))
    , m_tabs(new QTabWidget(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedLayout(this))
    , m_splitRight(new QAction(tr("Split Right"), this))
    , m_splitDown(new QAction(tr("Split Down"), this))
    , m_closePane(new QAction(tr("Close Pane"), this))
{
    setObjectName(QStringLiteral("terminalsPage"));
    m_tabs->setObjectName(QStringLiteral("terminalTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TerminalsPage::closeTab);
    m_tabs->tabBar()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tabs->tabBar(), &QWidget::customContextMenuRequested, this, &TerminalsPage::showTabMenu);
    m_empty->setObjectName(QStringLiteral("terminalsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("<h3>No terminal open</h3><p>Select a running job in Jobs and press <b>Open terminal</b>.<br>"
                        "Terminals reconnect by themselves after a network blip, forward ports, and open the "
                        "machine's Jupyter in one click.</p>"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);

    // Ctrl+Shift combinations: the terminal leaves them to the window (Ctrl+Shift+C/V/+/-/0 are
    // its own). Terminator's keys for the same splits.
    m_splitRight->setObjectName(QStringLiteral("splitRight"));
    m_splitRight->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_splitRight->setToolTip(tr("A second shell beside this one, on its own connection to the same machine."));
    m_splitDown->setObjectName(QStringLiteral("splitDown"));
    m_splitDown->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_splitDown->setToolTip(tr("A second shell below this one, on its own connection to the same machine."));
    m_closePane->setObjectName(QStringLiteral("closePane"));
    m_closePane->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_closePane->setToolTip(tr("Closes the focused pane and its connection (the last pane closes the tab)."));
    for (QAction *action : {m_splitRight, m_splitDown, m_closePane}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setEnabled(false);
        addAction(action);
    }
    const struct
    {
        Qt::ArrowType direction;
        Qt::Key key;
        const char *name;
        QString text;
    } moves[] = {
        { Qt::LeftArrow, Qt::Key_Left, "focusPaneLeft", tr("Focus Pane Left") },
        { Qt::RightArrow, Qt::Key_Right, "focusPaneRight", tr("Focus Pane Right") },
        { Qt::UpArrow, Qt::Key_Up, "focusPaneUp", tr("Focus Pane Above") },
        { Qt::DownArrow, Qt::Key_Down, "focusPaneDown", tr("Focus Pane Below") },
    };
    for (const auto &move : moves) {
        auto *action = new QAction(move.text, this);
        action->setObjectName(QString::fromLatin1(move.name));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | move.key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        m_focusPane.insert(move.direction, action);
        connect(action, &QAction::triggered, this, [this, direction = move.direction] {
            if (TerminalSplit *split = currentSplit()) {
                if (TerminalTab *pane = split->neighbour(direction))
                    split->focusPane(pane);
            }
        });
    }
    connect(m_splitRight, &QAction::triggered, this, [this] { splitCurrent(Qt::Horizontal); });
    connect(m_splitDown, &QAction::triggered, this, [this] { splitCurrent(Qt::Vertical); });
    connect(m_closePane, &QAction::triggered, this, &TerminalsPage::closeCurrentPane);
}

TerminalSplit *TerminalsPage::splitAt(int index) const
{
    return qobject_cast<TerminalSplit *>(m_tabs->widget(index));
}

TerminalSplit *TerminalsPage::currentSplit() const
{
    return qobject_cast<TerminalSplit *>(m_tabs->currentWidget());
}

TerminalSplit *TerminalsPage::splitForJob(const QString &jobId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        TerminalSplit *split = splitAt(i);
        if (split && split->focusedPane() && split->focusedPane()->jobId() == jobId)
            return split;
    }
    return nullptr;
}

TerminalTab *TerminalsPage::tabForJob(const QString &jobId) const
{
    TerminalSplit *split = splitForJob(jobId);
    return split ? split->focusedPane() : nullptr;
}

TerminalTab *TerminalsPage::openForJob(const QString &jobId, const QString &title, const SshEndpoint &endpoint)
{
    if (TerminalSplit *existing = splitForJob(jobId)) {
        m_tabs->setCurrentWidget(existing);
        return existing->focusedPane();
    }
    // A host key the provider vouched for is recorded first, so the check is strict without asking.
    if (!endpoint.hostPublicKey.isEmpty())
        JobConnections::recordVouchedHostKey(m_knownHostsFile, endpoint);
    // Every pane of the tab: its own connection to the same machine. A key passphrase typed in
    // one pane opens the others' too, until the tab closes (the factory holds the memory).
    auto memory = std::make_shared<QHash<QString, QString>>();
    auto *split = new TerminalSplit(
        [this, jobId, title, endpoint, memory](TerminalSplit *owner) {
            auto *pane = new TerminalTab(jobId, title, endpoint, m_knownHostsFile, owner);
            pane->setPassphraseMemory(memory);
            applyPreferences(pane);
            QPointer<TerminalSplit> tab = owner;
            const auto update = [this, tab] {
                if (tab)
                    updateTabState(tab);
            };
            connect(pane->session(), &SshSession::stateChanged, this, update);
            // After the pane is gone from the split (a closed pane no longer counts).
            connect(pane, &QObject::destroyed, this, update, Qt::QueuedConnection);
            pane->setStartInTmux(m_startInTmux);
            addSplitButton(owner, pane);
            return pane;
        },
        m_tabs);
    const int index = m_tabs->addTab(split, title);
    split->setProperty("machine", jobId.startsWith(QStringLiteral("ssh://"))
                                      ? tr("%1@%2:%3").arg(endpoint.user, endpoint.host).arg(endpoint.port)
                                      : tr("Job %1 · %2@%3:%4").arg(jobId, endpoint.user, endpoint.host).arg(endpoint.port));
    connect(split, &TerminalSplit::paneAdded, this, [this, split] { updateTabState(split); });
    updateTabState(split);
    connect(split, &TerminalSplit::titleChanged, this, [this, split](const QString &t) {
        const int i = m_tabs->indexOf(split);
        if (i >= 0)
            m_tabs->setTabText(i, t.left(40));
    });
    connect(split, &TerminalSplit::lastPaneClosed, this, [this, split] {
        const int i = m_tabs->indexOf(split);
        if (i >= 0)
            closeTab(i);
    });
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    for (QAction *action : {m_splitRight, m_splitDown, m_closePane})
        action->setEnabled(true);
    return split->focusedPane();
}

void TerminalsPage::addSplitButton(TerminalSplit *split, TerminalTab *pane)
{
    auto *button = new QToolButton(pane);
    button->setObjectName(QStringLiteral("splitButton"));
    button->setText(tr("Split"));
    button->setToolTip(tr("Another shell on the same machine, beside or below this one."));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    // The menu acts on its own pane, whichever has the keyboard.
    QPointer<TerminalSplit> owner(split);
    QPointer<TerminalTab> self(pane);
    QAction *right = menu->addAction(m_splitRight->text());
    right->setShortcut(m_splitRight->shortcut());
    connect(right, &QAction::triggered, this, [owner, self] {
        if (owner && self)
            owner->split(self, Qt::Horizontal);
    });
    QAction *down = menu->addAction(m_splitDown->text());
    down->setShortcut(m_splitDown->shortcut());
    connect(down, &QAction::triggered, this, [owner, self] {
        if (owner && self)
            owner->split(self, Qt::Vertical);
    });
    menu->addSeparator();
    QAction *close = menu->addAction(m_closePane->text());
    close->setShortcut(m_closePane->shortcut());
    connect(close, &QAction::triggered, this, [owner, self] {
        if (owner && self)
            owner->closePane(self);
    });
    // Shown in the menu only: the page's actions own the keys.
    for (QAction *a : {right, down, close})
        a->setShortcutContext(Qt::WidgetShortcut);
    button->setMenu(menu);
    pane->addBarWidget(button);
}

void TerminalsPage::showTabMenu(const QPoint &pos)
{
    const int index = m_tabs->tabBar()->tabAt(pos);
    if (index < 0)
        return;
    m_tabs->setCurrentIndex(index);
    QMenu menu(this);
    menu.addAction(m_splitRight);
    menu.addAction(m_splitDown);
    menu.addAction(m_closePane);
    menu.addSeparator();
    QAction *closeTabAction = menu.addAction(tr("Close Tab"));
    if (menu.exec(m_tabs->tabBar()->mapToGlobal(pos)) == closeTabAction)
        closeTab(index);
}

TerminalTab *TerminalsPage::splitCurrent(Qt::Orientation orientation)
{
    TerminalSplit *split = currentSplit();
    if (!split || !split->focusedPane())
        return nullptr;
    return split->split(split->focusedPane(), orientation);
}

void TerminalsPage::closeCurrentPane()
{
    if (TerminalSplit *split = currentSplit(); split && split->focusedPane())
        split->closePane(split->focusedPane());
}

void TerminalsPage::setPreferences(const QString &font, int scrollbackLines)
{
    m_font = font;
    m_scrollback = scrollbackLines;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (TerminalSplit *split = splitAt(i)) {
            for (TerminalTab *pane : split->panes())
                applyPreferences(pane);
        }
    }
}

void TerminalsPage::applyPreferences(TerminalTab *tab) const
{
    QFont font;
    if (!m_font.isEmpty() && font.fromString(m_font))
        tab->view()->setTerminalFont(font);
    if (m_scrollback > 0)
        tab->view()->setScrollbackLines(m_scrollback);
    tab->setSecretStore(m_secrets);
}

void TerminalsPage::setSecretStore(SecretStore *store)
{
    m_secrets = store;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (TerminalSplit *split = splitAt(i)) {
            for (TerminalTab *pane : split->panes())
                pane->setSecretStore(store);
        }
    }
}

SshSession::State TerminalsPage::tabState(int index) const
{
    using State = SshSession::State;
    TerminalSplit *split = splitAt(index);
    if (!split)
        return State::Disconnected;
    // Worst first.
    static const State order[] = { State::Failed, State::Reconnecting, State::Connecting, State::Authenticating,
        State::Disconnected, State::Connected };
    int worst = int(std::size(order)) - 1;
    for (TerminalTab *pane : split->panes()) {
        const auto at = std::find(std::begin(order), std::end(order), pane->session()->state());
        worst = std::min(worst, int(at - std::begin(order)));
    }
    return order[worst];
}

void TerminalsPage::updateTabState(TerminalSplit *split)
{
    const int index = m_tabs->indexOf(split);
    if (index < 0)
        return;
    using State = SshSession::State;
    const State state = tabState(index);
    QString text;
    QColor colour;
    switch (state) {
    case State::Connected:
        text = tr("Connected");
        colour = QColor(0x2e, 0xa0, 0x43);
        break;
    case State::Connecting:
    case State::Authenticating:
        text = tr("Connecting…");
        colour = QColor(0xd4, 0x9a, 0x06);
        break;
    case State::Reconnecting:
        text = tr("Reconnecting…");
        colour = QColor(0xd4, 0x9a, 0x06);
        break;
    case State::Failed:
        text = tr("Not connected: see the tab for why");
        colour = QColor(0xc0, 0x39, 0x2b);
        break;
    case State::Disconnected:
        text = tr("Disconnected");
        colour = QColor(0x88, 0x88, 0x88);
        break;
    }
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    painter.end();
    m_tabs->setTabIcon(index, QIcon(dot));
    const int panes = split->paneCount();
    m_tabs->setTabToolTip(index, split->property("machine").toString() + u'\n'
            + (panes > 1 ? tr("%1 (%n pane(s))", nullptr, panes).arg(text) : text));
}

void TerminalsPage::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    m_tabs->removeTab(index);
    // Later: the last pane's own Close may be what got here.
    w->hide();
    w->deleteLater();
    if (m_tabs->count() == 0) {
        m_stack->setCurrentWidget(m_empty);
        for (QAction *action : {m_splitRight, m_splitDown, m_closePane})
            action->setEnabled(false);
    }
}

int TerminalsPage::count() const
{
    return m_tabs->count();
}

QStringList TerminalsPage::openJobIds() const
{
    QStringList ids;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (TerminalSplit *split = splitAt(i); split && split->focusedPane())
            ids << split->focusedPane()->jobId();
    }
    return ids;
}

} // namespace gpudesk
