# app/providers/lepton sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES providers/lepton/LeptonProvider.cpp providers/lepton/LeptonProvider.h)
