#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gpudesk {

// Settings → SSH: the key GPU Desk installs on the machines it launches (its own, or one of the
// user's), and the hosts GPU Desk trusts (its own known_hosts file; ~/.ssh/known_hosts is read,
// never changed), with Forget for a host whose key was legitimately replaced.
class SshSettingsTab : public QWidget
{
    Q_OBJECT

public:
    SshSettingsTab(const QString &dataDir, const QString &knownHostsFile, QWidget *parent = nullptr);

    void reload();
    // Makes `privateKey` the launch key (empty: GPU Desk's own). An error is shown in the tab.
    bool useKey(const QString &privateKey);
    QTableWidget *hostsTable() const { return m_hosts; }
    QPushButton *forgetButton() const { return m_forget; }
    QLabel *keyLabel() const { return m_key; }
    QLabel *message() const { return m_message; }
    QCheckBox *tmuxBox() const { return m_tmux; }

Q_SIGNALS:
    // The launch key changed: providers get its public half for machines launched from now on.
    void launchKeyChanged();
    // "Start terminals inside tmux" was switched (already stored).
    void tmuxPreferenceChanged(bool on);

private:
    void forgetSelected();
    void showMessage(const QString &text, bool ok);

    QString m_dataDir;
    QString m_knownHostsFile;
    QLabel *m_key;
    QTableWidget *m_hosts;
    QPushButton *m_forget;
    QLabel *m_message;
    QCheckBox *m_tmux;
};

} // namespace gpudesk
