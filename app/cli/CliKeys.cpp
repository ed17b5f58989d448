// gpudesk-cli keys …, and offers --refresh: API keys in the keychain, live offers.

#include "Cli.h"

#include "CliOptions.h"
#include "catalog/ProviderInfo.h"
#include "providers/Provider.h"
#include "providers/ProviderRegistry.h"
#include "secrets/ProviderKeys.h"
#include "secrets/SecretStore.h"
#include "services/OfferRefresh.h"
#include "services/Services.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace gpudesk {

namespace {

// Cloud providers that take a key; the Sandbox and snapshot-only providers do not.
Provider *keyedProvider(Services &s, const QString &name)
{
    const ProviderInfo *info = ProviderDirectory::lookup(name);
    Provider *p = info && s.providers() ? s.providers()->provider(info->id) : nullptr;
    return p && p->needsCredentials() ? p : nullptr;
}

QString originText(ProviderKeys::Origin origin, const QString &providerId)
{
    switch (origin) {
    case ProviderKeys::Origin::Environment:
        return Cli::tr("environment (%1)").arg(ProviderKeys::environmentVariables(providerId).value(0));
    case ProviderKeys::Origin::Keychain:
        return Cli::tr("keychain");
    case ProviderKeys::Origin::None:
        break;
    }
    return Cli::tr("none");
}

} // namespace

QString Cli::readSecretLine(const QString &prompt)
{
#ifdef Q_OS_UNIX
    const bool tty = ::isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (tty) {
        m_err << prompt << ": ";
        m_err.flush();
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(prompt)
#endif
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_UNIX
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        m_err << "\n";
    }
#endif
    return QString::fromStdString(line).trimmed();
}

int Cli::keys(const QStringList &args, const QString &dataDir)
{
    const QString sub = args.value(0);
    if (sub.isEmpty() || sub.startsWith(QStringLiteral("--"))) {
        const auto opts = CliOptions::parse(QStringLiteral("keys"), args, {{{QStringLiteral("format"), true}}, 0, false});
        if (!opts.error.isEmpty())
            return usageError(opts.error);
        OutputTable::Format format;
        if (const auto bad = readFormat(opts, format))
            return *bad;
        Services *s = services(dataDir);
        if (!s)
            return RuntimeError;
        OutputTable table({
            {QStringLiteral("id"), tr("ID")},
            {QStringLiteral("name"), tr("PROVIDER")},
            {QStringLiteral("key"), tr("KEY")},
            {QStringLiteral("environment"), tr("ENVIRONMENT")},
            {QStringLiteral("problem"), tr("PROBLEM")},
        });
        for (Provider *p : s->providers()->providers()) {
            if (!p->needsCredentials())
                continue;
            auto loaded = std::make_shared<std::optional<Result<ProviderKeys::Loaded>>>();
            s->keys()->load(p->id(), [loaded](Result<ProviderKeys::Loaded> r) { *loaded = std::move(r); });
            waitUntil([loaded] { return loaded->has_value(); }, 30000);
            QString key = tr("none");
            QString problem;
            if (!loaded->has_value())
                problem = tr("the keychain did not answer");
            else if (!**loaded)
                problem = (**loaded).error().message;
            else
                key = originText((**loaded)->origin, p->id());
            table.addRow({p->id(), p->displayName(), key,
                          ProviderKeys::environmentVariables(p->id()).join(QStringLiteral(", ")), problem});
        }
        table.write(m_out, format);
        return Ok;
    }

    if (sub != QStringLiteral("set") && sub != QStringLiteral("test") && sub != QStringLiteral("remove"))
        return usageError(tr("keys: unknown subcommand \"%1\" (set, test, remove)").arg(sub));
    const auto opts = CliOptions::parse(QStringLiteral("keys ") + sub, args.mid(1),
                                        {{{QStringLiteral("account"), true}}, 1, false});
    if (!opts.error.isEmpty())
        return usageError(opts.error);
    if (opts.positionals.size() != 1)
        return usageError(tr("keys %1: name one provider (lambda, runpod, vastai, crusoe, lepton)").arg(sub));
    if (sub != QStringLiteral("set") && opts.has(QStringLiteral("account")))
        return usageError(tr("keys %1: --account is only for \"keys set\"").arg(sub));
    Services *s = services(dataDir);
    if (!s)
        return RuntimeError;
    Provider *provider = keyedProvider(*s, opts.positionals.first());
    if (!provider)
        return usageError(tr("\"%1\" is not a provider that takes an API key (lambda, runpod, vastai, crusoe, lepton)")
                              .arg(opts.positionals.first()));
    const QString id = provider->id();

    if (sub == QStringLiteral("set")) {
        ProviderCredentials c;
        c.key = readSecretLine(ProviderKeys::needsSecret(id) ? tr("%1 access key").arg(provider->displayName())
                                                             : tr("%1 API key").arg(provider->displayName()));
        if (ProviderKeys::needsSecret(id))
            c.secret = readSecretLine(tr("%1 secret key").arg(provider->displayName()));
        c.account = opts.value(QStringLiteral("account")).trimmed();
        if (c.key.isEmpty())
            return usageError(tr("keys set: no key on stdin (pipe it in, e.g. \"pass show lambda | gpudesk-cli keys set lambda\")"));
        if (ProviderKeys::needsSecret(id) && c.secret.isEmpty())
            return usageError(tr("keys set: %1 needs the secret key on the second line of stdin").arg(provider->displayName()));
        if (ProviderKeys::needsAccount(id) && c.account.isEmpty())
            return usageError(id == QStringLiteral("lepton")
                                  ? tr("keys set: DGX Cloud Lepton needs --account WORKSPACE_URL")
                                  : tr("keys set: %1 needs --account PROJECT_ID").arg(provider->displayName()));
        auto saved = std::make_shared<std::optional<Result<void>>>();
        s->keys()->save(id, c, [saved](Result<void> r) { *saved = std::move(r); });
        if (!waitUntil([saved] { return saved->has_value(); }, 60000))
            return runtimeError(tr("The keychain did not answer within a minute; the key was not stored."));
        if (!**saved)
            return runtimeError((**saved).error().message);
        m_out << tr("Stored the %1 key in %2. Check it with \"gpudesk-cli keys test %3\".")
                     .arg(provider->displayName(), s->keys()->store().backendName(), id)
              << "\n";
        if (!ProviderKeys::fromEnvironment(id).isEmpty())
            m_err << tr("Note: %1 is set in the environment and takes precedence over the stored key.")
                         .arg(ProviderKeys::environmentVariables(id).value(0))
                  << "\n";
        return Ok;
    }

    if (sub == QStringLiteral("remove")) {
        auto removed = std::make_shared<std::optional<Result<void>>>();
        s->keys()->remove(id, [removed](Result<void> r) { *removed = std::move(r); });
        if (!waitUntil([removed] { return removed->has_value(); }, 60000))
            return runtimeError(tr("The keychain did not answer within a minute; the key may still be stored."));
        if (!**removed)
            return runtimeError((**removed).error().message);
        m_out << tr("Removed the %1 key from %2.").arg(provider->displayName(), s->keys()->store().backendName()) << "\n";
        return Ok;
    }

    // test
    if (m_credentialProblems.contains(id))
        return runtimeError(m_credentialProblems.value(id).message);
    if (!provider->hasCredentials())
        return runtimeError(OfferRefresh::missingKeyError(id, provider->displayName()).message);
    auto answer = std::make_shared<std::optional<Result<QString>>>();
    provider->checkAccess([answer](Result<QString> r) { *answer = std::move(r); });
    if (!waitUntil([answer] { return answer->has_value(); }, m_providerTimeoutMs))
        return runtimeError(tr("%1 did not answer within %n second(s).", nullptr, m_providerTimeoutMs / 1000)
                                .arg(provider->displayName()));
    if (!**answer)
        return runtimeError((**answer).error().message);
    m_out << ***answer << "\n";
    return Ok;
}

std::optional<QHash<QString, std::vector<Offer>>> Cli::refreshOffers(const QStringList &providerIds,
                                                                     const QString &dataDir)
{
    Services *s = services(dataDir);
    if (!s)
        return std::nullopt;
    QStringList ids = providerIds;
    for (auto it = m_credentialProblems.cbegin(); it != m_credentialProblems.cend(); ++it) {
        if (providerIds.contains(it.key()))
            m_err << it.value().message << "\n";
    }
    // Only providers with an API (the snapshot-only ones are not asked).
    if (!ids.isEmpty()) {
        QStringList keyed;
        for (const QString &id : std::as_const(ids)) {
            if (keyedProvider(*s, id))
                keyed << id;
            else
                m_err << tr("%1: prices come from the bundled snapshot only (no API GPU Desk can ask).")
                             .arg(ProviderDirectory::lookup(id) ? ProviderDirectory::lookup(id)->displayName : id)
                      << "\n";
        }
        if (keyed.isEmpty())
            return QHash<QString, std::vector<Offer>>();
        ids = keyed;
    }
    OfferRefresh refresh(*s);
    auto outcomes = std::make_shared<std::optional<QList<OfferRefresh::Outcome>>>();
    refresh.refresh(ids, [outcomes](QList<OfferRefresh::Outcome> o) { *outcomes = std::move(o); });
    if (!waitUntil([outcomes] { return outcomes->has_value(); }, m_providerTimeoutMs)) {
        runtimeError(tr("The providers did not answer within %n second(s).", nullptr, m_providerTimeoutMs / 1000));
        return std::nullopt;
    }
    if ((*outcomes)->isEmpty())
        m_err << tr("No provider has an API key yet, so there is nothing live to fetch: showing snapshot prices. "
                    "Add a key with \"gpudesk-cli keys set PROVIDER\".")
              << "\n";
    QHash<QString, std::vector<Offer>> fetched;
    for (const OfferRefresh::Outcome &o : **outcomes) {
        if (o.error)
            m_err << tr("%1: %2").arg(o.displayName, o.error->message) << "\n";
        else
            m_err << tr("%1: %n live offer(s).", nullptr, o.offers).arg(o.displayName) << "\n";
    }
    // The catalog of the services now holds the merged offers; hand back each provider's.
    for (const OfferRefresh::Outcome &o : **outcomes) {
        if (o.error)
            continue;
        std::vector<Offer> mine;
        for (const Offer &offer : s->catalog().offers()) {
            if (offer.providerId == o.providerId)
                mine.push_back(offer);
        }
        fetched.insert(o.providerId, std::move(mine));
    }
    return fetched;
}

} // namespace gpudesk
