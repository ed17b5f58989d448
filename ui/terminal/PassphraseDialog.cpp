#include "PassphraseDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gpudesk {

PassphraseDialog::PassphraseDialog(const QString &keyFile, const QString &notice, const QString &storeName, QWidget *parent)
    : QDialog(parent), m_passphrase(new QLineEdit(this)), m_remember(new QCheckBox(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Key passphrase"));
    auto *layout = new QVBoxLayout(this);
    if (!notice.isEmpty()) {
        auto *warning = new QLabel(notice, this);
        warning->setObjectName(QStringLiteral("passphraseNotice"));
        warning->setWordWrap(true);
        warning->setStyleSheet(QStringLiteral("color: #c0392b;"));
        layout->addWidget(warning);
    }
    auto *label = new QLabel(tr("The key %1 is protected by a passphrase.").arg(keyFile.toHtmlEscaped()), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    layout->addWidget(m_passphrase);
    m_remember->setObjectName(QStringLiteral("rememberPassphrase"));
    m_remember->setText(tr("Keep it in %1 for later connections").arg(storeName));
    m_remember->setToolTip(tr("Otherwise GPU Desk keeps it in memory only, until you close this terminal."));
    m_remember->setVisible(!storeName.isEmpty());
    layout->addWidget(m_remember);
    auto *hint = new QLabel(storeName.isEmpty()
            ? tr("Kept in memory only, until you close this terminal.")
            : tr("Unchecked, it is kept in memory only, until you close this terminal."),
        this);
    hint->setWordWrap(true);
    hint->setEnabled(false);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Skip this key"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

SshPassphrases::Answer PassphraseDialog::answer() const
{
    return { m_passphrase->text(), !m_remember->isHidden() && m_remember->isChecked() };
}

std::optional<SshPassphrases::Answer> PassphraseDialog::ask(
    QWidget *parent, const QString &keyFile, const QString &notice, const QString &storeName)
{
    PassphraseDialog dialog(keyFile, notice, storeName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

} // namespace gpudesk
