# Tests of app/dispatch (placement across providers, failover, recovery).
gpudesk_add_test(tst_dispatch SOURCES tst_dispatch.cpp ${PROJECT_SOURCE_DIR}/tests/support/FakeProvider.h
                 LIBS gpudesk_app LABELS unit dispatch)
# End to end: gpudesk-cli + gpudesk-sandboxd on 127.0.0.1 (failover, preemption, recovery).
gpudesk_add_test(tst_dispatch_e2e SOURCES tst_dispatch_e2e.cpp DispatchE2EJob.h LIBS Qt6::Core LABELS integration sandbox dispatch)
target_compile_definitions(tst_dispatch_e2e PRIVATE GPUDESK_CLI_PATH="$<TARGET_FILE:gpudesk-cli>"
                                                    GPUDESK_SANDBOXD_PATH="$<TARGET_FILE:gpudesk-sandboxd>")
add_dependencies(tst_dispatch_e2e gpudesk-cli gpudesk-sandboxd)
set_tests_properties(tst_dispatch_e2e PROPERTIES TIMEOUT 600)
