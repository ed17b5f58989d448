#pragma once

#include "JobYaml.h"
#include <QCoreApplication>

namespace gpudesk {

// Reads a SkyPilot task YAML (https://docs.skypilot.co/en/latest/reference/yaml-spec.html) into a
// JobSpec. What has no GPU Desk equivalent (file_mounts, workdir, candidate lists, secrets, …) is
// listed in the warnings with its key and line.
class SkyPilotImporter
{
    Q_DECLARE_TR_FUNCTIONS(SkyPilotImporter)

public:
    static Result<JobYamlResult> import(const QString &text, const QString &fileName);

    // SkyPilot accelerator names as GPU Desk writes GPU models: "A100-80GB" → "A100 80GB",
    // "A100" → "A100 40GB" (SkyPilot's A100 is the 40 GB part), "H100" → "H100".
    static QString gpuModelFromAccelerator(const QString &accelerator);
};

} // namespace gpudesk
