#pragma once

#include "catalog/Offer.h"
#include "core/Result.h"
#include "providers/Provider.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace gpudesk {

// Reads the Lambda Cloud API's response bodies (openapi 1.8.3) into GPU Desk's values. Defensive:
// a missing or mistyped field the adapter relies on gives a Provider error naming the field, never
// a crash or a half-filled value; fields it only shows are read when present.
class LambdaJson
{
    Q_DECLARE_TR_FUNCTIONS(gpudesk::LambdaJson)

public:
    // Where the launch's client token travels: a tag (searchable, survives a rename) and the end of
    // the instance name ("<job name> gpudesk-<token>", at most 64 characters as Lambda requires).
    static QString tokenTagKey() { return QStringLiteral("gpudesk-token"); }
    static QString instanceName(const QString &jobName, const QString &clientToken);
    static QString tokenFromName(const QString &name);

    // GET /api/v1/instance-types: {"data": {"<name>": {"instance_type": …, "regions_with_capacity_available": […]}}}
    // One offer per type that has capacity somewhere, regions joined with ';'.
    static Result<std::vector<Offer>> offers(const QJsonDocument &doc, const QDate &asOf);
    // The regions where `instanceType` has capacity now (empty when none; error when unreadable).
    static Result<QStringList> regionsWithCapacity(const QJsonDocument &doc, const QString &instanceType);
    // GET /api/v1/instances: {"data": [Instance…]}
    static Result<std::vector<Instance>> instances(const QJsonDocument &doc);
    // GET /api/v1/instances/{id}: {"data": Instance}
    static Result<Instance> instance(const QJsonDocument &doc);
    // POST /api/v1/instance-operations/launch: {"data": {"instance_ids": ["…"]}}
    static Result<QString> launchedId(const QJsonDocument &doc);
    // GET /api/v1/ssh-keys: {"data": [{"id","name","public_key"}…]}; the names.
    static Result<QStringList> sshKeyNames(const QJsonDocument &doc);
    // POST /api/v1/ssh-keys: {"data": {"id","name",…}}; the id.
    static Result<QString> addedSshKeyId(const QJsonDocument &doc);
    // The public IPv4 of an instance document (GET /instances/{id}); empty while Lambda has none yet.
    static Result<QString> instanceIp(const QJsonDocument &doc);

    static Instance::State state(const QString &status);
    // "H100 (80 GB SXM5)" → model "H100 SXM", memory 80.
    static QString gpuModel(const QString &gpuDescription);
    static int gpuMemoryGb(const QString &gpuDescription);

    static Error unreadable(const QString &what);

private:
    static Result<Instance> parseInstance(const QJsonValue &value);
    static Result<QJsonObject> data(const QJsonDocument &doc);
};

} // namespace gpudesk
