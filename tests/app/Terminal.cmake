# Tests registered by this area (see tests/CMakeLists.txt for gpudesk_add_test).
gpudesk_add_test(tst_terminalscreen SOURCES tst_terminalscreen.cpp LIBS gpudesk_app LABELS unit terminal)
# TerminalFeeder: time-bounded slices per event-loop turn, ordering, consumed counts (no SSH).
gpudesk_add_test(tst_terminalfeeder SOURCES tst_terminalfeeder.cpp LIBS gpudesk_app LABELS unit terminal)
