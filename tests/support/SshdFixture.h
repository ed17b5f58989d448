#pragma once

// Starts OpenSSH's real sshd on 127.0.0.1 for tests: its own host key, authorized_keys and config
// in a QTemporaryDir, run in the foreground (-D -e) as the current user, on a free port. Tests
// make user keys with ssh-keygen, kill the per-connection child to drop a session, restart sshd on
// the same port, or give it a new host key to see a changed-key refusal.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

class SshdFixture
{
public:
    SshdFixture() = default;
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;
    ~SshdFixture() { stop(); }

    // Empty when sshd can run here, else why not (the test then skips).
    QString prepare()
    {
        m_sshd = QStringLiteral("/usr/sbin/sshd");
        m_keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
        if (!QFile::exists(m_sshd) || m_keygen.isEmpty())
            return QStringLiteral("OpenSSH's sshd or ssh-keygen is not installed");
        if (!m_dir.isValid())
            return QStringLiteral("no temporary directory");
        // As root, sshd insists on its privilege separation directory (what the openssh-server
        // service would create at boot).
        if (::geteuid() == 0 && !QDir(QStringLiteral("/run/sshd")).exists()
            && !QDir().mkpath(QStringLiteral("/run/sshd")))
            return QStringLiteral("cannot create /run/sshd");
        QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        if (!newHostKey())
            return QStringLiteral("ssh-keygen could not make a host key");
        QFile(path(QStringLiteral("authorized_keys"))).open(QIODevice::WriteOnly);
        return {};
    }

    // prepare(), one authorized key `name` (protected by `passphrase` unless empty) and start():
    // the key's path, empty on failure.
    QString startWithUserKey(const QString &name = QStringLiteral("id_user"), const QString &passphrase = {})
    {
        if (!prepare().isEmpty())
            return {};
        const QString key = makeUserKey(name, passphrase);
        return !key.isEmpty() && start() ? key : QString();
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    quint16 port() const { return m_port; }
    QString hostKeyPath() const { return path(QStringLiteral("host_key_%1").arg(m_hostKeyGeneration)); }

    static QString currentUser()
    {
        const passwd *pw = ::getpwuid(::geteuid());
        return pw ? QString::fromLocal8Bit(pw->pw_name) : qEnvironmentVariable("USER");
    }

    // The raw public host key (the middle field of its .pub file).
    QByteArray hostKeyBlob() const
    {
        QFile pub(hostKeyPath() + QStringLiteral(".pub"));
        if (!pub.open(QIODevice::ReadOnly))
            return {};
        return QByteArray::fromBase64(pub.readAll().split(' ').value(1));
    }

    // A new ed25519 host key; takes effect at the next start().
    bool newHostKey()
    {
        ++m_hostKeyGeneration;
        return keygen({ QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
            QString(), QStringLiteral("-f"), hostKeyPath() });
    }

    // A user key at `name` (with `passphrase`, empty for none); its public key is added to
    // authorized_keys when `authorize`.
    QString makeUserKey(const QString &name, const QString &passphrase = {}, bool authorize = true)
    {
        const QString key = path(name);
        if (!keygen({ QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                passphrase, QStringLiteral("-C"), name, QStringLiteral("-f"), key }))
            return {};
        if (authorize) {
            QFile pub(key + QStringLiteral(".pub"));
            QFile authorized(path(QStringLiteral("authorized_keys")));
            if (!pub.open(QIODevice::ReadOnly) || !authorized.open(QIODevice::Append))
                return {};
            authorized.write(pub.readAll());
        }
        return key;
    }

    // Starts sshd (on the same port as before, or a free one the first time) and waits until it
    // listens.
    bool start()
    {
        stop();
        for (int tries = 0; tries < 5; ++tries) {
            if (!m_keepPort || m_port == 0) {
                QTcpServer probe;
                if (!probe.listen(QHostAddress::LocalHost, 0))
                    return false;
                m_port = probe.serverPort();
            }
            if (launch())
                return true;
        }
        return false;
    }

    // Stops and starts sshd on the same port (clients see their connections drop).
    bool restart()
    {
        m_keepPort = true;
        const bool ok = start();
        m_keepPort = false;
        return ok;
    }

    void stop()
    {
        if (!m_process)
            return;
        const qint64 pid = m_process->processId();
        killChildren(pid, SIGKILL);
        m_process->kill();
        m_process->waitForFinished(10000);
        m_log += m_process->readAllStandardError();
        m_process.reset();
    }

    // Kills every per-connection sshd process (the listener survives): the clients see the
    // connection drop as on a network failure.
    int killSessions() { return signalSessions(SIGKILL); }

    // SIGSTOP freezes the sessions (a link that silently stops answering), SIGCONT thaws them.
    int signalSessions(int signal) { return m_process ? killChildren(m_process->processId(), signal) : 0; }

    QByteArray log()
    {
        if (m_process)
            m_log += m_process->readAllStandardError();
        return m_log;
    }

private:
    bool keygen(const QStringList &arguments)
    {
        QProcess p;
        p.start(m_keygen, arguments);
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    bool launch()
    {
        const QString config = path(QStringLiteral("sshd_config"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        const QString text
            = QStringLiteral("Port %1\n"
                             "ListenAddress 127.0.0.1\n"
                             "HostKey %2\n"
                             "PidFile %3\n"
                             "AuthorizedKeysFile %4\n"
                             "UsePAM no\n"
                             "StrictModes no\n"
                             "PermitRootLogin prohibit-password\n"
                             "PubkeyAuthentication yes\n"
                             "PasswordAuthentication no\n"
                             "KbdInteractiveAuthentication no\n"
                             "AllowTcpForwarding yes\n"
                             "PermitTTY yes\n"
                             "PrintMotd no\n"
                             "PrintLastLog no\n"
                             "UseDNS no\n"
                             "LogLevel VERBOSE\n"
                             "Subsystem sftp internal-sftp\n")
                  .arg(m_port)
                  .arg(hostKeyPath(), path(QStringLiteral("sshd.pid")), path(QStringLiteral("authorized_keys")));
        file.write(text.toUtf8());
        file.close();

        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(m_sshd, { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config });
        if (!m_process->waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        const QByteArray ready = "Server listening on 127.0.0.1 port " + QByteArray::number(m_port);
        while (timer.elapsed() < 30000) {
            m_process->waitForReadyRead(200);
            m_log += m_process->readAllStandardError();
            if (m_log.contains(ready)) {
                m_log.clear();
                return true;
            }
            if (m_process->state() == QProcess::NotRunning)
                break;
        }
        qWarning("sshd did not start: %s", m_log.constData());
        m_process->kill();
        m_process->waitForFinished(5000);
        m_process.reset();
        return false;
    }

    // The sshd processes among the descendants of `parent` (sshd forks a monitor per connection,
    // which forks the network child, which forks the user's shell), parents first. The shells are
    // left to the hangup that follows, as on a real network drop: a SIGKILL in the middle of
    // their startup files can leave those files' locks behind (pyenv's rehash lock then made every
    // later login wait 60 s on this project's machines).
    static int killChildren(qint64 parent, int signal)
    {
        QHash<qint64, QList<qint64>> children;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool ok = false;
            const qint64 pid = entry.toLongLong(&ok);
            if (!ok)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const qsizetype close = line.lastIndexOf(')');
            const QList<QByteArray> fields = line.mid(close + 2).split(' ');
            if (fields.size() > 1)
                children[fields.at(1).toLongLong()].append(pid);
        }
        int killed = 0;
        QList<qint64> queue = children.value(parent);
        while (!queue.isEmpty()) {
            const qint64 pid = queue.takeFirst();
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            const QByteArray name = comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
            if (name.startsWith("sshd")) { // "sshd", or "sshd-session" in newer OpenSSH
                ::kill(pid_t(pid), signal);
                ++killed;
            }
            queue += children.value(pid);
        }
        return killed;
    }

    QTemporaryDir m_dir;
    QString m_sshd;
    QString m_keygen;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_log;
    quint16 m_port = 0;
    bool m_keepPort = false;
    int m_hostKeyGeneration = 0;
};
