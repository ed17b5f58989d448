#pragma once

// An SSH server on 127.0.0.1 that logs users in only by keyboard-interactive (two rounds: a
// password, then a one-time code) or by password, built on libssh's server API. OpenSSH's sshd
// cannot stand in here: without PAM (which needs root and /etc/pam.d) it offers no
// keyboard-interactive device, and its password check needs a system account with a password.
// After login it runs every exec request as a fixed reply ("logged in as USER", exit status 0).
// Connections are served one at a time on the server's own thread.

#include <QByteArray>
#include <QString>

#include <libssh/libssh.h>
#include <libssh/server.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <mutex>
#include <thread>

class InteractiveSshServer
{
public:
    enum class Method { KeyboardInteractive, Password };

    struct Options
    {
        Method method = Method::KeyboardInteractive;
        QByteArray password = "correct horse";
        QByteArray code = "424242"; // the second keyboard-interactive round
    };

    explicit InteractiveSshServer(Options options) : m_options(std::move(options)) { }
    InteractiveSshServer(const InteractiveSshServer &) = delete;
    InteractiveSshServer &operator=(const InteractiveSshServer &) = delete;
    ~InteractiveSshServer() { stop(); }

    // Listens on a free port; empty on success, else why not.
    QString start()
    {
        ssh_key hostKey = nullptr;
        if (ssh_pki_generate(SSH_KEYTYPE_ED25519, 0, &hostKey) != SSH_OK)
            return QStringLiteral("ssh_pki_generate failed");
        // One bind for every connection; it owns the host key from here on.
        m_bind = ssh_bind_new();
        int verbosity = SSH_LOG_NOLOG;
        ssh_bind_options_set(m_bind, SSH_BIND_OPTIONS_LOG_VERBOSITY, &verbosity);
        if (ssh_bind_options_set(m_bind, SSH_BIND_OPTIONS_IMPORT_KEY, hostKey) != SSH_OK) {
            ssh_key_free(hostKey);
            return QStringLiteral("cannot give the server its host key");
        }
        m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
            || ::listen(m_listener, 8) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return QStringLiteral("cannot listen on 127.0.0.1");
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { serve(); });
        return {};
    }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_listener >= 0)
            ::close(m_listener);
        m_listener = -1;
        if (m_bind)
            ssh_bind_free(m_bind);
        m_bind = nullptr;
    }

    quint16 port() const { return m_port; }

    // What the last login attempts answered, in order (prompts' answers and passwords).
    QList<QByteArray> answers() const
    {
        std::lock_guard lock(m_mutex);
        return m_answers;
    }
    int logins() const { return m_logins.load(); }

private:
    void serve()
    {
        while (!m_stop) {
            pollfd pfd { m_listener, POLLIN, 0 };
            if (::poll(&pfd, 1, 100) <= 0)
                continue;
            const int fd = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0)
                serveOne(fd);
        }
    }

    void serveOne(int fd)
    {
        ssh_session session = ssh_new();
        if (ssh_bind_accept_fd(m_bind, session, fd) == SSH_OK && ssh_handle_key_exchange(session) == SSH_OK) {
            ssh_set_auth_methods(session,
                m_options.method == Method::Password ? SSH_AUTH_METHOD_PASSWORD : SSH_AUTH_METHOD_INTERACTIVE);
            // A generous poll timeout, so a client that vanishes does not hold the thread forever.
            long timeout = 10;
            ssh_options_set(session, SSH_OPTIONS_TIMEOUT, &timeout);
            if (authenticate(session))
                runCommands(session);
        }
        ssh_disconnect(session);
        ssh_free(session);
    }

    bool authenticate(ssh_session session)
    {
        int round = 0; // keyboard-interactive: 0 = not asked yet, 1 = password asked, 2 = code asked
        while (!m_stop) {
            ssh_message message = ssh_message_get(session);
            if (!message)
                return false;
            bool done = false;
            if (ssh_message_type(message) == SSH_REQUEST_AUTH && ssh_message_auth_user(message))
                m_user = ssh_message_auth_user(message);
            if (ssh_message_type(message) != SSH_REQUEST_AUTH) {
                ssh_message_reply_default(message);
            } else if (m_options.method == Method::Password
                && ssh_message_subtype(message) == SSH_AUTH_METHOD_PASSWORD) {
                // libssh marks the message API deprecated in favour of server callbacks, which have no
                // keyboard-interactive counterpart; one server style for both methods reads better.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
                const QByteArray password = ssh_message_auth_password(message);
#pragma GCC diagnostic pop
                record(password);
                done = password == m_options.password;
                if (done)
                    ssh_message_auth_reply_success(message, 0);
                else
                    replyDenied(message);
            } else if (m_options.method == Method::KeyboardInteractive
                && ssh_message_subtype(message) == SSH_AUTH_METHOD_INTERACTIVE) {
                if (!ssh_message_auth_kbdint_is_response(message)) {
                    round = 1;
                    ask(message, "Password: ", 0);
                } else {
                    const QByteArray answer = ssh_userauth_kbdint_getnanswers(session) == 1
                        ? QByteArray(ssh_userauth_kbdint_getanswer(session, 0))
                        : QByteArray();
                    record(answer);
                    if (round == 1 && answer == m_options.password) {
                        round = 2;
                        ask(message, "Verification code: ", 1);
                    } else if (round == 2 && answer == m_options.code) {
                        done = true;
                        ssh_message_auth_reply_success(message, 0);
                    } else {
                        round = 0;
                        replyDenied(message);
                    }
                }
            } else {
                replyDenied(message);
            }
            ssh_message_free(message);
            if (done) {
                ++m_logins;
                return true;
            }
        }
        return false;
    }

    void ask(ssh_message message, const char *prompt, char echo)
    {
        const char *prompts[] = { prompt };
        char echoes[] = { echo };
        ssh_message_auth_interactive_request(message, "GPU Desk test login", "Answer both rounds.", 1, prompts, echoes);
    }

    void replyDenied(ssh_message message)
    {
        ssh_message_auth_set_methods(message,
            m_options.method == Method::Password ? SSH_AUTH_METHOD_PASSWORD : SSH_AUTH_METHOD_INTERACTIVE);
        ssh_message_reply_default(message);
    }

    void record(const QByteArray &answer)
    {
        std::lock_guard lock(m_mutex);
        m_answers.append(answer);
    }

    // Session channels whose exec requests get "logged in as USER\n" and exit status 0.
    void runCommands(ssh_session session)
    {
        ssh_channel channel = nullptr;
        while (!m_stop) {
            ssh_message message = ssh_message_get(session);
            if (!message)
                break;
            const int type = ssh_message_type(message);
            const int subtype = ssh_message_subtype(message);
            if (type == SSH_REQUEST_CHANNEL_OPEN && subtype == SSH_CHANNEL_SESSION && !channel) {
                channel = ssh_message_channel_request_open_reply_accept(message);
            } else if (type == SSH_REQUEST_CHANNEL && subtype == SSH_CHANNEL_REQUEST_EXEC && channel) {
                ssh_message_channel_request_reply_success(message);
                const QByteArray out = "logged in as " + m_user + "\n";
                ssh_channel_write(channel, out.constData(), uint32_t(out.size()));
                ssh_channel_request_send_exit_status(channel, 0);
                ssh_channel_send_eof(channel);
                ssh_channel_close(channel);
                ssh_channel_free(channel);
                channel = nullptr;
            } else {
                ssh_message_reply_default(message);
            }
            ssh_message_free(message);
        }
        if (channel)
            ssh_channel_free(channel);
    }

    Options m_options;
    ssh_bind m_bind = nullptr;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop { false };
    std::atomic<int> m_logins { 0 };
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QList<QByteArray> m_answers;
    QByteArray m_user; // the server thread's own
};
