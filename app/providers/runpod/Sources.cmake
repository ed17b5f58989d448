# app/providers/runpod sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES
    providers/runpod/RunPodJson.cpp providers/runpod/RunPodJson.h
    providers/runpod/RunPodProvider.cpp providers/runpod/RunPodProvider.h)
