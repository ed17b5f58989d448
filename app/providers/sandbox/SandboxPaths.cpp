#include "SandboxPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace gpudesk {

SandboxPaths::SandboxPaths(QString dataDir)
    : m_dataDir(QDir::cleanPath(std::move(dataDir)))
{
}

QString SandboxPaths::sandboxDir() const
{
    return m_dataDir + QStringLiteral("/sandbox");
}

QString SandboxPaths::socketPath() const
{
    const QString inDataDir = sandboxDir() + QStringLiteral("/sandboxd.sock");
    if (QFile::encodeName(inDataDir).size() < 100)
        return inDataDir;
    const QByteArray hash = QCryptographicHash::hash(QFile::encodeName(m_dataDir), QCryptographicHash::Sha256);
    return QDir::tempPath() + QStringLiteral("/gpudesk-sandboxd-")
        + QString::fromLatin1(hash.toHex().left(16)) + QStringLiteral(".sock");
}

QString SandboxPaths::lockPath() const
{
    return sandboxDir() + QStringLiteral("/sandboxd.lock");
}

QString SandboxPaths::daemonLogPath() const
{
    return sandboxDir() + QStringLiteral("/sandboxd.log");
}

QString SandboxPaths::podsDir() const
{
    return sandboxDir() + QStringLiteral("/pods");
}

QString SandboxPaths::podDir(const QString &podId) const
{
    return podsDir() + u'/' + podId;
}

QString SandboxPaths::keysDir() const
{
    return m_dataDir + QStringLiteral("/keys");
}

QString SandboxPaths::defaultPrivateKey() const
{
    return keysDir() + QStringLiteral("/gpudesk_ed25519");
}

QString SandboxPaths::podStateFile(const QString &podDir)
{
    return podDir + QStringLiteral("/pod.json");
}

QString SandboxPaths::podHome(const QString &podDir)
{
    return podDir + QStringLiteral("/home");
}

QString SandboxPaths::podBin(const QString &podDir)
{
    return podDir + QStringLiteral("/bin");
}

QString SandboxPaths::podLogFile(const QString &podDir)
{
    return podDir + QStringLiteral("/logs/job.log");
}

QString SandboxPaths::podExitFile(const QString &podDir)
{
    return podDir + QStringLiteral("/exit-status");
}

QString SandboxPaths::podSshDir(const QString &podDir)
{
    return podDir + QStringLiteral("/ssh");
}

QString SandboxPaths::podGpuSampleFile(const QString &podDir)
{
    return podDir + QStringLiteral("/gpu-sample.json");
}

} // namespace gpudesk
