gpudesk_add_test(tst_secrets SOURCES tst_secrets.cpp LIBS gpudesk_app LABELS unit secrets)
