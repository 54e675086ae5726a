#pragma once
// How the 50音 keyboard edits kana: ゛ ゜ and 小 change the character before
// them (カ+゛→ガ, ハ+゜→パ, ツ+小→ッ), each a toggle, in katakana and hiragana alike.
#include <string>

namespace kiosk::input {

// Each changes the last character of `utf8` in place and returns true, or
// returns false and leaves the text alone when the mark does not apply
// (ア+゛, an empty text). A second tap undoes the first (ガ+゛→カ), and ゛ and
// ゜ replace each other (バ+゜→パ).
bool addDakuten(std::string& utf8);
bool addHandakuten(std::string& utf8);
bool toggleSmallKana(std::string& utf8);

}  // namespace kiosk::input
