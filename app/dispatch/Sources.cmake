# app/dispatch sources (placement across providers, failover, recovery): appended to GPUDESK_APP_SOURCES.
list(APPEND GPUDESK_APP_SOURCES
    dispatch/AttemptRepository.cpp dispatch/AttemptRepository.h
    dispatch/Dispatcher.cpp dispatch/Dispatcher.h
    dispatch/DispatcherRank.cpp
    dispatch/JobAttempt.cpp dispatch/JobAttempt.h
    dispatch/PlacementConstraints.cpp dispatch/PlacementConstraints.h
)
