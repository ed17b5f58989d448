# Tests registered by this area (see tests/CMakeLists.txt for gpudesk_add_test).
gpudesk_add_test(tst_ledger SOURCES tst_ledger.cpp LIBS gpudesk_app LABELS unit billing)
gpudesk_add_test(tst_budget SOURCES tst_budget.cpp LIBS gpudesk_app LABELS unit billing)
# Budgets and idle auto-stop on real Sandbox pods.
gpudesk_add_test(tst_costs_sandbox SOURCES tst_costs_sandbox.cpp LIBS gpudesk_app LABELS integration sandbox billing)
target_compile_definitions(tst_costs_sandbox PRIVATE GPUDESK_SANDBOXD_PATH="$<TARGET_FILE:gpudesk-sandboxd>")
add_dependencies(tst_costs_sandbox gpudesk-sandboxd)
