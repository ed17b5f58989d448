#pragma once

#include "providers/Provider.h"

#include <QWidget>

class QLabel;
class QStackedLayout;
class QTabWidget;

namespace gpudesk {

class TerminalTab;

// Terminals to jobs' machines, one tab each. Opened from the Jobs view ("Open terminal"); a tab
// knows its job, reconnects by itself after a network blip and forwards ports.
class TerminalsPage : public QWidget
{
    Q_OBJECT

public:
    // `knownHostsFile`: GPU Desk's own known_hosts (trust decisions are written there).
    explicit TerminalsPage(QString knownHostsFile, QWidget *parent = nullptr);

    // Opens (or focuses, when one is open already) a terminal to the job's machine.
    TerminalTab *openForJob(const QString &jobId, const QString &title, const SshEndpoint &endpoint);
    TerminalTab *tabForJob(const QString &jobId) const;
    int count() const;
    // Jobs with a terminal open (the forgotten-instance warning leaves those alone).
    QStringList openJobIds() const;
    // Settings → Appearance: font (empty: the view's own choice) and scrollback, for open and new tabs.
    void setPreferences(const QString &font, int scrollbackLines);

private:
    void closeTab(int index);

    QString m_knownHostsFile;
    QString m_font;
    int m_scrollback = 0;
    void applyPreferences(TerminalTab *tab) const;
    QTabWidget *m_tabs;
    QLabel *m_empty;
    QStackedLayout *m_stack;
};

} // namespace gpudesk
