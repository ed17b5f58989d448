#pragma once

// Terminal UI tests against the test sshd (SshdFixture): an endpoint to it, the screen as text,
// typing a command line as a user would.

#include "SshdFixture.h"
#include "providers/Provider.h"
#include "terminal/TerminalScreen.h"
#include "terminal/TerminalTab.h"
#include "terminal/TerminalView.h"

#include <QTest>

namespace gpudesk::test {

inline SshEndpoint sshdEndpoint(const SshdFixture &sshd, const QString &key)
{
    SshEndpoint endpoint;
    endpoint.host = QStringLiteral("127.0.0.1");
    endpoint.port = sshd.port();
    endpoint.user = SshdFixture::currentUser();
    endpoint.identityFile = key;
    return endpoint;
}

// Every row of the visible screen, one line each.
inline QString screenText(TerminalScreen *screen)
{
    QString all;
    for (int line = 0; line < screen->rows(); ++line)
        all += screen->lineText(line) + u'\n';
    return all;
}

// Waits (up to 30 s) until the pane shows something (its prompt), then types `command` and Return
// into its view.
inline void typeLine(TerminalTab *tab, const QString &command)
{
    (void)QTest::qWaitFor([tab] { return !screenText(tab->screen()).trimmed().isEmpty(); }, 30000);
    QTest::keyClicks(tab->view(), command);
    QTest::keyClick(tab->view(), Qt::Key_Return);
}

} // namespace gpudesk::test
