# Tests registered by this area (see tests/CMakeLists.txt for gpudesk_add_test).
gpudesk_add_test(tst_report SOURCES tst_report.cpp LIBS gpudesk_app LABELS unit reports)
gpudesk_add_test(tst_reportexport SOURCES tst_reportexport.cpp LIBS gpudesk_app LABELS unit reports)
