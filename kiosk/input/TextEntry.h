#pragma once
// What the on-screen keyboards edit: text with a maximum length, typed in
// katakana (フリガナ), hiragana (readings to convert to kanji) or Latin
// letters (names as on a residence card), and each keyboard's key table.
#include <cstddef>
#include <string>
#include <vector>

#include "KeyGridFit.h"

namespace kiosk::input {

enum class KeyboardScript { Katakana, Hiragana, Latin };

struct TextKey {
    enum Kind { None, Character, Dakuten, Handakuten, Small, LongVowel, Space, Backspace };
    Kind kind = None;
    std::string glyph;  // the character typed (Character, LongVowel) or shown (゛ ゜)
};

struct TextEntry {
    std::string text;
    std::size_t maxChars = 0;  // code points, spaces included; 0 = no limit
    KeyboardScript script = KeyboardScript::Katakana;
};

// Applies one key. False when nothing changed: the text is full, a mark does
// not apply to the last character, ー or a space would come first or
// after a space, or there is nothing to delete. In kana the space is
// U+3000, the one separator between family and given name; in Latin an
// ASCII space, as on a residence card.
bool applyTextKey(TextEntry& entry, const TextKey& key);

using KeyboardLayout = KeyLayout<TextKey>;

// The 50音 keyboard: ア〜ン in ten columns of five (ア行 on the left), and
// the large function keys ゛ ゜ 小さい字 ー 空白 削除 either in three columns
// beside them (wide areas) or in a row below (narrow ones), whichever gives
// the larger keys (゛ ゜ then in the ワ column's empty cells). The Latin
// keyboard: QWERTY rows with - and ', then 空白 and 削除 as wide keys. The
// Latin keyboard has a row of digits on top (addresses, 記号), and so has
// the hiragana one where fingertip-sized keys leave the room; the katakana
// one (フリガナ) has none.
KeyboardLayout layOutKeyboard(KeyboardScript script, const KeyArea& area);

}  // namespace kiosk::input
