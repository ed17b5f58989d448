# Tests of the lambda adapter.
# Prism (tests/mock, `npm ci --prefix tests/mock`) serves ../shared/provider-specs for the
# conformance tests (tests/support/PrismServer.h); its path is fixed here at configure time.
set(GPUDESK_PRISM_PATH "${PROJECT_SOURCE_DIR}/tests/mock/node_modules/.bin/prism"
    CACHE FILEPATH "Stoplight Prism for the provider conformance tests")

gpudesk_add_test(tst_lambda_conformance
                 SOURCES tst_lambda_conformance.cpp ${PROJECT_SOURCE_DIR}/tests/support/PrismServer.h
                         ${PROJECT_SOURCE_DIR}/tests/support/ProviderTestSupport.h
                 LIBS gpudesk_app LABELS integration providers conformance)
target_compile_definitions(tst_lambda_conformance PRIVATE GPUDESK_PRISM_PATH="${GPUDESK_PRISM_PATH}")

gpudesk_add_test(tst_lambda_faults
                 SOURCES tst_lambda_faults.cpp ${PROJECT_SOURCE_DIR}/tests/support/FaultHttpServer.h
                         ${PROJECT_SOURCE_DIR}/tests/support/ProviderTestSupport.h
                 LIBS gpudesk_app LABELS integration providers)
