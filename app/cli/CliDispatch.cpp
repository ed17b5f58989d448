// gpudesk-cli's placement commands: `launch FILE --provider auto [--dry-run]` (rank the offers of
// every provider, then launch with failover), the attempts shown by `status`, and
// `sandbox preempt JOB` (the Sandbox takes a running pod back, as a cloud would a spot instance).

#include "Cli.h"
#include "CliOptions.h"
#include "OutputTable.h"
#include "catalog/Catalog.h"
#include "dispatch/AttemptRepository.h"
#include "dispatch/Dispatcher.h"
#include "jobs/JobManager.h"
#include "jobs/JobSpecValidator.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "providers/sandbox/SandboxProvider.h"
#include "services/Services.h"
#include "storage/JobRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace gpudesk {

namespace {

QJsonObject offerJson(const Offer &o)
{
    return QJsonObject{{QStringLiteral("provider"), o.providerId},
                       {QStringLiteral("instance_type"), o.instanceType},
                       {QStringLiteral("gpu_model"), o.gpuModel},
                       {QStringLiteral("gpu_count"), o.gpuCount},
                       {QStringLiteral("region"), o.region},
                       {QStringLiteral("billing"), billingKey(o.billing)},
                       {QStringLiteral("price_source"), priceSourceKey(o.priceSource)},
                       {QStringLiteral("price_usd_per_hour"), o.pricePerHour ? QJsonValue(o.pricePerHour->toDecimalString()) : QJsonValue()}};
}

} // namespace

QJsonArray Cli::attemptsJson(const QString &jobId)
{
    QJsonArray out;
    if (!m_services || !m_services->attempts())
        return out;
    auto attempts = m_services->attempts()->forJob(jobId);
    if (!attempts)
        return out;
    for (const JobAttempt &a : *attempts) {
        out.append(QJsonObject{{QStringLiteral("n"), a.n},
                               {QStringLiteral("round"), a.round},
                               {QStringLiteral("provider"), a.providerId},
                               {QStringLiteral("instance_type"), a.instanceType},
                               {QStringLiteral("gpu_model"), a.gpuModel},
                               {QStringLiteral("gpu_count"), a.gpuCount},
                               {QStringLiteral("region"), a.region},
                               {QStringLiteral("price_usd_per_hour"), a.pricePerHour ? QJsonValue(a.pricePerHour->toDecimalString()) : QJsonValue()},
                               {QStringLiteral("price_source"), a.priceSource},
                               {QStringLiteral("instance_id"), a.instanceId},
                               {QStringLiteral("result"), JobAttempt::outcomeKey(a.outcome)},
                               {QStringLiteral("message"), a.message},
                               {QStringLiteral("started_at"), a.startedAt.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("ended_at"), a.endedAt.isValid() ? QJsonValue(a.endedAt.toString(Qt::ISODateWithMs)) : QJsonValue()}});
    }
    return out;
}

void Cli::printAttempts(const QString &jobId)
{
    if (!m_services || !m_services->attempts())
        return;
    auto attempts = m_services->attempts()->forJob(jobId);
    if (!attempts || attempts->empty())
        return;
    m_out << tr("attempts:") << "\n";
    for (const JobAttempt &a : *attempts) {
        QString where = QStringLiteral("%1 %2").arg(a.providerId, a.instanceType);
        if (!a.region.isEmpty())
            where += QStringLiteral(" (%1)").arg(a.region);
        m_out << "  " << QStringLiteral("#%1").arg(a.n) << (a.round > 0 ? tr(" [restart %1]").arg(a.round) : QString()) << "  "
              << a.startedAt.toString(Qt::ISODate) << "  " << where << "  "
              << (a.pricePerHour ? a.pricePerHour->toString(2) + QStringLiteral("/h") : QString()) << "  "
              << JobAttempt::outcomeKey(a.outcome);
        if (!a.instanceId.isEmpty())
            m_out << "  " << a.instanceId;
        if (!a.message.isEmpty() && a.outcome != JobAttempt::Outcome::Launched)
            m_out << "  " << a.message;
        m_out << "\n";
    }
}

int Cli::launchAuto(const JobSpec &job, const QString &source, OutputTable::Format format, bool dryRun,
                    const QString &dataDir)
{
    Services *s = services(dataDir);
    if (!s)
        return RuntimeError;
    ValidationContext validation;
    validation.gpuSpecs = &s->catalog().specs();
    const auto errors = JobSpecValidator::validate(job, validation);
    if (!errors.isEmpty()) {
        for (const FieldError &e : errors)
            m_err << "gpudesk-cli: " << source << ": " << e.field << ": " << e.message << "\n";
        m_err.flush();
        return UsageError;
    }
    Dispatcher *dispatcher = s->dispatcher();
    // Live prices where a key allows: providers with a key whose live offers are missing or older
    // than the staleness limit are asked first (each one's failure is reported, the others go on).
    DispatchContext context = s->dispatchContext();
    QStringList refresh;
    for (const QString &id : std::as_const(context.launchable)) {
        Provider *p = s->providers()->provider(id);
        if (!p || !p->needsCredentials() || (!job.placement.providers.isEmpty() && !job.placement.providers.contains(id)))
            continue;
        const QDateTime at = context.liveFetchedAt.value(id);
        if (!at.isValid() || at.secsTo(context.now) > context.staleLiveSeconds)
            refresh << id;
    }
    if (!refresh.isEmpty()) {
        m_err << tr("Fetching live prices from %1 first…").arg(refresh.join(QStringLiteral(", "))) << "\n";
        if (refreshOffers(refresh, dataDir))
            context = s->dispatchContext();
    }
    const PlacementRanking ranking = Dispatcher::rank(job, context);

    if (dryRun) {
        if (format == OutputTable::Format::Json) {
            QJsonArray candidates;
            for (const PlacementCandidate &c : ranking.candidates) {
                QJsonObject o = offerJson(c.offer);
                o.insert(QStringLiteral("rank"), c.rank);
                o.insert(QStringLiteral("total_usd_per_hour"), c.totalPerHour.toDecimalString());
                o.insert(QStringLiteral("price_age"), c.priceAge);
                o.insert(QStringLiteral("stale_price"), c.stalePrice);
                o.insert(QStringLiteral("reason"), c.reason);
                candidates.append(o);
            }
            QJsonArray excluded;
            for (const ExcludedOffer &e : ranking.excluded) {
                QJsonObject o = offerJson(e.offer);
                o.insert(QStringLiteral("reason"), e.reason);
                excluded.append(o);
            }
            m_out << QJsonDocument(QJsonObject{{QStringLiteral("wanted"), ranking.wanted},
                                               {QStringLiteral("summary"), ranking.summary()},
                                               {QStringLiteral("candidates"), candidates},
                                               {QStringLiteral("excluded"), excluded},
                                               {QStringLiteral("other_gpu_offers"), ranking.otherGpuOffers}})
                         .toJson(QJsonDocument::Indented);
            return Ok;
        }
        using K = OutputTable::Kind;
        OutputTable table({{QStringLiteral("rank"), tr("#"), K::Number, true},
                           {QStringLiteral("provider"), tr("PROVIDER")},
                           {QStringLiteral("instance_type"), tr("INSTANCE TYPE")},
                           {QStringLiteral("gpus"), tr("GPUS")},
                           {QStringLiteral("region"), tr("REGION")},
                           {QStringLiteral("total_usd_per_hour"), tr("$/H"), K::Number, true},
                           {QStringLiteral("reason"), tr("WHY")}});
        for (const PlacementCandidate &c : ranking.candidates)
            table.addRow({QString::number(c.rank), c.offer.providerId, c.offer.instanceType,
                          QStringLiteral("%1x %2").arg(c.offer.gpuCount).arg(c.offer.gpuModel), c.offer.region,
                          c.totalPerHour.toDecimalString(), c.reason});
        m_out << tr("Candidates for %1 (%2), best first:").arg(job.name, ranking.wanted) << "\n";
        table.write(m_out, format);
        if (format == OutputTable::Format::Table) {
            if (!ranking.excluded.empty()) {
                m_out << "\n" << tr("Excluded:") << "\n";
                for (const ExcludedOffer &e : ranking.excluded)
                    m_out << "  " << e.offer.providerId << " " << e.offer.instanceType
                          << (e.offer.region.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.offer.region)) << ": "
                          << e.reason << "\n";
            }
            m_out << "# " << ranking.summary() << " " << tr("Not launched (--dry-run).") << "\n";
        }
        return ranking.candidates.empty() ? RuntimeError : Ok;
    }

    if (ranking.candidates.empty())
        return runtimeError(tr("No offer matches %1: %2 Try \"gpudesk-cli launch %3 --provider auto --dry-run\" to see why.")
                                .arg(ranking.wanted, ranking.summary(), source));
    auto launched = dispatcher->launch(job, ranking);
    if (!launched)
        return runtimeError(launched.error().message);
    const QString id = launched->id;
    m_err << tr("Placing %1 (%2): %3").arg(id, job.name, ranking.summary()) << "\n";
    if (!waitIdle())
        return RuntimeError;
    auto after = s->jobs()->get(id);
    if (!after)
        return runtimeError(after.error().message);
    if (format == OutputTable::Format::Json) {
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("state"), JobStates::key(after->state)},
                      {QStringLiteral("provider"), after->providerId},
                      {QStringLiteral("instance_id"), after->instanceId},
                      {QStringLiteral("message"), after->message},
                      {QStringLiteral("attempts"), attemptsJson(id)}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        m_out << id << "\n";
    }
    if (after->state == JobState::Failed || after->state == JobState::Unknown)
        return runtimeError(tr("Job %1 was not placed: %2").arg(id, after->message));
    m_err << tr("Launched %1 (%2) on %3: %4.").arg(id, job.name, after->providerId, JobStates::displayName(after->state)) << "\n";
    return Ok;
}

int Cli::sandbox(const QStringList &args, const QString &dataDir)
{
    const auto opts = CliOptions::parse(QStringLiteral("sandbox"), args, {{}, 2, false});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    if (opts.positionals.size() != 2 || opts.positionals.first() != QStringLiteral("preempt"))
        return usageError(tr("sandbox needs a command: gpudesk-cli sandbox preempt JOB"));
    Services *s = services(dataDir);
    if (!s)
        return RuntimeError;
    auto job = s->jobs()->find(opts.positionals.at(1));
    if (!job)
        return runtimeError(job.error().message);
    if (job->providerId != QStringLiteral("sandbox") || job->instanceId.isEmpty())
        return runtimeError(tr("Job %1 has no Sandbox pod to preempt (it runs at \"%2\").").arg(job->id, job->providerId));
    auto *provider = qobject_cast<SandboxProvider *>(s->providers()->provider(QStringLiteral("sandbox")));
    if (!provider)
        return runtimeError(tr("The Sandbox is not set up."));
    std::optional<Result<void>> done;
    provider->preempt(job->instanceId, [&done](Result<void> r) { done = std::move(r); });
    if (!waitUntil([&done] { return done.has_value(); }, m_providerTimeoutMs))
        return runtimeError(tr("The Sandbox did not answer in time."));
    if (!*done)
        return runtimeError(done->error().message);
    m_err << tr("Pod %1 of job %2 was preempted; the job notices at its next status check.").arg(job->instanceId, job->id) << "\n";
    return Ok;
}

} // namespace gpudesk
