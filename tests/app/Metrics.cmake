# Tests registered by this area (see tests/CMakeLists.txt for gpudesk_add_test).
gpudesk_add_test(tst_nvidiasmi SOURCES tst_nvidiasmi.cpp LIBS gpudesk_app LABELS unit metrics)
gpudesk_add_test(tst_metricstore SOURCES tst_metricstore.cpp LIBS gpudesk_app LABELS unit metrics)
