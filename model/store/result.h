#pragma once

#include <QString>

#include <utility>

namespace EdxLoader {

// Why an operation failed, for people (translated, naming the file, database or server).
struct Error
{
    QString message;
};

inline Error failure(QString message)
{
    return Error{std::move(message)};
}

// A value or the error of the call that was to produce it (docs/architecture.md: errors are
// values). Each call carries its own error, so two threads using one store never read each
// other's: there is no "last error" to share.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
        , m_ok(true)
    {
    }
    Result(Error error)
        : m_error(std::move(error.message))
    {
    }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error; }

    // The value; after a failure, T's empty value (0, an empty list, a null pointer): what a
    // caller that shows "nothing" on error needs, with error() saying why.
    // On a temporary, the value is moved out (returned by value, not by reference: a range-for
    // over store.databases().value() would otherwise iterate a destroyed result).
    const T &value() const & { return m_value; }
    T &value() & { return m_value; }
    T value() && { return std::move(m_value); }
    const T &operator*() const & { return m_value; }
    T &operator*() & { return m_value; }
    T operator*() && { return std::move(m_value); }
    const T *operator->() const { return &m_value; }
    T *operator->() { return &m_value; }

private:
    T m_value{};
    QString m_error;
    bool m_ok = false;
};

// Success or the error of a call that produces nothing.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error.message))
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

using Status = Result<void>;

} // namespace EdxLoader
