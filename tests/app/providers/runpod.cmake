# Tests of the runpod adapter. Prism: see lambda.cmake (the same cache entry; a no-op when set there).
set(GPUDESK_PRISM_PATH "${PROJECT_SOURCE_DIR}/tests/mock/node_modules/.bin/prism"
    CACHE FILEPATH "Stoplight Prism for the provider conformance tests")
gpudesk_add_test(tst_runpod_conformance
                 SOURCES tst_runpod_conformance.cpp ${PROJECT_SOURCE_DIR}/tests/support/PrismServer.h
                         ${PROJECT_SOURCE_DIR}/tests/support/ProviderTestSupport.h
                 LIBS gpudesk_app LABELS integration providers conformance)
target_compile_definitions(tst_runpod_conformance PRIVATE GPUDESK_PRISM_PATH="${GPUDESK_PRISM_PATH}")

gpudesk_add_test(tst_runpod_faults
                 SOURCES tst_runpod_faults.cpp ${PROJECT_SOURCE_DIR}/tests/support/FaultHttpServer.h
                         ${PROJECT_SOURCE_DIR}/tests/support/ProviderTestSupport.h
                 LIBS gpudesk_app LABELS integration providers)
