#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace gpudesk {

// A failure a user can act on. `message` is complete, translated and says what to do;
// `detail` carries the technical cause (SQL error, HTTP body) for logs and "Details…".
struct Error
{
    enum class Kind {
        InvalidInput,   // the user (or a file) gave a value we cannot use
        NotFound,
        Io,             // file system, permissions
        Database,
        DataTooNew,     // written by a newer GPU Desk
        Corrupt,        // unreadable data that we refuse to touch
        Network,
        Auth,
        Provider,
        NoCapacity,     // the provider has no machine of that kind now (dispatch moves on)
        RateLimited,    // the provider asked us to slow down (429) and waiting did not help
        Internal,
    };

    Kind kind = Kind::Internal;
    QString message;
    QString detail;
    // Machine-readable cause where there is one: "http-401", or the provider's own code
    // ("instance-operations/launch/insufficient-capacity"). Never shown alone to a user.
    QString code;

    bool operator==(const Error &) const = default;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations with nothing to return.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Kind kind, QString message, QString detail = {})
{
    return Error{kind, std::move(message), std::move(detail), QString()};
}

} // namespace gpudesk
