#include "SshKeys.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>

namespace gpudesk {

namespace {

constexpr int kKeygenTimeoutMs = 30'000;

} // namespace

Result<void> SshKeys::runKeygen(const QStringList &arguments, QByteArray *output)
{
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty())
        return makeError(Error::Kind::NotFound,
                         tr("The Sandbox needs OpenSSH's ssh-keygen to make SSH keys, and it is not installed. "
                            "Install the openssh-client package."));
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(keygen, arguments);
    if (!p.waitForStarted(kKeygenTimeoutMs) || !p.waitForFinished(kKeygenTimeoutMs)
        || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString detail = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
        p.kill();
        p.waitForFinished(1000);
        return makeError(Error::Kind::Io,
                         tr("ssh-keygen could not make an SSH key for the Sandbox. Check that the key folder is "
                            "writable."),
                         detail.isEmpty() ? p.errorString() : detail);
    }
    if (output)
        *output = p.readAllStandardOutput();
    return {};
}

Result<void> SshKeys::ensureKeyPair(const QString &privateKeyPath, const QString &comment)
{
    const QFileInfo info(privateKeyPath);
    const QString dir = info.absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(Error::Kind::Io,
                         tr("Cannot create the key folder %1. Check its permissions.")
                             .arg(QDir::toNativeSeparators(dir)));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const QString publicKeyPath = privateKeyPath + QStringLiteral(".pub");
    if (!QFileInfo::exists(privateKeyPath)) {
        QFile::remove(publicKeyPath); // a lone public key without its private half is useless
        auto made = runKeygen({QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                               QStringLiteral("-N"), QString(), QStringLiteral("-C"), comment,
                               QStringLiteral("-f"), privateKeyPath},
                              nullptr);
        if (!made)
            return made.error();
    } else if (!QFileInfo::exists(publicKeyPath)) {
        QByteArray line;
        auto derived = runKeygen({QStringLiteral("-y"), QStringLiteral("-f"), privateKeyPath}, &line);
        if (!derived)
            return derived.error();
        QSaveFile pub(publicKeyPath);
        if (!pub.open(QIODevice::WriteOnly) || pub.write(line) != line.size() || !pub.commit())
            return makeError(Error::Kind::Io,
                             tr("Cannot write the public key %1. Check the folder's permissions.")
                                 .arg(QDir::toNativeSeparators(publicKeyPath)),
                             pub.errorString());
    }
    if (!QFile::setPermissions(privateKeyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(Error::Kind::Io,
                         tr("Cannot make the private key %1 readable by you alone. Check its owner and "
                            "permissions.")
                             .arg(QDir::toNativeSeparators(privateKeyPath)));
    QFile::setPermissions(publicKeyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                             | QFileDevice::ReadOther);
    return {};
}

std::optional<QString> SshKeys::fingerprintOfPublicKeyLine(const QByteArray &line)
{
    const QList<QByteArray> fields = line.simplified().split(' ');
    if (fields.size() < 2 || (!fields.at(0).startsWith("ssh-") && !fields.at(0).startsWith("ecdsa-")))
        return std::nullopt;
    const auto blob = QByteArray::fromBase64Encoding(fields.at(1), QByteArray::AbortOnBase64DecodingErrors);
    if (!blob || blob.decoded.isEmpty())
        return std::nullopt;
    QByteArray digest = QCryptographicHash::hash(blob.decoded, QCryptographicHash::Sha256).toBase64();
    while (digest.endsWith('='))
        digest.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest);
}

Result<QByteArray> SshKeys::readPublicKey(const QString &publicKeyPath)
{
    QFile f(publicKeyPath);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::NotFound,
                         tr("Cannot read the SSH public key %1. Check the path, or leave it empty to use GPU "
                            "Desk's own key.")
                             .arg(QDir::toNativeSeparators(publicKeyPath)),
                         f.errorString());
    const QByteArray data = f.read(64 * 1024);
    for (const QByteArray &raw : data.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (!fingerprintOfPublicKeyLine(line))
            break;
        return line;
    }
    return makeError(Error::Kind::InvalidInput,
                     tr("%1 is not an OpenSSH public key (expected a line like \"ssh-ed25519 AAAA… comment\"). "
                        "Choose the .pub file of your key.")
                         .arg(QDir::toNativeSeparators(publicKeyPath)));
}

Result<QString> SshKeys::fingerprintOfPublicKeyFile(const QString &publicKeyPath)
{
    auto line = readPublicKey(publicKeyPath);
    if (!line)
        return line.error();
    return *fingerprintOfPublicKeyLine(*line);
}

} // namespace gpudesk
