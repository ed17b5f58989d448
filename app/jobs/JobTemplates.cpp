#include "JobTemplates.h"

#include <QByteArray>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace gpudesk {

namespace {

const QString kPytorchImage = QStringLiteral("nvcr.io/nvidia/pytorch:24.05-py3");
const QString kJupyterImage = QStringLiteral("quay.io/jupyter/pytorch-notebook:cuda12-latest");
const QString kVllmImage = QStringLiteral("vllm/vllm-openai:latest");
const QString kDevPodImage = QStringLiteral("nvidia/cuda:12.4.1-devel-ubuntu22.04");
const QString kHostfilePath = QStringLiteral("/etc/mpi/hostfile");
const QString kDefaultVllmModel = QStringLiteral("Qwen/Qwen2.5-7B-Instruct");

// $NNODES etc. are expanded by the job's shell (bash -lc) on each node.
const QString kTorchrunCommand = QStringLiteral(
    "torchrun --nnodes=$NNODES --nproc_per_node=$NGPUS --node_rank=$NODE_RANK --master_addr=$MASTER_ADDR "
    "--master_port=$MASTER_PORT train.py");
// The primary node starts every rank over SSH; the other nodes wait until the primary is done.
const QString kMpiCommand
    = QStringLiteral("if [ \"$NODE_RANK\" = \"0\" ]; then\n"
                     "  mpirun --allow-run-as-root --hostfile $HOSTFILE -np $((NNODES * NGPUS)) -npernode $NGPUS "
                     "-x MASTER_ADDR -x PATH -x LD_LIBRARY_PATH python train.py\n"
                     "else\n"
                     "  sleep infinity\n"
                     "fi\n");
const QString kJupyterCommand
    = QStringLiteral("jupyter lab --ip=0.0.0.0 --port=8888 --ServerApp.token=$JUPYTER_TOKEN --no-browser");
const QString kVllmCommand = QStringLiteral("vllm serve $MODEL --port 8000");
const QString kDevPodCommand = QStringLiteral("sleep infinity");

const QString kVarMasterAddr = QStringLiteral("MASTER_ADDR");
const QString kVarMasterPort = QStringLiteral("MASTER_PORT");
const QString kVarNnodes = QStringLiteral("NNODES");
const QString kVarNodeRank = QStringLiteral("NODE_RANK");
const QString kVarNgpus = QStringLiteral("NGPUS");
const QString kVarNprocPerNode = QStringLiteral("NPROC_PER_NODE");
const QString kVarHostfile = QStringLiteral("HOSTFILE");
const QString kVarJupyterToken = QStringLiteral("JUPYTER_TOKEN");

qsizetype envIndex(const QList<JobSpec::EnvVar> &env, const QString &name)
{
    for (qsizetype i = 0; i < env.size(); ++i) {
        if (env[i].name == name)
            return i;
    }
    return -1;
}

void setEnv(QList<JobSpec::EnvVar> &env, const QString &name, const QString &value)
{
    const qsizetype i = envIndex(env, name);
    if (i >= 0)
        env[i].value = value;
    else
        env.append({ name, value });
}

void addPort(JobSpec &spec, int port)
{
    if (!spec.ports.contains(port))
        spec.ports.append(port);
}

void fillDistributed(JobSpec &spec, bool mpi)
{
    if (spec.image.isEmpty())
        spec.image = kPytorchImage;
    spec.gpuCount = std::max(spec.gpuCount, 1);
    spec.nodes = std::max(spec.nodes, 1);
    // Values for a single node; at launch nodeEnvironment() sets them for each node.
    setEnv(spec.env, kVarMasterAddr, QStringLiteral("127.0.0.1"));
    if (!mpi)
        setEnv(spec.env, kVarMasterPort, QString::number(JobTemplates::kMasterPort));
    setEnv(spec.env, kVarNnodes, QString::number(spec.nodes));
    setEnv(spec.env, kVarNodeRank, QStringLiteral("0"));
    setEnv(spec.env, kVarNgpus, QString::number(spec.gpuCount));
    if (mpi)
        setEnv(spec.env, kVarHostfile, kHostfilePath);
    else
        setEnv(spec.env, kVarNprocPerNode, QString::number(spec.gpuCount));
}

} // namespace

QList<JobTemplate> JobTemplates::all()
{
    QList<JobTemplate> list;
    list.append({ TorchrunId, tr("PyTorch distributed (torchrun)"),
        tr("Trains with torchrun on one or more nodes; MASTER_ADDR, MASTER_PORT, NNODES, NODE_RANK and "
           "NGPUS are set on every node."),
        false, kPytorchImage, kTorchrunCommand, [](JobSpec &spec) {
            spec.templateId = TorchrunId;
            spec.command = kTorchrunCommand;
            fillDistributed(spec, false);
        } });
    list.append({ MpiId, tr("MPI"),
        tr("Runs mpirun from the first node over every GPU of every node; HOSTFILE lists the nodes."), false,
        kPytorchImage, kMpiCommand, [](JobSpec &spec) {
            spec.templateId = MpiId;
            spec.command = kMpiCommand;
            fillDistributed(spec, true);
        } });
    list.append({ JupyterId, tr("Jupyter"), tr("JupyterLab on port 8888, protected by a random token (JUPYTER_TOKEN)."),
        true, kJupyterImage, kJupyterCommand, [](JobSpec &spec) {
            spec.templateId = JupyterId;
            if (spec.image.isEmpty())
                spec.image = kJupyterImage;
            spec.command = kJupyterCommand;
            // Re-applying the template keeps a token that is already there.
            const qsizetype i = envIndex(spec.env, kVarJupyterToken);
            if (i < 0 || spec.env[i].value.isEmpty())
                setEnv(spec.env, kVarJupyterToken, newToken());
            addPort(spec, kJupyterPort);
        } });
    list.append({ VllmId, tr("vLLM inference server"),
        tr("Serves the model named in MODEL with vLLM's OpenAI-compatible API on port 8000."), false, kVllmImage,
        kVllmCommand, [](JobSpec &spec) {
            spec.templateId = VllmId;
            if (spec.image.isEmpty())
                spec.image = kVllmImage;
            spec.command = kVllmCommand;
            if (envIndex(spec.env, QStringLiteral("MODEL")) < 0)
                setEnv(spec.env, QStringLiteral("MODEL"), kDefaultVllmModel);
            addPort(spec, kVllmPort);
        } });
    list.append({ DevPodId, tr("Dev pod"), tr("A pod that stays up (sleep infinity) so you can work in it over SSH."),
        true, kDevPodImage, kDevPodCommand, [](JobSpec &spec) {
            spec.templateId = DevPodId;
            if (spec.image.isEmpty())
                spec.image = kDevPodImage;
            spec.command = kDevPodCommand;
        } });
    return list;
}

std::optional<JobTemplate> JobTemplates::find(const QString &id)
{
    if (id.isEmpty())
        return std::nullopt;
    for (JobTemplate &t : all()) {
        if (t.id == id)
            return std::move(t);
    }
    return std::nullopt;
}

JobSpec JobTemplates::apply(const QString &id, JobSpec spec)
{
    const std::optional<JobTemplate> next = find(id);
    if (!next)
        return spec;
    if (const std::optional<JobTemplate> previous = find(spec.templateId); previous && previous->id != next->id) {
        // What the previous template would have put into this spec.
        JobSpec planted = spec;
        planted.env.clear();
        planted.ports.clear();
        planted.image.clear();
        previous->fill(planted);
        QList<JobSpec::EnvVar> kept;
        for (const JobSpec::EnvVar &var : std::as_const(spec.env)) {
            const qsizetype i = envIndex(planted.env, var.name);
            // The Jupyter token is random: a token of that name is the template's, whatever its value.
            const bool fromTemplate = i >= 0 && (planted.env[i].value == var.value || var.name == kVarJupyterToken);
            if (!fromTemplate)
                kept.append(var);
        }
        spec.env = kept;
        spec.ports.removeIf([&planted](int port) { return planted.ports.contains(port); });
        if (spec.image == previous->defaultImage)
            spec.image.clear();
    }
    next->fill(spec);
    return spec;
}

bool JobTemplates::isInteractive(const QString &templateId)
{
    return templateId == JupyterId || templateId == DevPodId;
}

QString JobTemplates::effectiveCommand(const JobSpec &spec)
{
    if (!spec.command.trimmed().isEmpty())
        return spec.command;
    if (isInteractive(spec.templateId)) {
        if (const auto t = find(spec.templateId))
            return t->defaultCommand;
    }
    return spec.command;
}

QString JobTemplates::newToken()
{
    std::array<quint32, 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes;
    for (quint32 w : words) {
        for (int shift = 0; shift < 32; shift += 8)
            bytes.append(char((w >> shift) & 0xff));
    }
    return QString::fromLatin1(bytes.toHex());
}

QList<JobSpec::EnvVar> JobTemplates::nodeEnvironment(const JobSpec &spec, int nodeRank, const QString &masterAddress)
{
    QList<JobSpec::EnvVar> env = spec.env;
    const bool distributedTemplate = spec.templateId == TorchrunId || spec.templateId == MpiId;
    if (!distributedTemplate && spec.nodes <= 1)
        return env;
    const int gpus = std::max(spec.gpuCount, 1);
    setEnv(env, kVarMasterAddr, masterAddress);
    if (spec.templateId != MpiId && envIndex(env, kVarMasterPort) < 0)
        setEnv(env, kVarMasterPort, QString::number(kMasterPort));
    setEnv(env, kVarNnodes, QString::number(std::max(spec.nodes, 1)));
    setEnv(env, kVarNodeRank, QString::number(nodeRank));
    setEnv(env, kVarNgpus, QString::number(gpus));
    if (spec.templateId != MpiId)
        setEnv(env, kVarNprocPerNode, QString::number(gpus));
    if (spec.templateId == MpiId && envIndex(env, kVarHostfile) < 0)
        setEnv(env, kVarHostfile, kHostfilePath);
    return env;
}

QString JobTemplates::hostfile(const QStringList &hosts, int slotsPerHost)
{
    QString out;
    for (const QString &host : hosts)
        out += host + QStringLiteral(" slots=") + QString::number(std::max(slotsPerHost, 1)) + u'\n';
    return out;
}

} // namespace gpudesk
