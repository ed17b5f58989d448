# Tests of app/jobs.
gpudesk_add_test(tst_jobspec SOURCES tst_jobspec.cpp LIBS gpudesk_app LABELS unit jobs)
gpudesk_add_test(tst_jobyaml SOURCES tst_jobyaml.cpp LIBS gpudesk_app LABELS unit jobs)
