#pragma once

#include "JobYaml.h"
#include <QCoreApplication>

namespace gpudesk {

// Reads a dstack run configuration (type: task, dev-environment or service;
// https://dstack.ai/docs/reference/dstack.yml/task/) into a JobSpec. What has no GPU Desk
// equivalent (files, repos, retry, python, ranges of GPUs, …) is listed in the warnings with its
// key and line.
class DstackImporter
{
    Q_DECLARE_TR_FUNCTIONS(DstackImporter)

public:
    static Result<JobYamlResult> import(const QString &text, const QString &fileName);
};

} // namespace gpudesk
