#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace slipway {

// The engine's single error style: every fallible call returns Result<T>.
// The kind decides how boundaries report it (CLI exit code, HTTP status, dialog).
// Busy: the database is locked by another process past the retry budget; worth retrying later.
enum class ErrorKind { Validation, NotFound, Forbidden, Conflict, Storage, Busy };

// `message` is English (the CLI, REST and logs show it). An error made from a template keeps the
// untranslated template (marked with QT_TRANSLATE_NOOP("Engine", …)) and its arguments, so that a view
// can show it in the user's language (models/errortext.h).
struct Error final {
    ErrorKind kind = ErrorKind::Storage;
    QString message;
    const char *source = nullptr; // the template, context "Engine"; null for a message without one
    QStringList arguments;        // its %1, %2, … in order

    static Error validation(QString m) { return {ErrorKind::Validation, std::move(m)}; }
    static Error notFound(QString m) { return {ErrorKind::NotFound, std::move(m)}; }
    static Error forbidden(QString m) { return {ErrorKind::Forbidden, std::move(m)}; }
    static Error conflict(QString m) { return {ErrorKind::Conflict, std::move(m)}; }
    static Error storage(QString m) { return {ErrorKind::Storage, std::move(m)}; }
    static Error busy(QString m) { return {ErrorKind::Busy, std::move(m)}; }

    static Error validation(const char *source, QStringList arguments = {}) {
        return fromTemplate(ErrorKind::Validation, source, std::move(arguments));
    }
    static Error notFound(const char *source, QStringList arguments = {}) {
        return fromTemplate(ErrorKind::NotFound, source, std::move(arguments));
    }
    static Error forbidden(const char *source, QStringList arguments = {}) {
        return fromTemplate(ErrorKind::Forbidden, source, std::move(arguments));
    }
    static Error conflict(const char *source, QStringList arguments = {}) {
        return fromTemplate(ErrorKind::Conflict, source, std::move(arguments));
    }
    static Error storage(const char *source, QStringList arguments = {}) {
        return fromTemplate(ErrorKind::Storage, source, std::move(arguments));
    }
    static Error busy(const char *source, QStringList arguments = {}) {
        return fromTemplate(ErrorKind::Busy, source, std::move(arguments));
    }

    // The template with %1…%99 replaced by the arguments in one pass (an argument's own "%2" stays as it is).
    static QString fill(const QString &pattern, const QStringList &arguments) {
        QString text;
        text.reserve(pattern.size());
        for (qsizetype i = 0; i < pattern.size(); ++i) {
            const QChar c = pattern.at(i);
            if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
                qsizetype end = i + 1;
                int number = 0;
                while (end < pattern.size() && pattern.at(end).isDigit() && end - i <= 2)
                    number = number * 10 + pattern.at(end++).digitValue();
                if (number >= 1 && number <= arguments.size()) {
                    text += arguments.at(number - 1);
                    i = end - 1;
                    continue;
                }
            }
            text += c;
        }
        return text;
    }

private:
    static Error fromTemplate(ErrorKind kind, const char *source, QStringList arguments) {
        Error error{kind, fill(QString::fromUtf8(source), arguments), source, std::move(arguments)};
        return error;
    }
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
