# Tests registered by this area (see tests/CMakeLists.txt for gpudesk_add_test).
gpudesk_add_test(tst_ledger SOURCES tst_ledger.cpp LIBS gpudesk_app LABELS unit billing)
