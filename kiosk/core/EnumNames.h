#pragma once
// Lookup between enumerators and their stable names. A name is written to
// files and database columns, so once released it never changes; the tables
// live next to each enum family (see RecordEnumNames.h).
#include <optional>
#include <string_view>

namespace kiosk {

// Specialise with `static constexpr std::pair<E, std::string_view> table[] = {...};`.
template <class E>
struct EnumNames;

template <class E>
std::string_view enumName(E value) {
    for (const auto& [e, name] : EnumNames<E>::table) {
        if (e == value) return name;
    }
    return {};
}

template <class E>
std::optional<E> enumFromName(std::string_view name) {
    for (const auto& [e, n] : EnumNames<E>::table) {
        if (n == name) return e;
    }
    return std::nullopt;
}

}  // namespace kiosk
