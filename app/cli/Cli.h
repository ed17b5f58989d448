#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QTextStream;

namespace gpudesk {

class Catalog;
class Clock;

// gpudesk-cli: the same core as the desktop app, for scripts and terminals.
// Exit codes: 0 ok, 1 runtime error, 2 usage or validation error. Errors go to `err`.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Ok = 0, RuntimeError = 1, UsageError = 2 };

    Cli(QTextStream &out, QTextStream &err, Clock &clock);

    // `args` without the program name. Global options (--data-dir, --lang) are already removed
    // by main(); `dataDir` is where the database lives.
    int run(const QStringList &args, const QString &dataDir);

    static QString usage();

private:
    int providers(const QStringList &args, const QString &dataDir);
    int gpus(const QStringList &args);
    int offers(const QStringList &args, const QString &dataDir);

    int usageError(const QString &message);
    int runtimeError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    Clock &m_clock;
};

} // namespace gpudesk
