#pragma once

#include <QLoggingCategory>

namespace gpudesk {

// "gpudesk.sandbox.ssh": the pods' SSH servers. Never logs key material, commands or data.
Q_DECLARE_LOGGING_CATEGORY(lcPodSsh)

} // namespace gpudesk
