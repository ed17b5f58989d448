#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gpudesk {

// The OpenSSH key files the Sandbox uses: the user's GPU Desk key pair and each pod's host key.
// Keys are made by OpenSSH's own ssh-keygen (ed25519, no passphrase) and kept private (0600).
class SshKeys
{
    Q_DECLARE_TR_FUNCTIONS(SshKeys)

public:
    // Creates `privateKeyPath` and `privateKeyPath.pub` when missing (and the directory, 0700);
    // restores a missing .pub from the private key; tightens the private key to 0600.
    // `comment` goes into the public key line.
    static Result<void> ensureKeyPair(const QString &privateKeyPath, const QString &comment = QStringLiteral("gpudesk"));

    // "SHA256:…" as `ssh-keygen -l` prints it, from an OpenSSH public key file or line.
    static Result<QString> fingerprintOfPublicKeyFile(const QString &publicKeyPath);
    static std::optional<QString> fingerprintOfPublicKeyLine(const QByteArray &line);

    // The one "type base64 [comment]" line of a public key file, checked for shape.
    static Result<QByteArray> readPublicKey(const QString &publicKeyPath);

private:
    static Result<void> runKeygen(const QStringList &arguments, QByteArray *output);
};

} // namespace gpudesk
