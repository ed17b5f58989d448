#include "TerminalsPage.h"

#include "TerminalTab.h"
#include "TerminalView.h"
#include "services/JobConnections.h"

#include <QLabel>
#include <QStackedLayout>
#include <QTabWidget>

namespace gpudesk {

TerminalsPage::TerminalsPage(QString knownHostsFile, QWidget *parent)
    : QWidget(parent)
    , m_knownHostsFile(std::move(knownHostsFile))
    , m_tabs(new QTabWidget(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedLayout(this))
{
    setObjectName(QStringLiteral("terminalsPage"));
    m_tabs->setObjectName(QStringLiteral("terminalTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TerminalsPage::closeTab);
    m_empty->setObjectName(QStringLiteral("terminalsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("<h3>No terminal open</h3><p>Select a running job in Jobs and press <b>Open terminal</b>.<br>"
                        "Terminals reconnect by themselves after a network blip, forward ports, and open the "
                        "machine's Jupyter in one click.</p>"));
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tabs);
}

TerminalTab *TerminalsPage::tabForJob(const QString &jobId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<TerminalTab *>(m_tabs->widget(i));
        if (tab && tab->jobId() == jobId)
            return tab;
    }
    return nullptr;
}

TerminalTab *TerminalsPage::openForJob(const QString &jobId, const QString &title, const SshEndpoint &endpoint)
{
    if (TerminalTab *existing = tabForJob(jobId)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    // A host key the provider vouched for is recorded first, so the check is strict without asking.
    if (!endpoint.hostPublicKey.isEmpty())
        JobConnections::recordVouchedHostKey(m_knownHostsFile, endpoint);
    auto *tab = new TerminalTab(jobId, title, endpoint, m_knownHostsFile, m_tabs);
    applyPreferences(tab);
    const int index = m_tabs->addTab(tab, title);
    m_tabs->setTabToolTip(index, jobId.startsWith(QStringLiteral("ssh://"))
                                     ? tr("%1@%2:%3").arg(endpoint.user, endpoint.host).arg(endpoint.port)
                                     : tr("Job %1 · %2@%3:%4").arg(jobId, endpoint.user, endpoint.host).arg(endpoint.port));
    connect(tab, &TerminalTab::titleChanged, this, [this, tab](const QString &t) {
        const int i = m_tabs->indexOf(tab);
        if (i >= 0)
            m_tabs->setTabText(i, t.left(40));
    });
    m_tabs->setCurrentIndex(index);
    m_stack->setCurrentWidget(m_tabs);
    return tab;
}

void TerminalsPage::setPreferences(const QString &font, int scrollbackLines)
{
    m_font = font;
    m_scrollback = scrollbackLines;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<TerminalTab *>(m_tabs->widget(i)))
            applyPreferences(tab);
    }
}

void TerminalsPage::applyPreferences(TerminalTab *tab) const
{
    QFont font;
    if (!m_font.isEmpty() && font.fromString(m_font))
        tab->view()->setTerminalFont(font);
    if (m_scrollback > 0)
        tab->view()->setScrollbackLines(m_scrollback);
}

void TerminalsPage::closeTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    m_tabs->removeTab(index);
    delete w;
    if (m_tabs->count() == 0)
        m_stack->setCurrentWidget(m_empty);
}

int TerminalsPage::count() const
{
    return m_tabs->count();
}

QStringList TerminalsPage::openJobIds() const
{
    QStringList ids;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<TerminalTab *>(m_tabs->widget(i)))
            ids << tab->jobId();
    }
    return ids;
}

} // namespace gpudesk
