#include "Notifier.h"

namespace gpudesk {

Notifier::Notifier(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Notification>();
}

void Notifier::notify(const Notification &notification)
{
    m_recent.append(notification);
    if (m_recent.size() > 100)
        m_recent.removeFirst();
    Q_EMIT notified(notification);
}

} // namespace gpudesk
