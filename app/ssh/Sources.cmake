# app/ssh sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES
    ssh/KnownHosts.cpp ssh/KnownHosts.h
    ssh/SftpTransfer.cpp ssh/SftpTransfer.h
    ssh/SshOptions.cpp ssh/SshOptions.h
    ssh/SshPassphrases.cpp ssh/SshPassphrases.h
    ssh/SshSession.cpp ssh/SshSession.h
    ssh/SshStallWatch.cpp ssh/SshStallWatch.h
    ssh/SshWorker.cpp ssh/SshWorker.h
)
