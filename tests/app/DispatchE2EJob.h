#pragma once

// The job file of tst_dispatch_e2e (kept out of the Q_OBJECT source: moc and raw strings).

#include <QString>

inline QString dispatchE2EJob(const QString &marker)
{
    return QStringLiteral(R"(name: failover-demo
provider: auto
image: ubuntu:24.04
command: exec sleep 600 # %1
placement:
  gpus: [H100 SXM, A100 80GB SXM]   # the H100 first, whatever it costs
  providers: [sandbox]
  prefer: listed
recover: true
)")
        .arg(marker);
}
