# app/providers/crusoe sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES providers/crusoe/CrusoeProvider.cpp providers/crusoe/CrusoeProvider.h)
