# app/providers/runpod sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
