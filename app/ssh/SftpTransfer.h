#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QMetaType>
#include <QString>

#include <deque>
#include <memory>
#include <optional>

// libssh's opaque handles, so that this header does not pull libssh into its users.
struct ssh_session_struct;
struct sftp_session_struct;
struct sftp_file_struct;

namespace gpudesk {

// How one upload or download ended (SshSession::transferFinished). `error` is set when it did not
// complete; `cancelled` when the user stopped it. Files finished before a failure stay; the file
// in progress never appears under its final name (it is written as NAME.gpudesk-part and renamed
// when complete, and the partial file is removed, or named in the error where it cannot be).
struct SftpTransferResult
{
    qint64 bytes = 0; // bytes carried
    int files = 0; // files completed
    QString target; // the final path written (a file or the top folder)
    bool cancelled = false;
    std::optional<Error> error;
};

// One entry of a remote folder listing (SshSession::listRemoteDirectory).
struct SftpEntry
{
    QString name;
    bool isDirectory = false;
    bool isSymlink = false;
    qint64 size = 0;
    quint32 permissions = 0; // POSIX mode bits (07777)
    QDateTime modified;
};

// A remote folder's listing: its absolute path and entries (folders first, then by name).
struct SftpListing
{
    QString path;
    QList<SftpEntry> entries;
};

// The suffix of a file while it is being written.
inline constexpr char kSftpPartSuffix[] = ".gpudesk-part";

// One transfer, driven in time slices by SshWorker on its thread (never elsewhere: it calls
// libssh). Plans on the first slice (walks the folder to count the bytes), then carries file
// after file in chunks (downloads keep several reads in flight), so memory use does not grow
// with the file size and the worker can serve the shell between slices.
class SftpTransfer
{
    Q_DECLARE_TR_FUNCTIONS(SftpTransfer)

public:
    enum class Direction { Upload, Download };

    SftpTransfer(quint64 id, Direction direction, QString localPath, QString remotePath, bool recursive,
                 QString hostName);
    ~SftpTransfer();
    SftpTransfer(const SftpTransfer &) = delete;
    SftpTransfer &operator=(const SftpTransfer &) = delete;

    quint64 id() const { return m_id; }
    bool done() const { return m_done; }
    bool started() const { return m_planned; }
    const SftpTransferResult &result() const { return m_result; }
    qint64 bytesDone() const { return m_bytesDone; }
    qint64 bytesTotal() const { return m_bytesTotal; }
    QString currentFile() const;

    // Works for about `budgetMs` (blocking libssh calls on a session set to blocking mode).
    void step(ssh_session_struct *session, sftp_session_struct *sftp, int budgetMs);
    // Stops at the next step: removes the partial file; the result says cancelled.
    void cancel() { m_cancelRequested = true; }
    // The connection is gone: ends now without touching the remote side.
    void abandon(const QString &reason);
    // A transfer that ended with an error: `reason` goes in front of its message (why the link failed).
    void explainError(const QString &reason);

    // Messages for libssh's SFTP status codes, in clear words.
    static QString describeStatus(int sftpStatus, const QString &host, const QString &path);

private:
    struct Item
    {
        QString local;
        QString remote;
        qint64 size = 0;
        quint32 permissions = 0644;
        bool isDirectory = false;
    };
    struct Read
    {
        quint32 id = 0;
        qint64 offset = 0;
        quint32 length = 0;
    };

    bool plan(ssh_session_struct *session, sftp_session_struct *sftp);
    bool planUpload(sftp_session_struct *sftp);
    bool planDownload(sftp_session_struct *sftp);
    bool listRemote(sftp_session_struct *sftp, const QString &remote, const QString &local);
    bool openFile(sftp_session_struct *sftp);
    bool carryUpload(sftp_session_struct *sftp);
    bool carryDownload(sftp_session_struct *sftp);
    bool finishFile(sftp_session_struct *sftp);
    void finishFolders(sftp_session_struct *sftp);
    void closeFile(sftp_session_struct *sftp, bool removePart);
    bool sftpFailure(sftp_session_struct *sftp, const QString &path);
    void failLocal(const QString &message, const QString &detail);
    void finish(std::optional<Error> error);

    quint64 m_id;
    Direction m_direction;
    QString m_localPath;
    QString m_remotePath;
    bool m_recursive;
    QString m_host;
    ssh_session_struct *m_session = nullptr;

    bool m_planned = false;
    bool m_done = false;
    bool m_cancelRequested = false;
    QList<Item> m_items; // folders first (parents before children), then files
    qsizetype m_index = 0;
    qint64 m_bytesDone = 0;
    qint64 m_bytesTotal = 0;
    SftpTransferResult m_result;

    // The file in progress.
    bool m_fileOpen = false;
    QFile m_local;
    sftp_file_struct *m_remote = nullptr;
    qint64 m_offset = 0; // next byte to request (download) or send (upload)
    std::deque<Read> m_reads;
    QByteArray m_buffer;
};

} // namespace gpudesk

Q_DECLARE_METATYPE(gpudesk::SftpTransferResult)
