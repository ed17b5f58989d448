#include "SftpTransfer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <fcntl.h>

#include <algorithm>

namespace gpudesk {

namespace {

constexpr quint32 kChunk = 64 * 1024; // OpenSSH's sftp-server serves reads and writes this large
constexpr size_t kReadsInFlight = 32; // 2 MiB requested ahead on downloads

QString remoteJoin(const QString &dir, const QString &name)
{
    if (dir.isEmpty() || dir == QStringLiteral("."))
        return name;
    return dir.endsWith(QLatin1Char('/')) ? QString(dir + name) : QString(dir + QLatin1Char('/') + name);
}

// "~" and "~/x" are the home folder, where the server starts relative paths anyway.
QString remoteNormalized(const QString &path)
{
    if (path.isEmpty() || path == QStringLiteral("~"))
        return QStringLiteral(".");
    if (path.startsWith(QStringLiteral("~/")))
        return path.mid(2).isEmpty() ? QStringLiteral(".") : path.mid(2);
    return path;
}

QString remoteBaseName(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path.section(QLatin1Char('/'), -1);
}

// POSIX mode bits and Qt's permissions (Qt's "user" flags follow the owner's for our own files).
struct ModeBit
{
    quint32 bit;
    QFileDevice::Permissions permissions;
};
constexpr ModeBit kModeBits[] = {
    { 0400, QFileDevice::ReadOwner | QFileDevice::ReadUser },
    { 0200, QFileDevice::WriteOwner | QFileDevice::WriteUser },
    { 0100, QFileDevice::ExeOwner | QFileDevice::ExeUser },
    { 040, QFileDevice::ReadGroup }, { 020, QFileDevice::WriteGroup }, { 010, QFileDevice::ExeGroup },
    { 04, QFileDevice::ReadOther }, { 02, QFileDevice::WriteOther }, { 01, QFileDevice::ExeOther },
};

quint32 posixMode(QFileDevice::Permissions p)
{
    quint32 mode = 0;
    for (const ModeBit &m : kModeBits)
        mode |= (p & m.permissions & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser)) ? m.bit : 0;
    return mode;
}

QFileDevice::Permissions qtPermissions(quint32 mode)
{
    QFileDevice::Permissions p;
    for (const ModeBit &m : kModeBits)
        p |= (mode & m.bit) ? m.permissions : QFileDevice::Permissions();
    return p;
}

} // namespace

SftpTransfer::SftpTransfer(quint64 id, Direction direction, QString localPath, QString remotePath, bool recursive,
                           QString hostName)
    : m_id(id)
    , m_direction(direction)
    , m_localPath(std::move(localPath))
    , m_remotePath(remoteNormalized(remotePath))
    , m_recursive(recursive)
    , m_host(std::move(hostName))
{
}

SftpTransfer::~SftpTransfer() = default;

QString SftpTransfer::currentFile() const
{
    if (m_index >= m_items.size())
        return {};
    const Item &item = m_items.at(m_index);
    return m_direction == Direction::Upload ? item.local : item.remote;
}

QString SftpTransfer::describeStatus(int status, const QString &host, const QString &path)
{
    switch (status) {
    case SSH_FX_NO_SUCH_FILE:
    case SSH_FX_NO_SUCH_PATH:
        return tr("No such file or folder on %1: %2").arg(host, path);
    case SSH_FX_PERMISSION_DENIED:
    case SSH_FX_WRITE_PROTECT:
        return tr("Permission denied on %1: %2").arg(host, path);
    case SSH_FX_FILE_ALREADY_EXISTS:
        return tr("%2 already exists on %1.").arg(host, path);
    case SSH_FX_NO_CONNECTION:
    case SSH_FX_CONNECTION_LOST:
        return tr("The connection to %1 dropped during the transfer of %2.").arg(host, path);
    case SSH_FX_OP_UNSUPPORTED:
        return tr("%1 does not support this file operation on %2.").arg(host, path);
    default:
        // OpenSSH's sftp-server reports a full disk (and other write errors) as a plain failure.
        return tr("%1 reported a failure on %2 (when writing, its disk may be full).").arg(host, path);
    }
}

void SftpTransfer::finish(std::optional<Error> error)
{
    m_done = true;
    m_result.bytes = m_bytesDone;
    m_result.error = std::move(error);
}

void SftpTransfer::failLocal(const QString &message, const QString &detail)
{
    closeFile(nullptr, true);
    finish(makeError(Error::Kind::Io, message, detail));
}

bool SftpTransfer::sftpFailure(sftp_session_struct *sftp, const QString &path)
{
    const bool connected = m_session && ssh_is_connected(m_session);
    const int status = sftp ? sftp_get_error(sftp) : SSH_FX_CONNECTION_LOST;
    const QString detail = m_session ? QString::fromUtf8(ssh_get_error(m_session)) : QString();
    QString message = connected ? describeStatus(status, m_host, path)
                                : tr("The connection to %1 dropped during the transfer of %2.").arg(m_host, path);
    const bool uploading = m_fileOpen && m_direction == Direction::Upload;
    const QString part = uploading ? m_items.at(m_index).remote + QLatin1String(kSftpPartSuffix) : QString();
    closeFile(connected ? sftp : nullptr, true);
    if (uploading && !connected)
        message += QLatin1Char(' ') + tr("The partial file %1 may remain on %2: delete it or upload again.").arg(part, m_host);
    const Error::Kind kind = !connected ? Error::Kind::Network
        : status == SSH_FX_NO_SUCH_FILE || status == SSH_FX_NO_SUCH_PATH ? Error::Kind::NotFound
                                                                          : Error::Kind::Io;
    finish(makeError(kind, message, detail));
    return false;
}

void SftpTransfer::closeFile(sftp_session_struct *sftp, bool removePart)
{
    if (!m_fileOpen)
        return;
    m_fileOpen = false;
    const Item &item = m_items.at(m_index);
    if (m_remote) {
        sftp_close(m_remote); // frees the handle even when the connection is gone
        m_remote = nullptr;
    }
    m_reads.clear();
    m_local.close();
    if (!removePart)
        return;
    if (m_direction == Direction::Download)
        QFile::remove(item.local + QLatin1String(kSftpPartSuffix));
    else if (sftp)
        sftp_unlink(sftp, (item.remote + QLatin1String(kSftpPartSuffix)).toUtf8().constData());
}

void SftpTransfer::explainError(const QString &reason)
{
    if (m_result.error)
        m_result.error->message = reason + QLatin1Char(' ') + m_result.error->message;
}

void SftpTransfer::abandon(const QString &reason)
{
    if (m_done)
        return;
    const bool uploading = m_fileOpen && m_direction == Direction::Upload;
    const QString part = uploading ? m_items.at(m_index).remote + QLatin1String(kSftpPartSuffix) : QString();
    // No libssh call here: a request to a server that went away would wait for its answer. The
    // handle's few bytes are left to the dropped session.
    m_remote = nullptr;
    closeFile(nullptr, true);
    QString message = tr("The transfer did not finish: %1").arg(reason);
    if (uploading)
        message += QLatin1Char(' ') + tr("The partial file %1 may remain on %2: delete it or upload again.").arg(part, m_host);
    finish(makeError(Error::Kind::Network, message));
}

void SftpTransfer::step(ssh_session_struct *session, sftp_session_struct *sftp, int budgetMs)
{
    m_session = session;
    const QDeadlineTimer deadline(budgetMs);
    while (!m_done) {
        if (m_cancelRequested) {
            closeFile(sftp, true);
            m_result.cancelled = true;
            finish(makeError(Error::Kind::Io, tr("The transfer was cancelled.")));
            return;
        }
        if (!m_planned) {
            if (!plan(session, sftp))
                return;
            m_planned = true;
        }
        if (m_index >= m_items.size()) {
            finishFolders(sftp);
            finish(std::nullopt);
            return;
        }
        if (deadline.hasExpired())
            return;
        const Item &item = m_items.at(m_index);
        if (item.isDirectory) {
            if (m_direction == Direction::Upload) {
                const QByteArray path = item.remote.toUtf8();
                if (sftp_mkdir(sftp, path.constData(), 0700) != SSH_OK) {
                    sftp_attributes attributes = sftp_stat(sftp, path.constData());
                    const bool isDir = attributes && attributes->type == SSH_FILEXFER_TYPE_DIRECTORY;
                    sftp_attributes_free(attributes);
                    if (!isDir) {
                        sftpFailure(sftp, item.remote);
                        return;
                    }
                }
            } else if (!QDir().mkpath(item.local)) {
                failLocal(tr("Cannot create the folder %1 on this computer.").arg(item.local), QString());
                return;
            }
            ++m_index;
            continue;
        }
        if (!m_fileOpen && !openFile(sftp))
            return;
        const bool ok = m_direction == Direction::Upload ? carryUpload(sftp) : carryDownload(sftp);
        if (!ok)
            return;
    }
}

bool SftpTransfer::plan(ssh_session_struct *session, sftp_session_struct *sftp)
{
    m_session = session;
    const bool ok = m_direction == Direction::Upload ? planUpload(sftp) : planDownload(sftp);
    if (!ok)
        return false;
    // Folders first (in the order listed: a parent before its children), then the files.
    std::stable_partition(m_items.begin(), m_items.end(), [](const Item &item) { return item.isDirectory; });
    for (const Item &item : std::as_const(m_items))
        m_bytesTotal += item.size;
    return true;
}

bool SftpTransfer::planUpload(sftp_session_struct *sftp)
{
    const QFileInfo source(m_localPath);
    if (!source.exists()) {
        finish(makeError(Error::Kind::NotFound, tr("No such file or folder on this computer: %1").arg(m_localPath)));
        return false;
    }
    if (source.isDir() && !m_recursive) {
        finish(makeError(Error::Kind::InvalidInput,
                         tr("%1 is a folder: copy it with -r (or choose Upload Folder).").arg(m_localPath)));
        return false;
    }
    // Into an existing remote folder, as cp does.
    QString target = m_remotePath;
    sftp_attributes attributes = sftp_stat(sftp, target.toUtf8().constData());
    if (attributes && attributes->type == SSH_FILEXFER_TYPE_DIRECTORY)
        target = remoteJoin(target, source.fileName());
    else if (!attributes && target.endsWith(QLatin1Char('/'))) {
        sftp_attributes_free(attributes);
        return sftpFailure(sftp, target);
    }
    sftp_attributes_free(attributes);
    m_result.target = target;

    if (!source.isDir()) {
        m_items.append({ source.absoluteFilePath(), target, source.size(), posixMode(source.permissions()), false });
        return true;
    }
    const QDir root(source.absoluteFilePath());
    m_items.append({ root.absolutePath(), target, 0, posixMode(source.permissions()), true });
    QDirIterator it(root.absolutePath(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() && info.isDir())
            continue; // never follow a link into a loop
        if (!info.isDir() && !info.isFile())
            continue; // sockets, devices, broken links
        const QString remote = remoteJoin(target, root.relativeFilePath(info.absoluteFilePath()));
        m_items.append({ info.absoluteFilePath(), remote, info.isDir() ? 0 : info.size(),
                         posixMode(info.permissions()), info.isDir() });
    }
    return true;
}

bool SftpTransfer::planDownload(sftp_session_struct *sftp)
{
    sftp_attributes attributes = sftp_stat(sftp, m_remotePath.toUtf8().constData());
    if (!attributes)
        return sftpFailure(sftp, m_remotePath);
    const bool isDir = attributes->type == SSH_FILEXFER_TYPE_DIRECTORY;
    const qint64 size = qint64(attributes->size);
    const quint32 mode = attributes->permissions & 07777;
    sftp_attributes_free(attributes);
    if (isDir && !m_recursive) {
        finish(makeError(Error::Kind::InvalidInput,
                         tr("%1 on %2 is a folder: copy it with -r.")
                             .arg(m_remotePath, m_host)));
        return false;
    }
    QString target = m_localPath;
    if (QFileInfo(target).isDir())
        target = QDir(target).filePath(remoteBaseName(m_remotePath) == QStringLiteral(".")
                                           ? QStringLiteral("home")
                                           : remoteBaseName(m_remotePath));
    m_result.target = target;
    if (!isDir) {
        m_items.append({ target, m_remotePath, size, mode, false });
        return true;
    }
    m_items.append({ target, m_remotePath, 0, mode, true });
    return listRemote(sftp, m_remotePath, target);
}

bool SftpTransfer::listRemote(sftp_session_struct *sftp, const QString &remote, const QString &local)
{
    sftp_dir dir = sftp_opendir(sftp, remote.toUtf8().constData());
    if (!dir)
        return sftpFailure(sftp, remote);
    QList<std::pair<QString, QString>> folders;
    while (sftp_attributes entry = sftp_readdir(sftp, dir)) {
        const QString name = QString::fromUtf8(entry->name);
        int type = entry->type;
        qint64 size = qint64(entry->size);
        quint32 mode = entry->permissions & 07777;
        sftp_attributes_free(entry);
        if (name == QStringLiteral(".") || name == QStringLiteral(".."))
            continue;
        const QString remotePath = remoteJoin(remote, name);
        const QString localPath = QDir(local).filePath(name);
        if (type == SSH_FILEXFER_TYPE_SYMLINK) {
            // A link to a file is copied as the file; a link to a folder is skipped (no loops).
            sftp_attributes target = sftp_stat(sftp, remotePath.toUtf8().constData());
            type = target ? target->type : SSH_FILEXFER_TYPE_UNKNOWN;
            size = target ? qint64(target->size) : 0;
            mode = target ? target->permissions & 07777 : 0;
            sftp_attributes_free(target);
            if (type != SSH_FILEXFER_TYPE_REGULAR)
                continue;
        }
        if (type == SSH_FILEXFER_TYPE_DIRECTORY) {
            m_items.append({ localPath, remotePath, 0, mode, true });
            folders.append({ remotePath, localPath });
        } else if (type == SSH_FILEXFER_TYPE_REGULAR) {
            m_items.append({ localPath, remotePath, size, mode, false });
        }
    }
    const bool complete = sftp_dir_eof(dir);
    sftp_closedir(dir);
    if (!complete)
        return sftpFailure(sftp, remote);
    for (const auto &[remotePath, localPath] : std::as_const(folders)) {
        if (!listRemote(sftp, remotePath, localPath))
            return false;
    }
    return true;
}

bool SftpTransfer::openFile(sftp_session_struct *sftp)
{
    const Item &item = m_items.at(m_index);
    m_offset = 0;
    m_reads.clear();
    if (m_direction == Direction::Upload) {
        m_local.setFileName(item.local);
        if (!m_local.open(QIODevice::ReadOnly)) {
            finish(makeError(Error::Kind::Io, tr("Cannot read %1 on this computer: %2").arg(item.local, m_local.errorString())));
            return false;
        }
        const QString part = item.remote + QLatin1String(kSftpPartSuffix);
        m_remote = sftp_open(sftp, part.toUtf8().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (!m_remote) {
            m_local.close();
            return sftpFailure(sftp, part);
        }
    } else {
        m_remote = sftp_open(sftp, item.remote.toUtf8().constData(), O_RDONLY, 0);
        if (!m_remote)
            return sftpFailure(sftp, item.remote);
        m_local.setFileName(item.local + QLatin1String(kSftpPartSuffix));
        if (!m_local.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            const QString detail = m_local.errorString();
            sftp_close(m_remote);
            m_remote = nullptr;
            finish(makeError(Error::Kind::Io, tr("Cannot write %1 on this computer: %2").arg(item.local, detail)));
            return false;
        }
    }
    m_fileOpen = true;
    return true;
}

bool SftpTransfer::carryUpload(sftp_session_struct *sftp)
{
    const Item &item = m_items.at(m_index);
    m_buffer.resize(kChunk);
    const qint64 n = m_local.read(m_buffer.data(), kChunk);
    if (n < 0) {
        failLocal(tr("Cannot read %1 on this computer: %2").arg(item.local, m_local.errorString()), QString());
        return false;
    }
    if (n == 0)
        return finishFile(sftp);
    if (sftp_write(m_remote, m_buffer.constData(), size_t(n)) != n)
        return sftpFailure(sftp, item.remote);
    m_offset += n;
    m_bytesDone += n;
    return true;
}

bool SftpTransfer::carryDownload(sftp_session_struct *sftp)
{
    Item &item = m_items[m_index];
    while (m_reads.size() < kReadsInFlight && m_offset < item.size) {
        const quint32 length = quint32(std::min<qint64>(kChunk, item.size - m_offset));
        sftp_seek64(m_remote, quint64(m_offset));
        const int id = sftp_async_read_begin(m_remote, length);
        if (id < 0)
            return sftpFailure(sftp, item.remote);
        m_reads.push_back({ quint32(id), m_offset, length });
        m_offset += length;
    }
    if (m_reads.empty())
        return finishFile(sftp);
    const Read read = m_reads.front();
    m_reads.pop_front();
    m_buffer.resize(kChunk);
    const int n = sftp_async_read(m_remote, m_buffer.data(), quint32(m_buffer.size()), read.id);
    if (n < 0)
        return sftpFailure(sftp, item.remote);
    if (n == 0) {
        // The file ended early (it shrank while we read it): what was read is the file.
        item.size = std::min(item.size, read.offset);
        m_offset = item.size;
        m_reads.clear();
        return true;
    }
    if (!m_local.seek(read.offset) || m_local.write(m_buffer.constData(), n) != n) {
        failLocal(tr("Cannot write %1 on this computer (is the disk full?): %2").arg(item.local, m_local.errorString()),
                  QString());
        return false;
    }
    m_bytesDone += n;
    if (quint32(n) < read.length && read.offset + n < item.size) {
        // A short read: ask again for the rest.
        sftp_seek64(m_remote, quint64(read.offset + n));
        const int id = sftp_async_read_begin(m_remote, read.length - quint32(n));
        if (id < 0)
            return sftpFailure(sftp, item.remote);
        m_reads.push_back({ quint32(id), read.offset + n, read.length - quint32(n) });
    }
    return true;
}

bool SftpTransfer::finishFile(sftp_session_struct *sftp)
{
    const Item item = m_items.at(m_index);
    const int closed = sftp_close(m_remote);
    m_remote = nullptr;
    if (m_direction == Direction::Upload) {
        m_local.close();
        m_fileOpen = false;
        const QByteArray part = (item.remote + QLatin1String(kSftpPartSuffix)).toUtf8();
        const QByteArray target = item.remote.toUtf8();
        bool ok = closed == SSH_OK && sftp_chmod(sftp, part.constData(), item.permissions) == SSH_OK;
        // posix-rename@openssh.com replaces the target; plain SFTP renames refuse to, so unlink first.
        if (ok && sftp_rename(sftp, part.constData(), target.constData()) != SSH_OK) {
            sftp_unlink(sftp, target.constData());
            ok = sftp_rename(sftp, part.constData(), target.constData()) == SSH_OK;
        }
        if (!ok) {
            m_fileOpen = true; // so that the failure removes the partial file
            m_remote = nullptr;
            return sftpFailure(sftp, item.remote);
        }
    } else {
        m_local.close();
        m_fileOpen = false;
        const QString part = item.local + QLatin1String(kSftpPartSuffix);
        if (m_local.error() != QFileDevice::NoError) {
            const QString detail = m_local.errorString();
            QFile::remove(part);
            finish(makeError(Error::Kind::Io,
                             tr("Cannot write %1 on this computer (is the disk full?): %2").arg(item.local, detail)));
            return false;
        }
        QFile::setPermissions(part, qtPermissions(item.permissions));
        if (QFile::exists(item.local) && !QFileInfo(item.local).isDir())
            QFile::remove(item.local);
        if (!QFile::rename(part, item.local)) {
            QFile::remove(part);
            finish(makeError(Error::Kind::Io, tr("Cannot write %1 on this computer.").arg(item.local)));
            return false;
        }
    }
    ++m_result.files;
    ++m_index;
    return true;
}

void SftpTransfer::finishFolders(sftp_session_struct *sftp)
{
    // Modes last, children first: a read-only folder must not stop its own contents.
    for (qsizetype i = m_items.size() - 1; i >= 0; --i) {
        const Item &item = m_items.at(i);
        if (!item.isDirectory)
            continue;
        if (m_direction == Direction::Upload)
            sftp_chmod(sftp, item.remote.toUtf8().constData(), item.permissions);
        else
            QFile::setPermissions(item.local, qtPermissions(item.permissions));
    }
}

} // namespace gpudesk
