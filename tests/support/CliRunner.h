#pragma once

// Runs the real gpudesk-cli (GPUDESK_CLI_PATH) on a data directory, in English whatever the
// machine's locale, and collects its exit code and output. Shared by the CLI tests.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace gpudesk::test {

struct CliRun
{
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

inline CliRun runCli(const QString &cli, const QStringList &args, const QString &dataDir, int timeoutMs = 120'000)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GPUDESK_DATA_DIR"), dataDir);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(cli, args);
    CliRun r;
    r.finished = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace gpudesk::test
