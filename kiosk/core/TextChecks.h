#pragma once
// Checks for text arriving from the keyboard, a scan or a card, before it is
// stored: bytes that are not UTF-8 and control characters are rejected at the
// boundary rather than carried into records, PDFs and exports.
#include <cstddef>
#include <optional>
#include <string_view>

namespace kiosk {

// Byte offset of the first ill-formed UTF-8 sequence (overlong forms,
// surrogates and code points above U+10FFFF included), or nullopt.
std::optional<std::size_t> findInvalidUtf8(std::string_view text);
// Byte offset of the first control character, or nullopt. Control means
// C0 (tab and line breaks included: every kiosk field is one line), DEL, C1,
// and the invisible format characters (Cf: bidi overrides, soft hyphen, BOM,
// zero-width joiners) and line/paragraph separators, which can make a stored
// name display differently from what staff see. Ill-formed sequences are
// skipped: findInvalidUtf8 reports those.
std::optional<std::size_t> findControlCharacter(std::string_view text);

inline bool isValidUtf8(std::string_view text) {
    return !findInvalidUtf8(text);
}
// A name written in Latin letters (a foreign resident's, as on the residence
// card): letters, and spaces, - ' . between them, nothing else.
bool isLatinName(std::string_view name);

inline bool hasControlCharacters(std::string_view text) {
    return findControlCharacter(text).has_value();
}

}  // namespace kiosk
