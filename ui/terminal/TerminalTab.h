#pragma once

#include "providers/Provider.h"
#include "ssh/SshPassphrases.h"
#include "ssh/SshSession.h"

#include <QWidget>

class QAction;
class QFrame;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QMenu;
class QToolButton;
class QPushButton;

namespace gpudesk {

class FileTransferBar;
class SecretStore;
class TerminalFeeder;
class TerminalScreen;
class TerminalView;

// One terminal to one job's machine: an SshSession (its own worker thread), a TerminalScreen and
// the TerminalView that paints it, plus a status line (connecting, reconnecting, failed), the
// job's port forwards and one-click Jupyter. Host keys: first contact asks, a changed key refuses.
class TerminalTab : public QWidget
{
    Q_OBJECT

public:
    TerminalTab(const QString &jobId, const QString &title, const SshEndpoint &endpoint, const QString &knownHostsFile,
                QWidget *parent = nullptr);
    ~TerminalTab() override;

    QString jobId() const { return m_jobId; }
    QString title() const { return m_title; }
    // What the tab shows as its title: the remote title (OSC 0/2) when the shell set one, else title().
    QString displayTitle() const;
    SshSession *session() const { return m_session; }
    TerminalScreen *screen() const { return m_screen; }
    TerminalView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }

    // Asks the machine for its Jupyter server, forwards it to a free local port and opens the browser.
    // Where `jupyter server list` finds none (not on the login PATH), the job's own server from
    // setJupyterHint() is used when something listens on its port.
    void openJupyter();
    // What the Jupyter template set for the job: its port on the machine and its token.
    void setJupyterHint(quint16 remotePort, const QString &token)
    {
        m_jupyterPort = remotePort;
        m_jupyterToken = token;
    }
    // -L: a free local port to `remotePort` on the machine; shown in the forwards list.
    void forwardPort(quint16 remotePort);

    // SFTP on the tab's connection (the Upload and Download buttons ask with file dialogs, then
    // call these). Files and folders go into `remoteDir`; a remote file or folder comes into
    // `localDir` under its own name. Relative remote paths are in the home folder. The transfer
    // bar shows progress with Cancel, then how it ended. Returns the last transfer's id.
    quint64 uploadTo(const QStringList &localPaths, const QString &remoteDir);
    quint64 downloadTo(const QString &remotePath, const QString &localDir);
    // Where the shell is (when it reports its directory with OSC 7), else the home folder "~".
    QString remoteDirectory() const;
    FileTransferBar *transfers() const { return m_transfers; }
    // The remote file browser (the Files button): lists the shell's folder and follows it when
    // the shell reports it (OSC 7); double-click enters a folder or downloads a file.
    void showFiles(bool visible);
    QListWidget *filesList() const { return m_files; }
    QString browsedPath() const { return m_browsedPath; }

    // Tests answer the dialogs through these instead of modal boxes.
    enum class HostKeyAnswer { Ask, TrustAlways, TrustOnce, Refuse };
    void setHostKeyAnswer(HostKeyAnswer answer) { m_hostKeyAnswer = answer; }
    using PassphraseAnswer = std::function<std::optional<SshPassphrases::Answer>(const QString &keyFile, const QString &notice)>;
    void setPassphraseAnswer(PassphraseAnswer answer) { m_passphraseAnswer = std::move(answer); }
    PassphraseAnswer passphraseAnswer() const { return m_passphraseAnswer; }
    // Passphrases typed for this tab, shared by its panes (kept until the tab closes).
    void setPassphraseMemory(SshPassphrases::Memory memory) { m_passphrases->setMemory(std::move(memory)); }
    // Where key passphrases the user chooses to keep are stored (the keychain); null: memory only.
    void setSecretStore(SecretStore *store);
    HostKeyAnswer hostKeyAnswer() const { return m_hostKeyAnswer; }

    // The Terminals page puts its own buttons (Split) at the end of the tab's button row.
    void addBarWidget(QWidget *widget);
    void setOpenUrl(std::function<void(const QUrl &)> open) { m_openUrl = std::move(open); }

    // tmux. With setStartInTmux(true) (Settings → SSH; called right after construction) the shell
    // is a tmux session of this tab's own ("gpudesk-" and six hex digits) where the machine has
    // tmux, else a login shell. startTmux() (More → Continue in tmux) replaces the shell with it
    // now. After a reconnect, which opens a login shell, or a detach, the tab asks the machine
    // whether the session still runs and offers to attach it (tmuxOffer(), Attach / Dismiss). A
    // plain tab, once connected, offers the newest detached session an earlier GPU Desk terminal
    // started on the machine (closed tabs leave theirs running, as tmux does).
    void setStartInTmux(bool start);
    void startTmux();
    void attachTmux();
    QString tmuxSession() const { return m_tmuxSession; }
    bool inTmux() const { return m_inTmux; }
    QFrame *tmuxOffer() const { return m_tmuxOffer; }
    QLabel *tmuxOfferText() const { return m_tmuxOfferText; }
    QPushButton *attachTmuxButton() const { return m_attachTmux; }

    // True when the tab is too narrow for its button row (a split pane): the buttons go into a
    // "More" menu beside the status.
    bool isCompact() const { return m_compact; }

Q_SIGNALS:
    void titleChanged(const QString &title);
    void jupyterOpened(const QUrl &url);
    void tmuxOffered(const QString &session);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateCompact();
    void buildMoreMenu(QMenu *uploadMenu);
    void buildTmuxOffer();
    void startShell();
    void leftTmux();
    void offerTmux();
    void offerEarlierTmux();
    void onState(SshSession::State state);
    void onHostKey(const QString &fingerprint, const QString &keyType, KnownHosts::Status status);
    void onError(const Error &error);
    void setStatus(const QString &text, const QString &colour);
    void askForwardPort();
    void openTemplateJupyter();
    void openJupyterAt(quint16 port, const QString &base, const QString &token);
    void askUpload(bool folder);
    void askDownload();
    void browse(const QString &path);
    void refreshForwards();

    QString m_jobId;
    QString m_title;
    SshOptions m_options;
    SshSession *m_session;
    TerminalScreen *m_screen;
    TerminalFeeder *m_feeder = nullptr;
    TerminalView *m_view;
    QLabel *m_status;
    QPushButton *m_reconnect;
    QPushButton *m_jupyter;
    QPushButton *m_forward;
    QListWidget *m_forwards;
    QToolButton *m_upload;
    QPushButton *m_download;
    FileTransferBar *m_transfers;
    QHBoxLayout *m_bar;
    QToolButton *m_more = nullptr;
    QList<QAction *> m_compactActions; // in the More menu only while the row is folded
    bool m_compact = false;
    QAction *m_tmuxAction = nullptr;
    QFrame *m_tmuxOffer = nullptr;
    QLabel *m_tmuxOfferText = nullptr;
    QPushButton *m_attachTmux = nullptr;
    QString m_tmuxSession;
    bool m_startInTmux = false;
    bool m_inTmux = false;
    bool m_checkingTmux = false;
    bool m_tmuxAdopted = false; // m_tmuxSession is an earlier terminal's, offered but not attached
    bool m_shellOpenedBefore = false;
    QPushButton *m_filesButton;
    QListWidget *m_files;
    QString m_browsedPath;
    bool m_shellRequested = false;
    HostKeyAnswer m_hostKeyAnswer = HostKeyAnswer::Ask;
    SshPassphrases *m_passphrases = nullptr;
    QString m_secretStoreName;
    PassphraseAnswer m_passphraseAnswer;
    std::function<void(const QUrl &)> m_openUrl;
    quint16 m_jupyterPort = 0;
    QString m_jupyterToken;
};

} // namespace gpudesk
