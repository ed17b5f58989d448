# app/jobs sources (JobSpec validation, templates, YAML): appended to GPUDESK_APP_SOURCES.
