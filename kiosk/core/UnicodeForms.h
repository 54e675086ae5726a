#pragma once
// Code points and Unicode normalisation for the text rules in core (kana,
// variant kanji, addresses). Works on std::u32string so that ICU, which does
// the real work, stays out of every header.
#include <string>
#include <string_view>

namespace kiosk {

// Ill-formed sequences become U+FFFD: matching must not fail on bad bytes;
// input validation rejects them earlier (TextChecks.h).
std::u32string decodeUtf8(std::string_view utf8);
std::string encodeUtf8(std::u32string_view text);

// Unicode normalisation forms (UAX #15). NFKC folds width: ｶﾞ → ガ, ＡＢ１ → AB1.
std::u32string toNfc(std::u32string_view text);
std::u32string toNfkc(std::u32string_view text);

bool isWhiteSpace(char32_t c);  // includes U+3000 and tabs
bool isIdeograph(char32_t c);   // kanji, including 々 and 〇
// Hyphens, dashes, minus signs and the long-vowel mark: people type any of
// them for ー in kana and for the separator in 1-2-3.
bool isDashLike(char32_t c);

}  // namespace kiosk
