#pragma once
// Kana as patients type it and as the qualification-check terminal sends it
// (half-width katakana), brought to one full-width katakana form.
#include <cstddef>
#include <string>
#include <string_view>

#include "Result.h"

namespace kiosk {

// Width folded (ｶﾞ → ガ, ＡＢ → AB), hiragana → katakana, every space removed,
// ｰ - ‐ − － and other dashes → ー. For comparing and storing kana; does not
// judge whether the text is kana at all (validateFurigana does).
std::string toKatakanaForm(std::string_view utf8);

// toKatakanaForm, then small kana → large (キョウコ ≡ キヨウコ), ヰヱヲ → イエオ and
// ・ removed: old registrations were often typed without small kana. For
// matching only, never for display or storage. ヴ is kept.
std::string katakanaMatchKey(std::string_view utf8);

// katakanaMatchKey with the spellings of one sound made one: a long vowel
// written ー or with a vowel (サトー ≡ サトウ ≡ サトオ, オーノ ≡ オオノ ≡ オウノ,
// ケーコ ≡ ケイコ), ヂ → ジ, ヅ → ズ. Names equal only under this key are a grey
// zone for staff to look at, never a match.
std::string kanaSpellingKey(std::string_view utf8);

struct KanaError {
    enum Reason { Empty, NotKatakana, TooLong, ControlCharacter, InvalidUtf8 };
    Reason reason;
    // NotKatakana / ControlCharacter: the character as typed; InvalidUtf8: the
    // bad byte as "\xNN"; TooLong: the whole normalised form; Empty: "".
    std::string offending;
    // Byte offset in the input where the problem starts (TooLong: of the first
    // character beyond the limit). Byte offsets are what ImGui's text callbacks use.
    std::size_t position;
};

// A フリガナ field: the stored form is toKatakanaForm of each part, with the
// parts (family, given, …) separated by exactly one U+3000 and no space at
// either end. Accepts hiragana, half- and full-width katakana, ー and its
// look-alikes, and ・ (foreign names). maxChars counts code points of the
// stored form, separators included, as the paper form's cells do.
Result<std::string, KanaError> validateFurigana(std::string_view utf8, std::size_t maxChars);

}  // namespace kiosk
