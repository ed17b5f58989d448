# Tests registered by this area (see tests/CMakeLists.txt for gpudesk_add_test).
