# Tests of the vast adapter: conformance against Vast's own spec served by Prism, and unit/fault
# tests on FaultHttpServer.
gpudesk_add_test(tst_vast_conformance
    SOURCES tst_vast_conformance.cpp ${PROJECT_SOURCE_DIR}/tests/support/PrismServer.h
            ${PROJECT_SOURCE_DIR}/tests/support/ProviderTestSupport.h
    LIBS gpudesk_app
    LABELS integration providers conformance vast)
gpudesk_add_test(tst_vast
    SOURCES tst_vast.cpp ${PROJECT_SOURCE_DIR}/tests/support/FaultHttpServer.h
            ${PROJECT_SOURCE_DIR}/tests/support/ProviderTestSupport.h
    LIBS gpudesk_app
    LABELS integration providers vast)
# The Prism cache entry (declared by lambda.cmake/runpod.cmake) when there is one; else PrismServer.h's
# default, the same tests/mock path.
if(GPUDESK_PRISM_PATH)
    target_compile_definitions(tst_vast_conformance PRIVATE GPUDESK_PRISM_PATH="${GPUDESK_PRISM_PATH}")
endif()
