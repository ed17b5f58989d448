# app/providers/vast sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES providers/vast/VastProvider.cpp providers/vast/VastProvider.h)
