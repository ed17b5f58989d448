# Tests of the lepton adapter: the hand-written stateful mock (tests/support/LeptonMock) stands in
# for the API, since DGX Cloud Lepton publishes no spec Prism could serve; faults from FaultHttpServer.
gpudesk_add_test(tst_lepton
    SOURCES tst_lepton.cpp ${PROJECT_SOURCE_DIR}/tests/support/LeptonMock.cpp ${PROJECT_SOURCE_DIR}/tests/support/LeptonMock.h
            ${PROJECT_SOURCE_DIR}/tests/support/ProviderTestSupport.h
    LIBS gpudesk_app
    LABELS integration providers lepton)
