#include "catalog/GpuSpecTable.h"
#include "catalog/Offer.h"
#include "jobs/JobSpecValidator.h"
#include "jobs/JobTemplates.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <optional>

using namespace gpudesk;

namespace {

// A spec that passes every rule; each test breaks one thing.
JobSpec validSpec()
{
    JobSpec s;
    s.name = QStringLiteral("llama-finetune");
    s.providerId = QStringLiteral("lambda");
    s.gpuModel = QStringLiteral("H100 SXM");
    s.gpuCount = 8;
    s.nodes = 1;
    s.image = QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3");
    s.command = QStringLiteral("python train.py");
    s.env = { { QStringLiteral("WANDB_PROJECT"), QStringLiteral("llama") }, { QStringLiteral("_PRIVATE"), QString() } };
    s.ports = { 8888, 6006 };
    s.volumes = { QStringLiteral("data:/data"), QStringLiteral("/home/me/datasets:/datasets:ro") };
    return s;
}

Offer offer(
    const QString &model, int gpus, std::optional<Money> price, const QString &provider = QStringLiteral("lambda"))
{
    Offer o;
    o.providerId = provider;
    o.instanceType = QStringLiteral("gpu_%1x").arg(gpus);
    o.gpuModel = model;
    o.gpuCount = gpus;
    o.pricePerHour = price;
    return o;
}

QStringList fields(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field);
    return out;
}

QString messageFor(const QList<FieldError> &errors, const QString &field)
{
    for (const FieldError &e : errors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

const QString &envValue(const QList<JobSpec::EnvVar> &env, const QString &name)
{
    static const QString missing = QStringLiteral("<missing>");
    for (const JobSpec::EnvVar &v : env) {
        if (v.name == name)
            return v.value;
    }
    return missing;
}

int envCount(const QList<JobSpec::EnvVar> &env, const QString &name)
{
    int n = 0;
    for (const JobSpec::EnvVar &v : env)
        n += v.name == name ? 1 : 0;
    return n;
}

} // namespace

class TestJobSpec : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // JobSpecValidator
    void validSpecHasNoErrors();
    void name_data();
    void name();
    void imageRequiredEverywhere_data();
    void imageRequiredEverywhere();
    void commandRequiredUnlessInteractive_data();
    void commandRequiredUnlessInteractive();
    void gpuCount_data();
    void gpuCount();
    void nodes_data();
    void nodes();
    void gpuModelAgainstSpecTable_data();
    void gpuModelAgainstSpecTable();
    void gpuModelNotCheckedWithoutTable();
    void gpuModelAgainstOffer();
    void providerAgainstOffer();
    void envNames_data();
    void envNames();
    void envDuplicates();
    void ports_data();
    void ports();
    void portDuplicates();
    void volumes_data();
    void volumes();
    void negativeNumbers();
    void maxCostBelowOneHour();
    void maxCostBelowOneHourOfEveryNode();
    void maxCostWithoutPriceOrOffer();
    void maxPricePerHour();
    void errorsComeInFieldOrderWithMessages();
    void forField();

    // JobTemplates
    void templatesListed();
    void everyTemplateValidates_data();
    void everyTemplateValidates();
    void torchrunSetsRendezvousEnv();
    void nodeEnvironmentPerNode();
    void nodeEnvironmentLeavesSingleNodeJobsAlone();
    void mpiTemplate();
    void jupyterTemplate();
    void vllmTemplate();
    void devPodTemplate();
    void templateKeepsUserFields();
    void switchingTemplatesRemovesThePreviousOne();
    void unknownTemplateChangesNothing();
    void tokensAreRandomHex();

private:
    GpuSpecTable m_specs;
};

void TestJobSpec::initTestCase()
{
    auto specs = GpuSpecTable::loadBundled();
    QVERIFY2(specs.ok(), qPrintable(specs.ok() ? QString() : specs.error().message));
    m_specs = *specs;
}

void TestJobSpec::validSpecHasNoErrors()
{
    ValidationContext context;
    context.gpuSpecs = &m_specs;
    context.offer = offer(QStringLiteral("H100 SXM"), 8, Money::fromCents(2392));
    QCOMPARE(fields(JobSpecValidator::validate(validSpec(), context)), QStringList());
    QCOMPARE(fields(JobSpecValidator::validate(validSpec())), QStringList());
}

void TestJobSpec::name_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << QString() << false << QStringLiteral("name");
    QTest::newRow("blank") << QStringLiteral("   ") << false << QStringLiteral("name");
    QTest::newRow("all allowed characters") << QStringLiteral("Run_2.v-3") << true << QString();
    QTest::newRow("63 characters") << QString(63, u'a') << true << QString();
    QTest::newRow("64 characters") << QString(64, u'a') << false << QStringLiteral("63");
    QTest::newRow("space") << QStringLiteral("my job") << false << QStringLiteral("a space");
    QTest::newRow("slash") << QStringLiteral("team/job") << false << QStringLiteral("\"/\"");
    QTest::newRow("non-ASCII letter") << QStringLiteral("caf\u00e9") << false << QStringLiteral("\u00e9");
}

void TestJobSpec::name()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(QString, mentions);
    JobSpec s = validSpec();
    s.name = name;
    const auto errors = JobSpecValidator::validate(s);
    QCOMPARE(fields(errors), valid ? QStringList() : QStringList { QStringLiteral("name") });
    QCOMPARE(JobSpecValidator::isValidJobName(name), valid);
    if (!valid)
        QVERIFY2(errors.first().message.contains(mentions), qPrintable(errors.first().message));
}

void TestJobSpec::imageRequiredEverywhere_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("image");
    QTest::addColumn<bool>("valid");

    QTest::newRow("lambda, empty") << QStringLiteral("lambda") << QString() << false;
    QTest::newRow("sandbox, empty") << QStringLiteral("sandbox") << QString() << false;
    QTest::newRow("sandbox, blank") << QStringLiteral("sandbox") << QStringLiteral("  ") << false;
    QTest::newRow("sandbox, set") << QStringLiteral("sandbox") << QStringLiteral("ubuntu:24.04") << true;
    QTest::newRow("space inside") << QStringLiteral("lambda") << QStringLiteral("nvcr.io/nvidia/pytorch 24.05")
                                  << false;
}

void TestJobSpec::imageRequiredEverywhere()
{
    QFETCH(QString, provider);
    QFETCH(QString, image);
    QFETCH(bool, valid);
    JobSpec s = validSpec();
    s.providerId = provider;
    s.image = image;
    const auto errors = JobSpecValidator::validate(s);
    QCOMPARE(fields(errors), valid ? QStringList() : QStringList { QStringLiteral("image") });
}

void TestJobSpec::commandRequiredUnlessInteractive_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("valid");

    QTest::newRow("no template, empty") << QString() << QString() << false;
    QTest::newRow("no template, blank") << QString() << QStringLiteral(" \n ") << false;
    QTest::newRow("torchrun, empty") << JobTemplates::TorchrunId << QString() << false;
    QTest::newRow("vllm, empty") << JobTemplates::VllmId << QString() << false;
    QTest::newRow("jupyter, empty") << JobTemplates::JupyterId << QString() << true;
    QTest::newRow("dev pod, empty") << JobTemplates::DevPodId << QString() << true;
    QTest::newRow("no template, set") << QString() << QStringLiteral("make train") << true;
}

void TestJobSpec::commandRequiredUnlessInteractive()
{
    QFETCH(QString, templateId);
    QFETCH(QString, command);
    QFETCH(bool, valid);
    JobSpec s = validSpec();
    s.templateId = templateId;
    s.command = command;
    QCOMPARE(fields(JobSpecValidator::validate(s)), valid ? QStringList() : QStringList { QStringLiteral("command") });
}

void TestJobSpec::gpuCount_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("offerGpus"); // 0 = no offer
    QTest::addColumn<bool>("valid");

    QTest::newRow("negative") << QStringLiteral("H100 SXM") << -1 << 0 << false;
    QTest::newRow("negative, CPU-only") << QString() << -2 << 0 << false;
    QTest::newRow("zero with a model") << QStringLiteral("H100 SXM") << 0 << 0 << false;
    QTest::newRow("zero, CPU-only") << QString() << 0 << 0 << true;
    QTest::newRow("offer's count") << QStringLiteral("H100 SXM") << 8 << 8 << true;
    QTest::newRow("fewer than the offer") << QStringLiteral("H100 SXM") << 4 << 8 << true;
    QTest::newRow("above the offer") << QStringLiteral("H100 SXM") << 9 << 8 << false;
    QTest::newRow("above a one-GPU offer") << QStringLiteral("H100 SXM") << 2 << 1 << false;
    QTest::newRow("many without an offer") << QStringLiteral("H100 SXM") << 16 << 0 << true;
}

void TestJobSpec::gpuCount()
{
    QFETCH(QString, model);
    QFETCH(int, count);
    QFETCH(int, offerGpus);
    QFETCH(bool, valid);
    JobSpec s = validSpec();
    s.gpuModel = model;
    s.gpuCount = count;
    ValidationContext context;
    if (offerGpus > 0)
        context.offer = offer(QStringLiteral("H100 SXM"), offerGpus, Money::fromDollars(3));
    const auto errors = JobSpecValidator::validate(s, context);
    QCOMPARE(fields(errors), valid ? QStringList() : QStringList { QStringLiteral("gpu.count") });
    if (!valid && offerGpus > 0 && count > offerGpus)
        QVERIFY2(errors.first().message.contains(QString::number(offerGpus)), qPrintable(errors.first().message));
}

void TestJobSpec::nodes_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("gpus");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("zero") << 0 << 8 << QStringList { QStringLiteral("nodes") };
    QTest::newRow("negative") << -3 << 8 << QStringList { QStringLiteral("nodes") };
    QTest::newRow("one") << 1 << 8 << QStringList();
    QTest::newRow("64") << 64 << 8 << QStringList();
    QTest::newRow("65") << 65 << 8 << QStringList { QStringLiteral("nodes") };
    QTest::newRow("multi-node without GPUs")
        << 2 << 0 << QStringList { QStringLiteral("gpu.count"), QStringLiteral("nodes") };
    QTest::newRow("single node without GPUs") << 1 << 0 << QStringList { QStringLiteral("gpu.count") };
}

void TestJobSpec::nodes()
{
    QFETCH(int, nodes);
    QFETCH(int, gpus);
    QFETCH(QStringList, expected);
    JobSpec s = validSpec();
    s.nodes = nodes;
    s.gpuCount = gpus;
    const auto errors = JobSpecValidator::validate(s);
    QCOMPARE(fields(errors), expected);
    if (nodes == 2 && gpus == 0)
        QVERIFY(messageFor(errors, QStringLiteral("nodes")).contains(QStringLiteral("GPU")));
}

void TestJobSpec::gpuModelAgainstSpecTable_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("suggestion");

    QTest::newRow("exact") << QStringLiteral("H100 SXM") << true << QString();
    QTest::newRow("lower case") << QStringLiteral("h100 sxm") << true << QString();
    QTest::newRow("family") << QStringLiteral("H100") << true << QString();
    QTest::newRow("without spaces") << QStringLiteral("rtx4090") << true << QString();
    QTest::newRow("AMD") << QStringLiteral("MI300X") << true << QString();
    QTest::newRow("typo") << QStringLiteral("RTX 4900") << false << QStringLiteral("RTX 4090");
    QTest::newRow("made up") << QStringLiteral("Quantum Q9000 Ultra") << false << QString();
    QTest::newRow("word that is not a variant") << QStringLiteral("H100 PCI") << false << QString();
}

void TestJobSpec::gpuModelAgainstSpecTable()
{
    QFETCH(QString, model);
    QFETCH(bool, known);
    QFETCH(QString, suggestion);
    JobSpec s = validSpec();
    s.gpuModel = model;
    ValidationContext context;
    context.gpuSpecs = &m_specs;
    const auto errors = JobSpecValidator::validate(s, context);
    QCOMPARE(fields(errors), known ? QStringList() : QStringList { QStringLiteral("gpu.model") });
    if (!known) {
        const QString message = errors.first().message;
        QVERIFY2(message.contains(model), qPrintable(message));
        if (!suggestion.isEmpty())
            QVERIFY2(message.contains(u'"' + suggestion + u'"'), qPrintable(message));
    }
}

void TestJobSpec::gpuModelNotCheckedWithoutTable()
{
    JobSpec s = validSpec();
    s.gpuModel = QStringLiteral("Quantum Q9000 Ultra");
    QCOMPARE(fields(JobSpecValidator::validate(s)), QStringList());
}

void TestJobSpec::gpuModelAgainstOffer()
{
    JobSpec s = validSpec();
    ValidationContext context;
    context.gpuSpecs = &m_specs;

    context.offer = offer(QStringLiteral("A100 80GB SXM"), 8, Money::fromDollars(14));
    auto errors = JobSpecValidator::validate(s, context);
    QCOMPARE(fields(errors), QStringList { QStringLiteral("gpu.model") });
    QVERIFY(errors.first().message.contains(QStringLiteral("A100 80GB SXM")));

    // Offers that name only the family ("H100") fit a job that names the variant, and the reverse.
    context.offer = offer(QStringLiteral("H100"), 8, Money::fromDollars(20));
    QCOMPARE(fields(JobSpecValidator::validate(s, context)), QStringList());
    s.gpuModel = QStringLiteral("H100");
    context.offer = offer(QStringLiteral("H100 SXM"), 8, Money::fromDollars(20));
    QCOMPARE(fields(JobSpecValidator::validate(s, context)), QStringList());
}

void TestJobSpec::providerAgainstOffer()
{
    JobSpec s = validSpec();
    ValidationContext context;
    context.offer = offer(QStringLiteral("H100 SXM"), 8, Money::fromDollars(20), QStringLiteral("runpod"));
    const auto errors = JobSpecValidator::validate(s, context);
    QCOMPARE(fields(errors), QStringList { QStringLiteral("provider") });
    QVERIFY(errors.first().message.contains(QStringLiteral("runpod")));
    s.providerId.clear();
    QCOMPARE(fields(JobSpecValidator::validate(s, context)), QStringList());
    s.providerId = QStringLiteral("runpod");
    QCOMPARE(fields(JobSpecValidator::validate(s, context)), QStringList());
}

void TestJobSpec::envNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("upper") << QStringLiteral("HF_HOME") << true;
    QTest::newRow("lower and digits") << QStringLiteral("lr2") << true;
    QTest::newRow("leading underscore") << QStringLiteral("_X") << true;
    QTest::newRow("single letter") << QStringLiteral("A") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading digit") << QStringLiteral("1ABC") << false;
    QTest::newRow("dash") << QStringLiteral("MY-VAR") << false;
    QTest::newRow("dot") << QStringLiteral("a.b") << false;
    QTest::newRow("space") << QStringLiteral("MY VAR") << false;
    QTest::newRow("equals") << QStringLiteral("A=B") << false;
    QTest::newRow("non-ASCII") << QStringLiteral("\u00c4B") << false;
}

void TestJobSpec::envNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(JobSpecValidator::isValidEnvName(name), valid);
    JobSpec s = validSpec();
    s.env.append({ name, QStringLiteral("v") }); // index 2
    const auto errors = JobSpecValidator::validate(s);
    QCOMPARE(fields(errors), valid ? QStringList() : QStringList { QStringLiteral("env[2].name") });
    if (!valid && !name.isEmpty())
        QVERIFY2(errors.first().message.contains(name), qPrintable(errors.first().message));
}

void TestJobSpec::envDuplicates()
{
    JobSpec s = validSpec();
    s.env.append({ QStringLiteral("OTHER"), QStringLiteral("1") });
    s.env.append({ QStringLiteral("WANDB_PROJECT"), QStringLiteral("other") });
    const auto errors = JobSpecValidator::validate(s);
    QCOMPARE(fields(errors), QStringList { QStringLiteral("env[3].name") });
    QVERIFY(errors.first().message.contains(QStringLiteral("WANDB_PROJECT")));
}

void TestJobSpec::ports_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("valid");

    QTest::newRow("0") << 0 << false;
    QTest::newRow("-1") << -1 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("8888") << 8888 << true;
    QTest::newRow("65535") << 65535 << true;
    QTest::newRow("65536") << 65536 << false;
    QTest::newRow("100000") << 100000 << false;
}

void TestJobSpec::ports()
{
    QFETCH(int, port);
    QFETCH(bool, valid);
    JobSpec s = validSpec();
    s.ports = { 22222, port };
    const auto errors = JobSpecValidator::validate(s);
    QCOMPARE(fields(errors), valid ? QStringList() : QStringList { QStringLiteral("ports[1]") });
    if (!valid)
        QVERIFY(errors.first().message.contains(QString::number(port))
            && errors.first().message.contains(QStringLiteral("65535")));
}

void TestJobSpec::portDuplicates()
{
    JobSpec s = validSpec();
    s.ports = { 8888, 6006, 8888, 6006, 6006 };
    QCOMPARE(fields(JobSpecValidator::validate(s)),
        (QStringList { QStringLiteral("ports[2]"), QStringLiteral("ports[3]"), QStringLiteral("ports[4]") }));
}

void TestJobSpec::volumes_data()
{
    QTest::addColumn<QString>("volume");
    QTest::addColumn<bool>("valid");

    QTest::newRow("named") << QStringLiteral("data:/data") << true;
    QTest::newRow("host path") << QStringLiteral("/home/me/ds:/datasets") << true;
    QTest::newRow("read-only") << QStringLiteral("ckpt:/checkpoints:ro") << true;
    QTest::newRow("read-write") << QStringLiteral("ckpt:/checkpoints:rw") << true;
    QTest::newRow("home") << QStringLiteral("~/cache:/root/.cache") << true;
    QTest::newRow("no mount point") << QStringLiteral("data") << false;
    QTest::newRow("no source") << QStringLiteral(":/data") << false;
    QTest::newRow("relative mount point") << QStringLiteral("data:data") << false;
    QTest::newRow("root") << QStringLiteral("data:/") << false;
    QTest::newRow("space in mount point") << QStringLiteral("data:/my data") << false;
    QTest::newRow("unknown mode") << QStringLiteral("data:/data:rx") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestJobSpec::volumes()
{
    QFETCH(QString, volume);
    QFETCH(bool, valid);
    QCOMPARE(JobSpecValidator::isValidVolume(volume), valid);
    JobSpec s = validSpec();
    s.volumes.append(volume); // index 2
    QCOMPARE(
        fields(JobSpecValidator::validate(s)), valid ? QStringList() : QStringList { QStringLiteral("volumes[2]") });
}

void TestJobSpec::negativeNumbers()
{
    JobSpec s = validSpec();
    s.diskGb = -1;
    s.maxRuntimeMinutes = -5;
    s.idleStopMinutes = -30;
    QCOMPARE(fields(JobSpecValidator::validate(s)),
        (QStringList { QStringLiteral("disk_gb"), QStringLiteral("max_runtime"), QStringLiteral("idle_stop") }));
    s.diskGb = 0;
    s.maxRuntimeMinutes = 0;
    s.idleStopMinutes = 0;
    QCOMPARE(fields(JobSpecValidator::validate(s)), QStringList());
}

void TestJobSpec::maxCostBelowOneHour()
{
    JobSpec s = validSpec();
    ValidationContext context;
    context.offer = offer(QStringLiteral("H100 SXM"), 8, Money::fromCents(2392)); // $23.92/h

    s.maxCost = Money::fromDollars(20);
    auto errors = JobSpecValidator::validate(s, context);
    QCOMPARE(fields(errors), QStringList { QStringLiteral("max_cost") });
    QVERIFY2(errors.first().message.contains(QStringLiteral("$23.92")), qPrintable(errors.first().message));
    QVERIFY2(errors.first().message.contains(QStringLiteral("$20.00")), qPrintable(errors.first().message));

    s.maxCost = Money::fromCents(2391);
    QCOMPARE(fields(JobSpecValidator::validate(s, context)), QStringList { QStringLiteral("max_cost") });
    s.maxCost = Money::fromCents(2392);
    QCOMPARE(fields(JobSpecValidator::validate(s, context)), QStringList());
    s.maxCost = Money::fromDollars(500);
    QCOMPARE(fields(JobSpecValidator::validate(s, context)), QStringList());
}

void TestJobSpec::maxCostBelowOneHourOfEveryNode()
{
    JobSpec s = validSpec();
    s.nodes = 2;
    ValidationContext context;
    context.offer = offer(QStringLiteral("H100 SXM"), 8, Money::fromDollars(24));
    s.maxCost = Money::fromDollars(30); // above one node's hour, below two
    const auto errors = JobSpecValidator::validate(s, context);
    QCOMPARE(fields(errors), QStringList { QStringLiteral("max_cost") });
    QVERIFY2(errors.first().message.contains(QStringLiteral("$48.00")), qPrintable(errors.first().message));
    s.maxCost = Money::fromDollars(48);
    QCOMPARE(fields(JobSpecValidator::validate(s, context)), QStringList());
}

void TestJobSpec::maxCostWithoutPriceOrOffer()
{
    JobSpec s = validSpec();
    s.maxCost = Money::fromCents(1);
    QCOMPARE(fields(JobSpecValidator::validate(s)), QStringList());
    ValidationContext quote;
    quote.offer = offer(QStringLiteral("H100 SXM"), 8, std::nullopt, QStringLiteral("lambda")); // price on quote
    QCOMPARE(fields(JobSpecValidator::validate(s, quote)), QStringList());

    s.maxCost = Money::fromDollars(0);
    QCOMPARE(fields(JobSpecValidator::validate(s)), QStringList { QStringLiteral("max_cost") });
    s.maxCost = Money::fromDollars(-5);
    QCOMPARE(fields(JobSpecValidator::validate(s)), QStringList { QStringLiteral("max_cost") });
}

void TestJobSpec::maxPricePerHour()
{
    JobSpec s = validSpec();
    ValidationContext context;
    context.offer = offer(QStringLiteral("H100 SXM"), 8, Money::fromCents(2392));
    s.maxPricePerHour = Money::fromDollars(20);
    auto errors = JobSpecValidator::validate(s, context);
    QCOMPARE(fields(errors), QStringList { QStringLiteral("max_price_per_hour") });
    QVERIFY2(errors.first().message.contains(QStringLiteral("$23.92")), qPrintable(errors.first().message));
    s.maxPricePerHour = Money::fromDollars(25);
    QCOMPARE(fields(JobSpecValidator::validate(s, context)), QStringList());
    s.maxPricePerHour = Money::fromDollars(0);
    QCOMPARE(fields(JobSpecValidator::validate(s)), QStringList { QStringLiteral("max_price_per_hour") });
}

void TestJobSpec::errorsComeInFieldOrderWithMessages()
{
    JobSpec s;
    s.name = QStringLiteral("bad name");
    s.gpuModel = QStringLiteral("H100 SXM");
    s.gpuCount = 16;
    s.nodes = 0;
    s.env = { { QStringLiteral("1X"), {} } };
    s.ports = { 0 };
    s.volumes = { QStringLiteral("nowhere") };
    s.diskGb = -1;
    s.maxRuntimeMinutes = -1;
    s.maxCost = Money::fromDollars(1);
    s.idleStopMinutes = -1;
    ValidationContext context;
    context.offer = offer(QStringLiteral("H100 SXM"), 8, Money::fromDollars(20));
    context.gpuSpecs = &m_specs;
    const auto errors = JobSpecValidator::validate(s, context);
    QCOMPARE(fields(errors),
        (QStringList { QStringLiteral("name"), QStringLiteral("gpu.count"), QStringLiteral("nodes"),
            QStringLiteral("image"), QStringLiteral("command"), QStringLiteral("env[0].name"),
            QStringLiteral("ports[0]"), QStringLiteral("volumes[0]"), QStringLiteral("disk_gb"),
            QStringLiteral("max_runtime"), QStringLiteral("idle_stop") }));
    QSet<QString> messages;
    for (const FieldError &e : errors) {
        QVERIFY2(e.message.size() > 20, qPrintable(e.field));
        messages.insert(e.message);
    }
    QCOMPARE(messages.size(), errors.size());
}

void TestJobSpec::forField()
{
    JobSpec s = validSpec();
    s.env = { { QStringLiteral("1A"), {} }, { QStringLiteral("OK"), {} }, { QStringLiteral("B-"), {} } };
    s.ports = { 0 };
    const auto errors = JobSpecValidator::validate(s);
    QCOMPARE(fields(JobSpecValidator::forField(errors, QStringLiteral("env"))),
        (QStringList { QStringLiteral("env[0].name"), QStringLiteral("env[2].name") }));
    QCOMPARE(fields(JobSpecValidator::forField(errors, QStringLiteral("env[2].name"))),
        QStringList { QStringLiteral("env[2].name") });
    QCOMPARE(fields(JobSpecValidator::forField(errors, QStringLiteral("ports"))),
        QStringList { QStringLiteral("ports[0]") });
    QVERIFY(JobSpecValidator::forField(errors, QStringLiteral("en")).isEmpty());
}

void TestJobSpec::templatesListed()
{
    const auto all = JobTemplates::all();
    QStringList ids;
    for (const JobTemplate &t : all) {
        ids.append(t.id);
        QVERIFY(!t.displayName.isEmpty());
        QVERIFY(t.description.size() > 20);
        QVERIFY(!t.defaultImage.isEmpty());
        QVERIFY(!t.defaultCommand.isEmpty());
        QVERIFY(t.fill);
        QCOMPARE(JobTemplates::find(t.id)->id, t.id);
        QCOMPARE(t.interactive, JobTemplates::isInteractive(t.id));
    }
    QCOMPARE(ids,
        (QStringList { QStringLiteral("torchrun"), QStringLiteral("mpi"), QStringLiteral("jupyter"),
            QStringLiteral("vllm"), QStringLiteral("devpod") }));
    QVERIFY(!JobTemplates::find(QStringLiteral("slurm")));
    QVERIFY(!JobTemplates::find(QString()));
}

void TestJobSpec::everyTemplateValidates_data()
{
    QTest::addColumn<QString>("id");
    for (const JobTemplate &t : JobTemplates::all())
        QTest::newRow(qPrintable(t.id)) << t.id;
}

void TestJobSpec::everyTemplateValidates()
{
    QFETCH(QString, id);
    JobSpec blank;
    blank.name = QStringLiteral("from-template");
    blank.gpuModel = QStringLiteral("H100 SXM");
    const JobSpec s = JobTemplates::apply(id, blank);
    QCOMPARE(s.templateId, id);
    QVERIFY(!s.image.isEmpty());
    QVERIFY(!s.command.isEmpty());
    ValidationContext context;
    context.gpuSpecs = &m_specs;
    context.offer = offer(QStringLiteral("H100 SXM"), 8, Money::fromCents(2392));
    QCOMPARE(fields(JobSpecValidator::validate(s, context)), QStringList());
    // Multi-node variants validate too.
    JobSpec multi = blank;
    multi.nodes = 4;
    multi.gpuCount = 8;
    QCOMPARE(fields(JobSpecValidator::validate(JobTemplates::apply(id, multi), context)), QStringList());
}

void TestJobSpec::torchrunSetsRendezvousEnv()
{
    JobSpec base;
    base.name = QStringLiteral("ddp");
    base.gpuModel = QStringLiteral("H100 SXM");
    base.gpuCount = 8;
    base.nodes = 4;
    const JobSpec s = JobTemplates::apply(JobTemplates::TorchrunId, base);
    QCOMPARE(s.command,
        QStringLiteral("torchrun --nnodes=$NNODES --nproc_per_node=$NGPUS --node_rank=$NODE_RANK "
                       "--master_addr=$MASTER_ADDR --master_port=$MASTER_PORT train.py"));
    QCOMPARE(envValue(s.env, QStringLiteral("MASTER_ADDR")), QStringLiteral("127.0.0.1"));
    QCOMPARE(envValue(s.env, QStringLiteral("MASTER_PORT")), QStringLiteral("29400"));
    QCOMPARE(envValue(s.env, QStringLiteral("NNODES")), QStringLiteral("4"));
    QCOMPARE(envValue(s.env, QStringLiteral("NODE_RANK")), QStringLiteral("0"));
    QCOMPARE(envValue(s.env, QStringLiteral("NGPUS")), QStringLiteral("8"));
    QCOMPARE(envValue(s.env, QStringLiteral("NPROC_PER_NODE")), QStringLiteral("8"));
    QCOMPARE(s.image, QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3"));
    QCOMPARE(s.nodes, 4);
    // Every variable the command uses is set.
    static const QRegularExpression var(QStringLiteral("\\$([A-Z_]+)"));
    for (auto it = var.globalMatch(s.command); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(envCount(s.env, name) == 1, qPrintable(name));
    }
    // A CPU-only spec gets one GPU: torchrun needs one process per GPU.
    QCOMPARE(JobTemplates::apply(JobTemplates::TorchrunId, JobSpec()).gpuCount, 1);
}

void TestJobSpec::nodeEnvironmentPerNode()
{
    JobSpec base;
    base.name = QStringLiteral("ddp");
    base.gpuCount = 8;
    base.nodes = 4;
    base.env = { { QStringLiteral("WANDB_PROJECT"), QStringLiteral("x") } };
    JobSpec s = JobTemplates::apply(JobTemplates::TorchrunId, base);
    // The user changes the shape after picking the template: the launch uses the spec's numbers.
    s.nodes = 2;
    s.gpuCount = 4;
    const auto env = JobTemplates::nodeEnvironment(s, 1, QStringLiteral("10.0.0.5"));
    QCOMPARE(env.first(), (JobSpec::EnvVar { QStringLiteral("WANDB_PROJECT"), QStringLiteral("x") }));
    QCOMPARE(envValue(env, QStringLiteral("MASTER_ADDR")), QStringLiteral("10.0.0.5"));
    QCOMPARE(envValue(env, QStringLiteral("MASTER_PORT")), QStringLiteral("29400"));
    QCOMPARE(envValue(env, QStringLiteral("NODE_RANK")), QStringLiteral("1"));
    QCOMPARE(envValue(env, QStringLiteral("NNODES")), QStringLiteral("2"));
    QCOMPARE(envValue(env, QStringLiteral("NGPUS")), QStringLiteral("4"));
    QCOMPARE(envValue(env, QStringLiteral("NPROC_PER_NODE")), QStringLiteral("4"));
    for (const QString &name : { QStringLiteral("MASTER_ADDR"), QStringLiteral("NODE_RANK"), QStringLiteral("NNODES") })
        QCOMPARE(envCount(env, name), 1);

    // A user's own MASTER_PORT wins.
    for (JobSpec::EnvVar &v : s.env) {
        if (v.name == QStringLiteral("MASTER_PORT"))
            v.value = QStringLiteral("12345");
    }
    QCOMPARE(envValue(JobTemplates::nodeEnvironment(s, 0, QStringLiteral("h0")), QStringLiteral("MASTER_PORT")),
        QStringLiteral("12345"));

    // A multi-node job without a template gets the rendezvous variables too.
    JobSpec plain;
    plain.nodes = 3;
    plain.gpuCount = 2;
    const auto plainEnv = JobTemplates::nodeEnvironment(plain, 2, QStringLiteral("head"));
    QCOMPARE(envValue(plainEnv, QStringLiteral("NODE_RANK")), QStringLiteral("2"));
    QCOMPARE(envValue(plainEnv, QStringLiteral("NNODES")), QStringLiteral("3"));
    QCOMPARE(envValue(plainEnv, QStringLiteral("MASTER_ADDR")), QStringLiteral("head"));
}

void TestJobSpec::nodeEnvironmentLeavesSingleNodeJobsAlone()
{
    JobSpec s = validSpec();
    QCOMPARE(JobTemplates::nodeEnvironment(s, 0, QStringLiteral("127.0.0.1")), s.env);
    s = JobTemplates::apply(JobTemplates::JupyterId, s);
    QCOMPARE(JobTemplates::nodeEnvironment(s, 0, QStringLiteral("127.0.0.1")), s.env);
}

void TestJobSpec::mpiTemplate()
{
    JobSpec base;
    base.name = QStringLiteral("nccl-tests");
    base.gpuCount = 8;
    base.nodes = 2;
    const JobSpec s = JobTemplates::apply(JobTemplates::MpiId, base);
    QCOMPARE(envValue(s.env, QStringLiteral("HOSTFILE")), QStringLiteral("/etc/mpi/hostfile"));
    QCOMPARE(envValue(s.env, QStringLiteral("NNODES")), QStringLiteral("2"));
    QCOMPARE(envValue(s.env, QStringLiteral("NGPUS")), QStringLiteral("8"));
    QVERIFY(s.command.contains(QStringLiteral("mpirun")));
    QVERIFY(s.command.contains(QStringLiteral("--hostfile $HOSTFILE")));
    QVERIFY(s.command.contains(QStringLiteral("-np $((NNODES * NGPUS))")));
    const auto env = JobTemplates::nodeEnvironment(s, 1, QStringLiteral("node-0"));
    QCOMPARE(envValue(env, QStringLiteral("HOSTFILE")), QStringLiteral("/etc/mpi/hostfile"));
    QCOMPARE(envValue(env, QStringLiteral("NODE_RANK")), QStringLiteral("1"));
    QCOMPARE(JobTemplates::hostfile({ QStringLiteral("node-0"), QStringLiteral("node-1") }, 8),
        QStringLiteral("node-0 slots=8\nnode-1 slots=8\n"));
}

void TestJobSpec::jupyterTemplate()
{
    JobSpec base;
    base.name = QStringLiteral("notebook");
    const JobSpec s = JobTemplates::apply(JobTemplates::JupyterId, base);
    QCOMPARE(s.ports, QList<int> { 8888 });
    QCOMPARE(s.command,
        QStringLiteral("jupyter lab --ip=0.0.0.0 --port=8888 --ServerApp.token=$JUPYTER_TOKEN --no-browser"));
    const QString token = envValue(s.env, QStringLiteral("JUPYTER_TOKEN"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(token).hasMatch());
    // Another job gets another token; applying again to the same job keeps its token and port.
    QVERIFY(envValue(JobTemplates::apply(JobTemplates::JupyterId, base).env, QStringLiteral("JUPYTER_TOKEN")) != token);
    const JobSpec again = JobTemplates::apply(JobTemplates::JupyterId, s);
    QCOMPARE(envValue(again.env, QStringLiteral("JUPYTER_TOKEN")), token);
    QCOMPARE(again.ports, QList<int> { 8888 });
    QVERIFY(JobTemplates::isInteractive(JobTemplates::JupyterId));
}

void TestJobSpec::vllmTemplate()
{
    JobSpec base;
    base.name = QStringLiteral("serve");
    base.env = { { QStringLiteral("MODEL"), QStringLiteral("meta-llama/Llama-3.1-8B-Instruct") } };
    const JobSpec s = JobTemplates::apply(JobTemplates::VllmId, base);
    QCOMPARE(s.command, QStringLiteral("vllm serve $MODEL --port 8000"));
    QCOMPARE(s.ports, QList<int> { 8000 });
    QCOMPARE(s.image, QStringLiteral("vllm/vllm-openai:latest"));
    QCOMPARE(envValue(s.env, QStringLiteral("MODEL")), QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"));
    QVERIFY(!envValue(JobTemplates::apply(JobTemplates::VllmId, JobSpec()).env, QStringLiteral("MODEL")).isEmpty());
    QVERIFY(!JobTemplates::isInteractive(JobTemplates::VllmId));
}

void TestJobSpec::devPodTemplate()
{
    JobSpec base;
    base.name = QStringLiteral("dev");
    JobSpec s = JobTemplates::apply(JobTemplates::DevPodId, base);
    QCOMPARE(s.command, QStringLiteral("sleep infinity"));
    QVERIFY(s.ports.isEmpty());
    QVERIFY(JobTemplates::isInteractive(s.templateId));
    s.command.clear();
    QCOMPARE(JobTemplates::effectiveCommand(s), QStringLiteral("sleep infinity"));
    QCOMPARE(fields(JobSpecValidator::validate(s)), QStringList());
    JobSpec custom = s;
    custom.command = QStringLiteral("tail -f /dev/null");
    QCOMPARE(JobTemplates::effectiveCommand(custom), QStringLiteral("tail -f /dev/null"));
    JobSpec none = validSpec();
    none.command.clear();
    QCOMPARE(JobTemplates::effectiveCommand(none), QString());
}

void TestJobSpec::templateKeepsUserFields()
{
    JobSpec base = validSpec();
    base.project = QStringLiteral("research");
    base.region = QStringLiteral("us-east-1");
    base.maxCost = Money::fromDollars(100);
    base.image = QStringLiteral("ghcr.io/me/trainer:1");
    for (const JobTemplate &t : JobTemplates::all()) {
        const JobSpec s = JobTemplates::apply(t.id, base);
        QCOMPARE(s.name, base.name);
        QCOMPARE(s.project, base.project);
        QCOMPARE(s.providerId, base.providerId);
        QCOMPARE(s.gpuModel, base.gpuModel);
        QCOMPARE(s.gpuCount, base.gpuCount);
        QCOMPARE(s.region, base.region);
        QCOMPARE(s.maxCost, base.maxCost);
        QCOMPARE(s.image, base.image); // the user's own image is not replaced
        QCOMPARE(envValue(s.env, QStringLiteral("WANDB_PROJECT")), QStringLiteral("llama"));
        QVERIFY(s.ports.contains(6006));
    }
}

void TestJobSpec::switchingTemplatesRemovesThePreviousOne()
{
    JobSpec base;
    base.name = QStringLiteral("switch");
    base.gpuCount = 2;
    base.env = { { QStringLiteral("HF_HOME"), QStringLiteral("/cache") } };
    base.ports = { 6006 };
    JobSpec s = JobTemplates::apply(JobTemplates::JupyterId, base);
    QCOMPARE(s.image, QStringLiteral("quay.io/jupyter/pytorch-notebook:cuda12-latest"));
    s = JobTemplates::apply(JobTemplates::TorchrunId, s);
    QCOMPARE(s.templateId, JobTemplates::TorchrunId);
    QCOMPARE(envCount(s.env, QStringLiteral("JUPYTER_TOKEN")), 0);
    QCOMPARE(s.ports, QList<int> { 6006 });
    QCOMPARE(s.image, QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3"));
    QCOMPARE(s.env.first(), (JobSpec::EnvVar { QStringLiteral("HF_HOME"), QStringLiteral("/cache") }));

    // torchrun → vLLM: the rendezvous variables go unless the user changed them.
    for (JobSpec::EnvVar &v : s.env) {
        if (v.name == QStringLiteral("MASTER_PORT"))
            v.value = QStringLiteral("12345");
    }
    s = JobTemplates::apply(JobTemplates::VllmId, s);
    QCOMPARE(envCount(s.env, QStringLiteral("NNODES")), 0);
    QCOMPARE(envCount(s.env, QStringLiteral("NODE_RANK")), 0);
    QCOMPARE(envValue(s.env, QStringLiteral("MASTER_PORT")), QStringLiteral("12345"));
    QCOMPARE(s.ports, (QList<int> { 6006, 8000 }));
    QCOMPARE(s.image, QStringLiteral("vllm/vllm-openai:latest"));
    QCOMPARE(s.command, QStringLiteral("vllm serve $MODEL --port 8000"));
}

void TestJobSpec::unknownTemplateChangesNothing()
{
    const JobSpec s = validSpec();
    QCOMPARE(JobTemplates::apply(QStringLiteral("slurm"), s), s);
}

void TestJobSpec::tokensAreRandomHex()
{
    QSet<QString> tokens;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    for (int i = 0; i < 50; ++i) {
        const QString t = JobTemplates::newToken();
        QVERIFY2(hex.match(t).hasMatch(), qPrintable(t));
        tokens.insert(t);
    }
    QCOMPARE(tokens.size(), 50);
}

QTEST_GUILESS_MAIN(TestJobSpec)
#include "tst_jobspec.moc"
