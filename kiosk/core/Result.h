#pragma once
// A small expected-like result type: std::expected arrives with C++23, and
// Debian 12's GCC 12 does not ship it. Used at every I/O and validation
// boundary so that failures are values, never aborts.
#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace kiosk {

template <class E>
struct Unexpected {
    E error;
};

template <class E>
Unexpected<E> fail(E error) {
    return Unexpected<E>{std::move(error)};
}

template <class T, class E>
class [[nodiscard]] Result {
public:
    Result(T value) : v_(std::in_place_index<0>, std::move(value)) {}
    Result(Unexpected<E> u) : v_(std::in_place_index<1>, std::move(u.error)) {}

    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<0>(v_);
    }
    const T& value() const& {
        assert(ok());
        return std::get<0>(v_);
    }
    T&& value() && {
        assert(ok());
        return std::get<0>(std::move(v_));
    }
    const E& error() const {
        assert(!ok());
        return std::get<1>(v_);
    }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

private:
    std::variant<T, E> v_;
};

// Result of an operation that yields nothing but may fail.
struct Done {};
template <class E>
using Status = Result<Done, E>;

}  // namespace kiosk
