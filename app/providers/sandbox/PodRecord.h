#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace gpudesk {

// Everything gpudesk-sandboxd knows about one pod, as stored in DIR/sandbox/pods/<id>/pod.json.
// The file is rewritten atomically (QSaveFile) before every change of state takes effect, so a
// daemon killed at any moment finds either the old or the new state, and re-adopts from it.
struct PodRecord
{
    Q_DECLARE_TR_FUNCTIONS(PodRecord)

public:
    enum class State {
        Provisioning, // directory made, process not started yet
        Running,      // the job's process group runs
        Stopping,     // SIGTERM sent, waiting for the group to end
        Stopped,      // stopped by the user; `start` runs the command again
        Succeeded,    // the command exited 0
        Failed,       // the setup or command failed, or the pod's processes vanished
        Terminating,  // SIGKILL sent, waiting for the group to end
        Terminated,   // gone for good; only this record and the logs remain
        Preempted,    // taken back (`gpudesk-cli sandbox preempt`), as a cloud takes a spot instance: gone
    };

    // The simulated GPUs of the pod (what the nvidia-smi shim reports).
    struct Gpu
    {
        QString model;        // spec table model, "H100 SXM"; empty = CPU-only pod
        QString name;         // as nvidia-smi prints it: "NVIDIA H100 SXM (simulated)"
        int count = 0;
        int memoryMiB = 0;    // per GPU
        int powerLimitW = 0;  // per GPU (the spec's TDP)
        QString architecture;
        bool operator==(const Gpu &) const = default;
    };

    QString id;
    QString clientToken;
    QString name;
    QString project;
    QString instanceType;
    QString image;            // recorded, never pulled
    Gpu gpu;
    QString setup;
    QString command;
    QList<QPair<QString, QString>> env;
    QList<int> ports;
    QString authorizedKey;    // the one public key line accepted by the pod's SSH server
    QString identityFile;     // its private half where known (GPU Desk's own key, or the job's sshKey)

    State state = State::Provisioning;
    bool setupDone = false;
    int runCount = 0;         // how many times the command was started
    qint64 leaderPid = 0;     // the pod's main process; also its process group and session id
    quint64 leaderStartTicks = 0; // its start time (/proc/PID/stat field 22), to tell a reused PID
    std::optional<int> exitCode;
    QString message;          // last word on the pod (why it failed, …), translated
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime endedAt;
    int sshPort = 0;          // 0 = no SSH server running
    QString hostKeySha256;

    bool operator==(const PodRecord &) const = default;

    static QString stateKey(State s);
    static std::optional<State> stateFromKey(const QString &key);
    // True while the pod's processes should exist.
    bool isAlive() const { return state == State::Running || state == State::Stopping || state == State::Terminating; }

    QJsonObject toJson() const;
    static Result<PodRecord> fromJson(const QJsonObject &o);

    // Atomic write (QSaveFile) / read of pod.json.
    Result<void> save(const QString &path) const;
    static Result<PodRecord> load(const QString &path);
};

} // namespace gpudesk
