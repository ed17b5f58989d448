# app/providers sources (registry, Sandbox): appended to GPUDESK_APP_SOURCES.
