// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace borderlog {

// One broken rule of one field, as shown to the person who typed it.
struct FieldError
{
    QString field;
    QString rule;

    QString toString() const { return field + QStringLiteral(": ") + rule; }
    bool operator==(const FieldError &) const = default;
};

// Why a use case or repository call did not do what was asked.
struct Failure
{
    enum class Kind {
        Invalid,  // bad input: nothing was changed
        NotFound, // the incident or file asked for does not exist
        Refused,  // a rule forbids it (for instance a database newer than the program)
        Storage,  // the database or the disk failed
    };

    Kind kind = Kind::Storage;
    QString message;
    QList<FieldError> fields;
    // Another program held the database's write lock for longer than this one waited (a large import):
    // nothing was changed, and the same call can succeed once it is done.
    bool busy = false;

    static Failure invalid(QList<FieldError> fields)
    {
        QStringList lines;
        for (const auto &f : fields) {
            lines << f.toString();
        }
        return {Kind::Invalid, lines.join(QLatin1Char('\n')), std::move(fields)};
    }

    static Failure invalid(const QString &message) { return {Kind::Invalid, message, {}}; }
    static Failure notFound(const QString &message) { return {Kind::NotFound, message, {}}; }
    static Failure refused(const QString &message) { return {Kind::Refused, message, {}}; }
    static Failure storage(const QString &message) { return {Kind::Storage, message, {}}; }
    static Failure whileBusy(const QString &message) { return {Kind::Storage, message, {}, true}; }
};

// The value of a call that can fail, or the reason it failed. (std::expected is C++23.)
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Failure failure)
        : m_state(std::move(failure))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    T value_or(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Failure &failure() const { return std::get<Failure>(m_state); }
    QString message() const { return ok() ? QString() : failure().message; }

private:
    std::variant<T, Failure> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Failure failure)
        : m_failure(std::move(failure))
    {}

    bool ok() const { return !m_failure.has_value(); }
    explicit operator bool() const { return ok(); }
    const Failure &failure() const { return *m_failure; }
    QString message() const { return ok() ? QString() : m_failure->message; }

private:
    std::optional<Failure> m_failure;
};

} // namespace borderlog
