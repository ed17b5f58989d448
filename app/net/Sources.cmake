# app/net sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES
    net/HttpClient.cpp net/HttpClient.h)
