# app/secrets sources: appended to GPUDESK_APP_SOURCES (paths relative to app/).
list(APPEND GPUDESK_APP_SOURCES
    secrets/SecretStore.h
    secrets/MemorySecretStore.cpp secrets/MemorySecretStore.h
    secrets/KeychainSecretStore.cpp secrets/KeychainSecretStore.h
    secrets/ProviderKeys.cpp secrets/ProviderKeys.h)
