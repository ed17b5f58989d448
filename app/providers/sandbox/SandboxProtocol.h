#pragma once

#include "PodRecord.h"
#include "core/Result.h"
#include "jobs/JobSpec.h"
#include "providers/Provider.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace gpudesk {

// The control protocol between SandboxProvider and gpudesk-sandboxd: JSON lines over a local socket.
//
// Request:  {"id": N, "op": OP, …arguments}
// Response: {"id": N, "ok": true, "result": …}
//           {"id": N, "ok": false, "error": {"code": CODE, "message": TEXT, "detail": TEXT}}
//
//   ping                                   → {"version", "pid", "data_dir", "pods"}
//   launch {spec, client_token, public_key_path?, no_capacity?}  → pod (the same pod again for a known
//                                          token); no_capacity lists GPU models refused with "no-capacity"
//   instances                              → [pod, …] (terminated ones included)
//   instance {pod}                         → pod
//   stop {pod}     (answers once stopped)  → pod
//   start {pod}                            → pod
//   terminate {pod} (answers once gone)    → pod
//   preempt {pod}  (answers once gone)     → pod, state "preempted" (a demo of a spot instance taken back)
//   ssh {pod}                              → {"host", "port", "user", "host_key_sha256",
//                                             "host_public_key", "identity_file"}
//   logs {pod, max_bytes}                  → {"data": base64, "size": whole log size}
//   shutdown {terminate_pods?}             → {} and the daemon exits (pods live on unless asked)
//
// A pod is {"id", "name", "client_token", "state", "project", "instance_type", "image", "gpu_model",
// "gpu_name", "gpu_count", "exit_code", "message", "created_at", "started_at", "ended_at", "ssh_port",
// "pid"}. Error codes: bad-request, not-found, invalid-state, io, ssh-unavailable, internal.
// Messages are written by the daemon, in the language the client started it with.
class SandboxProtocol
{
    Q_DECLARE_TR_FUNCTIONS(SandboxProtocol)

public:
    static constexpr int kVersion = 1;

    static QJsonObject specToJson(const JobSpec &spec);
    static Result<JobSpec> specFromJson(const QJsonObject &o);

    static QJsonObject podView(const PodRecord &pod);
    // The provider's Instance for a pod view (price left to the caller).
    static Instance instanceFromView(const QJsonObject &view);
    static Instance::State instanceState(PodRecord::State s);

    static QJsonObject okResponse(qint64 id, const QJsonValue &result);
    static QJsonObject errorResponse(qint64 id, const QString &code, const QString &message,
                                     const QString &detail = {});
    static QString errorCode(Error::Kind kind);
    static Error::Kind errorKind(const QString &code);
};

} // namespace gpudesk
