# Tests of the Sandbox provider and gpudesk-sandboxd.
gpudesk_add_test(tst_podsshserver SOURCES tst_podsshserver.cpp LIBS gpudesk_app LABELS integration sandbox)
gpudesk_add_test(tst_sandboxnvidiasmi SOURCES tst_sandboxnvidiasmi.cpp LIBS gpudesk_app LABELS unit sandbox)
gpudesk_add_test(tst_sandboxrecords SOURCES tst_sandboxrecords.cpp LIBS gpudesk_app LABELS unit sandbox)
# Real processes: gpudesk-sandboxd, pods, OpenSSH's ssh; 127.0.0.1 only.
gpudesk_add_test(tst_sandboxdaemon SOURCES tst_sandboxdaemon.cpp LIBS gpudesk_app LABELS integration sandbox)
target_compile_definitions(tst_sandboxdaemon PRIVATE GPUDESK_SANDBOXD_PATH="$<TARGET_FILE:gpudesk-sandboxd>")
add_dependencies(tst_sandboxdaemon gpudesk-sandboxd)
set_tests_properties(tst_sandboxdaemon PROPERTIES TIMEOUT 900)
# Utilization over GPU Desk's own SSH connection to a real Sandbox pod (JobConnections + Sampler).
gpudesk_add_test(tst_sampler_sandbox SOURCES tst_sampler_sandbox.cpp LIBS gpudesk_app LABELS integration sandbox metrics)
target_compile_definitions(tst_sampler_sandbox PRIVATE GPUDESK_SANDBOXD_PATH="$<TARGET_FILE:gpudesk-sandboxd>")
add_dependencies(tst_sampler_sandbox gpudesk-sandboxd)
