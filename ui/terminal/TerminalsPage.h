#pragma once

#include "providers/Provider.h"
#include "ssh/SshSession.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QStackedLayout;
class QTabWidget;

namespace gpudesk {

class SecretStore;
class TerminalSplit;
class TerminalTab;

// Terminals to jobs' machines, one tab each. Opened from the Jobs view ("Open terminal"); a tab
// knows its job, reconnects by itself after a network blip and forwards ports. A tab splits into
// panes (Split right, Split down), each a second shell on its own connection to the same machine.
class TerminalsPage : public QWidget
{
    Q_OBJECT

public:
    // `knownHostsFile`: GPU Desk's own known_hosts (trust decisions are written there).
    explicit TerminalsPage(QString knownHostsFile, QWidget *parent = nullptr);

    // Opens (or focuses, when one is open already) a terminal to the job's machine.
    TerminalTab *openForJob(const QString &jobId, const QString &title, const SshEndpoint &endpoint);
    // The job's tab's focused pane (the first one until another is focused).
    TerminalTab *tabForJob(const QString &jobId) const;
    TerminalSplit *splitForJob(const QString &jobId) const;
    int count() const;
    // Jobs with a terminal open (the forgotten-instance warning leaves those alone).
    QStringList openJobIds() const;
    // Settings → Appearance: font (empty: the view's own choice) and scrollback, for open and new tabs.
    void setPreferences(const QString &font, int scrollbackLines);
    // Key passphrases the user chooses to keep go here (the keychain); for open and new panes.
    void setSecretStore(SecretStore *store);

    // Settings → SSH: new panes start inside tmux where the machine has it.
    void setStartInTmux(bool start) { m_startInTmux = start; }

    // The current tab's focused pane: a new pane beside it (Qt::Horizontal) or below it, or closed.
    TerminalTab *splitCurrent(Qt::Orientation orientation);
    void closeCurrentPane();
    // How the tab's connections stand, the worst of its panes' (Failed, then connecting or
    // reconnecting, then a closed shell, then Connected); shown as the tab's coloured dot and in
    // its tooltip.
    SshSession::State tabState(int index) const;
    QAction *splitRightAction() const { return m_splitRight; }
    QAction *splitDownAction() const { return m_splitDown; }
    QAction *closePaneAction() const { return m_closePane; }
    // Ctrl+Shift+arrow: the keyboard to the pane beside the focused one.
    QAction *focusPaneAction(Qt::ArrowType direction) const { return m_focusPane.value(direction); }

private:
    void closeTab(int index);
    TerminalSplit *currentSplit() const;
    TerminalSplit *splitAt(int index) const;
    void addSplitButton(TerminalSplit *split, TerminalTab *pane);
    void showTabMenu(const QPoint &pos);
    void updateTabState(TerminalSplit *split);

    QString m_knownHostsFile;
    QString m_font;
    int m_scrollback = 0;
    SecretStore *m_secrets = nullptr;
    bool m_startInTmux = false;
    void applyPreferences(TerminalTab *tab) const;
    QTabWidget *m_tabs;
    QLabel *m_empty;
    QStackedLayout *m_stack;
    QAction *m_splitRight;
    QAction *m_splitDown;
    QAction *m_closePane;
    QHash<Qt::ArrowType, QAction *> m_focusPane;
};

} // namespace gpudesk
