#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace slipway {

// The engine's single error style: every fallible call returns Result<T>.
// The kind decides how boundaries report it (CLI exit code, HTTP status, dialog).
enum class ErrorKind { Validation, NotFound, Forbidden, Conflict, Storage };

struct Error final {
    ErrorKind kind = ErrorKind::Storage;
    QString message;

    static Error validation(QString m) { return {ErrorKind::Validation, std::move(m)}; }
    static Error notFound(QString m) { return {ErrorKind::NotFound, std::move(m)}; }
    static Error forbidden(QString m) { return {ErrorKind::Forbidden, std::move(m)}; }
    static Error conflict(QString m) { return {ErrorKind::Conflict, std::move(m)}; }
    static Error storage(QString m) { return {ErrorKind::Storage, std::move(m)}; }
};

template <typename T>
class [[nodiscard]] Result final {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> final {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace slipway
