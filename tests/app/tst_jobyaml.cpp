#include "catalog/GpuSpecTable.h"
#include "jobs/JobSpecValidator.h"
#include "jobs/JobTemplates.h"
#include "jobs/JobRecord.h"
#include "jobs/JobYaml.h"

#include "TestConfig.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gpudesk;

namespace {

const QString kFile = QStringLiteral("job.yaml");

QString dataPath(const QString &name)
{
    return QStringLiteral(GPUDESK_TEST_DATA_DIR "/yaml/") + name;
}

QString readData(const QString &name)
{
    QFile f(dataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// 1-based line of the first line of `text` that starts with `prefix` (after indentation).
int lineOf(const QString &text, const QString &prefix)
{
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().startsWith(prefix))
            return int(i + 1);
    }
    return -1;
}

const JobYamlWarning *warningFor(const QList<JobYamlWarning> &warnings, const QString &key)
{
    for (const JobYamlWarning &w : warnings) {
        if (w.key == key)
            return &w;
    }
    return nullptr;
}

QStringList warningKeys(const QList<JobYamlWarning> &warnings)
{
    QStringList keys;
    for (const JobYamlWarning &w : warnings)
        keys.append(w.key);
    return keys;
}

QString describe(const QList<JobYamlWarning> &warnings)
{
    QStringList lines;
    for (const JobYamlWarning &w : warnings)
        lines.append(w.toString(kFile));
    return lines.join(u'\n');
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

JobSpec fullSpec()
{
    JobSpec s;
    s.name = QStringLiteral("llama-finetune");
    s.project = QStringLiteral("research");
    s.providerId = QStringLiteral("lambda");
    s.instanceType = QStringLiteral("gpu_8x_h100_sxm5");
    s.gpuModel = QStringLiteral("H100 SXM");
    s.gpuCount = 8;
    s.nodes = 2;
    s.image = QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3");
    s.setup = QStringLiteral("pip install -r requirements.txt\n");
    s.command = QStringLiteral("torchrun --nnodes=$NNODES train.py \\\n  --epochs 3\n");
    s.env = { { QStringLiteral("WANDB_PROJECT"), QStringLiteral("llama") },
        { QStringLiteral("NCCL_DEBUG"), QStringLiteral("INFO") } };
    s.ports = { 8888, 6006 };
    s.volumes = { QStringLiteral("data:/data"), QStringLiteral("/home/me/ckpt:/checkpoints:ro") };
    s.diskGb = 500;
    s.spot = true;
    s.region = QStringLiteral("us-east-1");
    s.maxRuntimeMinutes = 150;
    s.maxCost = Money::fromCents(2550);
    s.maxPricePerHour = Money::fromDollars(30);
    s.idleStopMinutes = 30;
    s.sshKey = QStringLiteral("~/.ssh/id_ed25519");
    s.templateId = QStringLiteral("torchrun");
    return s;
}

JobSpec minimalSpec()
{
    JobSpec s;
    s.name = QStringLiteral("hello");
    s.image = QStringLiteral("ubuntu:24.04");
    s.command = QStringLiteral("echo hello");
    return s;
}

} // namespace

Q_DECLARE_METATYPE(gpudesk::JobSpec)

class TestJobYaml : public QObject
{
    Q_OBJECT

private slots:
    // own format: writing and reading back
    void roundTrip_data();
    void roundTrip();
    void writeIsStable();
    void writesKnownLayout();
    void writeKeepsKeyOrder();
    void commentsKeptWhenOverwriting();
    void commentsKeptInFiles();
    void writeFileCreatesNewFile();

    // own format: reading
    void readsAlternativeForms();
    void placementBlock();
    void durations_data();
    void durations();
    void formatMinutes();
    void parseGpu_data();
    void parseGpu();
    void runIsACommandSynonym();
    void unknownKeysAreWarned();
    void duplicateKeysAreWarned();
    void extraDocumentsAreWarned();
    void malformedYamlSaysWhereAndWhat_data();
    void malformedYamlSaysWhereAndWhat();
    void emptyOrNonMapDocument_data();
    void emptyOrNonMapDocument();
    void wrongTypesSayWhereAndWhat_data();
    void wrongTypesSayWhereAndWhat();
    void everyTypeErrorIsInTheDetail();
    void readFileErrors();

    // importers
    void skyPilotDistributedTraining();
    void skyPilotServeWithCandidates();
    void skyPilotOrderedAccelerators();
    void skyPilotAcceleratorForms_data();
    void skyPilotAcceleratorForms();
    void skyPilotAutostopForms_data();
    void skyPilotAutostopForms();
    void skyPilotUnknownKeysAndErrors();
    void dstackDistributedTask();
    void dstackDevEnvironment();
    void dstackService();
    void dstackGpuForms_data();
    void dstackGpuForms();
    void dstackErrors();
    void importFileAndFormats();
    void importedSpecsWriteAndReadBack();
};

// ---- own format: writing and reading back -------------------------------------------------------

void TestJobYaml::roundTrip_data()
{
    QTest::addColumn<JobSpec>("spec");

    QTest::newRow("minimal") << minimalSpec();
    QTest::newRow("full") << fullSpec();
    QTest::newRow("defaults, nothing set") << JobSpec();

    JobSpec s = minimalSpec();
    s.command = QStringLiteral("line one\nline two");
    QTest::newRow("multi-line command without final newline") << s;
    s.command = QStringLiteral("line one\n\n\n");
    QTest::newRow("trailing blank lines") << s;
    s.command = QStringLiteral("    indented first line\nsecond\n");
    QTest::newRow("indented first line") << s;
    s.command = QStringLiteral("\n\nstarts after blank lines\n");
    QTest::newRow("leading blank lines") << s;
    s.command = QStringLiteral("tab\there\n\tand here\n");
    QTest::newRow("tabs") << s;
    s.command = QStringLiteral("windows\r\nline endings\r\n");
    QTest::newRow("carriage returns") << s;
    s.command = QStringLiteral("line\n   \nblank-ish line between\n");
    QTest::newRow("whitespace-only line") << s;
    s.command = QStringLiteral("# looks like a comment\n- looks like a list\nkey: looks like a map\n");
    QTest::newRow("YAML look-alikes in a block") << s;
    s.command = QStringLiteral("echo \"quoted\" 'single' # not a comment");
    QTest::newRow("quotes and hash") << s;
    s.command = QString();
    QTest::newRow("empty command") << s;

    s = minimalSpec();
    s.env = { { QStringLiteral("EMPTY"), QString() }, { QStringLiteral("BOOLISH"), QStringLiteral("yes") },
        { QStringLiteral("NULLISH"), QStringLiteral("null") }, { QStringLiteral("TILDE"), QStringLiteral("~") },
        { QStringLiteral("NUMBER"), QStringLiteral("0123") }, { QStringLiteral("FLOATISH"), QStringLiteral("3e-4") },
        { QStringLiteral("COLON"), QStringLiteral("a: b") }, { QStringLiteral("HASH"), QStringLiteral("#x") },
        { QStringLiteral("SPACES"), QStringLiteral("  padded  ") },
        { QStringLiteral("UNICODE"), QStringLiteral("\u65e5\u672c\u8a9e \u00e9") },
        { QStringLiteral("NEWLINE"), QStringLiteral("two\nlines") },
        { QStringLiteral("QUOTES"), QStringLiteral("he said \"hi\" and 'bye'") },
        { QStringLiteral("BRACES"), QStringLiteral("${{ secrets.x }}") },
        { QStringLiteral("LIST"), QStringLiteral("[1, 2]") } };
    QTest::newRow("env values that look like other types") << s;

    s = minimalSpec();
    s.env = { { QStringLiteral("A"), QStringLiteral("1") }, { QStringLiteral("A"), QStringLiteral("2") },
        { QStringLiteral("bad-name"), QStringLiteral("x") } };
    QTest::newRow("invalid env kept as written") << s;

    s = minimalSpec();
    s.name = QStringLiteral("true");
    s.project = QStringLiteral("123");
    s.image = QStringLiteral("- dash");
    s.region = QStringLiteral("null");
    QTest::newRow("scalars that look like other types") << s;

    s = minimalSpec();
    s.gpuModel.clear();
    s.gpuCount = 0;
    QTest::newRow("CPU-only") << s;
    s.gpuCount = 4;
    QTest::newRow("GPU count without a model") << s;
    s.gpuModel = QStringLiteral(" padded model ");
    QTest::newRow("model with surrounding spaces") << s;
    s.gpuModel = QStringLiteral("GB200 (per GPU)");
    s.gpuCount = 4;
    QTest::newRow("model with parentheses") << s;
    s.gpuModel = QStringLiteral("weird:model");
    s.gpuCount = 2;
    QTest::newRow("model with a colon") << s;

    s = minimalSpec();
    s.gpuModel = QStringLiteral("H100 SXM");
    s.gpuCount = -1;
    s.nodes = 0;
    s.ports = { 0, -1, 70000 };
    s.diskGb = -5;
    s.maxRuntimeMinutes = -10;
    s.idleStopMinutes = -1;
    s.maxCost = Money::fromDollars(-5);
    s.maxPricePerHour = Money::fromMicros(0);
    QTest::newRow("invalid numbers kept as written") << s;

    s = minimalSpec();
    s.maxCost = Money::fromMicros(1);
    s.maxPricePerHour = Money::fromMicros(1'234'567'891);
    s.maxRuntimeMinutes = 1;
    s.idleStopMinutes = 1441;
    QTest::newRow("micro-dollars and odd minutes") << s;

    s = minimalSpec();
    s.volumes = { QStringLiteral("data:/data"), QStringLiteral("weird value: with colon") };
    s.ports = { 1, 65535 };
    s.sshKey = QStringLiteral("C:\\Users\\me\\.ssh\\id_ed25519");
    s.templateId = JobTemplates::DevPodId;
    QTest::newRow("paths and lists") << s;

    JobSpec jupyter;
    jupyter.name = QStringLiteral("nb");
    QTest::newRow("jupyter template") << JobTemplates::apply(JobTemplates::JupyterId, jupyter);
    QTest::newRow("mpi template") << JobTemplates::apply(JobTemplates::MpiId, jupyter);
}

void TestJobYaml::roundTrip()
{
    QFETCH(JobSpec, spec);
    const QString text = JobYaml::write(spec);
    const auto back = JobYaml::parse(text, kFile);
    QVERIFY2(back.ok(), qPrintable((back.ok() ? QString() : back.error().message) + u'\n' + text));
    QVERIFY2(back->warnings.isEmpty(), qPrintable(describe(back->warnings) + u'\n' + text));
    if (!(back->spec == spec)) {
        QCOMPARE(back->spec.command, spec.command);
        QCOMPARE(back->spec.env, spec.env);
        QVERIFY2(false, qPrintable(text));
    }
}

void TestJobYaml::writeIsStable()
{
    for (const JobSpec &spec : { minimalSpec(), fullSpec(), JobSpec() }) {
        const QString once = JobYaml::write(spec);
        const auto back = JobYaml::parse(once, kFile);
        QVERIFY(back.ok());
        QCOMPARE(JobYaml::write(back->spec), once);
        // Overwriting a file written by GPU Desk with the same spec changes nothing.
        QCOMPARE(JobYaml::write(spec, once), once);
    }
}

void TestJobYaml::writesKnownLayout()
{
    QCOMPARE(JobYaml::write(fullSpec()),
        QStringLiteral("name: llama-finetune\n"
                       "project: research\n"
                       "provider: lambda\n"
                       "instance_type: gpu_8x_h100_sxm5\n"
                       "gpu: H100 SXM:8\n"
                       "nodes: 2\n"
                       "image: nvcr.io/nvidia/pytorch:24.05-py3\n"
                       "setup: |\n"
                       "  pip install -r requirements.txt\n"
                       "command: |\n"
                       "  torchrun --nnodes=$NNODES train.py \\\n"
                       "    --epochs 3\n"
                       "env:\n"
                       "  WANDB_PROJECT: llama\n"
                       "  NCCL_DEBUG: INFO\n"
                       "ports: [8888, 6006]\n"
                       "volumes:\n"
                       "  - data:/data\n"
                       "  - /home/me/ckpt:/checkpoints:ro\n"
                       "disk_gb: 500\n"
                       "spot: true\n"
                       "region: us-east-1\n"
                       "max_runtime: 2h30m\n"
                       "max_cost: $25.5\n"
                       "max_price_per_hour: $30\n"
                       "idle_stop: 30m\n"
                       "ssh_key: ~/.ssh/id_ed25519\n"
                       "template: torchrun\n"));
    QCOMPARE(JobYaml::write(minimalSpec()), QStringLiteral("name: hello\nimage: ubuntu:24.04\ncommand: echo hello\n"));
}

void TestJobYaml::writeKeepsKeyOrder()
{
    const QString text = JobYaml::write(fullSpec());
    QStringList written;
    for (const QString &line : text.split(u'\n')) {
        if (!line.isEmpty() && !line.front().isSpace())
            written.append(line.section(u':', 0, 0));
    }
    // fullSpec() names its provider; the placement keys are for `provider: auto` (placementBlock).
    QStringList expected = JobYaml::keys();
    for (const QString &k : {QStringLiteral("placement"), QStringLiteral("recover"), QStringLiteral("max_restarts")})
        expected.removeAll(k);
    QCOMPARE(written, expected);
}

void TestJobYaml::placementBlock()
{
    const QString text = QStringLiteral("name: train\n"
                                        "provider: auto\n"
                                        "gpu: {count: 8}\n"
                                        "nodes: 2\n"
                                        "image: ubuntu:24.04\n"
                                        "command: torchrun train.py\n"
                                        "max_price_per_hour: $40\n"
                                        "placement:\n"
                                        "  gpus: [H100, H200, 80GB+]\n"
                                        "  providers: Lambda, runpod, Vast.ai\n"
                                        "  regions: [us, europe]\n"
                                        "  prefer: newest\n"
                                        "  max_attempts: 7\n"
                                        "  max_wait: 15m\n"
                                        "recover: true\n"
                                        "max_restarts: 2\n");
    const auto r = JobYaml::parse(text, kFile);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QVERIFY(r->warnings.isEmpty());
    const JobSpec &s = r->spec;
    QVERIFY(s.isAutoPlaced());
    QCOMPARE(s.gpuCount, 8);
    QCOMPARE(s.placement.gpuModels, QStringList({QStringLiteral("H100"), QStringLiteral("H200")}));
    QCOMPARE(s.placement.minGpuMemoryGb, 80);
    QCOMPARE(s.placement.providers, QStringList({QStringLiteral("lambda"), QStringLiteral("runpod"), QStringLiteral("vastai")}));
    QCOMPARE(s.placement.regions, QStringList({QStringLiteral("us"), QStringLiteral("europe")}));
    QCOMPARE(s.placement.prefer, PlacementConstraints::Preference::Newest);
    QCOMPARE(s.placement.maxAttempts, 7);
    QCOMPARE(s.placement.maxWaitMinutes, 15);
    QVERIFY(s.recover);
    QCOMPARE(s.maxRestarts, 2);
    QCOMPARE(s.allowedRestarts(), 2);

    // Written and read back unchanged; stored as JSON and read back unchanged.
    const QString written = JobYaml::write(s);
    QVERIFY2(written.contains(QStringLiteral("placement:\n  gpus: [H100, H200, 80GB+]\n")), qPrintable(written));
    const auto back = JobYaml::parse(written, kFile);
    QVERIFY(back.ok());
    QCOMPARE(back->spec, s);
    QCOMPARE(JobSpecJson::fromJson(JobSpecJson::toJson(s)).value(), s);

    // Mistakes say where and what.
    const auto bad = JobYaml::parse(QStringLiteral("name: t\nprovider: auto\nplacement:\n  gpus: [H100, 80GB]\n"
                                                   "  providers: [lambda, nimbus]\n  prefer: fastest\n"),
                                    kFile);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().message,
             QStringLiteral("job.yaml:4:16: placement.gpus[1]: expected a GPU model such as \"H100\", or a memory floor "
                            "such as \"80GB+\", found \"80GB\""));
    QVERIFY2(bad.error().detail.contains(QStringLiteral("job.yaml:5:23: placement.providers[1]: expected a provider GPU Desk knows")),
             qPrintable(bad.error().detail));
    QVERIFY2(bad.error().detail.contains(QStringLiteral("job.yaml:6:3: placement.prefer: expected price, nearest, newest or listed, found \"fastest\"")),
             qPrintable(bad.error().detail));

    // A placement block on a job with a named provider is reported, not silently used.
    const auto named = JobYaml::parse(QStringLiteral("name: t\nprovider: lambda\nplacement:\n  gpus: [H100]\nrecover: true\n"), kFile);
    QVERIFY(named.ok());
    QCOMPARE(named->warnings.size(), 2);
    QCOMPARE(named->warnings.at(0).toString(kFile),
             QStringLiteral("job.yaml:3:1: placement: used only with \"provider: auto\"; ignored for provider \"lambda\""));
}

void TestJobYaml::commentsKeptWhenOverwriting()
{
    const QString original = readData(QStringLiteral("gpudesk-commented.yaml"));
    QVERIFY(!original.isEmpty());
    auto read = JobYaml::parse(original, kFile);
    QVERIFY(read.ok());
    QCOMPARE(read->spec.name, QStringLiteral("llama-finetune"));
    QCOMPARE(read->spec.maxCost, Money::fromDollars(250));
    QCOMPARE(warningKeys(read->warnings), QStringList { QStringLiteral("x-review") });

    JobSpec edited = read->spec;
    edited.gpuCount = 4;
    edited.maxCost = Money::fromDollars(300);
    edited.region = QStringLiteral("us-west-1");
    const QString written = JobYaml::write(edited, original);

    // The header block, verbatim, at the top.
    QVERIFY2(written.startsWith(QStringLiteral("# Fine-tune job for the research team.\n"
                                               "# Owner: ml-infra@example.com\n"
                                               "#\n"
                                               "# Launch: gpudesk-cli launch gpudesk-commented.yaml --dry-run\n"
                                               "\n"
                                               "name: llama-finetune\n")),
        qPrintable(written));
    // A comment above a key stays above it; one beside a key stays beside it, with the new value.
    QVERIFY2(written.contains(QStringLiteral("# 8x H100 per node; two nodes\ngpu: H100 SXM:4\n")), qPrintable(written));
    QVERIFY2(
        written.contains(QStringLiteral("max_cost: $300  # the team's budget for this run\n")), qPrintable(written));
    // The key GPU Desk does not know, with its comment, and the comment at the end.
    QVERIFY2(written.contains(QStringLiteral("# Notes for whoever picks this up:\nx-review: pending\n")),
        qPrintable(written));
    QVERIFY2(written.endsWith(QStringLiteral("# end of file\n")), qPrintable(written));

    auto back = JobYaml::parse(written, kFile);
    QVERIFY(back.ok());
    QCOMPARE(back->spec, edited);
    // Written again over itself: nothing moves.
    QCOMPARE(JobYaml::write(edited, written), written);
}

void TestJobYaml::commentsKeptInFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("job.yaml"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Nightly evaluation job.\n# Do not change the image without asking Ana.\n\n"
                "name: nightly-eval\nimage: ghcr.io/acme/eval:7\ncommand: python eval.py   # the whole suite\n");
    }
    auto read = JobYaml::readFile(path);
    QVERIFY(read.ok());
    JobSpec spec = read->spec;
    spec.command = QStringLiteral("python eval.py --quick");
    spec.gpuModel = QStringLiteral("L4");
    spec.gpuCount = 1;
    QVERIFY(JobYaml::writeFile(spec, path).ok());

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QCOMPARE(text,
        QStringLiteral("# Nightly evaluation job.\n# Do not change the image without asking Ana.\n\n"
                       "name: nightly-eval\ngpu: L4:1\nimage: ghcr.io/acme/eval:7\n"
                       "command: python eval.py --quick  # the whole suite\n"));
    auto back = JobYaml::readFile(path);
    QVERIFY(back.ok());
    QCOMPARE(back->spec, spec);
}

void TestJobYaml::writeFileCreatesNewFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.yaml"));
    QVERIFY(JobYaml::writeFile(fullSpec(), path).ok());
    auto back = JobYaml::readFile(path);
    QVERIFY(back.ok());
    QCOMPARE(back->spec, fullSpec());
    const auto failed = JobYaml::writeFile(fullSpec(), dir.filePath(QStringLiteral("missing/dir/x.yaml")));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, Error::Kind::Io);
    QVERIFY(failed.error().message.contains(QStringLiteral("missing/dir/x.yaml")));
}

// ---- own format: reading ------------------------------------------------------------------------

void TestJobYaml::readsAlternativeForms()
{
    const QString text = QStringLiteral("name: alt\n"
                                        "gpu: {model: A100 80GB SXM, count: 4}\n"
                                        "image: img\n"
                                        "command:\n"
                                        "  - cd /work\n"
                                        "  - python train.py\n"
                                        "env:\n"
                                        "  - A=1\n"
                                        "  - B=x=y\n"
                                        "  - name: C\n"
                                        "    value: three\n"
                                        "ports: 8080\n"
                                        "volumes: data:/data\n"
                                        "disk_gb: 1TB\n"
                                        "spot: yes\n"
                                        "max_runtime: 90\n"
                                        "max_cost: 25\n"
                                        "max_price_per_hour: \"$1,000.50\"\n"
                                        "idle_stop: 1h\n");
    const auto r = JobYaml::parse(text, kFile);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY2(r->warnings.isEmpty(), qPrintable(describe(r->warnings)));
    const JobSpec &s = r->spec;
    QCOMPARE(s.gpuModel, QStringLiteral("A100 80GB SXM"));
    QCOMPARE(s.gpuCount, 4);
    QCOMPARE(s.command, QStringLiteral("cd /work\npython train.py"));
    QCOMPARE(s.env,
        (QList<JobSpec::EnvVar> { { QStringLiteral("A"), QStringLiteral("1") },
            { QStringLiteral("B"), QStringLiteral("x=y") }, { QStringLiteral("C"), QStringLiteral("three") } }));
    QCOMPARE(s.ports, QList<int> { 8080 });
    QCOMPARE(s.volumes, QStringList { QStringLiteral("data:/data") });
    QCOMPARE(s.diskGb, 1024);
    QVERIFY(s.spot);
    QCOMPARE(s.maxRuntimeMinutes, 90);
    QCOMPARE(s.maxCost, Money::fromDollars(25));
    QCOMPARE(s.maxPricePerHour, Money::fromCents(100050));
    QCOMPARE(s.idleStopMinutes, 60);

    // An env entry without a value is kept, empty, with a warning.
    const auto bare = JobYaml::parse(QStringLiteral("name: a\nimage: b\ncommand: c\nenv:\n  - HF_TOKEN\n"), kFile);
    QVERIFY(bare.ok());
    QCOMPARE(bare->spec.env, (QList<JobSpec::EnvVar> { { QStringLiteral("HF_TOKEN"), QString() } }));
    QCOMPARE(warningKeys(bare->warnings), QStringList { QStringLiteral("env[0]") });
    QCOMPARE(bare->warnings.first().line, 5);
    // Null limits mean no limit.
    const auto nulls = JobYaml::parse(QStringLiteral("name: a\nmax_cost: ~\nmax_price_per_hour:\nimage: b\n"), kFile);
    QVERIFY(nulls.ok());
    QCOMPARE(nulls->spec.maxCost, std::nullopt);
    QCOMPARE(nulls->spec.maxPricePerHour, std::nullopt);
}

void TestJobYaml::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minutes"); // -1: unreadable

    QTest::newRow("bare minutes") << QStringLiteral("45") << 45;
    QTest::newRow("minutes") << QStringLiteral("90m") << 90;
    QTest::newRow("min") << QStringLiteral("15min") << 15;
    QTest::newRow("hours") << QStringLiteral("2h") << 120;
    QTest::newRow("hours and minutes") << QStringLiteral("1h30m") << 90;
    QTest::newRow("with a space") << QStringLiteral("1h 30m") << 90;
    QTest::newRow("days") << QStringLiteral("1d") << 1440;
    QTest::newRow("week") << QStringLiteral("1w") << 10080;
    QTest::newRow("fraction of an hour") << QStringLiteral("1.5h") << 90;
    QTest::newRow("seconds in whole minutes") << QStringLiteral("3600s") << 60;
    QTest::newRow("off") << QStringLiteral("off") << 0;
    QTest::newRow("upper case") << QStringLiteral("2H") << 120;
    QTest::newRow("seconds not whole minutes") << QStringLiteral("90s") << -1;
    QTest::newRow("words") << QStringLiteral("two hours") << -1;
    QTest::newRow("unit first") << QStringLiteral("h2") << -1;
    QTest::newRow("unknown unit") << QStringLiteral("2y") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("too large") << QStringLiteral("99999999999h") << -1;
}

void TestJobYaml::durations()
{
    QFETCH(QString, text);
    QFETCH(int, minutes);
    const auto parsed = JobYaml::parseMinutes(text);
    if (minutes < 0)
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(-99))));
    else
        QCOMPARE(parsed, std::optional<int>(minutes));
}

void TestJobYaml::formatMinutes()
{
    QCOMPARE(JobYaml::formatMinutes(0), QStringLiteral("0"));
    QCOMPARE(JobYaml::formatMinutes(1), QStringLiteral("1m"));
    QCOMPARE(JobYaml::formatMinutes(45), QStringLiteral("45m"));
    QCOMPARE(JobYaml::formatMinutes(60), QStringLiteral("1h"));
    QCOMPARE(JobYaml::formatMinutes(90), QStringLiteral("1h30m"));
    QCOMPARE(JobYaml::formatMinutes(1440), QStringLiteral("24h"));
    QCOMPARE(JobYaml::formatMinutes(-5), QStringLiteral("-5"));
    for (int m : { 1, 59, 61, 119, 1441, 100000 })
        QCOMPARE(JobYaml::parseMinutes(JobYaml::formatMinutes(m)), std::optional<int>(m));
}

void TestJobYaml::parseGpu_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("count");

    QTest::newRow("model and count") << QStringLiteral("H100 SXM:8") << true << QStringLiteral("H100 SXM") << 8;
    QTest::newRow("spaces") << QStringLiteral(" H100 SXM : 8 ") << true << QStringLiteral("H100 SXM") << 8;
    QTest::newRow("model only") << QStringLiteral("L4") << true << QStringLiteral("L4") << 1;
    QTest::newRow("count only") << QStringLiteral(":2") << true << QString() << 2;
    QTest::newRow("word count") << QStringLiteral("H100:eight") << false << QString() << 0;
    QTest::newRow("empty") << QString() << false << QString() << 0;
}

void TestJobYaml::parseGpu()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, model);
    QFETCH(int, count);
    const auto gpu = JobYaml::parseGpu(text);
    QCOMPARE(gpu.has_value(), ok);
    if (ok)
        QCOMPARE(*gpu, (JobYaml::GpuRequest { model, count }));
}

void TestJobYaml::runIsACommandSynonym()
{
    auto r = JobYaml::parse(QStringLiteral("name: a\nimage: b\nrun: python x.py\n"), kFile);
    QVERIFY(r.ok());
    QCOMPARE(r->spec.command, QStringLiteral("python x.py"));
    QVERIFY(r->warnings.isEmpty());

    r = JobYaml::parse(QStringLiteral("name: a\nimage: b\nrun: python old.py\ncommand: python new.py\n"), kFile);
    QVERIFY(r.ok());
    QCOMPARE(r->spec.command, QStringLiteral("python new.py"));
    QCOMPARE(warningKeys(r->warnings), QStringList { QStringLiteral("run") });
    QCOMPARE(r->warnings.first().line, 3);
}

void TestJobYaml::unknownKeysAreWarned()
{
    const QString text = QStringLiteral("name: a\n"
                                        "gpus: H100:8\n"
                                        "image: b\n"
                                        "colour: blue\n"
                                        "command: c\n"
                                        "gpu: {model: H100, cuont: 2}\n");
    const auto r = JobYaml::parse(text, kFile);
    QVERIFY(r.ok());
    QCOMPARE(warningKeys(r->warnings),
        (QStringList { QStringLiteral("gpus"), QStringLiteral("colour"), QStringLiteral("gpu.cuont") }));
    QCOMPARE(r->warnings[0].line, 2);
    QCOMPARE(r->warnings[0].column, 1);
    QVERIFY2(r->warnings[0].message.contains(QStringLiteral("\"gpu\"")), qPrintable(r->warnings[0].message));
    QCOMPARE(r->warnings[1].line, 4);
    QVERIFY(!r->warnings[1].message.contains(QStringLiteral("did you mean")));
    QCOMPARE(r->warnings[2].line, 6);
    QVERIFY(r->warnings[2].message.contains(QStringLiteral("\"count\"")));
    QCOMPARE(r->warnings[0].toString(kFile), QStringLiteral("job.yaml:2:1: gpus: ") + r->warnings[0].message);
    // The rest of the file is read.
    QCOMPARE(r->spec.gpuModel, QStringLiteral("H100"));
    QCOMPARE(r->spec.gpuCount, 1);
    QCOMPARE(r->spec.command, QStringLiteral("c"));

    // A template id GPU Desk does not know is kept, with a warning that lists the known ones.
    const auto t = JobYaml::parse(QStringLiteral("name: a\nimage: b\ncommand: c\ntemplate: jupyterlab\n"), kFile);
    QVERIFY(t.ok());
    QCOMPARE(t->spec.templateId, QStringLiteral("jupyterlab"));
    QCOMPARE(warningKeys(t->warnings), QStringList { QStringLiteral("template") });
    QVERIFY(t->warnings.first().message.contains(QStringLiteral("jupyter, vllm")));
}

void TestJobYaml::duplicateKeysAreWarned()
{
    const auto r = JobYaml::parse(QStringLiteral("name: a\nimage: b\nname: c\ncommand: d\n"), kFile);
    QVERIFY(r.ok());
    QCOMPARE(r->spec.name, QStringLiteral("c"));
    QCOMPARE(warningKeys(r->warnings), QStringList { QStringLiteral("name") });
    QCOMPARE(r->warnings.first().line, 3);
}

void TestJobYaml::extraDocumentsAreWarned()
{
    const auto r = JobYaml::parse(QStringLiteral("name: a\nimage: b\ncommand: c\n---\nname: other\n"), kFile);
    QVERIFY(r.ok());
    QCOMPARE(r->spec.name, QStringLiteral("a"));
    QCOMPARE(warningKeys(r->warnings), QStringList { QStringLiteral("---") });
    QCOMPARE(r->warnings.first().line, 5);
}

void TestJobYaml::malformedYamlSaysWhereAndWhat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("position");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unclosed inline list") << QStringLiteral("name: a\nports: [8888, 6006\nimage: b\n")
                                          << QStringLiteral("job.yaml:3:6: ") << QStringLiteral("\"]\"");
    QTest::newRow("unclosed inline map") << QStringLiteral("name: a\ngpu: {model: H100, count: 8\nimage: b\n")
                                         << QStringLiteral("job.yaml:3:6: ") << QStringLiteral("\"}\"");
    QTest::newRow("over-indented key") << QStringLiteral("name: a\nimage: b\n  command: c\n")
                                       << QStringLiteral("job.yaml:3:10: ") << QStringLiteral("indentation");
    QTest::newRow("under-indented list item") << QStringLiteral("name: a\nvolumes:\n  - a:/a\n - b:/b\n")
                                              << QStringLiteral("job.yaml:4:2: ") << QStringLiteral("indentation");
    QTest::newRow("unclosed quote") << QStringLiteral("name: \"a\nimage: b\ncommand: \"c\"\n")
                                    << QStringLiteral("job.yaml:3:11: ") << QStringLiteral("quotes are closed");
    QTest::newRow("tab indentation") << QStringLiteral("name: a\nenv:\n\tA: 1\n") << QStringLiteral("job.yaml:3:1: ")
                                     << QStringLiteral("tab");
    // yaml-cpp 0.7 loops forever on these unless the reader stops it.
    QTest::newRow("comma at the start") << QStringLiteral(",name: a\nimage: b\n") << QStringLiteral("job.yaml:1:1: ")
                                        << QStringLiteral("\",\" outside [ ] or { }");
    QTest::newRow("comma after a document") << QStringLiteral("name: a\n---\n, b\n") << QStringLiteral("job.yaml:3:1: ")
                                            << QStringLiteral("\",\" outside [ ] or { }");
    QTest::newRow("comma after an inline map") << QStringLiteral("{name: a} ,\n") << QStringLiteral("job.yaml:1:11: ")
                                               << QStringLiteral("\",\" outside [ ] or { }");
    QTest::newRow("bad escape") << QStringLiteral("name: a\ncommand: \"C:\\qdir\"\n")
                                << QStringLiteral("job.yaml:2:15: ") << QStringLiteral("backslash");
}

void TestJobYaml::malformedYamlSaysWhereAndWhat()
{
    QFETCH(QString, text);
    QFETCH(QString, position);
    QFETCH(QString, expected);
    const auto r = JobYaml::parse(text, kFile);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
    const QString message = r.error().message;
    QVERIFY2(message.startsWith(position), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("expected")), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    if (!message.contains(QStringLiteral("outside [ ]")))
        QVERIFY(r.error().detail.contains(QStringLiteral("yaml-cpp")));
}

void TestJobYaml::emptyOrNonMapDocument_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QString()
                           << QStringLiteral("job.yaml:1:1: expected job settings as \"key: value\" lines, found an "
                                             "empty document");
    QTest::newRow("only comments") << QStringLiteral("# nothing yet\n")
                                   << QStringLiteral("job.yaml:1:1: expected job settings as \"key: value\" lines, "
                                                     "found an empty document");
    QTest::newRow("a list") << QStringLiteral("# jobs\n- name: a\n- name: b\n")
                            << QStringLiteral("job.yaml:2:1: expected job settings as \"key: value\" lines at the top "
                                              "level, found a list");
    QTest::newRow("only document markers")
        << QStringLiteral("---\n---\n---\n")
        << QStringLiteral("job.yaml:1:1: expected job settings as \"key: value\" lines, "
                          "found an empty document");
    QTest::newRow("text") << QStringLiteral("just words\n")
                          << QStringLiteral("job.yaml:1:1: expected job settings as \"key: value\" lines at the top "
                                            "level, found \"just words\"");
}

void TestJobYaml::emptyOrNonMapDocument()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto r = JobYaml::parse(text, kFile);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, message);
}

void TestJobYaml::wrongTypesSayWhereAndWhat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("nodes: many") << QStringLiteral("name: a\nimage: b\nnodes: many\n")
                                 << QStringLiteral("job.yaml:3:1: nodes: expected a whole number, found \"many\"");
    QTest::newRow("nodes as a list") << QStringLiteral("name: a\nnodes: [1, 2]\n")
                                     << QStringLiteral("job.yaml:2:1: nodes: expected a whole number, found a list");
    QTest::newRow("port item") << QStringLiteral("name: a\nports: [8888, http]\n")
                               << QStringLiteral("job.yaml:2:15: ports[1]: expected a whole number, found \"http\"");
    QTest::newRow("port in a block list") << QStringLiteral("name: a\nports:\n  - 8888\n  - 8.5\n")
                                          << QStringLiteral("job.yaml:4:5: ports[1]: expected a whole number, found "
                                                            "\"8.5\"");
    QTest::newRow("spot: maybe") << QStringLiteral("spot: maybe\n")
                                 << QStringLiteral("job.yaml:1:1: spot: expected true or false, found \"maybe\"");
    QTest::newRow("gpu count word") << QStringLiteral("name: a\ngpu: H100:eight\n")
                                    << QStringLiteral("job.yaml:2:1: gpu: expected MODEL:COUNT such as \"H100 SXM:8\", "
                                                      "or {model: …, count: …}, found \"H100:eight\"");
    QTest::newRow("gpu map count") << QStringLiteral("gpu:\n  model: H100\n  count: lots\n")
                                   << QStringLiteral(
                                          "job.yaml:3:3: gpu.count: expected a whole number, found \"lots\"");
    QTest::newRow("max_cost") << QStringLiteral("max_cost: a lot\n")
                              << QStringLiteral(
                                     "job.yaml:1:1: max_cost: expected an amount in US dollars such as 25 or "
                                     "$25.50, found \"a lot\"");
    QTest::newRow("max_runtime") << QStringLiteral("\n\nmax_runtime: soon\n")
                                 << QStringLiteral("job.yaml:3:1: max_runtime: expected a duration such as 90m, 2h or "
                                                   "1h30m, found \"soon\"");
    QTest::newRow("name as a map") << QStringLiteral("name: {first: a}\n")
                                   << QStringLiteral("job.yaml:1:1: name: expected text, found a map");
    QTest::newRow("env value as a list") << QStringLiteral("env:\n  A: [1, 2]\n")
                                         << QStringLiteral("job.yaml:2:3: env.A: expected text, found a list");
    QTest::newRow("disk") << QStringLiteral("disk_gb: big\n")
                          << QStringLiteral("job.yaml:1:1: disk_gb: expected a size in GB such as 500 or 500GB, found "
                                            "\"big\"");
    QTest::newRow("volumes as a map") << QStringLiteral("volumes: {a: b}\n")
                                      << QStringLiteral("job.yaml:1:1: volumes: expected a list, found a map");
}

void TestJobYaml::wrongTypesSayWhereAndWhat()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    const auto r = JobYaml::parse(text, kFile);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
    QCOMPARE(r.error().message, message);
}

void TestJobYaml::everyTypeErrorIsInTheDetail()
{
    const auto r = JobYaml::parse(QStringLiteral("name: a\nnodes: many\nspot: maybe\nports: [x]\n"), kFile);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.startsWith(QStringLiteral("job.yaml:2:1: nodes:")));
    const QStringList lines = r.error().detail.split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[1].startsWith(QStringLiteral("job.yaml:3:1: spot:")));
    QVERIFY(lines[2].startsWith(QStringLiteral("job.yaml:4:9: ports[0]:")));
}

void TestJobYaml::readFileErrors()
{
    const auto missing = JobYaml::readFile(QStringLiteral("/nonexistent/dir/job.yaml"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::Io);
    QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/dir/job.yaml")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("name: a\nnodes: many\n");
    f.close();
    const auto broken = JobYaml::readFile(path);
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().message, path + QStringLiteral(":2:1: nodes: expected a whole number, found \"many\""));
}

// ---- importers ----------------------------------------------------------------------------------

void TestJobYaml::skyPilotDistributedTraining()
{
    const QString name = QStringLiteral("skypilot-llama-distributed.yaml");
    const QString text = readData(name);
    const auto r = JobYaml::importSkyPilot(text, name);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const JobSpec &s = r->spec;
    QCOMPARE(s.name, QStringLiteral("llama-ft-distributed"));
    QCOMPARE(s.nodes, 2);
    QCOMPARE(s.providerId, QStringLiteral("lambda"));
    QCOMPARE(s.region, QStringLiteral("us-east-1"));
    QCOMPARE(s.gpuModel, QStringLiteral("H100"));
    QCOMPARE(s.gpuCount, 8);
    QVERIFY(!s.spot);
    QCOMPARE(s.diskGb, 1024);
    QCOMPARE(s.image, QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3"));
    QCOMPARE(s.maxPricePerHour, Money::fromDollars(50));
    QCOMPARE(s.idleStopMinutes, 20);
    QCOMPARE(s.setup, QStringLiteral("pip install -r requirements.txt\npip install hf_transfer\n"));
    // SkyPilot's per-node variables now name GPU Desk's, which the env sets for a single node.
    QVERIFY(s.command.contains(QStringLiteral("--nnodes=$NNODES")));
    QVERIFY(s.command.contains(QStringLiteral("--nproc_per_node=$NGPUS")));
    QVERIFY(s.command.contains(QStringLiteral("--node_rank=${NODE_RANK}")));
    QVERIFY(!s.command.contains(QStringLiteral("SKYPILOT_NUM_NODES")));
    QCOMPARE(s.env.mid(0, 4),
        (QList<JobSpec::EnvVar> { { QStringLiteral("MODEL_ID"), QStringLiteral("meta-llama/Llama-3.1-8B") },
            { QStringLiteral("WANDB_PROJECT"), QStringLiteral("llama-ft") },
            { QStringLiteral("HF_HUB_ENABLE_HF_TRANSFER"), QStringLiteral("1") },
            { QStringLiteral("CHECKPOINT_PREFIX"), QString() } }));
    QCOMPARE(envValue(s.env, QStringLiteral("NNODES")), QStringLiteral("2"));
    QCOMPARE(envValue(s.env, QStringLiteral("NGPUS")), QStringLiteral("8"));
    QCOMPARE(envValue(s.env, QStringLiteral("NODE_RANK")), QStringLiteral("0"));
    // Secret values never enter the spec.
    QCOMPARE(envValue(s.env, QStringLiteral("HF_TOKEN")), QStringLiteral("<missing>"));

    const QStringList keys = warningKeys(r->warnings);
    QCOMPARE(keys,
        (QStringList { QStringLiteral("workdir"), QStringLiteral("resources.cpus"),
            QStringLiteral("resources.autostop.down"), QStringLiteral("envs.CHECKPOINT_PREFIX"),
            QStringLiteral("secrets.HF_TOKEN"), QStringLiteral("secrets.WANDB_API_KEY"),
            QStringLiteral("file_mounts./checkpoints"), QStringLiteral("file_mounts./data/tokenizer"),
            QStringLiteral("run"), QStringLiteral("run") }));
    QCOMPARE(warningFor(r->warnings, QStringLiteral("workdir"))->line, lineOf(text, QStringLiteral("workdir:")));
    QCOMPARE(warningFor(r->warnings, QStringLiteral("resources.cpus"))->line, lineOf(text, QStringLiteral("cpus:")));
    QCOMPARE(warningFor(r->warnings, QStringLiteral("resources.cpus"))->column, 3);
    QCOMPARE(warningFor(r->warnings, QStringLiteral("secrets.WANDB_API_KEY"))->line,
        lineOf(text, QStringLiteral("WANDB_API_KEY:")));
    QCOMPARE(warningFor(r->warnings, QStringLiteral("file_mounts./data/tokenizer"))->line,
        lineOf(text, QStringLiteral("/data/tokenizer:")));
    QVERIFY(r->warnings[8].message.contains(QStringLiteral("SKYPILOT_NUM_NODES")));
    QVERIFY(r->warnings[9].message.contains(QStringLiteral("SKYPILOT_NODE_IPS")));
    for (const JobYamlWarning &w : r->warnings)
        QVERIFY2(w.message.size() > 15, qPrintable(w.key));

    // What was imported can be launched (the validator knows "H100" as the H100 family).
    auto specs = GpuSpecTable::loadBundled();
    QVERIFY(specs.ok());
    ValidationContext context;
    context.gpuSpecs = &*specs;
    QCOMPARE(JobSpecValidator::validate(s, context), QList<FieldError>());
}

void TestJobYaml::skyPilotServeWithCandidates()
{
    const QString name = QStringLiteral("skypilot-vllm-serve.yaml");
    const QString text = readData(name);
    const auto r = JobYaml::importSkyPilot(text, name);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const JobSpec &s = r->spec;
    QCOMPARE(s.name, QStringLiteral("qwen-serve"));
    QCOMPARE(s.gpuModel, QStringLiteral("L4"));
    QCOMPARE(s.gpuCount, 1);
    QVERIFY(s.spot);
    QCOMPARE(s.ports, QList<int> { 8000 });
    QCOMPARE(s.image, QStringLiteral("vllm/vllm-openai:v0.6.3"));
    QCOMPARE(s.idleStopMinutes, 30);
    QCOMPARE(s.providerId, QStringLiteral("runpod")); // the first candidate
    QCOMPARE(s.command, QStringLiteral("vllm serve $MODEL_NAME --port 8000 --max-model-len 8192\n"));
    QCOMPARE(s.env,
        (QList<JobSpec::EnvVar> { { QStringLiteral("MODEL_NAME"), QStringLiteral("Qwen/Qwen2.5-1.5B-Instruct") } }));
    QCOMPARE(warningKeys(r->warnings), (QStringList { QStringLiteral("resources.any_of"), QStringLiteral("service") }));
    const JobYamlWarning *anyOf = warningFor(r->warnings, QStringLiteral("resources.any_of"));
    QCOMPARE(anyOf->line, lineOf(text, QStringLiteral("any_of:")));
    QVERIFY(anyOf->message.contains(QStringLiteral("2 candidate")));
    QCOMPARE(warningFor(r->warnings, QStringLiteral("service"))->line, lineOf(text, QStringLiteral("service:")));
}

void TestJobYaml::skyPilotOrderedAccelerators()
{
    const QString name = QStringLiteral("skypilot-sweep-ordered.yaml");
    const QString text = readData(name);
    const auto r = JobYaml::importSkyPilot(text, name);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const JobSpec &s = r->spec;
    QCOMPARE(s.gpuModel, QStringLiteral("A100 80GB"));
    QCOMPARE(s.gpuCount, 8);
    QCOMPARE(s.region, QStringLiteral("us-central1"));
    QCOMPARE(s.providerId, QString());
    QCOMPARE(s.ports, QList<int> { 6006 });
    QCOMPARE(s.setup, QStringLiteral("pip install -r requirements.txt"));
    QCOMPARE(envValue(s.env, QStringLiteral("LR")), QStringLiteral("3e-4"));
    QCOMPARE(s.image, QString());
    QCOMPARE(warningKeys(r->warnings),
        (QStringList { QStringLiteral("resources.accelerators"), QStringLiteral("resources.cloud"),
            QStringLiteral("resources.zone"), QStringLiteral("resources.ports[1]"), QStringLiteral("resources.labels"),
            QStringLiteral("resources.job_recovery"), QStringLiteral("resources.image_id") }));
    const JobYamlWarning *accelerators = warningFor(r->warnings, QStringLiteral("resources.accelerators"));
    QCOMPARE(accelerators->line, lineOf(text, QStringLiteral("accelerators:")));
    QVERIFY(accelerators->message.contains(QStringLiteral("A100-80GB:8")));
    QVERIFY(warningFor(r->warnings, QStringLiteral("resources.cloud"))->message.contains(QStringLiteral("gcp")));
    QCOMPARE(warningFor(r->warnings, QStringLiteral("resources.ports[1]"))->line,
        lineOf(text, QStringLiteral("- 10022-10040")));
    // No position for what is missing altogether.
    QCOMPARE(warningFor(r->warnings, QStringLiteral("resources.image_id"))->line, 0);
    QCOMPARE(warningFor(r->warnings, QStringLiteral("resources.image_id"))->toString(name).left(name.size() + 2),
        name + QStringLiteral(": "));
}

void TestJobYaml::skyPilotAcceleratorForms_data()
{
    QTest::addColumn<QString>("accelerators");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("warnings");

    QTest::newRow("name:count") << QStringLiteral("H100:8") << QStringLiteral("H100") << 8 << 0;
    QTest::newRow("name only") << QStringLiteral("L40S") << QStringLiteral("L40S") << 1 << 0;
    QTest::newRow("map") << QStringLiteral("{H100: 8}") << QStringLiteral("H100") << 8 << 0;
    QTest::newRow("set") << QStringLiteral("{A100:1, V100:1}") << QStringLiteral("A100 40GB") << 1 << 1;
    QTest::newRow("list") << QStringLiteral("[L4:1, A10G:1]") << QStringLiteral("L4") << 1 << 1;
    QTest::newRow("80GB part") << QStringLiteral("A100-80GB:4") << QStringLiteral("A100 80GB") << 4 << 0;
    QTest::newRow("fraction") << QStringLiteral("T4:0.5") << QStringLiteral("T4") << 1 << 1;
}

void TestJobYaml::skyPilotAcceleratorForms()
{
    QFETCH(QString, accelerators);
    QFETCH(QString, model);
    QFETCH(int, count);
    QFETCH(int, warnings);
    const QString text
        = QStringLiteral("name: t\nresources:\n  accelerators: %1\n  image_id: docker:img\nrun: x\n").arg(accelerators);
    const auto r = JobYaml::importSkyPilot(text, kFile);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->spec.gpuModel, model);
    QCOMPARE(r->spec.gpuCount, count);
    QCOMPARE(r->warnings.size(), warnings);
    if (warnings)
        QCOMPARE(r->warnings.first().line, 3);
}

void TestJobYaml::skyPilotAutostopForms_data()
{
    QTest::addColumn<QString>("autostop");
    QTest::addColumn<int>("minutes");

    QTest::newRow("true: SkyPilot's default") << QStringLiteral("true") << 5;
    QTest::newRow("false") << QStringLiteral("false") << 0;
    QTest::newRow("bare minutes") << QStringLiteral("10") << 10;
    QTest::newRow("hours") << QStringLiteral("10h") << 600;
    QTest::newRow("map") << QStringLiteral("{idle_minutes: 45}") << 45;
    QTest::newRow("map without minutes") << QStringLiteral("{wait_for: jobs}") << 5;
}

void TestJobYaml::skyPilotAutostopForms()
{
    QFETCH(QString, autostop);
    QFETCH(int, minutes);
    const QString text
        = QStringLiteral("name: t\nresources:\n  image_id: docker:img\n  autostop: %1\nrun: x\n").arg(autostop);
    const auto r = JobYaml::importSkyPilot(text, kFile);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->spec.idleStopMinutes, minutes);
}

void TestJobYaml::skyPilotUnknownKeysAndErrors()
{
    auto r = JobYaml::importSkyPilot(QStringLiteral("num_node: 2\nresources:\n  accelerator: H100:8\nrun: x\n"),
        QStringLiteral("/tmp/My Train Job.sky.yaml"));
    QVERIFY(r.ok());
    QCOMPARE(r->spec.nodes, 1);
    QCOMPARE(r->spec.name, QStringLiteral("My-Train-Job")); // named after the file
    QCOMPARE(warningKeys(r->warnings),
        (QStringList { QStringLiteral("num_node"), QStringLiteral("resources.accelerator"), QStringLiteral("name"),
            QStringLiteral("resources.image_id") }));
    QVERIFY(r->warnings[0].message.contains(QStringLiteral("\"num_nodes\"")));
    QVERIFY(r->warnings[1].message.contains(QStringLiteral("\"accelerators\"")));
    QCOMPARE(r->warnings[1].line, 3);
    QCOMPARE(r->warnings[1].column, 3);

    r = JobYaml::importSkyPilot(QStringLiteral("name: t\nnum_nodes: two\n"), kFile);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, QStringLiteral("job.yaml:2:1: num_nodes: expected a whole number, found \"two\""));

    r = JobYaml::importSkyPilot(QStringLiteral("name: t\nresources:\n  accelerators: H100:eight\n"), kFile);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.startsWith(QStringLiteral("job.yaml:3:3: resources.accelerators: expected NAME:COUNT")),
        qPrintable(r.error().message));

    r = JobYaml::importSkyPilot(QStringLiteral("name: t\nresources: [a, b]\n"), kFile);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.startsWith(QStringLiteral("job.yaml:2:1: resources: expected a map")));

    r = JobYaml::importSkyPilot(QStringLiteral("name: t\nrun: |\n  a\n b\n"), kFile);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.startsWith(QStringLiteral("job.yaml:")), qPrintable(r.error().message));
}

void TestJobYaml::dstackDistributedTask()
{
    const QString name = QStringLiteral("dstack-train-distributed.dstack.yml");
    const QString text = readData(name);
    const auto r = JobYaml::importDstack(text, name);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const JobSpec &s = r->spec;
    QCOMPARE(s.name, QStringLiteral("train-distrib"));
    QCOMPARE(s.nodes, 2);
    QCOMPARE(s.image, QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3"));
    QCOMPARE(s.gpuModel, QStringLiteral("H100"));
    QCOMPARE(s.gpuCount, 8);
    QCOMPARE(s.diskGb, 500);
    QVERIFY(!s.spot);
    QCOMPARE(s.maxPricePerHour, Money::fromDollars(40));
    QCOMPARE(s.maxRuntimeMinutes, 360);
    QCOMPARE(s.idleStopMinutes, 30);
    QCOMPARE(s.providerId, QStringLiteral("lambda"));
    QCOMPARE(s.region, QStringLiteral("us-east-1"));
    QCOMPARE(s.volumes, QStringList { QStringLiteral("train-checkpoints:/checkpoints") });
    const QStringList commandLines = s.command.split(u'\n');
    QCOMPARE(
        commandLines.first(), QStringLiteral("git clone https://github.com/pytorch/examples.git pytorch-examples"));
    QCOMPARE(commandLines[1], QStringLiteral("cd pytorch-examples/distributed/ddp-tutorial-series"));
    QVERIFY(s.command.contains(QStringLiteral("--node-rank=$NODE_RANK")));
    QVERIFY(s.command.contains(QStringLiteral("--master-addr=$MASTER_ADDR")));
    QVERIFY(s.command.contains(QStringLiteral("--nproc-per-node=$NGPUS")));
    QVERIFY(!s.command.contains(QStringLiteral("DSTACK_")));
    QCOMPARE(s.env.mid(0, 3),
        (QList<JobSpec::EnvVar> { { QStringLiteral("NCCL_DEBUG"), QStringLiteral("INFO") },
            { QStringLiteral("HF_TOKEN"), QString() },
            { QStringLiteral("WANDB_PROJECT"), QStringLiteral("distrib") } }));
    QCOMPARE(envValue(s.env, QStringLiteral("NNODES")), QStringLiteral("2"));
    QCOMPARE(envValue(s.env, QStringLiteral("MASTER_ADDR")), QStringLiteral("127.0.0.1"));
    // At launch each node gets its own rank and the head's address.
    const auto node1 = JobTemplates::nodeEnvironment(s, 1, QStringLiteral("10.1.0.2"));
    QCOMPARE(envValue(node1, QStringLiteral("NODE_RANK")), QStringLiteral("1"));
    QCOMPARE(envValue(node1, QStringLiteral("MASTER_ADDR")), QStringLiteral("10.1.0.2"));

    QCOMPARE(warningKeys(r->warnings),
        (QStringList { QStringLiteral("env[1]"), QStringLiteral("resources.shm_size"), QStringLiteral("resources.disk"),
            QStringLiteral("spot_policy"), QStringLiteral("regions"), QStringLiteral("retry"),
            QStringLiteral("commands") }));
    QCOMPARE(warningFor(r->warnings, QStringLiteral("env[1]"))->line, lineOf(text, QStringLiteral("- HF_TOKEN")));
    QCOMPARE(warningFor(r->warnings, QStringLiteral("env[1]"))->column, 5);
    QCOMPARE(warningFor(r->warnings, QStringLiteral("retry"))->line, lineOf(text, QStringLiteral("retry:")));
    QVERIFY(warningFor(r->warnings, QStringLiteral("regions"))->message.contains(QStringLiteral("us-east-1")));
    QVERIFY(warningFor(r->warnings, QStringLiteral("commands"))->message.contains(QStringLiteral("DSTACK_NODE_RANK")));
}

void TestJobYaml::dstackDevEnvironment()
{
    const QString name = QStringLiteral("dstack-dev-environment.dstack.yml");
    const QString text = readData(name);
    const auto r = JobYaml::importDstack(text, name);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const JobSpec &s = r->spec;
    QCOMPARE(s.name, QStringLiteral("vscode-80gb"));
    QCOMPARE(s.templateId, JobTemplates::DevPodId);
    QCOMPARE(s.command, QStringLiteral("sleep infinity"));
    QCOMPARE(s.setup, QStringLiteral("pip install -r requirements.txt\npip install ipykernel"));
    QCOMPARE(s.gpuModel, QString());
    QCOMPARE(s.gpuCount, 1);
    QCOMPARE(s.diskGb, 200);
    QVERIFY(s.spot);
    QCOMPARE(s.idleStopMinutes, 120);
    QCOMPARE(warningKeys(r->warnings),
        (QStringList { QStringLiteral("python"), QStringLiteral("ide"), QStringLiteral("resources.gpu"),
            QStringLiteral("image") }));
    QVERIFY(r->warnings[0].message.contains(QStringLiteral("3.12")));
    QCOMPARE(r->warnings[2].line, lineOf(text, QStringLiteral("gpu:")));
    QVERIFY(r->warnings[2].message.contains(QStringLiteral("80GB..")));
    // The validator then asks for the image the warning mentioned.
    QCOMPARE(JobSpecValidator::validate(s).value(0).field, QStringLiteral("image"));
}

void TestJobYaml::dstackService()
{
    const QString name = QStringLiteral("dstack-service-vllm.dstack.yml");
    const QString text = readData(name);
    const auto r = JobYaml::importDstack(text, name);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    const JobSpec &s = r->spec;
    QCOMPARE(s.name, QStringLiteral("llama31-service"));
    QCOMPARE(s.ports, QList<int> { 8000 });
    QCOMPARE(s.command, QStringLiteral("vllm serve $MODEL_ID --max-model-len 4096 --port 8000"));
    QCOMPARE(s.gpuModel, QStringLiteral("L40S"));
    QCOMPARE(s.gpuCount, 1);
    QCOMPARE(s.maxPricePerHour, Money::fromCents(250));
    QCOMPARE(envValue(s.env, QStringLiteral("HF_TOKEN")), QStringLiteral("${{ secrets.hf_token }}"));
    QCOMPARE(warningKeys(r->warnings),
        (QStringList { QStringLiteral("env.HF_TOKEN"), QStringLiteral("model"), QStringLiteral("replicas"),
            QStringLiteral("scaling"), QStringLiteral("resources.gpu.count"), QStringLiteral("resources.gpu.memory"),
            QStringLiteral("resources.gpu") }));
    QCOMPARE(warningFor(r->warnings, QStringLiteral("replicas"))->line, lineOf(text, QStringLiteral("replicas:")));
    QVERIFY(warningFor(r->warnings, QStringLiteral("resources.gpu.count"))->message.contains(QStringLiteral("1..2")));
    QVERIFY(warningFor(r->warnings, QStringLiteral("resources.gpu"))->message.contains(QStringLiteral("L40S, A100")));
}

void TestJobYaml::dstackGpuForms_data()
{
    QTest::addColumn<QString>("gpu");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("warnings");

    QTest::newRow("name:count") << QStringLiteral("H100:8") << QStringLiteral("H100") << 8 << 0;
    QTest::newRow("name only") << QStringLiteral("A10G") << QStringLiteral("A10G") << 1 << 0;
    QTest::newRow("vendor, name, count") << QStringLiteral("nvidia:L4:2") << QStringLiteral("L4") << 2 << 0;
    QTest::newRow("memory and count") << QStringLiteral("80GB..:8") << QString() << 8 << 1;
    QTest::newRow("name, memory, count") << QStringLiteral("A100:40GB:2") << QStringLiteral("A100") << 2 << 1;
    QTest::newRow("alternatives") << QStringLiteral("H100,H200:8") << QStringLiteral("H100") << 8 << 1;
    QTest::newRow("ranges") << QStringLiteral("24GB..40GB:1..2") << QString() << 1 << 2;
    QTest::newRow("count only") << QStringLiteral("2") << QString() << 2 << 1;
    QTest::newRow("open range") << QStringLiteral("H100:2..") << QStringLiteral("H100") << 2 << 1;
    QTest::newRow("map") << QStringLiteral("{name: H200, count: 4}") << QStringLiteral("H200") << 4 << 0;
    QTest::newRow("map with range") << QStringLiteral("{name: [A100, H100], count: {min: 2, max: 4}}")
                                    << QStringLiteral("A100") << 2 << 2;
}

void TestJobYaml::dstackGpuForms()
{
    QFETCH(QString, gpu);
    QFETCH(QString, model);
    QFETCH(int, count);
    QFETCH(int, warnings);
    const QString text
        = QStringLiteral("type: task\nname: t\nimage: img\ncommands: [x]\nresources:\n  gpu: %1\n").arg(gpu);
    const auto r = JobYaml::importDstack(text, kFile);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(r->spec.gpuModel, model);
    QCOMPARE(r->spec.gpuCount, count);
    QVERIFY2(r->warnings.size() == warnings, qPrintable(describe(r->warnings)));
    for (const JobYamlWarning &w : r->warnings)
        QCOMPARE(w.line, 6);
}

void TestJobYaml::dstackErrors()
{
    auto r = JobYaml::importDstack(QStringLiteral("type: fleet\nname: my-fleet\nnodes: 2\n"), kFile);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message,
        QStringLiteral("job.yaml:1:1: type: expected task, dev-environment or service: a "
                       "dstack fleet configuration describes no job"));

    r = JobYaml::importDstack(QStringLiteral("type: task\nspot_policy: sometimes\n"), kFile);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message,
        QStringLiteral("job.yaml:2:1: spot_policy: expected spot, on-demand or auto, found \"sometimes\""));

    r = JobYaml::importDstack(QStringLiteral("type: task\nports: [http]\n"), kFile);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message,
        QStringLiteral("job.yaml:2:9: ports[0]: expected a port such as 8000 or 80:8000, "
                       "found \"http\""));

    r = JobYaml::importDstack(QStringLiteral("type: task\nmax_duration: forever\n"), kFile);
    QVERIFY(!r.ok());
    QVERIFY(r.error().message.startsWith(QStringLiteral("job.yaml:2:1: max_duration: expected a duration")));

    r = JobYaml::importDstack(QStringLiteral("type: task\ncommands:\n  - a\n  b: c\n"), kFile);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.startsWith(QStringLiteral("job.yaml:4:")), qPrintable(r.error().message));

    // No type: read as a task, with a warning; seconds count as seconds in dstack.
    r = JobYaml::importDstack(QStringLiteral("name: t\nimage: i\ncommands: [x]\nports: [\"80:8000\", \"*:8888\"]\n"
                                             "idle_duration: 3600\nmax_duration: off\nmystery: 1\n"),
        kFile);
    QVERIFY(r.ok());
    QCOMPARE(r->spec.ports, (QList<int> { 8000, 8888 }));
    QCOMPARE(r->spec.idleStopMinutes, 60);
    QCOMPARE(r->spec.maxRuntimeMinutes, 0);
    QCOMPARE(warningKeys(r->warnings),
        (QStringList { QStringLiteral("type"), QStringLiteral("ports[0]"), QStringLiteral("ports[1]"),
            QStringLiteral("mystery") }));
}

void TestJobYaml::importFileAndFormats()
{
    QCOMPARE(JobYaml::importFormatFromKey(QStringLiteral("skypilot")), JobYaml::ImportFormat::SkyPilot);
    QCOMPARE(JobYaml::importFormatFromKey(QStringLiteral("SkyPilot")), JobYaml::ImportFormat::SkyPilot);
    QCOMPARE(JobYaml::importFormatFromKey(QStringLiteral("dstack")), JobYaml::ImportFormat::Dstack);
    QCOMPARE(JobYaml::importFormatFromKey(QStringLiteral("slurm")), std::nullopt);

    const auto sky
        = JobYaml::importFile(JobYaml::ImportFormat::SkyPilot, dataPath(QStringLiteral("skypilot-vllm-serve.yaml")));
    QVERIFY(sky.ok());
    QCOMPARE(sky->spec.name, QStringLiteral("qwen-serve"));
    const auto dstack = JobYaml::importFile(
        JobYaml::ImportFormat::Dstack, dataPath(QStringLiteral("dstack-service-vllm.dstack.yml")));
    QVERIFY(dstack.ok());
    QCOMPARE(dstack->spec.name, QStringLiteral("llama31-service"));
    const auto missing = JobYaml::importFile(JobYaml::ImportFormat::Dstack, dataPath(QStringLiteral("nope.yml")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::Io);
}

void TestJobYaml::importedSpecsWriteAndReadBack()
{
    const QList<QPair<JobYaml::ImportFormat, QString>> files = {
        { JobYaml::ImportFormat::SkyPilot, QStringLiteral("skypilot-llama-distributed.yaml") },
        { JobYaml::ImportFormat::SkyPilot, QStringLiteral("skypilot-vllm-serve.yaml") },
        { JobYaml::ImportFormat::SkyPilot, QStringLiteral("skypilot-sweep-ordered.yaml") },
        { JobYaml::ImportFormat::Dstack, QStringLiteral("dstack-train-distributed.dstack.yml") },
        { JobYaml::ImportFormat::Dstack, QStringLiteral("dstack-dev-environment.dstack.yml") },
        { JobYaml::ImportFormat::Dstack, QStringLiteral("dstack-service-vllm.dstack.yml") },
    };
    for (const auto &[format, name] : files) {
        const auto imported = JobYaml::importFile(format, dataPath(name));
        QVERIFY2(imported.ok(), qPrintable(name));
        const auto back = JobYaml::parse(JobYaml::write(imported->spec), name);
        QVERIFY2(back.ok(), qPrintable(name));
        QVERIFY2(back->warnings.isEmpty(), qPrintable(name));
        QCOMPARE(back->spec, imported->spec);
    }
}

QTEST_GUILESS_MAIN(TestJobYaml)
#include "tst_jobyaml.moc"
