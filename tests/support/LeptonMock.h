#pragma once

#include "FaultHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace gpudesk::test {

// A hand-written, stateful stand-in for DGX Cloud Lepton's workspace API, built from
// ../shared/provider-specs/lepton/API-NOTES.md (Lepton publishes no spec Prism could serve).
// Jobs and dev pods (deployments with is_pod) are created, listed, read, stopped and deleted;
// every request's headers (Bearer token, origin) and body shape are checked against the notes, and
// each departure is recorded in violations() and answered 400.
class LeptonMock
{
public:
    LeptonMock(QString workspace, QString token);

    bool listen();
    // The gateway root (the adapter's base URL) and the workspace's API root under it.
    QUrl gatewayUrl() const { return m_server.url(); }
    QString workspaceRoot() const;

    FaultHttpServer &server() { return m_server; }
    QStringList takeViolations();

    // Test steering: a job's or pod's status.state, and a pod's address once "Ready".
    void setJobState(const QString &jobId, const QString &state);
    void setPodReady(const QString &name, const QString &publicIp, int sshHostPort);

    QMap<QString, QJsonObject> jobs; // by id: the stored job (metadata, spec, status)
    QMap<QString, QJsonObject> pods; // by name
    QJsonArray shapes;
    QStringList nodeGroups { QStringLiteral("ng-h100") };
    // Shapes a node group lacks (by group), for `node_groups=` queries.
    QMap<QString, QStringList> missingShapes;
    QByteArray replicaLog = "step 1 loss 2.0\nstep 2 loss 1.5\n";
    // The next create succeeds but its answer is lost (the connection closes before a byte).
    bool loseNextCreateAnswer = false;
    int creates = 0; // jobs and pods actually created

private:
    HttpAnswer handle(const HttpCall &call);
    HttpAnswer jobs_(const HttpCall &call, const QStringList &rest);
    HttpAnswer pods_(const HttpCall &call, const QStringList &rest);
    HttpAnswer violation(const QString &what);
    bool checkCreateBody(const QJsonObject &body, bool pod);

    FaultHttpServer m_server;
    QString m_workspace;
    QString m_token;
    QStringList m_violations;
    int m_nextId = 1;
};

} // namespace gpudesk::test
