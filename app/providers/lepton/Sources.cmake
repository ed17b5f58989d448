# app/providers/lepton sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
