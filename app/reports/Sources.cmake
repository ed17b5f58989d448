# app/reports sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES
    reports/Report.cpp reports/Report.h
    reports/ReportBuilder.cpp reports/ReportBuilder.h
    reports/ReportExporter.cpp reports/ReportExporter.h
)
