# Tests registered by this area (see tests/CMakeLists.txt for gpudesk_add_test).
gpudesk_add_test(tst_httpclient SOURCES tst_httpclient.cpp ${PROJECT_SOURCE_DIR}/tests/support/FaultHttpServer.h
                 LIBS gpudesk_app LABELS unit net)
