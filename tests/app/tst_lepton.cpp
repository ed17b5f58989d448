// DGX Cloud Lepton adapter against the hand-written stateful mock (LeptonMock, from API-NOTES.md):
// offers from shapes, a torchrun job launched → running → stopped → terminated, the MPI hostfile,
// a dev pod's SSH endpoint, and faults from FaultHttpServer.
#include "FaultHttpServer.h"
#include "LeptonMock.h"
#include "ProviderTestSupport.h"
#include "jobs/JobTemplates.h"
#include "providers/lepton/LeptonProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace gpudesk;
using namespace gpudesk::test;
using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("lepton-test-token-0001");
const QString kWorkspace = QStringLiteral("ws-test");
const QString kClientToken = QStringLiteral("3f2a9c4e-1b7d-4e8f-9a6b-0c1d2e3f4a5b");

ProviderCredentials creds(const QString &key = kToken, const QString &workspace = kWorkspace)
{
    ProviderCredentials c;
    c.key = key;
    c.account = workspace;
    return c;
}

JobSpec torchrunSpec(int nodes)
{
    JobSpec s;
    s.name = QStringLiteral("train");
    s.providerId = QStringLiteral("lepton");
    s.instanceType = QStringLiteral("gpu.8xh100-sxm");
    s.gpuModel = QStringLiteral("H100 SXM");
    s.gpuCount = 8;
    s.nodes = nodes;
    s.image = QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3");
    s.env = { { QStringLiteral("WANDB_MODE"), QStringLiteral("offline") } };
    s = JobTemplates::apply(JobTemplates::TorchrunId, s);
    s.command = QStringLiteral("torchrun train.py"); // the template's own command, replaced as a user would
    return s;
}

QString envValue(const QJsonArray &envs, const QString &name)
{
    for (const QJsonValue &e : envs) {
        if (e.toObject().value(QStringLiteral("name")).toString() == name)
            return e.toObject().value(QStringLiteral("value")).toString();
    }
    return QStringLiteral("<unset>");
}

void fastRetries(LeptonProvider &p)
{
    useFastRetries(p.http(), { 2, 10ms, 50ms, 3000ms });
}

} // namespace

class TestLepton : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void missingCredentialsFailWithoutRequest();
    void workspaceUrlFromIdOrUrl();
    void clientTokenRoundTripsThroughName();
    void offersFromShapesAreQuotes();
    void torchrunJobLaunchRunStopTerminate();
    void mpiJobWritesHostfile();
    void devPodGivesSshEndpoint();
    void lostCreateAnswerIsAdoptedNotRepeated();
    void faults_data();
    void faults();
};

void TestLepton::init()
{
    LogCapture::start();
}

void TestLepton::cleanup()
{
    QVERIFY2(LogCapture::leaks({ kToken }).isEmpty(), "a secret reached the log");
}

void TestLepton::missingCredentialsFailWithoutRequest()
{
    FaultHttpServer server;
    QVERIFY(server.listen());
    for (const ProviderCredentials &c : { creds(QString()), creds(kToken, QString()) }) {
        LeptonProvider p(c, server.url());
        QVERIFY(p.needsCredentials());
        std::optional<Result<std::vector<Offer>>> got;
        p.listOffers([&](Result<std::vector<Offer>> r) { got = std::move(r); });
        QVERIFY2(!got, "replied from inside the call");
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(got->error().kind, Error::Kind::Auth);
        QVERIFY(got->error().message.contains(QLatin1String("DGX Cloud Lepton")));
    }
    QCOMPARE(server.callCount(), 0);
}

void TestLepton::workspaceUrlFromIdOrUrl()
{
    LeptonProvider byId(creds(kToken, QStringLiteral("abc123")), LeptonProvider::publicBaseUrl());
    QCOMPARE(byId.workspaceUrl().toString(),
        QStringLiteral("https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/abc123"));
    LeptonProvider byUrl(creds(kToken, QStringLiteral("https://gw.example.test/api/v2/workspaces/xyz")),
        LeptonProvider::publicBaseUrl());
    QCOMPARE(byUrl.workspaceUrl().toString(), QStringLiteral("https://gw.example.test/api/v2/workspaces/xyz"));
    // An overridden base URL (tests, proxies) wins over the pasted URL's host.
    LeptonProvider overridden(creds(kToken, QStringLiteral("https://gw.example.test/api/v2/workspaces/xyz")),
        QUrl(QStringLiteral("http://127.0.0.1:9")));
    QCOMPARE(overridden.workspaceUrl().toString(), QStringLiteral("http://127.0.0.1:9/api/v2/workspaces/xyz"));
}

void TestLepton::clientTokenRoundTripsThroughName()
{
    const QString name = LeptonProvider::nameForToken(kClientToken);
    QCOMPARE(name, QStringLiteral("gd3f2a9c4e1b7d4e8f9a6b0c1d2e3f4a5b"));
    QCOMPARE(LeptonProvider::tokenFromName(name), kClientToken);
    QCOMPARE(LeptonProvider::tokenFromName(LeptonProvider::nameForToken(QStringLiteral("abc"))), QStringLiteral("abc"));
    QCOMPARE(LeptonProvider::tokenFromName(QStringLiteral("someone-elses-job")), QString());
}

void TestLepton::offersFromShapesAreQuotes()
{
    LeptonMock mock(kWorkspace, kToken);
    QVERIFY(mock.listen());
    LeptonProvider p(creds(), mock.gatewayUrl());
    std::optional<Result<std::vector<Offer>>> got;
    p.listOffers([&](Result<std::vector<Offer>> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(why(*got)));
    QCOMPARE(got->value().size(), size_t(2)); // the CPU shape is no GPU offer
    const Offer &h100 = got->value().at(0);
    QCOMPARE(h100.providerId, QStringLiteral("lepton"));
    QCOMPARE(h100.instanceType, QStringLiteral("gpu.8xh100-sxm"));
    QCOMPARE(h100.gpuModel, QStringLiteral("H100 SXM"));
    QCOMPARE(h100.gpuCount, 8);
    QCOMPARE(h100.gpuMemoryGb, 80);
    QCOMPARE(h100.region, QStringLiteral("ng-h100"));
    QCOMPARE(h100.priceSource, PriceSource::Quote);
    QVERIFY(!h100.pricePerHour);
    QCOMPARE(got->value().at(1).gpuModel, QStringLiteral("A100 80GB"));

    // With two node groups, each offer names the groups that have its shape.
    mock.nodeGroups << QStringLiteral("ng-a100");
    mock.missingShapes.insert(QStringLiteral("ng-a100"), { QStringLiteral("gpu.8xh100-sxm") });
    got.reset();
    p.listOffers([&](Result<std::vector<Offer>> r) { got = std::move(r); });
    QTRY_VERIFY(got.has_value());
    QVERIFY2(got->ok(), qPrintable(why(*got)));
    QCOMPARE(got->value().size(), size_t(2));
    QCOMPARE(got->value().at(0).region, QStringLiteral("ng-h100"));
    QCOMPARE(got->value().at(1).region, QStringLiteral("ng-h100;ng-a100"));
    QVERIFY2(mock.takeViolations().isEmpty(), "requests broke API-NOTES.md");
}

void TestLepton::torchrunJobLaunchRunStopTerminate()
{
    LeptonMock mock(kWorkspace, kToken);
    QVERIFY(mock.listen());
    LeptonProvider p(creds(), mock.gatewayUrl());

    std::optional<Result<Instance>> launched;
    p.launch(torchrunSpec(2), kClientToken, [&](Result<Instance> r) { launched = std::move(r); });
    QVERIFY(!launched);
    QTRY_VERIFY(launched.has_value());
    QVERIFY2(launched->ok(), qPrintable(why(*launched)));
    QCOMPARE(launched->value().id, QStringLiteral("job-1"));
    QCOMPARE(launched->value().clientToken, kClientToken);
    QCOMPARE(launched->value().state, Instance::State::Provisioning);
    QVERIFY2(mock.takeViolations().isEmpty(), "create-job body broke API-NOTES.md");

    // The multi-node body: completions = parallelism = nodes; shared rendezvous values in envs,
    // per-replica ones computed from Lepton's worker variables at start.
    const QJsonObject spec = mock.jobs.value(QStringLiteral("job-1")).value(QStringLiteral("spec")).toObject();
    QCOMPARE(spec.value(QStringLiteral("resource_shape")).toString(), QStringLiteral("gpu.8xh100-sxm"));
    QCOMPARE(spec.value(QStringLiteral("completions")).toInt(), 2);
    QCOMPARE(spec.value(QStringLiteral("parallelism")).toInt(), 2);
    const QJsonArray envs = spec.value(QStringLiteral("envs")).toArray();
    QCOMPARE(envValue(envs, QStringLiteral("NNODES")), QStringLiteral("2"));
    QCOMPARE(envValue(envs, QStringLiteral("NGPUS")), QStringLiteral("8"));
    QCOMPARE(envValue(envs, QStringLiteral("MASTER_PORT")), QString::number(JobTemplates::kMasterPort));
    QCOMPARE(envValue(envs, QStringLiteral("WANDB_MODE")), QStringLiteral("offline"));
    QCOMPARE(envValue(envs, QStringLiteral("NODE_RANK")), QStringLiteral("<unset>"));
    const QJsonArray command
        = spec.value(QStringLiteral("container")).toObject().value(QStringLiteral("command")).toArray();
    QCOMPARE(command.size(), 3);
    const QString script = command.at(2).toString();
    QVERIFY(script.contains(QLatin1String("export NODE_RANK=\"${LEPTON_JOB_WORKER_INDEX:-0}\"")));
    QVERIFY(script.contains(QLatin1String("export MASTER_ADDR=")));
    QVERIFY(script.endsWith(QLatin1String("torchrun train.py")));

    mock.setJobState(QStringLiteral("job-1"), QStringLiteral("Running"));
    std::optional<Result<Instance>> one;
    p.instance(QStringLiteral("job-1"), [&](Result<Instance> r) { one = std::move(r); });
    QTRY_VERIFY(one.has_value());
    QVERIFY2(one->ok(), qPrintable(why(*one)));
    QCOMPARE(one->value().state, Instance::State::Running);
    QCOMPARE(one->value().providerState, QStringLiteral("Running"));
    QCOMPARE(one->value().clientToken, kClientToken);
    QVERIFY(one->value().createdAt.isValid());

    std::optional<Result<std::vector<Instance>>> all;
    p.instances([&](Result<std::vector<Instance>> r) { all = std::move(r); });
    QTRY_VERIFY(all.has_value());
    QVERIFY2(all->ok(), qPrintable(why(*all)));
    QCOMPARE(all->value().size(), size_t(1));
    QCOMPARE(all->value().front().clientToken, kClientToken);

    std::optional<Result<QByteArray>> log;
    p.logs(QStringLiteral("job-1"), 10, [&](Result<QByteArray> r) { log = std::move(r); });
    QTRY_VERIFY(log.has_value());
    QVERIFY2(log->ok(), qPrintable(why(*log)));
    QCOMPARE(log->value(), mock.replicaLog.right(10));

    std::optional<Result<void>> stopped;
    p.stop(QStringLiteral("job-1"), [&](Result<void> r) { stopped = std::move(r); });
    QTRY_VERIFY(stopped.has_value());
    QVERIFY2(stopped->ok(), qPrintable(why(*stopped)));
    QCOMPARE(mock.jobs.value(QStringLiteral("job-1"))
                 .value(QStringLiteral("status"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
        QStringLiteral("Stopped"));

    std::optional<Result<void>> gone;
    p.terminate(QStringLiteral("job-1"), [&](Result<void> r) { gone = std::move(r); });
    QTRY_VERIFY(gone.has_value());
    QVERIFY2(gone->ok(), qPrintable(why(*gone)));
    QVERIFY(mock.jobs.isEmpty());

    one.reset();
    p.instance(QStringLiteral("job-1"), [&](Result<Instance> r) { one = std::move(r); });
    QTRY_VERIFY(one.has_value());
    QVERIFY(!one->ok());
    QCOMPARE(one->error().kind, Error::Kind::NotFound);

    // Terminating what is already gone succeeds (terminate is what the user wanted).
    gone.reset();
    p.terminate(QStringLiteral("job-1"), [&](Result<void> r) { gone = std::move(r); });
    QTRY_VERIFY(gone.has_value());
    QVERIFY(gone->ok());
    QVERIFY2(mock.takeViolations().isEmpty(), "requests broke API-NOTES.md");
}

void TestLepton::mpiJobWritesHostfile()
{
    JobSpec s = torchrunSpec(3);
    s = JobTemplates::apply(JobTemplates::MpiId, s);
    const QJsonObject body = LeptonProvider::jobBody(s, QStringLiteral("gdmpi"));
    const QJsonObject spec = body.value(QStringLiteral("spec")).toObject();
    QCOMPARE(spec.value(QStringLiteral("parallelism")).toInt(), 3);
    const QJsonArray envs = spec.value(QStringLiteral("envs")).toArray();
    QCOMPARE(envValue(envs, QStringLiteral("HOSTFILE")), QStringLiteral("/etc/mpi/hostfile"));
    QCOMPARE(envValue(envs, QStringLiteral("NNODES")), QStringLiteral("3"));
    const QString script = spec.value(QStringLiteral("container"))
                               .toObject()
                               .value(QStringLiteral("command"))
                               .toArray()
                               .at(2)
                               .toString();
    QVERIFY(script.contains(QLatin1String("slots=${NGPUS}")));
    QVERIFY(script.contains(QLatin1String(">> \"$HOSTFILE\"")));
}

void TestLepton::devPodGivesSshEndpoint()
{
    LeptonMock mock(kWorkspace, kToken);
    QVERIFY(mock.listen());
    LeptonProvider p(creds(), mock.gatewayUrl());
    JobSpec s;
    s.name = QStringLiteral("dev");
    s.instanceType = QStringLiteral("gpu.a100-80gb");
    s.gpuCount = 1;
    s = JobTemplates::apply(JobTemplates::DevPodId, s);
    if (s.image.isEmpty())
        s.image = QStringLiteral("ubuntu:24.04");

    std::optional<Result<Instance>> launched;
    p.launch(s, kClientToken, [&](Result<Instance> r) { launched = std::move(r); });
    QTRY_VERIFY(launched.has_value());
    QVERIFY2(launched->ok(), qPrintable(why(*launched)));
    const QString podId = launched->value().id;
    QCOMPARE(podId, QStringLiteral("pod:") + LeptonProvider::nameForToken(kClientToken));
    QVERIFY2(mock.takeViolations().isEmpty(), "dev pod body broke API-NOTES.md");

    // Not mapped yet: a clear error, then the endpoint once the pod is ready.
    std::optional<Result<SshEndpoint>> ssh;
    p.sshEndpoint(podId, [&](Result<SshEndpoint> r) { ssh = std::move(r); });
    QTRY_VERIFY(ssh.has_value());
    QVERIFY(!ssh->ok());

    mock.setPodReady(LeptonProvider::nameForToken(kClientToken), QStringLiteral("203.0.113.7"), 31022);
    ssh.reset();
    p.sshEndpoint(podId, [&](Result<SshEndpoint> r) { ssh = std::move(r); });
    QTRY_VERIFY(ssh.has_value());
    QVERIFY2(ssh->ok(), qPrintable(why(*ssh)));
    QCOMPARE(ssh->value().host, QStringLiteral("203.0.113.7"));
    QCOMPARE(ssh->value().port, 31022);
    QCOMPARE(ssh->value().user, QStringLiteral("root"));

    std::optional<Result<std::vector<Instance>>> all;
    p.instances([&](Result<std::vector<Instance>> r) { all = std::move(r); });
    QTRY_VERIFY(all.has_value());
    QVERIFY2(all->ok(), qPrintable(why(*all)));
    QCOMPARE(all->value().size(), size_t(1));
    QCOMPARE(all->value().front().state, Instance::State::Running);
    QCOMPARE(all->value().front().clientToken, kClientToken);

    std::optional<Result<void>> gone;
    p.terminate(podId, [&](Result<void> r) { gone = std::move(r); });
    QTRY_VERIFY(gone.has_value());
    QVERIFY(gone->ok());
    QVERIFY(mock.pods.isEmpty());
}

void TestLepton::lostCreateAnswerIsAdoptedNotRepeated()
{
    // The job is created but the answer is lost. Qt may resend the POST (the mock refuses the name
    // as taken) or report the drop; either way the launch ends with the one job, found by its name.
    LeptonMock mock(kWorkspace, kToken);
    QVERIFY(mock.listen());
    mock.loseNextCreateAnswer = true;
    LeptonProvider p(creds(), mock.gatewayUrl());
    std::optional<Result<Instance>> launched;
    p.launch(torchrunSpec(1), kClientToken, [&](Result<Instance> r) { launched = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(launched.has_value(), 15000);
    QVERIFY2(launched->ok(), qPrintable(why(*launched)));
    QCOMPARE(launched->value().id, QStringLiteral("job-1"));
    QCOMPARE(launched->value().clientToken, kClientToken);
    QCOMPARE(mock.creates, 1);
    QCOMPARE(mock.jobs.size(), 1);
}

void TestLepton::faults_data()
{
    QTest::addColumn<QList<HttpAnswer>>("answers");
    QTest::addColumn<int>("kind"); // -1: success
    const QByteArray job
        = R"({"metadata":{"id_":"job-9","name":"gd-x"},"spec":{"resource_shape":"gpu.a10"},"status":{"state":"Running"}})";
    HttpAnswer retryAfter = HttpAnswer::json(429, R"({"code":"TooManyRequests","message":"slow down"})");
    retryAfter.headers = { { "Retry-After", "1" } };
    HttpAnswer hang = HttpAnswer::of(HttpAnswer::Kind::Hang);
    HttpAnswer cut = HttpAnswer::json(200, job);
    cut.kind = HttpAnswer::Kind::CloseMidBody;
    cut.cutAfter = 20;

    QTest::newRow("401") << QList<HttpAnswer> {
        HttpAnswer::json(401, R"({"code":"Unauthorized","message":"bad token"})")
    } << int(Error::Kind::Auth);
    QTest::newRow("429 then ok") << QList<HttpAnswer> { retryAfter, HttpAnswer::json(200, job) } << -1;
    QTest::newRow("500") << QList<HttpAnswer> { HttpAnswer::json(500, "{}"), HttpAnswer::json(500, "{}") }
                         << int(Error::Kind::Provider);
    QTest::newRow("timeout") << QList<HttpAnswer> { hang, hang } << int(Error::Kind::Network);
    QTest::newRow("malformed JSON") << QList<HttpAnswer> { HttpAnswer::json(200, R"({"metadata": {"id_": )") }
                                    << int(Error::Kind::Provider);
    QTest::newRow("wrong shape") << QList<HttpAnswer> { HttpAnswer::json(200, R"({"metadata":{"id_":7}, "status":[]})"),
        HttpAnswer::json(200, "[1,2]") }
                                 << -2; // parsed defensively: id "7"
    QTest::newRow("array, not a job") << QList<HttpAnswer> { HttpAnswer::json(200, "[1,2]") }
                                      << int(Error::Kind::Provider);
    QTest::newRow("truncated") << QList<HttpAnswer> { cut, cut } << int(Error::Kind::Network);
    QTest::newRow("reset") << QList<HttpAnswer> { HttpAnswer::of(HttpAnswer::Kind::Reset),
        HttpAnswer::of(HttpAnswer::Kind::Reset) }
                           << int(Error::Kind::Network);
}

void TestLepton::faults()
{
    QFETCH(QList<HttpAnswer>, answers);
    QFETCH(int, kind);
    FaultHttpServer server;
    QVERIFY(server.listen());
    serveThenRepeatLast(server, answers);
    LeptonProvider p(creds(), server.url());
    fastRetries(p);
    p.setRequestTimeout(300ms);

    std::optional<Result<Instance>> got;
    p.instance(QStringLiteral("job-9"), [&](Result<Instance> r) { got = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 15000);
    if (kind == -1) {
        QVERIFY2(got->ok(), qPrintable(why(*got)));
        QCOMPARE(got->value().id, QStringLiteral("job-9"));
        QCOMPARE(got->value().state, Instance::State::Running);
        QCOMPARE(server.callCount(), 2);
        return;
    }
    if (kind == -2) {
        QVERIFY2(got->ok(), qPrintable(why(*got)));
        QCOMPARE(got->value().id, QStringLiteral("7"));
        QCOMPARE(got->value().state, Instance::State::Unknown);
        return;
    }
    QVERIFY(!got->ok());
    QCOMPARE(int(got->error().kind), kind);
    QVERIFY2(got->error().message.contains(QLatin1String("DGX Cloud Lepton")), qPrintable(why(*got)));
    for (const QString &text : { got->error().message, got->error().detail })
        QVERIFY2(!text.contains(kToken), "the token leaked into an error");
    QVERIFY(server.callCount() >= 1);
    QCOMPARE(server.calls().first().header("authorization"), "Bearer " + kToken.toUtf8());
}

QTEST_GUILESS_MAIN(TestLepton)
#include "tst_lepton.moc"
