#pragma once

#include "ssh/SftpTransfer.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace gpudesk {

class SshSession;

// The file transfers of one terminal tab, in a strip above the terminal: what is being copied, a
// progress bar with Cancel, then how it ended (finished or why it failed) until dismissed.
class FileTransferBar : public QWidget
{
    Q_OBJECT

public:
    explicit FileTransferBar(SshSession *session, QWidget *parent = nullptr);

    // A transfer the tab started: what goes where while it runs ("Uploading a.csv to ~/data") and
    // once done ("Uploaded a.csv to ~/data").
    void track(quint64 id, const QString &running, const QString &done);
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *label() const { return m_label; }
    bool busy() const { return !m_pending.isEmpty(); }

Q_SIGNALS:
    void finished(quint64 id, const gpudesk::SftpTransferResult &result);

private:
    void onProgress(quint64 id, qint64 done, qint64 total, const QString &file);
    void onFinished(quint64 id, const SftpTransferResult &result);
    void showCurrent();

    SshSession *m_session;
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QPushButton *m_dismiss;
    QList<quint64> m_pending; // in the order the session runs them
    QHash<quint64, QString> m_descriptions;
    QHash<quint64, QString> m_doneDescriptions;
};

} // namespace gpudesk
