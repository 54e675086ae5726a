#include "TextChecks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kiosk {

namespace {

// Offset of the first code point for which `reject` holds; ill-formed
// sequences reach `reject` as a negative value.
template <class Predicate>
std::optional<std::size_t> findCodePoint(std::string_view text, Predicate reject) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (reject(c)) return static_cast<std::size_t>(start);
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::size_t> findInvalidUtf8(std::string_view text) {
    return findCodePoint(text, [](UChar32 c) { return c < 0; });
}

std::optional<std::size_t> findControlCharacter(std::string_view text) {
    return findCodePoint(text, [](UChar32 c) { return c >= 0 && u_iscntrl(c); });
}

bool isLatinName(std::string_view name) {
    bool letter = false;
    for (char c : name) {
        const bool isLetter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!isLetter && c != ' ' && c != '-' && c != '\'' && c != '.') return false;
        letter = letter || isLetter;
    }
    return letter;
}

}  // namespace kiosk
