# app/jobs sources (JobSpec validation, templates, YAML): appended to GPUDESK_APP_SOURCES.
list(APPEND GPUDESK_APP_SOURCES
    jobs/EditDistance.cpp jobs/EditDistance.h
    jobs/JobSpecValidator.cpp jobs/JobSpecValidator.h
    jobs/JobTemplates.cpp jobs/JobTemplates.h
)
