# app/metrics sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES
    metrics/GpuReading.h
    metrics/GpuSample.h
    metrics/IdleDetector.cpp metrics/IdleDetector.h
    metrics/IdleMonitor.cpp metrics/IdleMonitor.h
    metrics/IdlePolicy.h
    metrics/IdlePolicyRepository.cpp metrics/IdlePolicyRepository.h
    metrics/MetricPoint.h
    metrics/MetricStore.cpp metrics/MetricStore.h
    metrics/NvidiaSmiParser.cpp metrics/NvidiaSmiParser.h
    metrics/Sampler.cpp metrics/Sampler.h
)
