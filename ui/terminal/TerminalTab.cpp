#include "TerminalTab.h"

#include "FileTransferBar.h"
#include "PassphraseDialog.h"
#include "TerminalView.h"
#include "secrets/SecretStore.h"
#include "terminal/TerminalFeeder.h"
#include "terminal/TerminalScreen.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QResizeEvent>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>

#include <utility>
#include <QToolButton>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace gpudesk {

namespace {

// `jupyter server list --json` prints one JSON object per running server (newer Jupyter), or
// `jupyter notebook list --json` for classic notebooks. The first one with a port wins.
std::optional<QJsonObject> firstJupyterServer(const QByteArray &output)
{
    for (const QByteArray &line : output.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line.trimmed()).object();
        if (o.value(QStringLiteral("port")).toInt() > 0)
            return o;
    }
    return std::nullopt;
}

} // namespace

TerminalTab::TerminalTab(const QString &jobId, const QString &title, const SshEndpoint &endpoint,
                         const QString &knownHostsFile, QWidget *parent)
    : QWidget(parent)
    , m_jobId(jobId)
    , m_title(title)
    , m_options(SshOptions::fromEndpoint(endpoint, knownHostsFile))
    , m_session(new SshSession(m_options, this))
    , m_screen(new TerminalScreen(24, 80, this))
    , m_view(new TerminalView(m_screen, this))
    , m_status(new QLabel(this))
    , m_reconnect(new QPushButton(tr("Reconnect"), this))
    , m_jupyter(new QPushButton(tr("Open Jupyter"), this))
    , m_forward(new QPushButton(tr("Forward a port…"), this))
    , m_forwards(new QListWidget(this))
    , m_upload(new QToolButton(this))
    , m_download(new QPushButton(tr("Download…"), this))
    , m_transfers(new FileTransferBar(m_session, this))
    , m_filesButton(new QPushButton(tr("Files"), this))
    , m_files(new QListWidget(this))
    , m_openUrl([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("terminalTab"));
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    auto *bar = new QHBoxLayout();
    m_bar = bar;
    bar->setContentsMargins(8, 4, 8, 4);
    m_status->setObjectName(QStringLiteral("terminalStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    bar->addWidget(m_status, 1);
    m_jupyter->setObjectName(QStringLiteral("openJupyter"));
    m_jupyter->setToolTip(tr("Finds the Jupyter server on the machine, forwards it to a free local port and opens "
                             "your browser."));
    m_forward->setObjectName(QStringLiteral("forwardPort"));
    m_reconnect->setObjectName(QStringLiteral("reconnect"));
    m_upload->setObjectName(QStringLiteral("upload"));
    m_upload->setText(tr("Upload…"));
    m_upload->setToolTip(tr("Copies files or a folder from this computer to the shell's current folder on the "
                            "machine (over SFTP)."));
    m_upload->setPopupMode(QToolButton::InstantPopup);
    m_upload->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *uploadMenu = new QMenu(m_upload);
    connect(uploadMenu->addAction(tr("Upload Files…")), &QAction::triggered, this, [this] { askUpload(false); });
    connect(uploadMenu->addAction(tr("Upload Folder…")), &QAction::triggered, this, [this] { askUpload(true); });
    m_upload->setMenu(uploadMenu);
    m_download->setObjectName(QStringLiteral("download"));
    m_download->setToolTip(tr("Copies a file or folder from the machine to this computer (over SFTP)."));
    m_filesButton->setObjectName(QStringLiteral("remoteFilesButton"));
    m_filesButton->setCheckable(true);
    m_filesButton->setToolTip(tr("Shows the files in the shell's current folder on the machine."));
    bar->addWidget(m_filesButton);
    bar->addWidget(m_upload);
    bar->addWidget(m_download);
    bar->addWidget(m_jupyter);
    bar->addWidget(m_forward);
    bar->addWidget(m_reconnect);
    buildMoreMenu(uploadMenu);
    bar->addWidget(m_more);
    v->addLayout(bar);
    setMinimumWidth(240);
    buildTmuxOffer();
    v->addWidget(m_tmuxOffer);
    m_forwards->setObjectName(QStringLiteral("forwards"));
    m_forwards->setMaximumHeight(52);
    m_forwards->setToolTip(tr("Port forwards of this terminal. Double-click one to open it, Delete to remove it."));
    m_forwards->hide();
    v->addWidget(m_forwards);
    v->addWidget(m_transfers);
    m_files->setObjectName(QStringLiteral("remoteFiles"));
    m_files->setToolTip(tr("Double-click a folder to open it, a file to download it to your Downloads folder."));
    m_files->hide();
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_files);
    split->addWidget(m_view);
    split->setStretchFactor(1, 1);
    split->setSizes({ 240, 760 });
    v->addWidget(split, 1);

    // The shell's output reaches the screen in slices of a few ms, with flow control back to the session.
    m_feeder = new TerminalFeeder(m_screen, this);
    m_feeder->attach(m_session);
    connect(m_view, &TerminalView::input, m_session, &SshSession::writeShell);
    connect(m_view, &TerminalView::sizeChanged, m_session, &SshSession::resizeShell);
    connect(m_view, &TerminalView::linkActivated, this, [this](const QUrl &url) { m_openUrl(url); });
    connect(m_screen, &TerminalScreen::titleChanged, this, [this](const QString &t) {
        Q_EMIT titleChanged(t.isEmpty() ? m_title : t);
    });
    connect(m_session, &SshSession::stateChanged, this, &TerminalTab::onState);
    connect(m_session, &SshSession::hostKeyNeedsDecision, this, &TerminalTab::onHostKey);
    connect(m_session, &SshSession::errorOccurred, this, &TerminalTab::onError);
    connect(m_session, &SshSession::reconnecting, this, [this](int attempt, int delayMs) {
        setStatus(tr("The connection dropped. Reconnecting (attempt %1) in %n second(s)…", nullptr, (delayMs + 999) / 1000)
                      .arg(attempt),
                  QStringLiteral("#e65100"));
    });
    // A shell after the first (a reconnect, an attach): the modes the last program left (an
    // alternate screen, a scroll region, mouse reporting of vim, tmux or htop cut off by the
    // drop) would confuse the new one. Soft reset, main screen, a fresh line (behind the old
    // shell's output still queued in the feeder).
    connect(m_session, &SshSession::shellOpened, this, [this] {
        if (m_shellOpenedBefore)
            m_feeder->appendLocal(QByteArrayLiteral("\x1b[?1049l\x1b[!p\x1b[?1000l\x1b[?1002l\x1b[?1003l\x1b[?1006l"
                                                     "\x1b[?2004l\x1b[?25h\r\n"));
        m_shellOpenedBefore = true;
    });
    connect(m_session, &SshSession::shellClosed, this, [this](int status) {
        m_feeder->appendLocal(tr("\r\n[The shell ended with status %1. Press Reconnect for a new one.]\r\n").arg(status).toUtf8());
        m_shellRequested = false;
        // Detached from tmux (or tmux ended): offer the session again while it runs.
        if (m_inTmux) {
            leftTmux();
            offerTmux();
        }
    });
    m_passphrases = new SshPassphrases(m_session, nullptr,
        [this](const QString &keyFile, const QString &notice, bool canRemember, const SshPassphrases::Reply &reply) {
            if (m_passphraseAnswer)
                return reply(m_passphraseAnswer(keyFile, notice));
            reply(PassphraseDialog::ask(this, keyFile, notice, canRemember ? m_secretStoreName : QString()));
        });
    connect(m_passphrases, &SshPassphrases::storeFailed, this, &TerminalTab::onError);
    connect(m_session, &SshSession::promptsRequested, this,
            [this](const QString &name, const QString &instruction, const QStringList &prompts, const QList<bool> &echo) {
                QStringList answers;
                for (qsizetype i = 0; i < prompts.size(); ++i) {
                    bool ok = false;
                    const QString a = QInputDialog::getText(
                        this, name.isEmpty() ? m_options.displayName() : name,
                        instruction.isEmpty() ? prompts.at(i) : instruction + u'\n' + prompts.at(i),
                        echo.value(i) ? QLineEdit::Normal : QLineEdit::Password, QString(), &ok);
                    if (!ok) {
                        m_session->disconnectFromHost();
                        return;
                    }
                    answers << a;
                }
                m_session->answerPrompts(answers);
            });
    connect(m_session, &SshSession::localForwardListening, this, [this] { refreshForwards(); });
    connect(m_session, &SshSession::localForwardFailed, this, [this](int, const Error &e) { onError(e); });
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        m_session->disconnectFromHost();
        m_shellRequested = false;
        leftTmux(); // a login shell; the tab offers the tmux session once connected
        m_session->connectToHost();
        m_session->openShell(m_screen->cols(), m_screen->rows());
        m_shellRequested = true;
    });
    connect(m_jupyter, &QPushButton::clicked, this, &TerminalTab::openJupyter);
    connect(m_download, &QPushButton::clicked, this, &TerminalTab::askDownload);
    connect(m_filesButton, &QPushButton::toggled, this, &TerminalTab::showFiles);
    connect(m_screen, &TerminalScreen::currentDirectoryChanged, this, [this](const QString &path) {
        if (m_files->isVisible())
            browse(path);
    });
    connect(m_files, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (item->data(Qt::UserRole + 1).toBool())
            browse(path);
        else
            downloadTo(path, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    });
    connect(m_forward, &QPushButton::clicked, this, &TerminalTab::askForwardPort);
    connect(m_forwards, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_openUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(item->data(Qt::UserRole + 1).toInt())));
    });
    auto *removeForward = new QShortcut(QKeySequence::Delete, m_forwards, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeForward, &QShortcut::activated, this, [this] {
        if (QListWidgetItem *item = m_forwards->currentItem()) {
            m_session->removeLocalForward(item->data(Qt::UserRole).toInt());
            refreshForwards();
        }
    });

    setStatus(tr("Connecting to %1@%2…").arg(m_options.user, m_options.displayName()), QStringLiteral("#546e7a"));
    m_session->connectToHost();
    // Next turn of the event loop: whoever made the tab may still choose tmux (setStartInTmux).
    QMetaObject::invokeMethod(this, &TerminalTab::startShell, Qt::QueuedConnection);
}

void TerminalTab::buildMoreMenu(QMenu *uploadMenu)
{
    // Narrow (a split pane): the row's buttons come from this menu too, so panes can be small.
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("moreActions"));
    m_more->setText(tr("More"));
    m_more->setToolTip(tr("tmux, and in a narrow pane files, transfers, Jupyter, port forwards and Reconnect."));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_more);
    m_tmuxAction = menu->addAction(tr("Continue in tmux"));
    m_tmuxAction->setObjectName(QStringLiteral("startTmux"));
    m_tmuxAction->setToolTip(tr("Replaces this shell with a tmux session on the machine: what runs in it survives a "
                                "dropped connection, and the tab offers to attach it again after reconnecting."));
    connect(m_tmuxAction, &QAction::triggered, this, &TerminalTab::startTmux);
    m_compactActions << menu->addSeparator();
    QAction *filesAction = menu->addAction(m_filesButton->text());
    filesAction->setCheckable(true);
    connect(filesAction, &QAction::triggered, m_filesButton, &QPushButton::setChecked);
    QMenu *uploadSub = menu->addMenu(m_upload->text());
    uploadSub->addActions(uploadMenu->actions());
    m_compactActions << filesAction << uploadSub->menuAction();
    const QList<QPushButton *> buttons { m_download, m_jupyter, m_forward, m_reconnect };
    QList<QAction *> buttonActions;
    for (QPushButton *button : buttons) {
        QAction *action = menu->addAction(button->text());
        connect(action, &QAction::triggered, button, &QPushButton::click);
        buttonActions << action;
    }
    m_compactActions << buttonActions;
    connect(menu, &QMenu::aboutToShow, this, [this, filesAction, uploadSub, buttons, buttonActions] {
        filesAction->setChecked(m_filesButton->isChecked());
        uploadSub->setEnabled(m_upload->isEnabled());
        for (qsizetype i = 0; i < buttons.size(); ++i)
            buttonActions.at(i)->setEnabled(buttons.at(i)->isEnabled());
    });
    for (QAction *action : std::as_const(m_compactActions))
        action->setVisible(false);
    m_more->setMenu(menu);
}

void TerminalTab::buildTmuxOffer()
{
    m_tmuxOffer = new QFrame(this);
    m_tmuxOffer->setObjectName(QStringLiteral("tmuxOffer"));
    m_tmuxOffer->setStyleSheet(QStringLiteral("QFrame#tmuxOffer { background: rgba(33, 150, 243, 0.14); "
                                              "border-top: 1px solid rgba(33, 150, 243, 0.4); }"));
    auto *h = new QHBoxLayout(m_tmuxOffer);
    h->setContentsMargins(8, 3, 8, 3);
    m_tmuxOfferText = new QLabel(m_tmuxOffer);
    m_tmuxOfferText->setWordWrap(true);
    h->addWidget(m_tmuxOfferText, 1);
    m_attachTmux = new QPushButton(tr("Attach"), m_tmuxOffer);
    m_attachTmux->setObjectName(QStringLiteral("attachTmux"));
    m_attachTmux->setToolTip(tr("Replaces this new shell with the tmux session, with the programs that kept running "
                                "in it."));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_tmuxOffer);
    dismiss->setObjectName(QStringLiteral("dismissTmux"));
    h->addWidget(m_attachTmux);
    h->addWidget(dismiss);
    m_tmuxOffer->hide();
    connect(m_attachTmux, &QPushButton::clicked, this, &TerminalTab::attachTmux);
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_tmuxOffer->hide();
        if (std::exchange(m_tmuxAdopted, false))
            m_tmuxSession.clear(); // not ours after all: Continue in tmux starts a new one
    });
}

void TerminalTab::setStartInTmux(bool start)
{
    m_startInTmux = start;
}

void TerminalTab::startShell()
{
    if (m_shellRequested || m_checkingTmux)
        return; // Reconnect, or Continue in tmux, came first
    if (m_startInTmux) {
        startTmux();
        return;
    }
    m_session->openShell(m_screen->cols(), m_screen->rows());
    m_shellRequested = true;
}

void TerminalTab::startTmux()
{
    if (m_inTmux || m_checkingTmux)
        return;
    m_checkingTmux = true;
    m_tmuxAction->setEnabled(false);
    QPointer<TerminalTab> self(this);
    m_session->exec(QStringLiteral("command -v tmux"), [self](Result<SshExecResult> r) {
        if (!self)
            return;
        self->m_checkingTmux = false;
        if (r && !r->error && r->exitStatus == 0 && !r->standardOutput.trimmed().isEmpty()) {
            self->attachTmux();
            return;
        }
        self->m_tmuxAction->setEnabled(true);
        if (!self->m_shellRequested) { // Settings asked for tmux and there is none: a login shell
            self->m_session->openShell(self->m_screen->cols(), self->m_screen->rows());
            self->m_shellRequested = true;
        } else if (r && !r->error) {
            self->setStatus(tr("tmux is not installed on %1.").arg(self->m_options.displayName()),
                            QStringLiteral("#e65100"));
        } else {
            self->onError(r ? *r->error : r.error());
        }
    });
}

void TerminalTab::attachTmux()
{
    if (m_tmuxSession.isEmpty())
        m_tmuxSession = QStringLiteral("gpudesk-%1").arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16,
                                                         QLatin1Char('0'));
    m_tmuxOffer->hide();
    m_tmuxAdopted = false;
    if (m_shellRequested)
        m_session->closeShell();
    // -A: attach the session when it runs, else start it.
    m_session->openShell(m_screen->cols(), m_screen->rows(),
                         QStringLiteral("tmux new-session -A -s %1").arg(m_tmuxSession));
    m_shellRequested = true;
    m_inTmux = true;
    m_tmuxAction->setEnabled(false);
    m_tmuxAction->setText(tr("In tmux session %1").arg(m_tmuxSession));
}

void TerminalTab::leftTmux()
{
    if (!m_inTmux)
        return;
    m_inTmux = false;
    m_tmuxAction->setEnabled(true);
    m_tmuxAction->setText(tr("Continue in tmux"));
}

void TerminalTab::offerTmux()
{
    if (m_inTmux)
        return;
    if (m_tmuxSession.isEmpty())
        return offerEarlierTmux();
    const QString name = m_tmuxSession;
    QPointer<TerminalTab> self(this);
    m_session->exec(QStringLiteral("tmux has-session -t =%1").arg(name), [self, name](Result<SshExecResult> r) {
        if (!self || self->m_inTmux || self->m_tmuxSession != name || !r || r->error || r->exitStatus != 0)
            return;
        self->m_tmuxOfferText->setText(
            tr("Your tmux session %1 is still running on the machine.").arg(name));
        self->m_tmuxOffer->show();
        Q_EMIT self->tmuxOffered(name);
    });
}

void TerminalTab::offerEarlierTmux()
{
    if (m_startInTmux || m_checkingTmux)
        return; // this tab starts its own
    // A session GPU Desk started from an earlier terminal (closed, or the app quit) that nobody
    // is attached to: the newest one.
    QPointer<TerminalTab> self(this);
    m_session->exec(QStringLiteral("tmux list-sessions -F '#{session_created} #{session_attached} #{session_name}' "
                                   "2>/dev/null"),
        [self](Result<SshExecResult> r) {
            if (!self || self->m_inTmux || !self->m_tmuxSession.isEmpty() || !r || r->error || r->exitStatus != 0)
                return;
            qint64 newest = -1;
            QString name;
            for (const QByteArray &line : r->standardOutput.split('\n')) {
                const QList<QByteArray> fields = line.trimmed().split(' ');
                if (fields.size() != 3 || fields.at(1) != "0" || !fields.at(2).startsWith("gpudesk-"))
                    continue;
                if (const qint64 created = fields.at(0).toLongLong(); created > newest) {
                    newest = created;
                    name = QString::fromUtf8(fields.at(2));
                }
            }
            if (name.isEmpty())
                return;
            self->m_tmuxSession = name;
            self->m_tmuxAdopted = true;
            self->m_tmuxOfferText->setText(
                tr("A tmux session from an earlier GPU Desk terminal, %1, is still running on the machine.").arg(name));
            self->m_tmuxOffer->show();
            Q_EMIT self->tmuxOffered(name);
        });
}

TerminalTab::~TerminalTab()
{
    m_session->disconnectFromHost();
}

void TerminalTab::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateCompact();
}

void TerminalTab::updateCompact()
{
    const QList<QWidget *> full { m_filesButton, m_upload, m_download, m_jupyter, m_forward, m_reconnect };
    // Room for the status and every button (those the page added stay in both modes).
    int needed = 260 + m_bar->contentsMargins().left() + m_bar->contentsMargins().right();
    for (int i = 0; i < m_bar->count(); ++i) {
        QWidget *w = m_bar->itemAt(i)->widget();
        if (w && w != m_status)
            needed += w->sizeHint().width() + std::max(6, m_bar->spacing());
    }
    const bool compact = width() < needed;
    if (compact == m_compact)
        return;
    m_compact = compact;
    for (QWidget *w : full)
        w->setVisible(!compact);
    for (QAction *action : std::as_const(m_compactActions))
        action->setVisible(compact);
}

QString TerminalTab::displayTitle() const
{
    return m_screen->title().isEmpty() ? m_title : m_screen->title();
}

void TerminalTab::addBarWidget(QWidget *widget)
{
    m_bar->addWidget(widget);
}

void TerminalTab::setStatus(const QString &text, const QString &colour)
{
    m_status->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(colour, text.toHtmlEscaped()));
}

void TerminalTab::onState(SshSession::State state)
{
    const QString where = QStringLiteral("%1@%2").arg(m_options.user, m_options.displayName());
    switch (state) {
    case SshSession::State::Connecting:
        setStatus(tr("Connecting to %1…").arg(where), QStringLiteral("#546e7a"));
        break;
    case SshSession::State::Authenticating:
        setStatus(tr("Logging in to %1…").arg(where), QStringLiteral("#546e7a"));
        break;
    case SshSession::State::Connected:
        setStatus(m_jobId.startsWith(QStringLiteral("ssh://")) ? tr("Connected to %1").arg(where)
                                                                : tr("Connected to %1 (job %2)").arg(where, m_jobId),
                  QStringLiteral("#2e7d32"));
        offerTmux(); // after a reconnect: the worker opened a login shell
        // Not when another terminal (a split pane beside this one) has the keyboard.
        if (auto *other = qobject_cast<TerminalView *>(QApplication::focusWidget());
            !other || other == m_view || !other->isVisible())
            m_view->setFocus();
        break;
    case SshSession::State::Reconnecting:
        leftTmux(); // the new connection gets a login shell
        m_tmuxOffer->hide();
        break; // reconnecting() says when
    case SshSession::State::Disconnected:
        setStatus(tr("Disconnected from %1.").arg(where), QStringLiteral("#757575"));
        break;
    case SshSession::State::Failed:
        break; // errorOccurred() says why
    }
    m_jupyter->setEnabled(state == SshSession::State::Connected);
    m_forward->setEnabled(state != SshSession::State::Failed);
    m_upload->setEnabled(state != SshSession::State::Failed);
    m_download->setEnabled(state != SshSession::State::Failed);
}

void TerminalTab::onHostKey(const QString &fingerprint, const QString &keyType, KnownHosts::Status status)
{
    Q_UNUSED(status)
    HostKeyAnswer answer = m_hostKeyAnswer;
    if (answer == HostKeyAnswer::Ask) {
        QMessageBox box(QMessageBox::Question, tr("First connection to %1").arg(m_options.displayName()),
                        tr("GPU Desk has not connected to %1 before, and the provider did not vouch for its key.\n\n"
                           "%2 key fingerprint:\n%3\n\nTrust this machine?")
                            .arg(m_options.displayName(), keyType, fingerprint),
                        QMessageBox::NoButton, this);
        QPushButton *always = box.addButton(tr("Trust and remember"), QMessageBox::AcceptRole);
        QPushButton *once = box.addButton(tr("Trust this time"), QMessageBox::YesRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        answer = box.clickedButton() == always ? HostKeyAnswer::TrustAlways
                 : box.clickedButton() == once ? HostKeyAnswer::TrustOnce
                                               : HostKeyAnswer::Refuse;
    }
    if (answer == HostKeyAnswer::Refuse)
        m_session->rejectHostKey();
    else
        m_session->acceptHostKey(answer == HostKeyAnswer::TrustAlways);
}

void TerminalTab::onError(const Error &error)
{
    setStatus(error.message, QStringLiteral("#c62828"));
}

void TerminalTab::openJupyter()
{
    m_jupyter->setEnabled(false);
    setStatus(tr("Looking for Jupyter on the machine…"), QStringLiteral("#546e7a"));
    QPointer<TerminalTab> self(this);
    m_session->exec(QStringLiteral("jupyter server list --json 2>/dev/null || jupyter notebook list --json 2>/dev/null"),
                    [self](Result<SshExecResult> r) {
                        if (!self)
                            return;
                        if (r && r->error) {
                            const Error error = *r->error;
                            r = error;
                        }
                        if (!r) {
                            self->m_jupyter->setEnabled(true);
                            self->onError(r.error());
                            return;
                        }
                        if (const auto server = firstJupyterServer(r->standardOutput)) {
                            QString base = server->value(QStringLiteral("base_url")).toString();
                            QString token = server->value(QStringLiteral("token")).toString();
                            if (token.isEmpty())
                                token = self->m_jupyterToken;
                            self->openJupyterAt(quint16(server->value(QStringLiteral("port")).toInt()),
                                                base.isEmpty() ? QStringLiteral("/") : base, token);
                            return;
                        }
                        self->openTemplateJupyter();
                    });
}

void TerminalTab::openTemplateJupyter()
{
    // `jupyter` may not be on the login shell's PATH (a container's environment): the Jupyter
    // template's own server, on its port with its token, if something listens there.
    const auto nothing = [this] {
        m_jupyter->setEnabled(true);
        setStatus(tr("No Jupyter server is running on the machine. Start one (the Jupyter template does) and try again."),
                  QStringLiteral("#e65100"));
    };
    if (m_jupyterPort == 0)
        return nothing();
    QPointer<TerminalTab> self(this);
    m_session->exec(QStringLiteral("bash -c 'exec 3<>/dev/tcp/127.0.0.1/%1' 2>/dev/null").arg(m_jupyterPort),
                    [self, nothing](Result<SshExecResult> r) {
                        if (!self)
                            return;
                        if (!r || r->error || r->exitStatus != 0)
                            return nothing();
                        self->openJupyterAt(self->m_jupyterPort, QStringLiteral("/"), self->m_jupyterToken);
                    });
}

void TerminalTab::openJupyterAt(quint16 port, const QString &base, const QString &token)
{
    m_jupyter->setEnabled(true);
    const int id = m_session->addLocalForward(0, QStringLiteral("127.0.0.1"), port);
    // Open once the local port is bound.
    QPointer<TerminalTab> self(this);
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(m_session, &SshSession::localForwardListening, this,
                    [self, id, port, base, token, conn](int fid, quint16 local) {
                        if (fid != id || !self)
                            return;
                        QObject::disconnect(*conn);
                        QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(local).arg(base));
                        if (!token.isEmpty()) {
                            QUrlQuery q;
                            q.addQueryItem(QStringLiteral("token"), token);
                            url.setQuery(q);
                        }
                        self->setStatus(tr("Jupyter is at 127.0.0.1:%1 (forwarded from port %2 on the machine).")
                                            .arg(local)
                                            .arg(port),
                                        QStringLiteral("#2e7d32"));
                        self->m_openUrl(url);
                        Q_EMIT self->jupyterOpened(url);
                    });
}

void TerminalTab::askForwardPort()
{
    bool ok = false;
    const int port = QInputDialog::getInt(this, tr("Forward a port"),
                                          tr("Port on the machine (it will be reachable on a free local port):"), 8888,
                                          1, 65535, 1, &ok);
    if (ok)
        forwardPort(quint16(port));
}

void TerminalTab::forwardPort(quint16 remotePort)
{
    m_session->addLocalForward(0, QStringLiteral("127.0.0.1"), remotePort);
}

void TerminalTab::refreshForwards()
{
    m_forwards->clear();
    for (const SshLocalForward &f : m_session->localForwards()) {
        if (f.localPort == 0)
            continue;
        auto *item = new QListWidgetItem(tr("127.0.0.1:%1 → port %2 on the machine").arg(f.localPort).arg(f.remotePort),
                                         m_forwards);
        item->setData(Qt::UserRole, f.id);
        item->setData(Qt::UserRole + 1, f.localPort);
    }
    m_forwards->setVisible(m_forwards->count() > 0);
}

QString TerminalTab::remoteDirectory() const
{
    const QString cwd = m_screen->currentDirectory();
    return cwd.isEmpty() ? QStringLiteral("~") : cwd;
}

quint64 TerminalTab::uploadTo(const QStringList &localPaths, const QString &remoteDir)
{
    quint64 id = 0;
    for (const QString &path : localPaths) {
        const QFileInfo info(path);
        id = m_session->upload(path, remoteDir, info.isDir());
        m_transfers->track(id, tr("Uploading %1 to %2").arg(info.fileName(), remoteDir),
                           tr("Uploaded %1 to %2").arg(info.fileName(), remoteDir));
    }
    return id;
}

quint64 TerminalTab::downloadTo(const QString &remotePath, const QString &localDir)
{
    const quint64 id = m_session->download(remotePath, localDir, true);
    const QString local = QDir::toNativeSeparators(localDir);
    m_transfers->track(id, tr("Downloading %1 to %2").arg(remotePath, local),
                       tr("Downloaded %1 to %2").arg(remotePath, local));
    return id;
}

void TerminalTab::askUpload(bool folder)
{
    const QString remoteDir = remoteDirectory();
    QStringList paths;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Upload a folder to %1").arg(remoteDir));
        if (!dir.isEmpty())
            paths << dir;
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Upload files to %1").arg(remoteDir));
    }
    if (!paths.isEmpty())
        uploadTo(paths, remoteDir);
}

void TerminalTab::askDownload()
{
    const QString remoteDir = remoteDirectory();
    bool ok = false;
    QString remote = QInputDialog::getText(this, tr("Download from %1").arg(m_options.displayName()),
                                           tr("File or folder on the machine (relative to %1):").arg(remoteDir),
                                           QLineEdit::Normal, QString(), &ok)
                         .trimmed();
    if (!ok || remote.isEmpty())
        return;
    if (!remote.startsWith(QLatin1Char('/')) && !remote.startsWith(QLatin1Char('~')))
        remote = remoteDir + QLatin1Char('/') + remote;
    const QString localDir = QFileDialog::getExistingDirectory(this, tr("Save into"), QDir::homePath());
    if (!localDir.isEmpty())
        downloadTo(remote, localDir);
}

void TerminalTab::showFiles(bool visible)
{
    m_filesButton->setChecked(visible);
    m_files->setVisible(visible);
    if (visible)
        browse(remoteDirectory());
}

void TerminalTab::browse(const QString &path)
{
    QPointer<TerminalTab> self(this);
    m_session->listRemoteDirectory(path, [self](Result<SftpListing> listing) {
        if (!self)
            return;
        if (!listing) {
            self->onError(listing.error());
            return;
        }
        self->m_browsedPath = listing->path;
        self->m_files->clear();
        const QLocale locale;
        const QString parent = listing->path == QStringLiteral("/") ? QString() : listing->path.section(u'/', 0, -2);
        if (!listing->path.isEmpty() && listing->path != QStringLiteral("/")) {
            auto *up = new QListWidgetItem(QStringLiteral(".."), self->m_files);
            up->setData(Qt::UserRole, parent.isEmpty() ? QStringLiteral("/") : parent);
            up->setData(Qt::UserRole + 1, true);
        }
        for (const SftpEntry &e : listing->entries) {
            auto *item = new QListWidgetItem(e.isDirectory ? QString(e.name + QLatin1Char('/'))
                                                           : QStringLiteral("%1  (%2)").arg(e.name,
                                                                 locale.formattedDataSize(e.size, 1, QLocale::DataSizeSIFormat)),
                                             self->m_files);
            const QString folder = listing->path.endsWith(QLatin1Char('/')) ? listing->path
                                                                              : QString(listing->path + QLatin1Char('/'));
            item->setData(Qt::UserRole, QString(folder + e.name));
            item->setData(Qt::UserRole + 1, e.isDirectory);
        }
        self->m_files->setToolTip(listing->path);
    });
}

void TerminalTab::setSecretStore(SecretStore *store)
{
    m_passphrases->setStore(store);
    m_secretStoreName = store ? store->backendName() : QString();
}

} // namespace gpudesk
