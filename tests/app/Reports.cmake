# Tests registered by this area (see tests/CMakeLists.txt for gpudesk_add_test).
gpudesk_add_test(tst_report SOURCES tst_report.cpp LIBS gpudesk_app LABELS unit reports)
gpudesk_add_test(tst_reportexport SOURCES tst_reportexport.cpp LIBS gpudesk_app LABELS unit reports)
# Runs the real gpudesk-cli (report, budget, idle, usage).
gpudesk_add_test(tst_cli_costs SOURCES tst_cli_costs.cpp LIBS gpudesk_app LABELS integration cli reports)
target_compile_definitions(tst_cli_costs PRIVATE GPUDESK_CLI_PATH="$<TARGET_FILE:gpudesk-cli>")
add_dependencies(tst_cli_costs gpudesk-cli)
