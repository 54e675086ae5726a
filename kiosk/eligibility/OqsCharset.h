#pragma once
// The terminal's two character sets (CharacterCodeIdentifier 0 = UTF-8,
// 1 = Shift_JIS). Shift_JIS is read and written as Windows-31J, the code page
// the Windows-based terminals use: plain Shift_JIS lacks 髙, 﨑 and the other
// IBM extension kanji that appear in names.
#include <optional>
#include <string>
#include <string_view>

#include "EligibilityError.h"

namespace kiosk {

enum class OqsCharset { Utf8, ShiftJis };

// "0" → Utf8, "1" → ShiftJis; nullopt for anything else.
std::optional<OqsCharset> charsetFromIdentifier(std::string_view code);
std::string_view charsetIdentifier(OqsCharset charset);  // "0" / "1"
std::string_view charsetXmlName(OqsCharset charset);     // "UTF-8" / "Shift_JIS"

// Byte-exact conversions; an invalid or unrepresentable character is an
// Encoding error naming `what` (a file or field), never replaced silently.
EligibilityResultOr<std::string> decodeToUtf8(std::string_view bytes, OqsCharset from,
                                              std::string_view what);
EligibilityResultOr<std::string> encodeFromUtf8(std::string_view utf8, OqsCharset to,
                                                std::string_view what);

}  // namespace kiosk
