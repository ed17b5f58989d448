#pragma once

#include "core/Notifier.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace gpudesk {

class Ledger;

// The forgotten H100 in sight even when the window is not: a system tray icon whose tooltip says
// how many jobs are billing and at what rate, and which shows GPU Desk's notifications (budget
// thresholds, idle jobs stopped, forgotten instances). Where the desktop has no tray (offscreen,
// some Wayland sessions) there is no icon; the in-app banners still say everything.
class CostsTray : public QObject
{
    Q_OBJECT

public:
    CostsTray(Ledger &ledger, Notifier *notifier, QWidget *window, QObject *parent = nullptr);
    ~CostsTray() override;

    bool hasIcon() const { return m_icon != nullptr; }
    // What the tooltip says now ("GPU Desk: 2 jobs billing, $27.50/h").
    QString toolTipText() const { return m_toolTip; }
    // The notifications shown (or that would have been, without a tray), newest last.
    int shownCount() const { return m_shown; }

public Q_SLOTS:
    void refresh();

private:
    void show(const Notification &notification);

    Ledger &m_ledger;
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_icon = nullptr;
    QString m_toolTip;
    int m_shown = 0;
};

} // namespace gpudesk
