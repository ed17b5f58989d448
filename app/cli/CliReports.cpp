// gpudesk-cli report, budget, idle and usage: costs and utilization from the data directory's
// database. They read (and for budget/idle, write) SQLite only: no provider is called, no key read.

#include "Cli.h"
#include "CliOptions.h"
#include "OutputTable.h"
#include "billing/Budget.h"
#include "billing/BudgetMonitor.h"
#include "billing/BudgetRepository.h"
#include "billing/Ledger.h"
#include "core/AppContext.h"
#include "core/Clock.h"
#include "metrics/IdlePolicyRepository.h"
#include "metrics/MetricStore.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportExporter.h"
#include "storage/Database.h"
#include "storage/JobRepository.h"

#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace gpudesk {

namespace {

std::optional<QDate> isoDate(const QString &text)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        return std::nullopt;
    return d;
}

QString dollars(Money m)
{
    return m.toDecimalString();
}

} // namespace

std::unique_ptr<Database> Cli::openDatabase(const QString &dataDir)
{
    auto db = std::make_unique<Database>();
    if (auto r = db->open(QDir(dataDir).filePath(AppContext::databaseFileName())); !r) {
        runtimeError(r.error().message);
        return nullptr;
    }
    return db;
}

std::optional<int> Cli::readListFormat(const QString &command, const QStringList &args, OutputTable::Format &format)
{
    const auto opts = CliOptions::parse(command, args, { { { QStringLiteral("format"), true } }, 0, false });
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    return readFormat(opts, format);
}

int Cli::report(const QStringList &args, const QString &dataDir)
{
    const auto opts = CliOptions::parse(QStringLiteral("report"), args,
        { { { QStringLiteral("from"), true }, { QStringLiteral("to"), true }, { QStringLiteral("group-by"), true },
              { QStringLiteral("format"), true }, { QStringLiteral("output"), true },
              { QStringLiteral("time-zone"), true }, { QStringLiteral("idle-under"), true } },
            0, false });
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    const auto from = isoDate(opts.value(QStringLiteral("from")));
    const auto to = isoDate(opts.value(QStringLiteral("to")));
    if (!from || !to)
        return usageError(tr("report needs --from and --to as YYYY-MM-DD (both days included)"));
    if (*to < *from)
        return usageError(tr("--to (%1) is before --from (%2)").arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    const auto groupBy = Report::parseGroupBy(opts.has(QStringLiteral("group-by")) ? opts.value(QStringLiteral("group-by"))
                                                                                    : QStringLiteral("day"));
    if (!groupBy)
        return usageError(tr("--group-by must be day, provider, project, gpu or job, not \"%1\"")
                              .arg(opts.value(QStringLiteral("group-by"))));
    const auto format = ReportExporter::parseFormat(opts.has(QStringLiteral("format")) ? opts.value(QStringLiteral("format"))
                                                                                        : QStringLiteral("csv"));
    if (!format)
        return usageError(tr("--format must be csv, json, html or pdf, not \"%1\"").arg(opts.value(QStringLiteral("format"))));
    const QString output = opts.value(QStringLiteral("output"));
    if (*format == ReportExporter::Format::Pdf && output.isEmpty())
        return usageError(tr("a PDF report needs -o FILE"));
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (opts.has(QStringLiteral("time-zone"))) {
        zone = QTimeZone(opts.value(QStringLiteral("time-zone")).toUtf8());
        if (!zone.isValid())
            return usageError(tr("unknown time zone \"%1\" (an IANA name such as Europe/Berlin, or UTC)")
                                  .arg(opts.value(QStringLiteral("time-zone"))));
    }
    int idleUnder = 5;
    if (opts.has(QStringLiteral("idle-under"))) {
        bool ok = false;
        idleUnder = opts.value(QStringLiteral("idle-under")).toInt(&ok);
        if (!ok || idleUnder < 0 || idleUnder > 100)
            return usageError(tr("--idle-under must be a percentage from 0 to 100"));
    }
    if (*format == ReportExporter::Format::Pdf && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return runtimeError(tr("PDF reports need the graphics library; run gpudesk-cli as installed."));

    auto db = openDatabase(dataDir);
    if (!db)
        return RuntimeError;
    Ledger ledger(*db, m_clock);
    MetricStore metrics(*db);
    JobRepository jobs(*db, m_clock);
    ReportBuilder builder(ledger, &metrics, &jobs);
    builder.setIdleThresholdPercent(idleUnder);
    const auto [periodFrom, periodTo] = Report::daysPeriod(*from, *to, zone);
    auto report = builder.build(periodFrom, periodTo, *groupBy, m_clock.now(), zone);
    if (!report)
        return runtimeError(report.error().message);
    if (output.isEmpty() || output == QStringLiteral("-")) {
        m_out << QString::fromUtf8(ReportExporter::render(*report, *format));
        return Ok;
    }
    if (auto written = ReportExporter::write(*report, *format, output); !written)
        return runtimeError(written.error().message);
    // The total on stderr, so a script sees what was written without parsing the file.
    m_err << tr("Wrote %1: %2 estimated, %3 simulated, %n row(s).", nullptr, int(report->rows.size()))
                 .arg(output, report->total.estimated.toString(2), report->total.simulated.toString(2))
          << "\n";
    return Ok;
}

int Cli::budget(const QStringList &args, const QString &dataDir)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QStringLiteral("set")) {
        const auto opts = CliOptions::parse(QStringLiteral("budget set"), rest,
            { { { QStringLiteral("monthly"), true }, { QStringLiteral("project"), true },
                  { QStringLiteral("provider"), true }, { QStringLiteral("auto-stop"), false } },
                0, false });
        if (!opts.error.isEmpty())
            return usageError(opts.error);
        const auto amount = Money::parse(opts.value(QStringLiteral("monthly")));
        if (!amount || amount->micros() <= 0)
            return usageError(tr("budget set needs --monthly USD, an amount above 0 (e.g. 500 or 1250.50)"));
        auto db = openDatabase(dataDir);
        if (!db)
            return RuntimeError;
        BudgetRepository repo(*db);
        Budget b;
        b.monthly = *amount;
        b.project = opts.value(QStringLiteral("project"));
        b.providerId = opts.value(QStringLiteral("provider"));
        b.autoStop = opts.has(QStringLiteral("auto-stop"));
        b.createdAt = m_clock.now();
        auto stored = repo.set(b);
        if (!stored)
            return runtimeError(stored.error().message);
        m_out << tr("Budget %1: %2 a month for %3%4")
                     .arg(stored->id)
                     .arg(stored->monthly.toString(2), stored->scopeText(),
                         stored->autoStop ? tr(", its jobs stopped at 100 %") : QString())
              << "\n";
        return Ok;
    }
    if (sub == QStringLiteral("remove")) {
        const auto opts = CliOptions::parse(QStringLiteral("budget remove"), rest, { {}, 1, false });
        if (!opts.error.isEmpty())
            return usageError(opts.error);
        bool ok = false;
        const qint64 id = opts.positionals.value(0).toLongLong(&ok);
        if (!ok)
            return usageError(tr("budget remove needs the budget's id (gpudesk-cli budget list shows it)"));
        auto db = openDatabase(dataDir);
        if (!db)
            return RuntimeError;
        BudgetRepository repo(*db);
        if (auto removed = repo.remove(id); !removed)
            return runtimeError(removed.error().message);
        m_out << tr("Budget %1 removed.").arg(id) << "\n";
        return Ok;
    }
    if (sub != QStringLiteral("list") && !sub.isEmpty() && !sub.startsWith(QStringLiteral("--")))
        return usageError(tr("budget takes set, list or remove, not \"%1\"").arg(sub));
    OutputTable::Format format;
    if (const auto bad = readListFormat(QStringLiteral("budget list"), sub == QStringLiteral("list") ? rest : args, format))
        return *bad;
    auto db = openDatabase(dataDir);
    if (!db)
        return RuntimeError;
    Ledger ledger(*db, m_clock);
    BudgetRepository repo(*db);
    BudgetMonitor monitor(ledger, repo, m_clock);
    auto statuses = monitor.statuses();
    if (!statuses)
        return runtimeError(statuses.error().message);
    using K = OutputTable::Kind;
    OutputTable table({ { QStringLiteral("id"), tr("ID"), K::Number, true }, { QStringLiteral("scope"), tr("SCOPE") },
        { QStringLiteral("project"), tr("PROJECT") }, { QStringLiteral("provider"), tr("PROVIDER") },
        { QStringLiteral("monthly_usd"), tr("MONTHLY"), K::Number, true },
        { QStringLiteral("spent_usd"), tr("SPENT"), K::Number, true },
        { QStringLiteral("percent"), tr("%"), K::Number, true },
        { QStringLiteral("burn_usd_per_hour"), tr("BURN/H"), K::Number, true },
        { QStringLiteral("month_end_forecast_usd"), tr("MONTH END"), K::Number, true },
        { QStringLiteral("runs_out_at"), tr("RUNS OUT") }, { QStringLiteral("auto_stop"), tr("AUTO-STOP"), K::Bool } });
    for (const BudgetStatus &s : *statuses) {
        table.addRow({ QString::number(s.budget.id), s.budget.scopeText(), s.budget.project, s.budget.providerId,
            dollars(s.budget.monthly), dollars(s.spent), QString::number(s.percent), dollars(s.burnRatePerHour),
            dollars(s.monthEndForecast), s.runsOutAt ? s.runsOutAt->toString(Qt::ISODate) : QString(),
            s.budget.autoStop ? QStringLiteral("true") : QStringLiteral("false") });
    }
    table.write(m_out, format);
    if (statuses->isEmpty() && format == OutputTable::Format::Table)
        m_err << tr("No budgets yet. \"gpudesk-cli budget set --monthly USD\" sets one.") << "\n";
    return Ok;
}

int Cli::idle(const QStringList &args, const QString &dataDir)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QStringLiteral("set")) {
        const auto opts = CliOptions::parse(QStringLiteral("idle set"), rest,
            { { { QStringLiteral("job"), true }, { QStringLiteral("under"), true }, { QStringLiteral("for"), true },
                  { QStringLiteral("action"), true }, { QStringLiteral("grace"), true }, { QStringLiteral("off"), false } },
                0, false });
        if (!opts.error.isEmpty())
            return usageError(opts.error);
        IdlePolicy p;
        p.jobId = opts.value(QStringLiteral("job"));
        p.enabled = !opts.has(QStringLiteral("off"));
        bool ok = true;
        if (opts.has(QStringLiteral("under")))
            p.thresholdPercent = opts.value(QStringLiteral("under")).toInt(&ok);
        if (!ok || p.thresholdPercent < 0 || p.thresholdPercent > 100)
            return usageError(tr("--under must be a percentage from 0 to 100"));
        if (opts.has(QStringLiteral("for")))
            p.windowSeconds = qint64(opts.value(QStringLiteral("for")).toInt(&ok)) * 60;
        if (!ok || p.windowSeconds <= 0)
            return usageError(tr("--for must be a number of minutes above 0"));
        if (opts.has(QStringLiteral("grace")))
            p.graceSeconds = qint64(opts.value(QStringLiteral("grace")).toInt(&ok)) * 60;
        if (!ok || p.graceSeconds < 0)
            return usageError(tr("--grace must be a number of minutes"));
        if (opts.has(QStringLiteral("action"))) {
            const auto action = IdlePolicy::parseAction(opts.value(QStringLiteral("action")));
            if (!action)
                return usageError(tr("--action must be warn, stop or warn-then-stop"));
            p.action = *action;
        }
        auto db = openDatabase(dataDir);
        if (!db)
            return RuntimeError;
        if (!p.jobId.isEmpty()) {
            JobRepository jobs(*db, m_clock);
            auto job = jobs.find(p.jobId);
            if (!job)
                return runtimeError(job.error().message);
            p.jobId = job->id;
        }
        IdlePolicyRepository repo(*db);
        if (auto r = repo.set(p); !r)
            return runtimeError(r.error().message);
        m_out << tr("Idle policy for %1: %2").arg(p.jobId.isEmpty() ? tr("every job without its own") : p.jobId,
                     p.enabled ? tr("GPUs under %1 % for %n minute(s): %2", nullptr, int(p.windowSeconds / 60))
                                     .arg(p.thresholdPercent)
                                     .arg(IdlePolicy::actionKey(p.action))
                               : tr("off"))
              << "\n";
        return Ok;
    }
    if (sub == QStringLiteral("remove")) {
        const auto opts = CliOptions::parse(QStringLiteral("idle remove"), rest, { { { QStringLiteral("job"), true } }, 0, false });
        if (!opts.error.isEmpty())
            return usageError(opts.error);
        auto db = openDatabase(dataDir);
        if (!db)
            return RuntimeError;
        IdlePolicyRepository repo(*db);
        if (auto r = repo.remove(opts.value(QStringLiteral("job"))); !r)
            return runtimeError(r.error().message);
        return Ok;
    }
    if (sub != QStringLiteral("list") && !sub.isEmpty() && !sub.startsWith(QStringLiteral("--")))
        return usageError(tr("idle takes set, list or remove, not \"%1\"").arg(sub));
    OutputTable::Format format;
    if (const auto bad = readListFormat(QStringLiteral("idle list"), sub == QStringLiteral("list") ? rest : args, format))
        return *bad;
    auto db = openDatabase(dataDir);
    if (!db)
        return RuntimeError;
    IdlePolicyRepository repo(*db);
    auto list = repo.list();
    if (!list)
        return runtimeError(list.error().message);
    using K = OutputTable::Kind;
    OutputTable table({ { QStringLiteral("job"), tr("JOB") }, { QStringLiteral("enabled"), tr("ON"), K::Bool },
        { QStringLiteral("under_percent"), tr("UNDER %"), K::Number, true },
        { QStringLiteral("for_minutes"), tr("FOR MIN"), K::Number, true }, { QStringLiteral("action"), tr("ACTION") },
        { QStringLiteral("grace_minutes"), tr("GRACE MIN"), K::Number, true } });
    for (const IdlePolicy &p : *list) {
        table.addRow({ p.jobId.isEmpty() ? QStringLiteral("(default)") : p.jobId,
            p.enabled ? QStringLiteral("true") : QStringLiteral("false"), QString::number(p.thresholdPercent),
            QString::number(p.windowSeconds / 60), IdlePolicy::actionKey(p.action), QString::number(p.graceSeconds / 60) });
    }
    table.write(m_out, format);
    return Ok;
}

int Cli::gpuUsage(const QStringList &args, const QString &dataDir)
{
    const auto opts = CliOptions::parse(QStringLiteral("usage"), args,
        { { { QStringLiteral("job"), true }, { QStringLiteral("format"), true } }, 0, false });
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    OutputTable::Format format;
    if (const auto bad = readFormat(opts, format))
        return *bad;
    auto db = openDatabase(dataDir);
    if (!db)
        return RuntimeError;
    JobRepository jobs(*db, m_clock);
    MetricStore metrics(*db);
    QStringList jobIds;
    if (opts.has(QStringLiteral("job"))) {
        auto job = jobs.find(opts.value(QStringLiteral("job")));
        if (!job)
            return runtimeError(job.error().message);
        jobIds << job->id;
    } else {
        auto active = jobs.active();
        if (!active)
            return runtimeError(active.error().message);
        for (const JobRecord &job : *active)
            jobIds << job.id;
    }
    using K = OutputTable::Kind;
    OutputTable table({ { QStringLiteral("job"), tr("JOB") }, { QStringLiteral("gpu"), tr("GPU"), K::Number, true },
        { QStringLiteral("name"), tr("NAME") }, { QStringLiteral("at"), tr("AT") },
        { QStringLiteral("utilization_percent"), tr("UTIL %"), K::Number, true },
        { QStringLiteral("memory_used_mib"), tr("MEM MiB"), K::Number, true },
        { QStringLiteral("memory_total_mib"), tr("OF MiB"), K::Number, true },
        { QStringLiteral("power_w"), tr("POWER W"), K::Number, true },
        { QStringLiteral("temperature_c"), tr("TEMP °C"), K::Number, true } });
    auto number = [](auto v) { return v ? QString::number(*v) : QString(); };
    for (const QString &jobId : jobIds) {
        auto latest = metrics.latest(jobId);
        if (!latest)
            return runtimeError(latest.error().message);
        for (const GpuSample &s : *latest) {
            const GpuReading &g = s.reading;
            table.addRow({ jobId, QString::number(g.index), g.name, s.at.toString(Qt::ISODate),
                number(g.utilizationPercent), number(g.memoryUsedMiB), number(g.memoryTotalMiB),
                g.powerCentiWatts ? QString::number(*g.powerCentiWatts / 100.0, 'f', 2) : QString(),
                number(g.temperatureC) });
        }
    }
    table.write(m_out, format);
    if (table.rowCount() == 0 && format == OutputTable::Format::Table)
        m_err << tr("No samples yet: GPU Desk samples running jobs every 10 seconds while the desktop app runs.") << "\n";
    return Ok;
}

} // namespace gpudesk
