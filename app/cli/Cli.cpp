#include "Cli.h"

#include "CliOptions.h"
#include "OutputTable.h"
#include "catalog/Catalog.h"
#include "catalog/OfferQuery.h"
#include "catalog/Recommender.h"
#include "secrets/SecretStore.h"
#include "services/Services.h"
#include "core/AppContext.h"
#include "core/BuildInfo.h"
#include "storage/Database.h"
#include "storage/OfferCacheRepository.h"
#include "storage/ProviderSettingsRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>
#include <QTextStream>

namespace gpudesk {

namespace {


// Options of one command: name -> takes a value.
using OptionSpec = QHash<QString, bool>;

CliOptions parseOptions(const QString &command, const QStringList &args, const OptionSpec &spec)
{
    return CliOptions::parse(command, args, {spec, 0, false});
}

// Reads the user's provider on/off choices; a missing database is simply "all on".
// What the data directory adds to the bundled catalog: providers switched off, and the live
// offers fetched last time (they replace the snapshot rows of their provider).
struct LocalCatalogState
{
    QStringList disabled;
    QHash<QString, std::vector<Offer>> cachedLive;
};

Result<LocalCatalogState> localCatalogState(const QString &dataDir, Clock &clock)
{
    LocalCatalogState state;
    if (dataDir.isEmpty())
        return state;
    Database db;
    if (auto r = db.open(QDir(dataDir).filePath(AppContext::databaseFileName())); !r)
        return r.error();
    ProviderSettingsRepository repo(db, clock);
    auto states = repo.enabledStates();
    if (!states)
        return states.error();
    for (auto it = states->cbegin(); it != states->cend(); ++it) {
        if (!it.value())
            state.disabled << it.key();
    }
    OfferCacheRepository cache(db);
    auto cached = cache.load();
    if (!cached)
        return cached.error();
    for (auto it = cached->cbegin(); it != cached->cend(); ++it)
        state.cachedLive.insert(it.key(), it.value().offers);
    return state;
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err, Clock &clock)
    : m_out(out)
    , m_err(err)
    , m_clock(clock)
{
}

QString Cli::usage()
{
    // One tr() per command, so that adding a command adds one message to translate, not the whole page.
    const QStringList blocks = {
        tr("Usage: gpudesk-cli [--data-dir DIR] [--lang LANG] COMMAND [OPTIONS]\n"
           "\n"
           "Commands:\n"),
        tr("  providers [--format table|json|csv]\n"
           "      Providers GPU Desk knows, with their offers and where the prices come from.\n"),
        tr("  gpus [--format table|json|csv]\n"
           "      The GPU spec table: memory, bandwidth, BF16/FP8 dense TFLOPS, power.\n"),
        tr("  offers [--gpu NAME] [--min-gpus N] [--min-memory GB] [--max-price USD]\n"
           "         [--provider NAME] [--region R] [--billing on-demand|spot|community|reserved]\n"
           "         [--search TEXT] [--task training|inference|latency]\n"
           "         [--sort price|price-per-gpu|price-per-pflop|memory] [--limit N]\n"
           "         [--include-simulated] [--refresh] [--format table|json|csv]\n"
           "      GPU offers side by side. --gpu accepts families (\"h100\" is H100 SXM, PCIe and NVL)\n"
           "      and lists (\"H100,H200\"). --task ranks the offers for the task and says why.\n"
           "      --refresh fetches live offers first from every provider with a key (or those of\n"
           "      --provider) and reports on stderr what each one answered.\n"),
        tr("  launch FILE.yaml [--provider P] [--dry-run] [--format table|json]\n"),
        tr("  launch --provider P --gpu MODEL:COUNT [--name N] [--image I] [--template T]\n"
           "         [--env K=V]... [--dry-run] -- COMMAND...\n"
           "      Launches a job and prints its id. --dry-run validates and prints the resolved job\n"
           "      and its cost estimate without launching.\n"),
        tr("  launch FILE.yaml --provider auto [--dry-run] [--format table|json]\n"
           "      Places the job on the best offer of every provider that can launch (the file's\n"
           "      placement: block says which GPUs, providers and regions), moving on past capacity\n"
           "      refusals. --dry-run prints the ranked candidates, why each is there, and what was excluded.\n"),
        tr("  validate FILE.yaml\n"
           "      Checks a job file; exits 2 listing each field's problem.\n"),
        tr("  import skypilot|dstack FILE -o OUT.yaml\n"
           "      Converts a SkyPilot or dstack task file; what cannot be mapped is listed.\n"),
        tr("  jobs [--format table|json]\n"),
        tr("  status JOB [--wait STATE --timeout SECONDS] [--format table|json]\n"),
        tr("  stop|start|terminate JOB\n"),
        tr("  logs JOB [--bytes N]\n"),
        tr("  orphans [--terminate INSTANCE] [--format table|json]\n"
           "      Instances no job owns, and jobs whose instance vanished.\n"),
        tr("  ssh-config JOB [-o FILE]\n"
           "      An OpenSSH Host block (and a known_hosts file) so that `ssh -F FILE gpudesk-JOB` works.\n"),
        tr("  exec JOB|ssh://user@host:port [-i KEY] [--known-hosts FILE] [--accept-new] -- COMMAND\n"
           "      Runs COMMAND over SSH and passes its output and exit status through. An unknown host\n"
           "      fails with its fingerprint unless --accept-new; a changed host key always fails.\n"),
        tr("  sandbox preempt JOB\n"
           "      The Sandbox takes the job's pod back, as a cloud takes back a spot instance.\n"),
        tr("  cp [-r] [-i KEY] [--known-hosts FILE] [--accept-new] LOCAL JOB:PATH|ssh://user@host:port/PATH\n"
           "  cp [-r] [-i KEY] [--known-hosts FILE] [--accept-new] JOB:PATH|ssh://user@host:port/PATH LOCAL\n"
           "      Copies a file (a folder with -r) over SFTP, with a progress bar on a terminal. A relative\n"
           "      JOB:PATH is in the remote home folder; in an ssh:// address, /~/PATH is too. Into an existing\n"
           "      folder the copy keeps its name; modes are kept; an unfinished file never takes the final name.\n"),
        tr("  keys [--format table|json]\n"
           "      Which providers have an API key, and where it comes from (never the key).\n"),
        tr("  keys set PROVIDER [--account ID]\n"
           "      Stores a key in the system keychain, read from stdin (never from the command line).\n"
           "      Crusoe reads the access key, then the secret key; --account is Crusoe's project id or\n"
           "      the DGX Cloud Lepton workspace URL.\n"),
        tr("  keys test PROVIDER\n"
           "      Calls a cheap read endpoint with the key and says what worked.\n"),
        tr("  keys remove PROVIDER\n"),
        tr("  report --from YYYY-MM-DD --to YYYY-MM-DD [--group-by day|provider|project|gpu|job]\n"
           "         [--format csv|json|html|pdf] [-o FILE] [--time-zone ZONE] [--idle-under PERCENT]\n"
           "      Cost report of the days given (both included, local days unless --time-zone): GPU-hours,\n"
           "      estimated, simulated and billed cost, idle GPU-hours and wasted dollars. CSV, JSON and HTML\n"
           "      go to stdout without -o; PDF needs -o.\n"),
        tr("  budget set --monthly USD [--project P] [--provider P] [--auto-stop]\n"
           "  budget list [--format table|json|csv]\n"
           "  budget remove ID\n"
           "      Monthly budgets: alerts at 50, 80 and 100 %; --auto-stop stops the budget's jobs at 100 %.\n"
           "      list shows this month's spend, burn rate and month-end forecast.\n"),
        tr("  idle set [--job JOB] [--under PERCENT] [--for MINUTES] [--action warn|stop|warn-then-stop]\n"
           "           [--grace MINUTES] [--off]\n"
           "  idle list|remove [--job JOB]\n"
           "      Idle auto-stop: a job whose GPUs stay under PERCENT (5) for MINUTES (30) is warned about\n"
           "      and/or stopped. Without --job: the default for jobs without their own.\n"),
        tr("  usage [--job JOB] [--format table|json|csv]\n"
           "      The latest GPU samples (utilization, memory, power, temperature) of running jobs.\n"),
        tr("  about [--format table|json|csv]\n"
           "      GPU Desk's version and licence, and the libraries and data it is built with.\n"),
        tr("\n"
           "Options:\n"
           "  --data-dir DIR   where GPU Desk keeps its database (default: $GPUDESK_DATA_DIR, else the\n"
           "                   platform's application data folder)\n"
           "  --lang LANG      en or zh_CN (default: the system language)\n"
           "  --version        print the version\n"
           "  --help           print this help\n"
           "\n"),
        tr("Exit codes: 0 success, 1 runtime error, 2 usage or validation error.\n"),
    };
    return blocks.join(QString());
}

Cli::~Cli() = default;

int Cli::usageError(const QString &message)
{
    // One line: the reason, with where to look. Scripts read it whole.
    m_err << "gpudesk-cli: " << message << " " << tr("(see gpudesk-cli --help)") << "\n";
    m_err.flush();
    return UsageError;
}

std::optional<int> Cli::readFormat(const CliOptions &opts, OutputTable::Format &format)
{
    format = OutputTable::Format::Table;
    if (opts.has(QStringLiteral("format")) && !OutputTable::parseFormat(opts.value(QStringLiteral("format")), format))
        return usageError(tr("--format must be table, json or csv, not \"%1\"").arg(opts.value(QStringLiteral("format"))));
    return std::nullopt;
}

int Cli::runtimeError(const QString &message)
{
    m_err << "gpudesk-cli: " << message << "\n";
    m_err.flush();
    return RuntimeError;
}

int Cli::run(const QStringList &args, const QString &dataDir)
{
    if (args.isEmpty())
        return usageError(tr("no command given"));
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QStringLiteral("--help") || command == QStringLiteral("-h") || command == QStringLiteral("help")) {
        m_out << usage();
        return Ok;
    }
    if (command == QStringLiteral("--version")) {
        m_out << "gpudesk-cli " << GPUDESK_VERSION << "\n";
        return Ok;
    }
    if (command == QStringLiteral("providers"))
        return providers(rest, dataDir);
    if (command == QStringLiteral("gpus"))
        return gpus(rest);
    if (command == QStringLiteral("offers"))
        return offers(rest, dataDir);
    if (command == QStringLiteral("launch"))
        return launch(rest, dataDir);
    if (command == QStringLiteral("validate"))
        return validate(rest);
    if (command == QStringLiteral("import"))
        return importJob(rest);
    if (command == QStringLiteral("jobs"))
        return jobs(rest, dataDir);
    if (command == QStringLiteral("status"))
        return status(rest, dataDir);
    if (command == QStringLiteral("stop") || command == QStringLiteral("start") || command == QStringLiteral("terminate"))
        return control(command, rest, dataDir);
    if (command == QStringLiteral("logs"))
        return logs(rest, dataDir);
    if (command == QStringLiteral("orphans"))
        return orphans(rest, dataDir);
    if (command == QStringLiteral("ssh-config"))
        return sshConfig(rest, dataDir);
    if (command == QStringLiteral("keys"))
        return keys(rest, dataDir);
    if (command == QStringLiteral("exec"))
        return exec(rest, dataDir);
    if (command == QStringLiteral("cp"))
        return copy(rest, dataDir);
    if (command == QStringLiteral("report"))
        return report(rest, dataDir);
    if (command == QStringLiteral("budget"))
        return budget(rest, dataDir);
    if (command == QStringLiteral("idle"))
        return idle(rest, dataDir);
    if (command == QStringLiteral("usage"))
        return gpuUsage(rest, dataDir);
    if (command == QStringLiteral("sandbox"))
        return sandbox(rest, dataDir);
    if (command == QStringLiteral("about"))
        return about(rest);
    return usageError(tr("unknown command \"%1\"").arg(command));
}

int Cli::about(const QStringList &args)
{
    const auto opts = parseOptions(QStringLiteral("about"), args, {{QStringLiteral("format"), true}});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    OutputTable::Format format;
    if (const auto bad = readFormat(opts, format))
        return *bad;
    if (format == OutputTable::Format::Table)
        m_out << tr("GPU Desk %1, licensed under %2.").arg(BuildInfo::version(), BuildInfo::productLicense()) << "\n\n";
    OutputTable table({
        {QStringLiteral("component"), tr("COMPONENT")},
        {QStringLiteral("version"), tr("VERSION")},
        {QStringLiteral("license"), tr("LICENCE")},
        {QStringLiteral("used_for"), tr("USED FOR")},
    });
    table.addRow({QStringLiteral("GPU Desk"), BuildInfo::version(), BuildInfo::productLicense(), tr("this program")});
    for (const LibraryInfo &l : BuildInfo::libraries() + BuildInfo::bundledData())
        table.addRow({l.name, l.version, l.license, l.usedFor});
    table.write(m_out, format);
    return Ok;
}

int Cli::providers(const QStringList &args, const QString &dataDir)
{
    const auto opts = parseOptions(QStringLiteral("providers"), args, {{QStringLiteral("format"), true}});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    OutputTable::Format format;
    if (const auto bad = readFormat(opts, format))
        return *bad;

    auto catalog = Catalog::loadBundled(m_clock);
    if (!catalog)
        return runtimeError(catalog.error().message);
    auto local = localCatalogState(dataDir, m_clock);
    if (!local)
        return runtimeError(local.error().message);
    catalog->replaceProviderOffers(local->cachedLive);
    const QStringList *disabled = &local->disabled;

    OutputTable table({
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("PROVIDER")},
        {QStringLiteral("kind"), tr("KIND")},
        {QStringLiteral("offers"), tr("OFFERS"), OutputTable::Kind::Number, true},
        {QStringLiteral("gpu_models"), tr("GPU MODELS"), OutputTable::Kind::Number, true},
        {QStringLiteral("price_source"), tr("PRICE SOURCES")},
        {QStringLiteral("newest_price"), tr("PRICES AS OF")},
        {QStringLiteral("enabled"), tr("ENABLED"), OutputTable::Kind::Bool},
    });
    for (const ProviderInfo &p : ProviderDirectory::all()) {
        int count = 0;
        QSet<QString> models;
        QSet<QString> sources;
        QDate newest;
        for (const Offer &o : catalog->offers()) {
            if (o.providerId != p.id)
                continue;
            ++count;
            models.insert(o.gpuModel);
            sources.insert(priceSourceKey(o.priceSource));
            if (o.asOf.isValid() && (!newest.isValid() || o.asOf > newest))
                newest = o.asOf;
        }
        QStringList sourceList(sources.cbegin(), sources.cend());
        sourceList.sort();
        table.addRow({p.id, p.displayName, ProviderDirectory::kindName(p.kind), QString::number(count),
                      QString::number(models.size()), sourceList.join(u'+'),
                      newest.isValid() ? newest.toString(Qt::ISODate) : QString(),
                      disabled->contains(p.id) ? QStringLiteral("false") : QStringLiteral("true")});
    }
    table.write(m_out, format);
    return Ok;
}

int Cli::gpus(const QStringList &args)
{
    const auto opts = parseOptions(QStringLiteral("gpus"), args, {{QStringLiteral("format"), true}});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    OutputTable::Format format;
    if (const auto bad = readFormat(opts, format))
        return *bad;
    auto specs = GpuSpecTable::loadBundled();
    if (!specs)
        return runtimeError(specs.error().message);

    using K = OutputTable::Kind;
    OutputTable table({
        {QStringLiteral("model"), tr("GPU")},
        {QStringLiteral("vendor"), tr("VENDOR")},
        {QStringLiteral("architecture"), tr("ARCHITECTURE")},
        {QStringLiteral("memory_gb"), tr("MEMORY GB"), K::Number, true},
        {QStringLiteral("memory_type"), tr("MEMORY TYPE")},
        {QStringLiteral("memory_bandwidth_gbs"), tr("BANDWIDTH GB/S"), K::Number, true},
        {QStringLiteral("bf16_dense_tflops"), tr("BF16 TFLOPS"), K::Number, true},
        {QStringLiteral("fp8_dense_tflops"), tr("FP8 TFLOPS"), K::Number, true},
        {QStringLiteral("tdp_w"), tr("POWER W"), K::Number, true},
        {QStringLiteral("interconnect"), tr("INTERCONNECT")},
        {QStringLiteral("source"), tr("SOURCE")},
    });
    auto num = [](const auto &opt) { return opt ? QString::number(*opt) : QString(); };
    const bool table_ = format == OutputTable::Format::Table;
    for (const GpuSpec &s : specs->specs()) {
        QString source = s.source;
        if (table_ && source.size() > 40)
            source = source.left(39) + u'…';
        table.addRow({s.model, s.vendor, s.architecture, num(s.memoryGb), s.memoryType, num(s.memoryBandwidthGBs),
                      num(s.bf16DenseTflops), num(s.fp8DenseTflops), num(s.tdpW), s.interconnect, source});
    }
    table.write(m_out, format);
    return Ok;
}

int Cli::offers(const QStringList &args, const QString &dataDir)
{
    const OptionSpec spec = {
        {QStringLiteral("gpu"), true},        {QStringLiteral("min-gpus"), true},
        {QStringLiteral("min-memory"), true}, {QStringLiteral("max-price"), true},
        {QStringLiteral("provider"), true},   {QStringLiteral("region"), true},
        {QStringLiteral("billing"), true},    {QStringLiteral("search"), true},
        {QStringLiteral("task"), true},       {QStringLiteral("sort"), true},
        {QStringLiteral("limit"), true},      {QStringLiteral("format"), true},
        {QStringLiteral("include-simulated"), false}, {QStringLiteral("refresh"), false},
    };
    const auto opts = parseOptions(QStringLiteral("offers"), args, spec);
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    const CliOptions &v = opts;

    OfferQuery query;
    query.gpu = v.value(QStringLiteral("gpu"));
    query.region = v.value(QStringLiteral("region"));
    query.search = v.value(QStringLiteral("search"));
    query.includeSimulated = opts.flags.contains(QStringLiteral("include-simulated"));

    auto positiveInt = [&](const QString &name, int &target, int min) -> bool {
        if (!v.has(name))
            return true;
        bool ok = false;
        const int n = v.value(name).toInt(&ok);
        if (!ok || n < min)
            return false;
        target = n;
        return true;
    };
    if (!positiveInt(QStringLiteral("min-gpus"), query.minGpus, 1))
        return usageError(tr("--min-gpus must be a whole number of GPUs (1 or more), not \"%1\"").arg(v.value(QStringLiteral("min-gpus"))));
    if (!positiveInt(QStringLiteral("min-memory"), query.minMemoryGb, 1))
        return usageError(tr("--min-memory must be a whole number of GB per GPU, not \"%1\"").arg(v.value(QStringLiteral("min-memory"))));
    if (!positiveInt(QStringLiteral("limit"), query.limit, 1))
        return usageError(tr("--limit must be a whole number (1 or more), not \"%1\"").arg(v.value(QStringLiteral("limit"))));
    if (v.has(QStringLiteral("max-price"))) {
        const auto price = Money::parse(v.value(QStringLiteral("max-price")));
        if (!price || price->isNegative())
            return usageError(tr("--max-price must be an amount in US dollars per hour such as 2.50, not \"%1\"")
                                  .arg(v.value(QStringLiteral("max-price"))));
        query.maxPricePerHour = *price;
    }
    if (v.has(QStringLiteral("provider"))) {
        for (const QString &name : v.value(QStringLiteral("provider")).split(u',', Qt::SkipEmptyParts)) {
            const ProviderInfo *p = ProviderDirectory::lookup(name);
            if (!p)
                return usageError(tr("unknown provider \"%1\"; \"gpudesk-cli providers\" lists them").arg(name.trimmed()));
            query.providerIds << p->id;
        }
    }
    if (v.has(QStringLiteral("billing"))) {
        const auto billing = billingFromKey(v.value(QStringLiteral("billing")));
        if (!billing)
            return usageError(tr("--billing must be on-demand, spot, community or reserved, not \"%1\"")
                                  .arg(v.value(QStringLiteral("billing"))));
        query.billing = billing;
    }
    if (v.has(QStringLiteral("sort"))) {
        const auto sort = offerSortFromKey(v.value(QStringLiteral("sort")));
        if (!sort)
            return usageError(tr("--sort must be price, price-per-gpu, price-per-pflop or memory, not \"%1\"")
                                  .arg(v.value(QStringLiteral("sort"))));
        query.sort = *sort;
    }
    std::optional<Task> task;
    if (v.has(QStringLiteral("task"))) {
        task = taskFromKey(v.value(QStringLiteral("task")));
        if (!task)
            return usageError(tr("--task must be training, inference or latency, not \"%1\"").arg(v.value(QStringLiteral("task"))));
    }
    OutputTable::Format format;
    if (const auto bad = readFormat(v, format))
        return *bad;

    auto catalog = Catalog::loadBundled(m_clock);
    if (!catalog)
        return runtimeError(catalog.error().message);
    auto local = localCatalogState(dataDir, m_clock);
    if (!local)
        return runtimeError(local.error().message);
    query.excludedProviderIds = local->disabled;
    if (opts.flags.contains(QStringLiteral("refresh"))) {
        auto refreshed = refreshOffers(query.providerIds, dataDir);
        if (!refreshed)
            return RuntimeError;
        catalog->replaceProviderOffers(*refreshed);
    } else {
        catalog->replaceProviderOffers(local->cachedLive);
    }

    std::vector<int> indices;
    QHash<int, QString> reasons;
    if (task) {
        const int limit = query.limit;
        query.limit = 0;
        query.sorted = false; // the Recommender orders them
        const auto picks = Recommender(*catalog, Region::userContinent(query.region)).rank(*task, query.run(*catalog), limit);
        for (const auto &p : picks) {
            indices.push_back(p.offerIndex);
            reasons.insert(p.offerIndex, p.reason);
        }
    } else {
        indices = query.run(*catalog);
    }

    using K = OutputTable::Kind;
    const bool isTable = format == OutputTable::Format::Table;
    QList<OutputTable::Column> columns = {
        {QStringLiteral("provider"), tr("PROVIDER")},
        {QStringLiteral("instance_type"), tr("INSTANCE TYPE")},
        {QStringLiteral("gpu_model"), tr("GPU")},
        {QStringLiteral("gpu_count"), tr("GPUS"), K::Number, true},
        {QStringLiteral("gpu_memory_gb"), tr("MEM GB"), K::Number, true},
        {QStringLiteral("region"), tr("REGION")},
        {QStringLiteral("billing"), tr("BILLING")},
        {QStringLiteral("price_usd_per_hour"), tr("$/H"), K::Number, true},
        {QStringLiteral("price_usd_per_gpu_hour"), tr("$/GPU-H"), K::Number, true},
        {QStringLiteral("price_usd_per_pflop_hour"), tr("$/PFLOP-H"), K::Number, true},
        {QStringLiteral("price_source"), tr("PRICE SOURCE")},
    };
    if (!isTable) {
        columns.insert(1, {QStringLiteral("provider_id"), QStringLiteral("provider_id")});
        columns.append({QStringLiteral("price_age_days"), QString(), K::Number});
        columns.append({QStringLiteral("as_of"), QString()});
        columns.append({QStringLiteral("vcpus"), QString(), K::Number});
        columns.append({QStringLiteral("ram_gb"), QString(), K::Number});
        columns.append({QStringLiteral("source"), QString()});
    }
    if (task)
        columns.append({QStringLiteral("why"), tr("WHY")});
    OutputTable table(columns);

    for (int i : indices) {
        const Offer &o = catalog->offers()[size_t(i)];
        const ProviderInfo *p = ProviderDirectory::byId(o.providerId);
        auto money = [&](const std::optional<Money> &m, int decimals) {
            if (!m)
                return isTable ? QStringLiteral("-") : QString();
            return isTable ? m->toString(decimals).mid(m->isNegative() ? 0 : 1) : m->toDecimalString();
        };
        QStringList row = {
            p ? p->displayName : o.providerId,
            o.instanceType,
            o.gpuModel,
            QString::number(o.gpuCount),
            o.gpuMemoryGb > 0 ? QString::number(o.gpuMemoryGb) : QString(),
            isTable && o.region.size() > 24 ? o.region.left(23) + u'…' : o.region,
            billingKey(o.billing),
            o.pricePerHour ? money(o.pricePerHour, 2) : (isTable ? tr("quote") : QString()),
            money(o.pricePerGpuHour(), isTable ? 2 : 6),
            money(catalog->pricePerPflopHour(i), 2),
            isTable ? catalog->provenance(o) : priceSourceKey(o.priceSource),
        };
        if (!isTable) {
            row.insert(1, o.providerId);
            const int age = catalog->ageDays(o);
            row << (age >= 0 ? QString::number(age) : QString())
                << (o.asOf.isValid() ? o.asOf.toString(Qt::ISODate) : QString())
                << (o.vcpus > 0 ? QString::number(o.vcpus) : QString())
                << (o.ramGb > 0 ? QString::number(o.ramGb) : QString()) << o.source;
        }
        if (task)
            row << reasons.value(i);
        table.addRow(row);
    }
    table.write(m_out, format);
    if (isTable && indices.empty())
        m_err << tr("No offers match these filters.") << "\n";
    return Ok;
}

} // namespace gpudesk
