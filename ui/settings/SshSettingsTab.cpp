#include "SshSettingsTab.h"

#include "core/AppSettings.h"
#include "providers/sandbox/SandboxPaths.h"
#include "providers/sandbox/SshKeys.h"
#include "ssh/KnownHosts.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gpudesk {

namespace {

// "[host]:port" or "host" as OpenSSH writes them; nullopt for hashed names ("|1|…") and lists.
std::optional<std::pair<QString, int>> hostAndPort(const QString &field)
{
    static const QRegularExpression bracketed(QStringLiteral("^\\[([^\\]]+)\\]:(\\d+)$"));
    if (const auto m = bracketed.match(field); m.hasMatch())
        return std::make_pair(m.captured(1), m.captured(2).toInt());
    if (field.startsWith(QLatin1Char('|')) || field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('*')))
        return std::nullopt;
    return std::make_pair(field, 22);
}

} // namespace

SshSettingsTab::SshSettingsTab(const QString &dataDir, const QString &knownHostsFile, QWidget *parent)
    : QWidget(parent)
    , m_dataDir(dataDir)
    , m_knownHostsFile(knownHostsFile)
    , m_key(new QLabel(this))
    , m_hosts(new QTableWidget(0, 3, this))
    , m_forget(new QPushButton(tr("Forget host"), this))
    , m_message(new QLabel(this))
    , m_tmux(new QCheckBox(tr("Start terminals inside tmux when the machine has it"), this))
{
    setObjectName(QStringLiteral("sshSettings"));
    auto *v = new QVBoxLayout(this);

    auto *keyBox = new QGroupBox(tr("Key for the machines GPU Desk launches"), this);
    auto *kv = new QVBoxLayout(keyBox);
    m_key->setObjectName(QStringLiteral("launchKey"));
    m_key->setWordWrap(true);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    kv->addWidget(m_key);
    auto *keyButtons = new QHBoxLayout();
    auto *own = new QPushButton(tr("Use GPU Desk's own key"), keyBox);
    own->setObjectName(QStringLiteral("useOwnKey"));
    auto *choose = new QPushButton(tr("Use another key…"), keyBox);
    choose->setObjectName(QStringLiteral("chooseKey"));
    keyButtons->addWidget(own);
    keyButtons->addWidget(choose);
    keyButtons->addStretch(1);
    kv->addLayout(keyButtons);
    auto *keyNote = new QLabel(tr("Its public half is installed on machines launched from now on; running machines keep "
                                  "the key they were given. The private half never leaves this computer."),
                               keyBox);
    keyNote->setWordWrap(true);
    keyNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    kv->addWidget(keyNote);
    v->addWidget(keyBox);
    connect(own, &QPushButton::clicked, this, [this] { useKey(QString()); });
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Private key"), QDir::homePath() + QStringLiteral("/.ssh"));
        if (!path.isEmpty())
            useKey(path);
    });

    auto *terminalBox = new QGroupBox(tr("Terminals"), this);
    auto *tv = new QVBoxLayout(terminalBox);
    m_tmux->setObjectName(QStringLiteral("startInTmux"));
    m_tmux->setChecked(AppSettings(m_dataDir).terminalTmux());
    tv->addWidget(m_tmux);
    auto *tmuxNote = new QLabel(tr("Each terminal gets a tmux session of its own on the machine. After a dropped "
                                   "connection the terminal offers to attach it again, with your programs still "
                                   "running. A single terminal can also switch: More → Continue in tmux."),
                                terminalBox);
    tmuxNote->setWordWrap(true);
    tmuxNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    tv->addWidget(tmuxNote);
    v->addWidget(terminalBox);
    connect(m_tmux, &QCheckBox::toggled, this, [this](bool on) {
        AppSettings settings(m_dataDir);
        settings.setTerminalTmux(on);
        settings.sync();
        Q_EMIT tmuxPreferenceChanged(on);
    });

    auto *hostsBox = new QGroupBox(tr("Trusted hosts"), this);
    auto *hv = new QVBoxLayout(hostsBox);
    auto *hostsNote = new QLabel(tr("Hosts whose key GPU Desk has checked: recorded on first contact (after you compared the "
                                    "fingerprint) or vouched for by the provider. A host that shows another key is refused; "
                                    "forget it here only if you know its key was replaced. %1 is read too, never changed.")
                                     .arg(QDir::toNativeSeparators(KnownHosts::defaultUserFile())),
                                 hostsBox);
    hostsNote->setWordWrap(true);
    hv->addWidget(hostsNote);
    m_hosts->setObjectName(QStringLiteral("knownHosts"));
    m_hosts->setHorizontalHeaderLabels({tr("Host"), tr("Key type"), tr("Fingerprint")});
    m_hosts->verticalHeader()->hide();
    m_hosts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hosts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hosts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hosts->horizontalHeader()->setStretchLastSection(true);
    hv->addWidget(m_hosts, 1);
    auto *hostButtons = new QHBoxLayout();
    m_forget->setObjectName(QStringLiteral("forgetHost"));
    m_forget->setEnabled(false);
    hostButtons->addWidget(m_forget);
    hostButtons->addStretch(1);
    hv->addLayout(hostButtons);
    v->addWidget(hostsBox, 1);
    connect(m_hosts, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_hosts->currentRow();
        m_forget->setEnabled(row >= 0 && hostAndPort(m_hosts->item(row, 0)->text()).has_value());
    });
    connect(m_forget, &QPushButton::clicked, this, &SshSettingsTab::forgetSelected);

    m_message->setObjectName(QStringLiteral("sshMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    v->addWidget(m_message);
    reload();
}

void SshSettingsTab::reload()
{
    const QString chosen = AppSettings(m_dataDir).sshIdentityFile();
    const QString key = chosen.isEmpty() ? SandboxPaths(m_dataDir).defaultPrivateKey() : chosen;
    const auto fingerprint = SshKeys::fingerprintOfPublicKeyFile(key + QStringLiteral(".pub"));
    if (chosen.isEmpty() && !QFileInfo::exists(key))
        m_key->setText(tr("GPU Desk's own key, made when first needed: %1").arg(QDir::toNativeSeparators(key)));
    else
        m_key->setText(tr("%1 %2 · %3")
                           .arg(chosen.isEmpty() ? tr("GPU Desk's own key") : tr("Your key"), QDir::toNativeSeparators(key),
                                fingerprint ? *fingerprint : fingerprint.error().message));

    m_hosts->setRowCount(0);
    auto entries = KnownHosts(m_knownHostsFile, QString()).entries();
    if (!entries) {
        showMessage(entries.error().message, false);
        return;
    }
    for (const KnownHosts::Entry &e : *entries) {
        const int row = m_hosts->rowCount();
        m_hosts->insertRow(row);
        m_hosts->setItem(row, 0, new QTableWidgetItem(e.hosts));
        m_hosts->setItem(row, 1, new QTableWidgetItem(e.keyType));
        m_hosts->setItem(row, 2, new QTableWidgetItem(e.fingerprint));
    }
    m_hosts->resizeColumnsToContents();
    m_forget->setEnabled(false);
}

bool SshSettingsTab::useKey(const QString &privateKey)
{
    if (!privateKey.isEmpty()) {
        const auto fingerprint = SshKeys::fingerprintOfPublicKeyFile(privateKey + QStringLiteral(".pub"));
        if (!fingerprint) {
            showMessage(tr("%1 cannot be used: its public half %2.pub is missing or unreadable (%3).")
                            .arg(QDir::toNativeSeparators(privateKey), QDir::toNativeSeparators(privateKey),
                                 fingerprint.error().message),
                        false);
            return false;
        }
    }
    AppSettings settings(m_dataDir);
    settings.setSshIdentityFile(privateKey);
    if (!settings.sync()) {
        showMessage(tr("The choice could not be saved in %1.").arg(AppSettings::fileName(m_dataDir)), false);
        return false;
    }
    reload();
    showMessage(tr("Machines launched from now on get this key."), true);
    Q_EMIT launchKeyChanged();
    return true;
}

void SshSettingsTab::forgetSelected()
{
    const int row = m_hosts->currentRow();
    if (row < 0)
        return;
    const auto host = hostAndPort(m_hosts->item(row, 0)->text());
    if (!host)
        return;
    auto removed = KnownHosts(m_knownHostsFile, QString()).forget(host->first, host->second);
    if (!removed) {
        showMessage(removed.error().message, false);
        return;
    }
    reload();
    showMessage(tr("%1 forgotten: the next connection shows its fingerprint and asks again.")
                    .arg(KnownHosts::hostPattern(host->first, host->second)),
                true);
}

void SshSettingsTab::showMessage(const QString &text, bool ok)
{
    m_message->setStyleSheet(ok ? QStringLiteral("color: #2e7d32;") : QStringLiteral("color: #c62828;"));
    m_message->setText(text);
    m_message->show();
}

} // namespace gpudesk
