// gpudesk-cli's job commands: launch, validate, import, jobs, status, stop/start/terminate, logs,
// orphans, ssh-config. They run the same JobManager as the desktop app, with the event loop turning
// until the provider has answered.

#include "Cli.h"
#include "CliOptions.h"
#include "OutputTable.h"
#include "catalog/Catalog.h"
#include "dispatch/Dispatcher.h"
#include "jobs/JobManager.h"
#include "jobs/JobSpecValidator.h"
#include "jobs/JobTemplates.h"
#include "jobs/JobYaml.h"
#include "providers/ProviderRegistry.h"
#include "services/Services.h"
#include "storage/JobRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>

namespace gpudesk {

namespace {

QJsonObject jobJson(const JobRecord &job, const QString &cost)
{
    QJsonObject o{{QStringLiteral("id"), job.id},
                  {QStringLiteral("name"), job.spec.name},
                  {QStringLiteral("state"), JobStates::key(job.state)},
                  {QStringLiteral("provider"), job.providerId},
                  {QStringLiteral("instance_id"), job.instanceId},
                  {QStringLiteral("gpu_model"), job.spec.gpuModel},
                  {QStringLiteral("gpu_count"), job.spec.gpuCount},
                  {QStringLiteral("nodes"), job.spec.nodes},
                  {QStringLiteral("image"), job.spec.image},
                  {QStringLiteral("message"), job.message},
                  {QStringLiteral("created_at"), job.createdAt.toString(Qt::ISODate)},
                  {QStringLiteral("state_changed_at"), job.stateChangedAt.toString(Qt::ISODate)}};
    // Money as decimal strings: JSON numbers would pass through a double.
    o.insert(QStringLiteral("price_usd_per_hour"), job.pricePerHour ? QJsonValue(job.pricePerHour->toDecimalString()) : QJsonValue());
    o.insert(QStringLiteral("cost_usd_so_far"), cost.isEmpty() ? QJsonValue() : QJsonValue(cost));
    o.insert(QStringLiteral("exit_code"), job.exitCode ? QJsonValue(*job.exitCode) : QJsonValue());
    return o;
}

} // namespace

Services *Cli::services(const QString &dataDir)
{
    if (m_services)
        return m_services.get();
    auto s = std::make_unique<Services>(m_clock);
    if (auto opened = s->open(dataDir); !opened) {
        runtimeError(opened.error().message);
        return nullptr;
    }
    if (auto db = s->requireDatabase(); !db) {
        runtimeError(db.error().message);
        return nullptr;
    }
    // Cloud providers need their keys before any call (reconcile, launch, refresh). A keychain
    // problem is kept for the commands that need that provider; the Sandbox works without.
    auto loaded = std::make_shared<std::optional<QHash<QString, Error>>>();
    s->loadCredentials([loaded](QHash<QString, Error> problems) { *loaded = std::move(problems); });
    if (waitUntil([loaded] { return loaded->has_value(); }, 30000))
        m_credentialProblems = **loaded;
    else
        m_err << tr("gpudesk-cli: the keychain did not answer within 30 seconds; continuing without stored keys.") << "\n";
    // Preemptions and relaunches are news: say them as they happen.
    QObject::connect(s->dispatcher(), &Dispatcher::notice, s->dispatcher(),
                     [this](const QString &, const QString &message) { m_err << message << "\n"; });
    m_services = std::move(s);
    return m_services.get();
}

bool Cli::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

bool Cli::waitIdle()
{
    JobManager *manager = m_services->jobManager();
    Dispatcher *dispatcher = m_services->dispatcher();
    // A placement in progress (failover, a relaunch after a preemption) counts as busy too.
    if (waitUntil([manager, dispatcher] { return !manager->busy() && !(dispatcher && dispatcher->busy()); }, m_providerTimeoutMs))
        return true;
    runtimeError(tr("The provider did not answer within %n second(s). The job's state is stored; check it again "
                    "with \"gpudesk-cli jobs\".",
                    nullptr, m_providerTimeoutMs / 1000));
    return false;
}

int Cli::validate(const QStringList &args)
{
    const auto opts = CliOptions::parse(QStringLiteral("validate"), args, {{}, 1, false});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    if (opts.positionals.isEmpty())
        return usageError(tr("validate needs a job file: gpudesk-cli validate FILE.yaml"));
    const QString path = opts.positionals.first();
    auto read = JobYaml::readFile(path);
    if (!read)
        return usageError(read.error().message);
    for (const JobYamlWarning &w : std::as_const(read->warnings))
        m_err << w.toString(path) << "\n";
    auto catalog = Catalog::loadBundled(m_clock);
    if (!catalog)
        return runtimeError(catalog.error().message);
    ValidationContext context;
    context.gpuSpecs = &catalog->specs();
    const int offer = catalog->findOffer(read->spec.providerId, read->spec.instanceType, read->spec.gpuModel,
                                         read->spec.gpuCount);
    if (offer >= 0)
        context.offer = catalog->offers()[size_t(offer)];
    const auto errors = JobSpecValidator::validate(read->spec, context);
    for (const FieldError &e : errors)
        m_err << path << ": " << e.field << ": " << e.message << "\n";
    if (!errors.isEmpty()) {
        m_err.flush();
        return UsageError;
    }
    m_out << tr("%1: valid").arg(path) << "\n";
    return Ok;
}

int Cli::importJob(const QStringList &args)
{
    const auto opts = CliOptions::parse(QStringLiteral("import"), args, {{{QStringLiteral("output"), true}}, 2, false});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    if (opts.positionals.size() != 2)
        return usageError(tr("import needs a format and a file: gpudesk-cli import skypilot|dstack FILE -o OUT.yaml"));
    const auto format = JobYaml::importFormatFromKey(opts.positionals.at(0));
    if (!format)
        return usageError(tr("import reads skypilot or dstack files, not \"%1\"").arg(opts.positionals.at(0)));
    const QString path = opts.positionals.at(1);
    auto imported = JobYaml::importFile(*format, path);
    if (!imported)
        return usageError(imported.error().message);
    for (const JobYamlWarning &w : std::as_const(imported->warnings))
        m_err << w.toString(path) << "\n";
    if (opts.has(QStringLiteral("output"))) {
        if (auto written = JobYaml::writeFile(imported->spec, opts.value(QStringLiteral("output"))); !written)
            return runtimeError(written.error().message);
        m_err << tr("Wrote %1 (%n warning(s)).", nullptr, int(imported->warnings.size()))
                     .arg(opts.value(QStringLiteral("output")))
              << "\n";
    } else {
        m_out << JobYaml::write(imported->spec);
    }
    return Ok;
}

int Cli::launch(const QStringList &args, const QString &dataDir)
{
    const CliOptions::Spec spec{{{QStringLiteral("provider"), true},
                                 {QStringLiteral("gpu"), true},
                                 {QStringLiteral("name"), true},
                                 {QStringLiteral("image"), true},
                                 {QStringLiteral("template"), true},
                                 {QStringLiteral("env"), true},
                                 {QStringLiteral("format"), true},
                                 {QStringLiteral("dry-run"), false}},
                                1,
                                true};
    const auto opts = CliOptions::parse(QStringLiteral("launch"), args, spec);
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    OutputTable::Format format;
    if (const auto bad = readFormat(opts, format))
        return *bad;

    JobSpec job;
    QString source = tr("the command line");
    if (!opts.positionals.isEmpty()) {
        source = opts.positionals.first();
        auto read = JobYaml::readFile(source);
        if (!read)
            return usageError(read.error().message);
        for (const JobYamlWarning &w : std::as_const(read->warnings))
            m_err << w.toString(source) << "\n";
        job = read->spec;
    } else {
        if (!opts.has(QStringLiteral("provider")) || !opts.has(QStringLiteral("gpu")))
            return usageError(tr("launch needs a job file, or --provider and --gpu MODEL:COUNT"));
        job.name = QStringLiteral("job");
        job.templateId = opts.has(QStringLiteral("template")) ? opts.value(QStringLiteral("template")) : QString();
        if (!job.templateId.isEmpty()) {
            if (!JobTemplates::find(job.templateId))
                return usageError(tr("unknown template \"%1\"").arg(job.templateId));
            job = JobTemplates::apply(job.templateId, job);
        }
    }
    if (opts.has(QStringLiteral("provider")))
        job.providerId = opts.value(QStringLiteral("provider"));
    if (opts.has(QStringLiteral("gpu"))) {
        const auto gpu = JobYaml::parseGpu(opts.value(QStringLiteral("gpu")));
        if (!gpu)
            return usageError(tr("--gpu must be MODEL:COUNT such as H100:8, not \"%1\"").arg(opts.value(QStringLiteral("gpu"))));
        job.gpuModel = gpu->model;
        job.gpuCount = gpu->count;
    }
    if (opts.has(QStringLiteral("name")))
        job.name = opts.value(QStringLiteral("name"));
    if (opts.has(QStringLiteral("image")))
        job.image = opts.value(QStringLiteral("image"));
    for (const QString &kv : opts.values.value(QStringLiteral("env"))) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return usageError(tr("--env must be NAME=VALUE, not \"%1\"").arg(kv));
        job.env.append({kv.left(eq), kv.mid(eq + 1)});
    }
    if (!opts.rest.isEmpty())
        job.command = opts.rest.join(u' ');

    if (job.isAutoPlaced())
        return launchAuto(job, source, format, opts.flags.contains(QStringLiteral("dry-run")), dataDir);
    auto catalog = Catalog::loadBundled(m_clock);
    if (!catalog)
        return runtimeError(catalog.error().message);
    if (const ProviderInfo *p = ProviderDirectory::lookup(job.providerId))
        job.providerId = p->id;
    ValidationContext context;
    context.gpuSpecs = &catalog->specs();
    const int offerIndex = catalog->findOffer(job.providerId, job.instanceType, job.gpuModel, job.gpuCount);
    if (offerIndex >= 0) {
        context.offer = catalog->offers()[size_t(offerIndex)];
        if (job.instanceType.isEmpty())
            job.instanceType = context.offer->instanceType;
    }
    const auto errors = JobSpecValidator::validate(job, context);
    if (!errors.isEmpty()) {
        for (const FieldError &e : errors)
            m_err << "gpudesk-cli: " << source << ": " << e.field << ": " << e.message << "\n";
        m_err.flush();
        return UsageError;
    }
    const std::optional<Money> price = context.offer ? context.offer->pricePerHour : std::nullopt;

    if (opts.flags.contains(QStringLiteral("dry-run"))) {
        if (format == OutputTable::Format::Json) {
            QJsonObject o{{QStringLiteral("spec"), JobSpecJson::toJson(job)}};
            if (context.offer) {
                o.insert(QStringLiteral("instance_type"), context.offer->instanceType);
                o.insert(QStringLiteral("price_source"), priceSourceKey(context.offer->priceSource));
                o.insert(QStringLiteral("price_provenance"), catalog->provenance(*context.offer));
            }
            if (price) {
                o.insert(QStringLiteral("price_usd_per_hour"), (*price * job.nodes).toDecimalString());
                if (job.maxRuntimeMinutes > 0)
                    o.insert(QStringLiteral("max_runtime_cost_usd"),
                             (*price * job.nodes).forSeconds(qint64(job.maxRuntimeMinutes) * 60).toDecimalString());
            }
            m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        } else {
            m_out << JobYaml::write(job);
            m_out << "# " << tr("valid; not launched (--dry-run)") << "\n";
            if (context.offer) {
                m_out << "# " << tr("offer: %1 × %2, %3").arg(context.offer->gpuCount).arg(context.offer->gpuModel, context.offer->instanceType) << "\n";
                if (price) {
                    m_out << "# " << tr("estimate: %1 per hour (%2)").arg((*price * job.nodes).toString(2), catalog->provenance(*context.offer)) << "\n";
                    if (job.maxRuntimeMinutes > 0)
                        m_out << "# " << tr("at most %1 for the max runtime").arg((*price * job.nodes).forSeconds(qint64(job.maxRuntimeMinutes) * 60).toString(2)) << "\n";
                } else {
                    m_out << "# " << tr("price on quote") << "\n";
                }
            } else {
                m_out << "# " << tr("no matching offer in the catalog: no estimate") << "\n";
            }
        }
        return Ok;
    }

    Services *s = services(dataDir);
    if (!s)
        return RuntimeError;
    auto launched = s->jobManager()->launch(job, price);
    if (!launched)
        return runtimeError(launched.error().message);
    const QString id = launched->id;
    if (!waitIdle())
        return RuntimeError;
    auto after = s->jobs()->get(id);
    if (!after)
        return runtimeError(after.error().message);
    if (after->state == JobState::Failed)
        return runtimeError(tr("Job %1 failed to launch: %2").arg(id, after->message));
    if (format == OutputTable::Format::Json)
        m_out << QJsonDocument(jobJson(*after, QString())).toJson(QJsonDocument::Indented);
    else
        m_out << id << "\n";
    m_err << tr("Launched %1 (%2) on %3: %4.").arg(id, job.name, job.providerId, JobStates::displayName(after->state)) << "\n";
    return Ok;
}

int Cli::jobs(const QStringList &args, const QString &dataDir)
{
    const auto opts = CliOptions::parse(QStringLiteral("jobs"), args, {{{QStringLiteral("format"), true}}, 0, false});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    OutputTable::Format format;
    if (const auto bad = readFormat(opts, format))
        return *bad;
    Services *s = services(dataDir);
    if (!s)
        return RuntimeError;
    // Show the providers' current view, not only what was stored last.
    s->jobManager()->refreshAll();
    if (!waitIdle())
        return RuntimeError;
    auto all = s->jobs()->list();
    if (!all)
        return runtimeError(all.error().message);
    if (format == OutputTable::Format::Json) {
        QJsonArray array;
        for (const JobRecord &job : *all) {
            auto cost = s->jobManager()->costSoFar(job.id);
            array.append(jobJson(job, cost && job.pricePerHour ? cost->toDecimalString() : QString()));
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    using K = OutputTable::Kind;
    OutputTable table({{QStringLiteral("id"), tr("ID")},
                       {QStringLiteral("name"), tr("NAME")},
                       {QStringLiteral("state"), tr("STATE")},
                       {QStringLiteral("provider"), tr("PROVIDER")},
                       {QStringLiteral("gpus"), tr("GPUS")},
                       {QStringLiteral("age_s"), tr("AGE"), K::Number, true},
                       {QStringLiteral("cost_usd_so_far"), tr("COST"), K::Number, true},
                       {QStringLiteral("message"), tr("MESSAGE")}});
    for (const JobRecord &job : *all) {
        auto cost = s->jobManager()->costSoFar(job.id);
        const qint64 age = job.createdAt.secsTo(m_clock.now());
        table.addRow({job.id, job.spec.name, JobStates::key(job.state), job.providerId,
                      job.spec.gpuModel.isEmpty() ? QString() : QStringLiteral("%1x %2").arg(job.spec.gpuCount).arg(job.spec.gpuModel),
                      format == OutputTable::Format::Table ? (age < 3600 ? QStringLiteral("%1m").arg(age / 60) : QStringLiteral("%1h").arg(age / 3600))
                                                           : QString::number(age),
                      cost && job.pricePerHour ? cost->toDecimalString() : QString(), job.message.left(60)});
    }
    table.write(m_out, format);
    if (all->empty() && format == OutputTable::Format::Table)
        m_err << tr("No jobs yet. \"gpudesk-cli launch\" starts one.") << "\n";
    return Ok;
}

int Cli::status(const QStringList &args, const QString &dataDir)
{
    const auto opts = CliOptions::parse(QStringLiteral("status"), args,
                                        {{{QStringLiteral("wait"), true}, {QStringLiteral("timeout"), true},
                                          {QStringLiteral("format"), true}},
                                         1,
                                         false});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    if (opts.positionals.isEmpty())
        return usageError(tr("status needs a job: gpudesk-cli status JOB"));
    std::optional<JobState> wanted;
    if (opts.has(QStringLiteral("wait"))) {
        wanted = JobStates::fromKey(opts.value(QStringLiteral("wait")));
        if (!wanted)
            return usageError(tr("--wait needs a state such as running or stopped, not \"%1\"").arg(opts.value(QStringLiteral("wait"))));
    }
    int timeoutS = 300;
    if (opts.has(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutS = opts.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutS < 0)
            return usageError(tr("--timeout must be whole seconds, not \"%1\"").arg(opts.value(QStringLiteral("timeout"))));
    }
    OutputTable::Format format;
    if (const auto bad = readFormat(opts, format))
        return *bad;
    Services *s = services(dataDir);
    if (!s)
        return RuntimeError;
    auto job = s->jobs()->find(opts.positionals.first());
    if (!job)
        return runtimeError(job.error().message);
    const QString id = job->id;

    QElapsedTimer waited;
    waited.start();
    while (true) {
        s->jobManager()->refresh(id);
        if (!waitIdle())
            return RuntimeError;
        job = s->jobs()->get(id);
        if (!job)
            return runtimeError(job.error().message);
        if (!wanted || job->state == *wanted)
            break;
        if (JobStates::isFinal(job->state))
            return runtimeError(tr("Job %1 is %2 and will not become %3. %4")
                                    .arg(id, JobStates::displayName(job->state), JobStates::displayName(*wanted), job->message));
        if (waited.elapsed() > qint64(timeoutS) * 1000)
            return runtimeError(tr("Job %1 is still %2 after %n second(s).", nullptr, timeoutS)
                                    .arg(id, JobStates::displayName(job->state)));
        waitUntil([] { return false; }, 1000);
    }

    auto cost = s->jobManager()->costSoFar(id);
    const QString costText = cost && job->pricePerHour ? cost->toDecimalString() : QString();
    auto events = s->jobs()->events(id);
    if (format == OutputTable::Format::Json) {
        QJsonObject o = jobJson(*job, costText);
        QJsonArray history;
        if (events) {
            for (const JobEvent &e : *events)
                history.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                           {QStringLiteral("from"), e.from ? JobStates::key(*e.from) : QString()},
                                           {QStringLiteral("to"), JobStates::key(e.to)},
                                           {QStringLiteral("message"), e.message}});
        }
        o.insert(QStringLiteral("history"), history);
        o.insert(QStringLiteral("attempts"), attemptsJson(id));
        o.insert(QStringLiteral("spec"), JobSpecJson::toJson(job->spec));
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    auto line = [this](const QString &key, const QString &value) {
        if (value.isEmpty())
            return;
        // Pad to 12 terminal cells; CJK characters take two.
        int width = 0;
        for (QChar c : key)
            width += c.unicode() >= 0x2e80 ? 2 : 1;
        m_out << key << u':' << QString(std::max(1, 12 - width), u' ') << value << "\n";
    };
    line(tr("job"), job->id);
    line(tr("name"), job->spec.name);
    line(tr("state"), JobStates::key(job->state));
    line(tr("provider"), job->providerId);
    line(tr("instance"), job->instanceId);
    line(tr("gpus"), job->spec.gpuModel.isEmpty() ? QString() : QStringLiteral("%1 × %2").arg(job->spec.gpuCount).arg(job->spec.gpuModel));
    line(tr("image"), job->spec.image);
    line(tr("price"), job->pricePerHour ? job->pricePerHour->toString(4) + QStringLiteral("/h") : QString());
    line(tr("cost"), costText.isEmpty() ? QString() : u'$' + costText);
    line(tr("exit code"), job->exitCode ? QString::number(*job->exitCode) : QString());
    line(tr("message"), job->message);
    if (events) {
        m_out << tr("history:") << "\n";
        for (const JobEvent &e : *events)
            m_out << "  " << e.at.toString(Qt::ISODate) << "  " << JobStates::key(e.to)
                  << (e.message.isEmpty() ? QString() : QStringLiteral("  ") + e.message) << "\n";
    }
    printAttempts(id);
    return Ok;
}

int Cli::control(const QString &command, const QStringList &args, const QString &dataDir)
{
    const auto opts = CliOptions::parse(command, args, {{}, 1, false});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    if (opts.positionals.isEmpty())
        return usageError(tr("%1 needs a job: gpudesk-cli %1 JOB").arg(command));
    Services *s = services(dataDir);
    if (!s)
        return RuntimeError;
    auto job = s->jobs()->find(opts.positionals.first());
    if (!job)
        return runtimeError(job.error().message);
    JobManager *manager = s->jobManager();
    QString failure;
    auto connection = QObject::connect(manager, &JobManager::operationFailed, manager,
                                       [&failure](const QString &, const QString &message) { failure = message; });
    if (job->instanceId.isEmpty() && !JobStates::isFinal(job->state)) {
        // Find the instance first if a crash left the job without it.
        manager->reconcile();
        if (!waitIdle())
            return RuntimeError;
    }
    if (command == QStringLiteral("stop"))
        manager->stop(job->id);
    else if (command == QStringLiteral("start"))
        manager->start(job->id);
    else
        manager->terminate(job->id);
    const bool answered = waitIdle();
    QObject::disconnect(connection);
    if (!answered)
        return RuntimeError;
    if (!failure.isEmpty())
        return runtimeError(failure);
    if (command != QStringLiteral("terminate")) {
        manager->refresh(job->id);
        if (!waitIdle())
            return RuntimeError;
    }
    auto after = s->jobs()->get(job->id);
    m_out << job->id << " " << (after ? JobStates::key(after->state) : QString()) << "\n";
    return Ok;
}

int Cli::logs(const QStringList &args, const QString &dataDir)
{
    const auto opts = CliOptions::parse(QStringLiteral("logs"), args, {{{QStringLiteral("bytes"), true}}, 1, false});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    if (opts.positionals.isEmpty())
        return usageError(tr("logs needs a job: gpudesk-cli logs JOB"));
    qint64 bytes = 1024 * 1024;
    if (opts.has(QStringLiteral("bytes"))) {
        bool ok = false;
        bytes = opts.value(QStringLiteral("bytes")).toLongLong(&ok);
        if (!ok || bytes <= 0)
            return usageError(tr("--bytes must be a positive whole number, not \"%1\"").arg(opts.value(QStringLiteral("bytes"))));
    }
    Services *s = services(dataDir);
    if (!s)
        return RuntimeError;
    auto job = s->jobs()->find(opts.positionals.first());
    if (!job)
        return runtimeError(job.error().message);
    std::optional<Result<QByteArray>> result;
    s->jobManager()->logs(job->id, bytes, [&result](Result<QByteArray> r) { result = std::move(r); });
    if (!waitUntil([&result] { return result.has_value(); }, m_providerTimeoutMs))
        return runtimeError(tr("The provider did not send the logs in time."));
    if (!*result)
        return runtimeError(result->error().message);
    m_out.flush();
    QFile out;
    if (out.open(stdout, QIODevice::WriteOnly))
        out.write(result->value());
    return Ok;
}

int Cli::orphans(const QStringList &args, const QString &dataDir)
{
    const auto opts = CliOptions::parse(QStringLiteral("orphans"), args,
                                        {{{QStringLiteral("format"), true}, {QStringLiteral("terminate"), true}}, 0, false});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    OutputTable::Format format;
    if (const auto bad = readFormat(opts, format))
        return *bad;
    Services *s = services(dataDir);
    if (!s)
        return RuntimeError;
    s->jobManager()->reconcile();
    if (!waitIdle())
        return RuntimeError;
    if (opts.has(QStringLiteral("terminate"))) {
        // Only what reconcile() just listed as unowned may be terminated this way.
        const QString wanted = opts.value(QStringLiteral("terminate"));
        for (const Orphan &o : s->jobManager()->orphans()) {
            if (o.kind != Orphan::Kind::UnownedInstance || o.instance.id != wanted)
                continue;
            QString failure;
            auto connection = QObject::connect(s->jobManager(), &JobManager::operationFailed, s->jobManager(),
                                               [&failure](const QString &, const QString &message) { failure = message; });
            s->jobManager()->terminateOrphan(o.providerId, o.instance.id);
            const bool answered = waitIdle();
            QObject::disconnect(connection);
            if (!answered)
                return RuntimeError;
            if (!failure.isEmpty())
                return runtimeError(failure);
            m_out << o.instance.id << " terminated\n";
            return Ok;
        }
        return runtimeError(tr("%1 is not an orphan instance; \"gpudesk-cli orphans\" lists them.").arg(wanted));
    }
    OutputTable table({{QStringLiteral("kind"), tr("KIND")},
                       {QStringLiteral("provider"), tr("PROVIDER")},
                       {QStringLiteral("instance_id"), tr("INSTANCE")},
                       {QStringLiteral("job_id"), tr("JOB")},
                       {QStringLiteral("state"), tr("STATE")}});
    for (const Orphan &o : s->jobManager()->orphans()) {
        if (o.kind == Orphan::Kind::UnownedInstance)
            table.addRow({QStringLiteral("unowned-instance"), o.providerId, o.instance.id, QString(), instanceStateKey(o.instance.state)});
        else
            table.addRow({QStringLiteral("vanished-instance"), o.providerId, QString(), o.jobId, QString()});
    }
    table.write(m_out, format);
    if (table.rowCount() == 0 && format == OutputTable::Format::Table)
        m_err << tr("No orphans: every instance belongs to a job and every job's instance exists.") << "\n";
    return Ok;
}

int Cli::sshConfig(const QStringList &args, const QString &dataDir)
{
    const auto opts = CliOptions::parse(QStringLiteral("ssh-config"), args, {{{QStringLiteral("output"), true}}, 1, false});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    if (opts.positionals.isEmpty())
        return usageError(tr("ssh-config needs a job: gpudesk-cli ssh-config JOB"));
    Services *s = services(dataDir);
    if (!s)
        return RuntimeError;
    auto job = s->jobs()->find(opts.positionals.first());
    if (!job)
        return runtimeError(job.error().message);
    s->jobManager()->refresh(job->id);
    if (!waitIdle())
        return RuntimeError;
    std::optional<Result<SshEndpoint>> endpoint;
    s->jobManager()->sshEndpoint(job->id, [&endpoint](Result<SshEndpoint> r) { endpoint = std::move(r); });
    if (!waitUntil([&endpoint] { return endpoint.has_value(); }, m_providerTimeoutMs))
        return runtimeError(tr("The provider did not say how to reach job %1 in time.").arg(job->id));
    if (!*endpoint)
        return runtimeError(endpoint->error().message);
    const SshEndpoint &e = endpoint->value();

    // A known_hosts file of GPU Desk's own, holding the host key the provider vouched for.
    const QString sshDir = QDir(dataDir).filePath(QStringLiteral("ssh"));
    QDir().mkpath(sshDir);
    const QString knownHosts = QDir(sshDir).filePath(QStringLiteral("known_hosts"));
    const QString hostPattern = e.port == 22 ? e.host : QStringLiteral("[%1]:%2").arg(e.host).arg(e.port);
    if (!e.hostPublicKey.isEmpty()) {
        QStringList lines;
        QFile existing(knownHosts);
        if (existing.open(QIODevice::ReadOnly)) {
            for (const QString &l : QString::fromUtf8(existing.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
                if (l.section(u' ', 0, 0) != hostPattern)
                    lines << l;
            }
        }
        lines << hostPattern + u' ' + e.hostPublicKey.trimmed();
        QSaveFile file(knownHosts);
        if (!file.open(QIODevice::WriteOnly) || file.write((lines.join(u'\n') + u'\n').toUtf8()) < 0 || !file.commit())
            return runtimeError(tr("Cannot write %1: %2").arg(knownHosts, file.errorString()));
    }
    const QString identity = !job->spec.sshKey.isEmpty() ? job->spec.sshKey : e.identityFile;
    QString block;
    block += QStringLiteral("Host gpudesk-%1\n").arg(job->id);
    block += QStringLiteral("    HostName %1\n").arg(e.host);
    block += QStringLiteral("    Port %1\n").arg(e.port);
    block += QStringLiteral("    User %1\n").arg(e.user);
    if (!identity.isEmpty()) {
        block += QStringLiteral("    IdentityFile \"%1\"\n").arg(QDir::toNativeSeparators(identity));
        block += QStringLiteral("    IdentitiesOnly yes\n");
    }
    if (!e.hostPublicKey.isEmpty()) {
        block += QStringLiteral("    UserKnownHostsFile \"%1\"\n").arg(QDir::toNativeSeparators(knownHosts));
        block += QStringLiteral("    StrictHostKeyChecking yes\n");
    } else if (!e.hostKeySha256.isEmpty()) {
        block += QStringLiteral("    # host key %1: check it on first connection\n").arg(e.hostKeySha256);
    }
    if (opts.has(QStringLiteral("output"))) {
        QSaveFile file(opts.value(QStringLiteral("output")));
        if (!file.open(QIODevice::WriteOnly) || file.write(block.toUtf8()) < 0 || !file.commit())
            return runtimeError(tr("Cannot write %1: %2").arg(opts.value(QStringLiteral("output")), file.errorString()));
        m_err << tr("Wrote %1: connect with ssh -F %1 gpudesk-%2").arg(opts.value(QStringLiteral("output")), job->id) << "\n";
    } else {
        m_out << block;
    }
    return Ok;
}

} // namespace gpudesk
