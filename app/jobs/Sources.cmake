# app/jobs sources (JobSpec validation, templates, YAML): appended to GPUDESK_APP_SOURCES.
list(APPEND GPUDESK_APP_SOURCES
    jobs/DstackImporter.cpp jobs/DstackImporter.h
    jobs/EditDistance.cpp jobs/EditDistance.h
    jobs/ImportSupport.cpp jobs/ImportSupport.h
    jobs/JobSpecValidator.cpp jobs/JobSpecValidator.h
    jobs/JobTemplates.cpp jobs/JobTemplates.h
    jobs/JobYaml.cpp jobs/JobYaml.h
    jobs/SkyPilotImporter.cpp jobs/SkyPilotImporter.h
    jobs/YamlNodeReader.cpp jobs/YamlNodeReader.h
)
