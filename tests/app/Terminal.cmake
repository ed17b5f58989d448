# Tests registered by this area (see tests/CMakeLists.txt for gpudesk_add_test).
gpudesk_add_test(tst_terminalscreen SOURCES tst_terminalscreen.cpp LIBS gpudesk_app LABELS unit terminal)
