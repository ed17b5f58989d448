# Tests registered by this area (see tests/CMakeLists.txt for gpudesk_add_test).
gpudesk_add_test(tst_ssh_knownhosts SOURCES tst_ssh_knownhosts.cpp LIBS gpudesk_app LABELS unit ssh)
# SshSession against a real OpenSSH sshd (tests/support/SshdFixture.h) and against the Sandbox's PodSshServer.
gpudesk_add_test(tst_ssh_session SOURCES tst_ssh_session.cpp LIBS gpudesk_app LABELS integration ssh)
gpudesk_add_test(tst_ssh_podserver SOURCES tst_ssh_podserver.cpp LIBS gpudesk_app LABELS integration ssh sandbox)
# gpudesk-cli exec over the same SSH code, against the real sshd.
gpudesk_add_test(tst_cli_exec SOURCES tst_cli_exec.cpp LIBS gpudesk_app LABELS integration ssh cli)
target_compile_definitions(tst_cli_exec PRIVATE GPUDESK_CLI_PATH="$<TARGET_FILE:gpudesk-cli>")
add_dependencies(tst_cli_exec gpudesk-cli)
# SFTP uploads and downloads of SshSession against the real sshd.
gpudesk_add_test(tst_sftp SOURCES tst_sftp.cpp LIBS gpudesk_app LABELS integration ssh)
# gpudesk-cli cp both ways, against the real sshd and a real Sandbox pod.
gpudesk_add_test(tst_cli_copy SOURCES tst_cli_copy.cpp LIBS gpudesk_app LABELS integration ssh cli sandbox)
target_compile_definitions(tst_cli_copy PRIVATE GPUDESK_CLI_PATH="$<TARGET_FILE:gpudesk-cli>"
    GPUDESK_SANDBOXD_PATH="$<TARGET_FILE:gpudesk-sandboxd>")
add_dependencies(tst_cli_copy gpudesk-cli gpudesk-sandboxd)
set_tests_properties(tst_cli_copy PROPERTIES TIMEOUT 600)
# Keyboard-interactive and password logins against a libssh-based server the test starts
# (tests/support/InteractiveSshServer.h): OpenSSH's sshd offers neither without PAM and root.
gpudesk_add_test(tst_ssh_interactive SOURCES tst_ssh_interactive.cpp LIBS gpudesk_app ssh LABELS integration ssh)
# Encrypted keys' passphrases kept in memory or in the secret store by the user's choice (real sshd).
gpudesk_add_test(tst_ssh_passphrases SOURCES tst_ssh_passphrases.cpp LIBS gpudesk_app LABELS integration ssh)
# A flood of shell output through SshSession + TerminalFeeder + TerminalScreen: Ctrl-C, flow control, reconnect.
gpudesk_add_test(tst_ssh_flood SOURCES tst_ssh_flood.cpp LIBS gpudesk_app LABELS integration ssh terminal)
