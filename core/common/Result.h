#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace passgate {

// An error value: a machine-readable code for tests and logic, and a reason a person can read.
template<typename Code>
struct Error
{
    Code code;
    QString reason;
};

// Marks a value as the failure branch, so Result<T, E> stays unambiguous even when T and E convert.
template<typename E>
struct Failure
{
    E error;
};

template<typename E>
Failure<std::decay_t<E>> fail(E &&error)
{
    return {std::forward<E>(error)};
}

template<typename Code>
Failure<Error<Code>> fail(Code code, QString reason)
{
    return {Error<Code>{code, std::move(reason)}};
}

// A value or the reason there is none. Errors cross module boundaries as values, never as exceptions.
template<typename T, typename E>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    template<typename F>
    Result(Failure<F> failure)
        : m_state(std::in_place_index<1>, E(std::move(failure.error)))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

template<typename E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    template<typename F>
    Result(Failure<F> failure)
        : m_error(E(std::move(failure.error)))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace passgate
