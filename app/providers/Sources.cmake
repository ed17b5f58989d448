# app/providers sources (registry, the cloud adapters' HttpProvider base, Sandbox): appended to GPUDESK_APP_SOURCES.
list(APPEND GPUDESK_APP_SOURCES
    providers/HttpProvider.cpp providers/HttpProvider.h
    providers/ProviderRegistry.cpp providers/ProviderRegistry.h
    providers/sandbox/PodProcesses.cpp providers/sandbox/PodProcesses.h
    providers/sandbox/PodRecord.cpp providers/sandbox/PodRecord.h
    providers/sandbox/PodSshHost.cpp providers/sandbox/PodSshHost.h
    providers/sandbox/SandboxClient.cpp providers/sandbox/SandboxClient.h
    providers/sandbox/SandboxDaemon.cpp providers/sandbox/SandboxDaemon.h
    providers/sandbox/SandboxPaths.cpp providers/sandbox/SandboxPaths.h
    providers/sandbox/SandboxPod.cpp providers/sandbox/SandboxPod.h
    providers/sandbox/SandboxProtocol.cpp providers/sandbox/SandboxProtocol.h
    providers/sandbox/SandboxProvider.cpp providers/sandbox/SandboxProvider.h
    providers/sandbox/SandboxSettings.cpp providers/sandbox/SandboxSettings.h
    providers/sandbox/SimulatedNvidiaSmi.cpp providers/sandbox/SimulatedNvidiaSmi.h
    providers/sandbox/SshKeys.cpp providers/sandbox/SshKeys.h)
# Where the build tree puts gpudesk-sandboxd (app/sandboxd/CMakeLists.txt): the fallback for
# programs not built next to it (the desktop app in build/ui).
set_property(SOURCE providers/sandbox/SandboxClient.cpp APPEND PROPERTY COMPILE_DEFINITIONS
    "GPUDESK_SANDBOXD_BUILD_PATH=\"${CMAKE_CURRENT_BINARY_DIR}/gpudesk-sandboxd\"")
# The pods' SSH server (libssh server API); its helpers are private to it.
list(APPEND GPUDESK_APP_SOURCES
    providers/sandbox/PodSshServer.cpp providers/sandbox/PodSshServer.h
    providers/sandbox/PodSshSession.cpp providers/sandbox/PodSshSession.h
    providers/sandbox/PodSshChild.cpp providers/sandbox/PodSshChild.h
    providers/sandbox/PodSshLog.h)
include(providers/lambda/Sources.cmake)
include(providers/runpod/Sources.cmake)
include(providers/vast/Sources.cmake)
include(providers/crusoe/Sources.cmake)
include(providers/lepton/Sources.cmake)
