#pragma once

#include "ssh/SshPassphrases.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLineEdit;

namespace gpudesk {

// Asks for an encrypted SSH key's passphrase, and where to keep it: in memory until the tab
// closes (the default), or in the system keychain for later connections too.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    // `storeName`: the keychain's name for the check box; empty hides it (no keychain).
    PassphraseDialog(const QString &keyFile, const QString &notice, const QString &storeName, QWidget *parent = nullptr);

    SshPassphrases::Answer answer() const;

    // Runs the dialog; nullopt when the user skips the key.
    static std::optional<SshPassphrases::Answer> ask(
        QWidget *parent, const QString &keyFile, const QString &notice, const QString &storeName);

private:
    QLineEdit *m_passphrase;
    QCheckBox *m_remember;
};

} // namespace gpudesk
