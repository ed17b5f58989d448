# Tests registered by this area (see tests/CMakeLists.txt for gpudesk_add_test).
gpudesk_add_test(tst_ssh_knownhosts SOURCES tst_ssh_knownhosts.cpp LIBS gpudesk_app LABELS unit ssh)
