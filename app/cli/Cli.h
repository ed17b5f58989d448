#pragma once

#include <QCoreApplication>
#include <QString>
#include "OutputTable.h"
#include "catalog/Offer.h"
#include "core/Result.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QJsonArray;
class QTextStream;

namespace gpudesk {

class Catalog;
class Clock;
class Database;
class SecretStore;
class Services;
class SshSession;
struct CliOptions;
struct JobSpec;
struct SshOptions;

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

    ~Cli();

    // Commands that talk to providers wait for them at most this long (tests shorten it).
    void setProviderTimeoutMs(int ms) { m_providerTimeoutMs = ms; }

private:
    int about(const QStringList &args);
    int providers(const QStringList &args, const QString &dataDir);
    int gpus(const QStringList &args);
    int offers(const QStringList &args, const QString &dataDir);

    // Jobs (CliJobs.cpp).
    int launch(const QStringList &args, const QString &dataDir);
    int validate(const QStringList &args);
    int importJob(const QStringList &args);
    int jobs(const QStringList &args, const QString &dataDir);
    int status(const QStringList &args, const QString &dataDir);
    int control(const QString &command, const QStringList &args, const QString &dataDir);
    int logs(const QStringList &args, const QString &dataDir);
    int orphans(const QStringList &args, const QString &dataDir);
    int sshConfig(const QStringList &args, const QString &dataDir);

    // Placement across providers (CliDispatch.cpp).
    int launchAuto(const JobSpec &job, const QString &source, OutputTable::Format format, bool dryRun,
                   const QString &dataDir);
    void printAttempts(const QString &jobId);
    QJsonArray attemptsJson(const QString &jobId);
    int sandbox(const QStringList &args, const QString &dataDir);

    // A command over SSH to a job's machine or any host (CliExec.cpp).
    int exec(const QStringList &args, const QString &dataDir);
    // Files both ways over SFTP (CliCopy.cpp).
    int copy(const QStringList &args, const QString &dataDir);
    // Shared by exec and cp (CliExec.cpp): -i/-r to their long names; the connection options for
    // JOB or ssh://user@host:port with --identity and --known-hosts (an InvalidInput error is a
    // usage error, see sshTargetError); and a session's host-key, passphrase and error handling
    // without prompts (the first error is kept in the returned slot).
    static QStringList sshShortOptions(const QStringList &args);
    Result<SshOptions> sshTarget(const QString &target, const CliOptions &opts, const QString &dataDir);
    int sshTargetError(const QString &command, const Error &error);
    std::shared_ptr<std::optional<Error>> watchSshSession(SshSession &session, bool acceptNew);

    // Keys and live offers (CliKeys.cpp).
    int keys(const QStringList &args, const QString &dataDir);
    // Fetches live offers (all active providers with a key, or the ids given), reports each provider's
    // outcome on stderr, and returns what was fetched; nullopt after printing why nothing could be.
    std::optional<QHash<QString, std::vector<Offer>>> refreshOffers(const QStringList &providerIds,
                                                                     const QString &dataDir);
    // Reads a secret from stdin (without echo on a terminal), one line.
    QString readSecretLine(const QString &prompt);

    // Costs and utilization (CliReports.cpp): they read the database only.
    int report(const QStringList &args, const QString &dataDir);
    int budget(const QStringList &args, const QString &dataDir);
    int idle(const QStringList &args, const QString &dataDir);
    int gpuUsage(const QStringList &args, const QString &dataDir);
    // The options of a list subcommand: --format only; the usage error's exit code when wrong.
    std::optional<int> readListFormat(const QString &command, const QStringList &args, OutputTable::Format &format);
    // Opens the data directory's database alone; nullptr after printing why.
    std::unique_ptr<Database> openDatabase(const QString &dataDir);

    // Opens the data directory's services once; nullptr after printing why.
    Services *services(const QString &dataDir);
    // Runs the event loop until `done` or the timeout; false on timeout.
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    bool waitIdle();

    int usageError(const QString &message);
    // Reads --format (table by default); returns the usage error's exit code when it is not
    // table, json or csv.
    std::optional<int> readFormat(const CliOptions &opts, OutputTable::Format &format);
    int runtimeError(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    Clock &m_clock;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<SecretStore> m_passphraseStore; // kept SSH key passphrases (exec, cp)
    QHash<QString, Error> m_credentialProblems; // keychain failures by provider id, from services()
    int m_providerTimeoutMs = 120000;
};

} // namespace gpudesk
