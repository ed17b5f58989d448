# app/metrics sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES
    metrics/GpuReading.h
    metrics/NvidiaSmiParser.cpp metrics/NvidiaSmiParser.h
)
