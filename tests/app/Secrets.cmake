gpudesk_add_test(tst_secrets SOURCES tst_secrets.cpp LIBS gpudesk_app LABELS unit secrets)
# A real keychain: GNOME Keyring on a private D-Bus session, driven through gpudesk-cli.
find_program(DBUS_RUN_SESSION dbus-run-session)
gpudesk_add_test(tst_keys_e2e SOURCES tst_keys_e2e.cpp ${PROJECT_SOURCE_DIR}/tests/support/FaultHttpServer.h
                 LIBS Qt6::Network LABELS integration secrets
                 LAUNCHER $<$<BOOL:${DBUS_RUN_SESSION}>:${DBUS_RUN_SESSION}> $<$<BOOL:${DBUS_RUN_SESSION}>:-->)
target_compile_definitions(tst_keys_e2e PRIVATE GPUDESK_CLI_PATH="$<TARGET_FILE:gpudesk-cli>")
add_dependencies(tst_keys_e2e gpudesk-cli)
