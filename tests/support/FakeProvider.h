#pragma once

#include "providers/Provider.h"

#include <QHash>
#include <QTimer>

#include <optional>

namespace gpudesk::test {

// A provider that keeps instances in memory and answers asynchronously, as real ones do.
// Tests steer it: set instance states, make the next call fail, count calls.
class FakeProvider : public Provider
{
public:
    explicit FakeProvider(QString id = QStringLiteral("fake"), QObject *parent = nullptr)
        : Provider(parent)
        , m_id(std::move(id))
    {
    }

    QString id() const override { return m_id; }
    QString displayName() const override { return name; }
    ProviderCapabilities capabilities() const override
    {
        return {true, true, true, true, true, true, false, true};
    }

    // What launch() creates: the state of a new instance.
    Instance::State launchState = Instance::State::Running;
    // The next call of any kind fails with this error (once).
    std::optional<Error> failNext;
    // The next launch makes its instance but its answer is lost (a network error instead).
    bool loseNextLaunchAnswer = false;
    // Every launch fails with this error (a provider without capacity), until reset.
    std::optional<Error> refuseLaunches;
    QString name = QStringLiteral("Fake");
    int launchCalls = 0;
    int stopCalls = 0;
    QHash<QString, Instance> instancesById;

    Instance &add(const QString &instanceId, Instance::State state, const QString &token = {})
    {
        Instance i;
        i.id = instanceId;
        i.providerId = m_id;
        i.state = state;
        i.clientToken = token;
        i.pricePerHour = Money::fromDollars(2);
        instancesById.insert(instanceId, i);
        return instancesById[instanceId];
    }

    void listOffers(Reply<std::vector<Offer>> reply) override { answer(reply, std::vector<Offer>{}); }

    void launch(const JobSpec &spec, const QString &clientToken, Reply<Instance> reply) override
    {
        ++launchCalls;
        if (auto e = takeFailure())
            return later([reply, e = *e] { reply(e); });
        if (refuseLaunches)
            return later([reply, e = *refuseLaunches] { reply(e); });
        for (const Instance &i : std::as_const(instancesById)) {
            if (i.clientToken == clientToken)
                return answer(reply, i); // idempotent
        }
        Instance &i = add(QStringLiteral("i-%1").arg(instancesById.size() + 1), launchState, clientToken);
        i.name = spec.name;
        i.instanceType = spec.instanceType;
        i.gpuModel = spec.gpuModel;
        i.gpuCount = spec.gpuCount;
        i.region = spec.region;
        if (loseNextLaunchAnswer) {
            loseNextLaunchAnswer = false;
            return later([reply] { reply(makeError(Error::Kind::Network, QStringLiteral("Fake: connection reset"))); });
        }
        answer(reply, i);
    }

    void instances(Reply<std::vector<Instance>> reply) override
    {
        if (auto e = takeFailure())
            return later([reply, e = *e] { reply(e); });
        answer(reply, std::vector<Instance>(instancesById.cbegin(), instancesById.cend()));
    }

    void instance(const QString &instanceId, Reply<Instance> reply) override
    {
        if (auto e = takeFailure())
            return later([reply, e = *e] { reply(e); });
        if (!instancesById.contains(instanceId))
            return later([reply] { reply(makeError(Error::Kind::NotFound, QStringLiteral("Fake: no such instance"))); });
        answer(reply, instancesById.value(instanceId));
    }

    void stop(const QString &instanceId, Reply<void> reply) override
    {
        ++stopCalls;
        setState(instanceId, Instance::State::Stopped, reply);
    }
    void start(const QString &instanceId, Reply<void> reply) override
    {
        setState(instanceId, Instance::State::Running, reply);
    }
    void terminate(const QString &instanceId, Reply<void> reply) override
    {
        setState(instanceId, Instance::State::Terminated, reply);
    }
    void sshEndpoint(const QString &, Reply<SshEndpoint> reply) override
    {
        SshEndpoint e;
        e.host = QStringLiteral("127.0.0.1");
        e.user = QStringLiteral("root");
        answer(reply, e);
    }
    void logs(const QString &, qint64, Reply<QByteArray> reply) override { answer(reply, QByteArray("log\n")); }

private:
    template<typename T>
    void answer(const Reply<T> &reply, T value)
    {
        later([reply, value = std::move(value)] { reply(value); });
    }
    template<typename F>
    void later(F &&f)
    {
        QTimer::singleShot(0, this, std::forward<F>(f));
    }
    std::optional<Error> takeFailure()
    {
        auto e = failNext;
        failNext.reset();
        return e;
    }
    void setState(const QString &instanceId, Instance::State state, const Reply<void> &reply)
    {
        if (auto e = takeFailure())
            return later([reply, e = *e] { reply(e); });
        if (!instancesById.contains(instanceId))
            return later([reply] { reply(makeError(Error::Kind::NotFound, QStringLiteral("Fake: no such instance"))); });
        instancesById[instanceId].state = state;
        later([reply] { reply(Result<void>()); });
    }

    QString m_id;
};

} // namespace gpudesk::test
