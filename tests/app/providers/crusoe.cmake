# Tests of the crusoe adapter: conformance against Crusoe's own Swagger spec served by Prism, and
# signature/unit/fault tests on FaultHttpServer.
gpudesk_add_test(tst_crusoe_conformance
    SOURCES tst_crusoe_conformance.cpp ${PROJECT_SOURCE_DIR}/tests/support/PrismServer.h
            ${PROJECT_SOURCE_DIR}/tests/support/ProviderTestSupport.h
    LIBS gpudesk_app
    LABELS integration providers conformance crusoe)
gpudesk_add_test(tst_crusoe
    SOURCES tst_crusoe.cpp ${PROJECT_SOURCE_DIR}/tests/support/FaultHttpServer.h
            ${PROJECT_SOURCE_DIR}/tests/support/ProviderTestSupport.h
    LIBS gpudesk_app
    LABELS integration providers crusoe)
# The Prism cache entry (declared by lambda.cmake/runpod.cmake) when there is one; else PrismServer.h's
# default, the same tests/mock path.
if(GPUDESK_PRISM_PATH)
    target_compile_definitions(tst_crusoe_conformance PRIVATE GPUDESK_PRISM_PATH="${GPUDESK_PRISM_PATH}")
endif()
