#include "CostsTray.h"

#include "billing/Ledger.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace gpudesk {

CostsTray::CostsTray(Ledger &ledger, Notifier *notifier, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_ledger(ledger)
    , m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/gpudesk.svg")), this);
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show GPU Desk"), this, [this] {
            if (m_window) {
                m_window->showNormal();
                m_window->raise();
                m_window->activateWindow();
            }
        });
        menu->addSeparator();
        menu->addAction(tr("Quit"), qApp, &QApplication::quit);
        m_icon->setContextMenu(menu);
        connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger && m_window) {
                m_window->showNormal();
                m_window->activateWindow();
            }
        });
        m_icon->show();
    }
    if (notifier)
        connect(notifier, &Notifier::notified, this, &CostsTray::show);
    connect(&m_ledger, &Ledger::changed, this, &CostsTray::refresh);
    auto *tick = new QTimer(this);
    tick->setInterval(60'000);
    connect(tick, &QTimer::timeout, this, &CostsTray::refresh);
    tick->start();
    refresh();
}

CostsTray::~CostsTray() = default;

void CostsTray::refresh()
{
    auto open = m_ledger.openIntervals();
    if (!open)
        return;
    int billing = 0;
    int simulated = 0;
    Money perHour;
    for (const UsageInterval &i : *open) {
        if (i.simulated) {
            ++simulated;
            continue;
        }
        ++billing;
        perHour += i.ratePerHour.value_or(Money());
    }
    QStringList parts;
    if (billing > 0)
        parts << tr("%n job(s) billing, %1/h", nullptr, billing).arg(perHour.toString(2));
    if (simulated > 0)
        parts << tr("%n Sandbox job(s) (simulated)", nullptr, simulated);
    m_toolTip = parts.isEmpty() ? tr("GPU Desk: nothing is billing") : tr("GPU Desk: %1").arg(parts.join(QStringLiteral("; ")));
    if (m_icon)
        m_icon->setToolTip(m_toolTip);
}

void CostsTray::show(const Notification &n)
{
    ++m_shown;
    if (!m_icon || !QSystemTrayIcon::supportsMessages())
        return;
    const QSystemTrayIcon::MessageIcon icon = n.severity == Notification::Severity::Critical ? QSystemTrayIcon::Critical
                                              : n.severity == Notification::Severity::Warning
                                                  ? QSystemTrayIcon::Warning
                                                  : QSystemTrayIcon::Information;
    m_icon->showMessage(n.title, n.message, icon, 15'000);
}

} // namespace gpudesk
