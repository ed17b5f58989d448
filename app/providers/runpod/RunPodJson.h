#pragma once

#include "catalog/Offer.h"
#include "core/Result.h"
#include "jobs/JobSpec.h"
#include "providers/Provider.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace gpudesk {

// Reads and writes the bodies of RunPod's REST API v2 (api.runpod.io/v2, spec openapi-rest-v2.json).
// Defensive like every adapter: a field GPU Desk relies on that is missing or mistyped gives a
// Provider error naming it, never a crash or a half-filled value.
class RunPodJson
{
    Q_DECLARE_TR_FUNCTIONS(gpudesk::RunPodJson)

public:
    // Offers are per GPU (RunPod prices one GPU; a pod's rate is price × count), one per cloud tier.
    // The Community Cloud offer's instance type carries this suffix so launch picks that tier.
    static QString communitySuffix() { return QStringLiteral(" (community)"); }
    // The client token travels in the pod's environment (returned by GET) and at the end of its name.
    static QString tokenEnvName() { return QStringLiteral("GPUDESK_CLIENT_TOKEN"); }
    static QString podName(const QString &jobName, const QString &clientToken);

    // GET /v2/catalog/gpus: {"gpus": [GpuType…]}
    static Result<std::vector<Offer>> offers(const QJsonDocument &doc, const QDate &asOf);
    // POST /v2/pods body for a job (image, GPU type and count, cloud, env with the token, ports with 22/tcp).
    static Result<QJsonObject> createBody(const JobSpec &spec, const QString &clientToken);
    // GET /v2/pods: {"pods": [Pod…]}
    static Result<std::vector<Instance>> instances(const QJsonDocument &doc);
    // GET /v2/pods/{id}, POST /v2/pods (201), POST /v2/pods/{id}/action (200): Pod
    static Result<Instance> instance(const QJsonDocument &doc);
    // ssh.direct, else the runtime's public mapping of port 22; an error while the pod has neither.
    static Result<SshEndpoint> sshEndpoint(const QJsonDocument &doc);

    // GET/PUT /v2/account/ssh-keys: {"keys": ["ssh-ed25519 AAAA… comment", …]}
    static Result<QStringList> sshKeys(const QJsonDocument &doc);
    // Whether two authorized_keys lines name the same key (type and key, whatever the comments).
    static bool sameKey(const QString &a, const QString &b);

    static Instance::State state(const QString &status);
    // RunPod's prices are JSON numbers in dollars ("0.44"): read to whole micro-dollars, refusing
    // negatives and values that are not numbers.
    static std::optional<Money> dollars(const QJsonValue &value);
    // RunPod says "no capacity" only in prose (createPod's documentation): recognise its wordings.
    static bool meansNoCapacity(const QString &text);

    static Error unreadable(const QString &what);

private:
    static Result<Instance> parsePod(const QJsonValue &value);
};

} // namespace gpudesk
