#include "SshSession.h"

#include "ssh/SshWorker.h"

#include <algorithm>

namespace gpudesk {

SshSession::SshSession(SshOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_worker(new SshWorker(m_options, this))
{
    m_thread.setObjectName(QStringLiteral("ssh %1").arg(m_options.displayName()));
    m_worker->moveToThread(&m_thread);
    m_stallTimer.setInterval(std::clamp(m_options.stallTimeoutMs / 4, 50, 1000));
    connect(&m_stallTimer, &QTimer::timeout, this, [this] { m_stallWatch.breakIfBlocked(m_options.stallTimeoutMs); });

    m_thread.start();
}

SshSession::~SshSession()
{
    // Interrupt a handshake step in progress, then close and delete the worker on its own thread
    // (its notifier, timers and servers belong to that thread).
    m_worker->abortFlag().store(true);
    m_stallWatch.setClosing(true); // an SFTP call waiting on a silent server ends at once
    SshWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->stop();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template <typename F> void SshSession::post(F function)
{
    QMetaObject::invokeMethod(m_worker, std::move(function), Qt::QueuedConnection);
}

void SshSession::setStateFromWorker(State state)
{
    m_state = state;
    emit stateChanged(state);
}

void SshSession::shellOpenedFromWorker(quint64 epoch)
{
    // Everything handed out so far belongs to the earlier shell: its consumption no longer counts.
    m_shellEpoch = epoch;
    m_staleShellBytes = m_shellEmitted - m_shellConsumed;
    emit shellOpened();
}

void SshSession::shellDataFromWorker(const QByteArray &data)
{
    m_shellEmitted += data.size();
    emit shellData(data);
}

void SshSession::setShellFlowControl(qint64 windowBytes)
{
    post([worker = m_worker, windowBytes] { worker->setShellWindow(windowBytes); });
}

void SshSession::consumeShellData(qint64 bytes)
{
    bytes = std::min(bytes, m_shellEmitted - m_shellConsumed);
    if (bytes <= 0)
        return;
    m_shellConsumed += bytes;
    const qint64 stale = std::min(bytes, m_staleShellBytes);
    m_staleShellBytes -= stale;
    bytes -= stale;
    if (bytes > 0)
        post([worker = m_worker, epoch = m_shellEpoch, bytes] { worker->consumeShell(epoch, bytes); });
}

SshSession::ShellFlowStats SshSession::shellFlowStats() const
{
    return m_worker->shellFlowStats();
}

void SshSession::finishExecFromWorker(quint64 id, const SshExecResult &result)
{
    const ExecReply reply = m_execReplies.take(id);
    if (reply) {
        if (result.error)
            reply(*result.error);
        else
            reply(result);
    }
    emit execFinished(id, result);
}

void SshSession::forwardListeningFromWorker(int id, quint16 localPort)
{
    for (SshLocalForward &forward : m_forwards) {
        if (forward.id == id)
            forward.localPort = localPort;
    }
    emit localForwardListening(id, localPort);
}

void SshSession::forwardFailedFromWorker(int id, const Error &error)
{
    m_forwards.removeIf([id](const SshLocalForward &forward) { return forward.id == id; });
    emit localForwardFailed(id, error);
}

void SshSession::connectToHost()
{
    m_worker->abortFlag().store(false);
    m_stallWatch.setClosing(false);
    post([worker = m_worker] { worker->start(); });
}

void SshSession::disconnectFromHost()
{
    m_worker->abortFlag().store(true);
    m_stallWatch.setClosing(true);
    post([this, worker = m_worker] {
        worker->stop();
        worker->abortFlag().store(false);
        m_stallWatch.setClosing(false); // thread-safe; the worker is done with the old socket
    });
}

void SshSession::acceptHostKey(bool permanently)
{
    post([worker = m_worker, permanently] { worker->acceptHostKey(permanently); });
}

void SshSession::rejectHostKey()
{
    post([worker = m_worker] { worker->rejectHostKey(); });
}

void SshSession::providePassphrase(const QString &passphrase)
{
    post([worker = m_worker, passphrase] { worker->providePassphrase(passphrase); });
}

void SshSession::skipKey()
{
    post([worker = m_worker] { worker->skipPassphrase(); });
}

void SshSession::answerPrompts(const QStringList &answers)
{
    post([worker = m_worker, answers] { worker->answerPrompts(answers); });
}

void SshSession::openShell(int columns, int rows, const QString &command)
{
    post([worker = m_worker, columns, rows, command] { worker->openShell(columns, rows, command); });
}

void SshSession::resizeShell(int columns, int rows)
{
    post([worker = m_worker, columns, rows] { worker->resizeShell(columns, rows); });
}

void SshSession::writeShell(const QByteArray &data)
{
    post([worker = m_worker, data] { worker->writeShell(data); });
}

void SshSession::closeShell()
{
    post([worker = m_worker] { worker->closeShell(); });
}

quint64 SshSession::exec(const QString &command, ExecReply reply)
{
    const quint64 id = m_nextExecId++;
    if (reply)
        m_execReplies.insert(id, std::move(reply));
    post([worker = m_worker, id, command] { worker->exec(id, command); });
    return id;
}

int SshSession::addLocalForward(quint16 localPort, const QString &remoteHost, quint16 remotePort)
{
    const int id = m_nextForwardId++;
    m_forwards.append({ id, 0, remoteHost, remotePort });
    post([worker = m_worker, id, localPort, remoteHost, remotePort] {
        worker->addLocalForward(id, localPort, remoteHost, remotePort);
    });
    return id;
}

void SshSession::removeLocalForward(int id)
{
    m_forwards.removeIf([id](const SshLocalForward &forward) { return forward.id == id; });
    post([worker = m_worker, id] { worker->removeLocalForward(id); });
}

void SshSession::watchBlocking(quint64 id)
{
    m_blockingWork.insert(id);
    if (!m_stallTimer.isActive())
        m_stallTimer.start();
}

void SshSession::unwatchBlocking(quint64 id)
{
    m_blockingWork.remove(id);
    if (m_blockingWork.isEmpty())
        m_stallTimer.stop();
}

void SshSession::finishTransferFromWorker(quint64 id, const SftpTransferResult &result)
{
    unwatchBlocking(id);
    const TransferReply reply = m_transferReplies.take(id);
    if (reply)
        reply(result);
    emit transferFinished(id, result);
}

quint64 SshSession::startTransfer(SftpTransfer::Direction direction, const QString &localPath,
                                  const QString &remotePath, bool recursive, TransferReply reply)
{
    const quint64 id = m_nextTransferId++;
    if (reply)
        m_transferReplies.insert(id, std::move(reply));
    watchBlocking(id);
    post([worker = m_worker, id, direction, localPath, remotePath, recursive] {
        worker->transfer(id, direction, localPath, remotePath, recursive);
    });
    return id;
}

quint64 SshSession::upload(const QString &localPath, const QString &remotePath, bool recursive, TransferReply reply)
{
    return startTransfer(SftpTransfer::Direction::Upload, localPath, remotePath, recursive, std::move(reply));
}

quint64 SshSession::download(const QString &remotePath, const QString &localPath, bool recursive, TransferReply reply)
{
    return startTransfer(SftpTransfer::Direction::Download, localPath, remotePath, recursive, std::move(reply));
}

void SshSession::listRemoteDirectory(const QString &path, ListReply reply)
{
    const quint64 id = m_nextTransferId++;
    m_listReplies.insert(id, std::move(reply));
    watchBlocking(id);
    post([worker = m_worker, id, path] { worker->listDirectory(id, path); });
}

void SshSession::finishListFromWorker(quint64 id, const Result<SftpListing> &result)
{
    unwatchBlocking(id);
    const ListReply reply = m_listReplies.take(id);
    if (reply)
        reply(result);
}

void SshSession::cancelTransfer(quint64 id)
{
    post([worker = m_worker, id] { worker->cancelTransfer(id); });
}

void SshSession::simulateConnectionLoss()
{
    post([worker = m_worker] { worker->simulateConnectionLoss(); });
}

} // namespace gpudesk
