#include "KnownHosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSaveFile>

namespace gpudesk {

KnownHosts::KnownHosts(QString ownFile, QString userFile)
    : m_ownFile(std::move(ownFile)), m_userFile(std::move(userFile))
{ }

QString KnownHosts::defaultUserFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHosts::fingerprint(const QByteArray &keyBlob)
{
    const QByteArray digest = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString KnownHosts::hostPattern(const QString &host, int port)
{
    const QString lower = host.toLower();
    if (port == 22)
        return lower;
    return QStringLiteral("[%1]:%2").arg(lower).arg(port);
}

QList<KnownHosts::Line> KnownHosts::readLines(const QString &path)
{
    QList<Line> lines;
    if (path.isEmpty())
        return lines;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QByteArray raw = file.readLine().trimmed();
        if (raw.isEmpty() || raw.startsWith('#') || raw.startsWith('@'))
            continue;
        const QList<QByteArray> fields = raw.simplified().split(' ');
        if (fields.size() < 3)
            continue;
        const QByteArray blob = QByteArray::fromBase64(fields.at(2), QByteArray::AbortOnBase64DecodingErrors);
        if (blob.isEmpty())
            continue;
        lines.append({ fields.at(0), fields.at(1), blob, number });
    }
    return lines;
}

bool KnownHosts::hostFieldMatches(const QByteArray &field, const QString &pattern)
{
    // Hashed: |1|base64(salt)|base64(HMAC-SHA1(salt, pattern)), one host per field.
    if (field.startsWith("|1|")) {
        const QList<QByteArray> parts = field.mid(3).split('|');
        if (parts.size() != 2)
            return false;
        const QByteArray salt = QByteArray::fromBase64(parts.at(0));
        const QByteArray hash = QByteArray::fromBase64(parts.at(1));
        return QMessageAuthenticationCode::hash(pattern.toUtf8(), salt, QCryptographicHash::Sha1) == hash;
    }
    // Plain: a comma list where "!pattern" vetoes the whole line, as in OpenSSH.
    bool matched = false;
    for (const QByteArray &item : field.split(',')) {
        const bool negated = item.startsWith('!');
        const QString glob = QString::fromUtf8(negated ? item.mid(1) : item).toLower();
        bool hit = false;
        if (glob.contains(QLatin1Char('*')) || glob.contains(QLatin1Char('?'))) {
            const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
                glob, QRegularExpression::UnanchoredWildcardConversion));
            hit = QRegularExpression(QRegularExpression::anchoredPattern(re.pattern())).match(pattern).hasMatch();
        } else {
            hit = glob == pattern;
        }
        if (hit && negated)
            return false;
        matched = matched || hit;
    }
    return matched;
}

KnownHosts::Check KnownHosts::check(
    const QString &host, int port, const QString &keyType, const QByteArray &keyBlob) const
{
    const QString pattern = hostPattern(host, port);
    Check changed;
    bool sawOther = false;
    for (const QString &path : { m_ownFile, m_userFile }) {
        for (const Line &line : readLines(path)) {
            if (!hostFieldMatches(line.hosts, pattern))
                continue;
            if (line.keyBlob == keyBlob && QString::fromLatin1(line.keyType) == keyType)
                return { Status::Known, fingerprint(line.keyBlob), path, line.number };
            // Any other key for this host, of the same type or not, is a change: OpenSSH would
            // warn too, and the user must decide outside the connection flow.
            if (!sawOther) {
                sawOther = true;
                changed = { Status::Changed, fingerprint(line.keyBlob), path, line.number };
            }
        }
    }
    return sawOther ? changed : Check {};
}

QStringList KnownHosts::knownKeyTypes(const QString &host, int port) const
{
    const QString pattern = hostPattern(host, port);
    QStringList types;
    for (const QString &path : { m_ownFile, m_userFile }) {
        for (const Line &line : readLines(path)) {
            const QString type = QString::fromLatin1(line.keyType);
            if (hostFieldMatches(line.hosts, pattern) && !types.contains(type))
                types.append(type);
        }
    }
    return types;
}

Result<void> KnownHosts::trust(const QString &host, int port, const QString &keyType, const QByteArray &keyBlob) const
{
    QByteArray content;
    QFile existing(m_ownFile);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return makeError(Error::Kind::Io,
                tr("Cannot read GPU Desk's known hosts file %1. Check its permissions.")
                    .arg(QDir::toNativeSeparators(m_ownFile)),
                existing.errorString());
        content = existing.readAll();
        existing.close();
        if (!content.isEmpty() && !content.endsWith('\n'))
            content.append('\n');
    }
    content += hostPattern(host, port).toUtf8() + ' ' + keyType.toLatin1() + ' ' + keyBlob.toBase64() + '\n';

    QDir().mkpath(QFileInfo(m_ownFile).absolutePath());
    QSaveFile file(m_ownFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return makeError(Error::Kind::Io,
            tr("Cannot save the host key to %1. Check that the folder is writable.")
                .arg(QDir::toNativeSeparators(m_ownFile)),
            file.errorString());
    return {};
}

Result<int> KnownHosts::forget(const QString &host, int port) const
{
    QFile existing(m_ownFile);
    if (!existing.exists())
        return 0;
    if (!existing.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io,
            tr("Cannot read GPU Desk's known hosts file %1. Check its permissions.")
                .arg(QDir::toNativeSeparators(m_ownFile)),
            existing.errorString());
    const QString pattern = hostPattern(host, port);
    QByteArray kept;
    int removed = 0;
    while (!existing.atEnd()) {
        const QByteArray raw = existing.readLine();
        const QByteArray trimmed = raw.trimmed();
        const qsizetype space = trimmed.indexOf(' ');
        if (!trimmed.startsWith('#') && !trimmed.startsWith('@') && space > 0
            && hostFieldMatches(trimmed.left(space), pattern)) {
            ++removed;
            continue;
        }
        kept += raw;
    }
    existing.close();
    if (removed == 0)
        return 0;
    QSaveFile file(m_ownFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(kept) != kept.size() || !file.commit())
        return makeError(Error::Kind::Io,
            tr("Cannot update GPU Desk's known hosts file %1. Check that the folder is writable.")
                .arg(QDir::toNativeSeparators(m_ownFile)),
            file.errorString());
    return removed;
}

Result<QList<KnownHosts::Entry>> KnownHosts::entries() const
{
    QList<Entry> result;
    for (const Line &line : readLines(m_ownFile))
        result.append({ QString::fromUtf8(line.hosts), QString::fromLatin1(line.keyType), fingerprint(line.keyBlob),
            line.number });
    return result;
}

} // namespace gpudesk
