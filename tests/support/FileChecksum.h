#pragma once

// The SHA-256 of a file's contents (hex), read in pieces; empty when it cannot be read.

#include <QCryptographicHash>
#include <QFile>

inline QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}
