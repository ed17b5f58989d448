// Sandbox value types and helpers: pod records (pod.json), SSH keys, the control protocol's
// mappings, paths, and the provider registry.

#include "providers/ProviderRegistry.h"
#include "providers/sandbox/PodRecord.h"
#include "providers/sandbox/SandboxPaths.h"
#include "providers/sandbox/SandboxProtocol.h"
#include "providers/sandbox/SandboxProvider.h"
#include "providers/sandbox/SshKeys.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

namespace {

PodRecord samplePod()
{
    PodRecord r;
    r.id = QStringLiteral("sbx-1234abcd");
    r.clientToken = QStringLiteral("token-1");
    r.name = QStringLiteral("train");
    r.project = QStringLiteral("llm");
    r.instanceType = QStringLiteral("sandbox-2x-h100sxm");
    r.image = QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3");
    r.gpu = {QStringLiteral("H100 SXM"), QStringLiteral("NVIDIA H100 SXM (simulated)"), 2, 81920, 700,
             QStringLiteral("Hopper")};
    r.setup = QStringLiteral("pip install -r requirements.txt");
    r.command = QStringLiteral("python train.py");
    r.env = {{QStringLiteral("A"), QStringLiteral("1")}, {QStringLiteral("B"), QStringLiteral("two words")}};
    r.ports = {8888, 6006};
    r.authorizedKey = QStringLiteral("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0ZXN0a2V5dGVzdGtleXRlc3RrZXl0ZXN0a2V5 me");
    r.identityFile = QStringLiteral("/home/me/.ssh/id_ed25519");
    r.state = PodRecord::State::Failed;
    r.setupDone = true;
    r.runCount = 2;
    r.leaderPid = 4242;
    r.leaderStartTicks = 123456789012ULL;
    r.exitCode = 3;
    r.message = QStringLiteral("The command exited with code 3.");
    r.createdAt = QDateTime(QDate(2025, 3, 1), QTime(10, 0, 0, 5), Qt::UTC);
    r.startedAt = QDateTime(QDate(2025, 3, 1), QTime(10, 0, 1), Qt::UTC);
    r.endedAt = QDateTime(QDate(2025, 3, 1), QTime(11, 0, 0), Qt::UTC);
    r.sshPort = 40022;
    r.hostKeySha256 = QStringLiteral("SHA256:abc");
    return r;
}

} // namespace

class TestSandboxRecords : public QObject
{
    Q_OBJECT

private slots:
    void podRecordRoundTrip();
    void podRecordSaveLoadAndDamage();
    void sshKeysAreMadeOnceAndPrivate();
    void sshFingerprintMatchesOpenSsh();
    void publicKeyShapeChecked();
    void protocolSpecRoundTrip();
    void protocolInstanceMapping();
    void socketPathStaysShort();
    void registryHasTheSandbox();
    void offersArriveLaterAndSimulated();
};

void TestSandboxRecords::podRecordRoundTrip()
{
    const PodRecord r = samplePod();
    auto back = PodRecord::fromJson(r.toJson());
    QVERIFY(back);
    QCOMPARE(*back, r);

    PodRecord noExit = r;
    noExit.exitCode.reset();
    noExit.endedAt = QDateTime();
    QCOMPARE(*PodRecord::fromJson(noExit.toJson()), noExit);

    for (auto s : {PodRecord::State::Provisioning, PodRecord::State::Running, PodRecord::State::Stopping,
                   PodRecord::State::Stopped, PodRecord::State::Succeeded, PodRecord::State::Failed,
                   PodRecord::State::Terminating, PodRecord::State::Terminated})
        QCOMPARE(PodRecord::stateFromKey(PodRecord::stateKey(s)), s);
}

void TestSandboxRecords::podRecordSaveLoadAndDamage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("pod.json"));
    QVERIFY(samplePod().save(path));
    auto loaded = PodRecord::load(path);
    QVERIFY(loaded);
    QCOMPARE(*loaded, samplePod());

    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{not json");
    f.close();
    auto damaged = PodRecord::load(path);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().kind, Error::Kind::Corrupt);

    QJsonObject newer = samplePod().toJson();
    newer.insert(QStringLiteral("format"), 99);
    QCOMPARE(PodRecord::fromJson(newer).error().kind, Error::Kind::DataTooNew);
    QJsonObject unknownState = samplePod().toJson();
    unknownState.insert(QStringLiteral("state"), QStringLiteral("dancing"));
    QCOMPARE(PodRecord::fromJson(unknownState).error().kind, Error::Kind::Corrupt);
}

void TestSandboxRecords::sshKeysAreMadeOnceAndPrivate()
{
    if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty())
        QSKIP("ssh-keygen is not installed");
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("keys/gpudesk_ed25519"));
    QVERIFY(SshKeys::ensureKeyPair(key));
    QVERIFY(QFileInfo::exists(key));
    QVERIFY(QFileInfo::exists(key + QStringLiteral(".pub")));
    QCOMPARE(QFileInfo(key).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                             | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const QString first = *SshKeys::fingerprintOfPublicKeyFile(key + QStringLiteral(".pub"));

    // A second call keeps the key; a lost .pub is derived from the private key again.
    QVERIFY(SshKeys::ensureKeyPair(key));
    QCOMPARE(*SshKeys::fingerprintOfPublicKeyFile(key + QStringLiteral(".pub")), first);
    QVERIFY(QFile::remove(key + QStringLiteral(".pub")));
    QVERIFY(SshKeys::ensureKeyPair(key));
    QCOMPARE(*SshKeys::fingerprintOfPublicKeyFile(key + QStringLiteral(".pub")), first);
}

void TestSandboxRecords::sshFingerprintMatchesOpenSsh()
{
    const QString keygen = QStandardPaths::findExecutable(QStringLiteral("ssh-keygen"));
    if (keygen.isEmpty())
        QSKIP("ssh-keygen is not installed");
    QTemporaryDir dir;
    const QString key = dir.filePath(QStringLiteral("k"));
    QVERIFY(SshKeys::ensureKeyPair(key));
    QProcess p;
    p.start(keygen, {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                     key + QStringLiteral(".pub")});
    QVERIFY(p.waitForFinished(30'000));
    const QString openssh = QString::fromLatin1(p.readAllStandardOutput()).split(u' ').value(1);
    QVERIFY(openssh.startsWith(QStringLiteral("SHA256:")));
    QCOMPARE(*SshKeys::fingerprintOfPublicKeyFile(key + QStringLiteral(".pub")), openssh);
}

void TestSandboxRecords::publicKeyShapeChecked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("id.pub"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // A private key where the public one belongs (split so no scanner takes it for a real key).
    f.write("-----BEGIN OPENSSH " "PRIVATE KEY-----\n");
    f.close();
    auto bad = SshKeys::readPublicKey(path);
    QVERIFY(!bad);
    QCOMPARE(bad.error().kind, Error::Kind::InvalidInput);
    QVERIFY(bad.error().message.contains(QStringLiteral(".pub")));
    auto missing = SshKeys::readPublicKey(dir.filePath(QStringLiteral("absent.pub")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestSandboxRecords::protocolSpecRoundTrip()
{
    JobSpec s;
    s.name = QStringLiteral("n");
    s.project = QStringLiteral("p");
    s.providerId = QStringLiteral("sandbox");
    s.instanceType = QStringLiteral("sandbox-4x-h100sxm");
    s.gpuModel = QStringLiteral("H100 SXM");
    s.gpuCount = 4;
    s.image = QStringLiteral("img");
    s.setup = QStringLiteral("echo setup");
    s.command = QStringLiteral("echo run");
    s.env = {{QStringLiteral("K"), QStringLiteral("V")}};
    s.ports = {8888};
    s.templateId = QStringLiteral("jupyter");
    QCOMPARE(*SandboxProtocol::specFromJson(SandboxProtocol::specToJson(s)), s);
}

void TestSandboxRecords::protocolInstanceMapping()
{
    QCOMPARE(SandboxProtocol::instanceState(PodRecord::State::Terminating), Instance::State::Stopping);
    QCOMPARE(SandboxProtocol::instanceState(PodRecord::State::Succeeded), Instance::State::Succeeded);
    const PodRecord r = samplePod();
    const Instance i = SandboxProtocol::instanceFromView(SandboxProtocol::podView(r));
    QCOMPARE(i.id, r.id);
    QCOMPARE(i.providerId, QStringLiteral("sandbox"));
    QCOMPARE(i.clientToken, r.clientToken);
    QCOMPARE(i.state, Instance::State::Failed);
    QCOMPARE(i.providerState, QStringLiteral("failed"));
    QCOMPARE(i.exitCode, std::optional<int>(3));
    QCOMPARE(i.gpuModel, r.gpu.model);
    QCOMPARE(i.gpuCount, 2);
    QCOMPARE(i.createdAt, r.createdAt);
    QCOMPARE(i.endedAt, r.endedAt);
    QCOMPARE(i.message, r.message);
    // Nothing secret travels in a view: no environment values, no commands.
    const QByteArray view = QJsonDocument(SandboxProtocol::podView(r)).toJson();
    QVERIFY(!view.contains("two words"));

    QCOMPARE(SandboxProtocol::errorKind(SandboxProtocol::errorCode(Error::Kind::NotFound)), Error::Kind::NotFound);
    QCOMPARE(SandboxProtocol::errorKind(SandboxProtocol::errorCode(Error::Kind::InvalidInput)),
             Error::Kind::InvalidInput);
}

void TestSandboxRecords::socketPathStaysShort()
{
    const SandboxPaths shortPaths(QStringLiteral("/tmp/d"));
    QCOMPARE(shortPaths.socketPath(), QStringLiteral("/tmp/d/sandbox/sandboxd.sock"));
    const QString deep = QStringLiteral("/tmp/") + QString(150, u'x');
    const SandboxPaths deepPaths(deep);
    QVERIFY(QFile::encodeName(deepPaths.socketPath()).size() < 108);
    QCOMPARE(SandboxPaths(deep).socketPath(), deepPaths.socketPath()); // stable
    QVERIFY(SandboxPaths(deep + u'y').socketPath() != deepPaths.socketPath());
}

void TestSandboxRecords::registryHasTheSandbox()
{
    QTemporaryDir dir;
    auto registry = ProviderRegistry::createDefault(dir.path());
    // The Sandbox first, works without a key; the cloud adapters follow, each waiting for its key.
    QCOMPARE(registry->ids(), (QStringList{QStringLiteral("sandbox"), QStringLiteral("lepton"), QStringLiteral("lambda"),
                                           QStringLiteral("runpod"), QStringLiteral("vastai"), QStringLiteral("crusoe")}));
    Provider *sandbox = registry->provider(QStringLiteral("sandbox"));
    QVERIFY(sandbox);
    QVERIFY(registry->provider<SandboxProvider>(QStringLiteral("sandbox")));
    QVERIFY(!sandbox->needsCredentials());
    QVERIFY(sandbox->hasCredentials());
    for (const QString &id : registry->ids().mid(1)) {
        QVERIFY(registry->provider(id)->needsCredentials());
        QVERIFY2(!registry->provider(id)->hasCredentials(), qPrintable(id));
    }
    QVERIFY(!sandbox->displayName().isEmpty());
    const ProviderCapabilities c = sandbox->capabilities();
    QVERIFY(c.listOffers && c.launch && c.stop && c.start && c.terminate && c.listInstances && c.logs);
    QVERIFY(!c.sshKeys);
    auto *second = new SandboxProvider(dir.path());
    QVERIFY(!registry->add(second));
    delete second;
    QCOMPARE(registry->providers().size(), 6); // the duplicate was refused
}

void TestSandboxRecords::offersArriveLaterAndSimulated()
{
    QTemporaryDir dir;
    SandboxProvider sandbox(dir.path());
    bool answered = false;
    std::vector<Offer> offers;
    sandbox.listOffers([&](Result<std::vector<Offer>> r) {
        answered = true;
        QVERIFY(r);
        offers = *r;
    });
    QVERIFY(!answered); // never from inside the call
    QTRY_VERIFY(answered);
    QVERIFY(!offers.empty());
    for (const Offer &o : offers) {
        QCOMPARE(o.providerId, QStringLiteral("sandbox"));
        QCOMPARE(o.priceSource, PriceSource::Simulated);
        QVERIFY(o.gpuCount >= 1 && o.gpuCount <= 8);
    }
}

QTEST_GUILESS_MAIN(TestSandboxRecords)
#include "tst_sandboxrecords.moc"
