#pragma once
// What the 50音 keyboard edits: kana text with a maximum length, and the
// keyboard's key table (ア〜ン in columns, then ゛ ゜ 小 and space, delete).
#include <cstddef>
#include <string>
#include <vector>

namespace kiosk::input {

enum class KanaScript { Katakana, Hiragana };

struct KanaKey {
    enum Kind { None, Kana, Dakuten, Handakuten, Small, LongVowel, Space, Backspace };
    Kind kind = None;  // None: an empty slot in the table
    std::string kana;  // the character typed (Kana, LongVowel) or shown (゛ ゜)
};

struct KanaEntry {
    std::string text;
    std::size_t maxChars = 0;  // code points, spaces included; 0 = no limit
    KanaScript script = KanaScript::Katakana;
};

// Applies one key. False when nothing changed: the text is full, a mark does
// not apply to the last character, ー or a space would come first or
// after a space, or there is nothing to delete. The space is U+3000, the one
// separator between family and given name.
bool applyKanaKey(KanaEntry& entry, const KanaKey& key);

// The keyboard as columns, each top to bottom: ア行 … ワ行 (ワ ヲ ン ー),
// then ゛ ゜ 小, then space and delete.
std::vector<std::vector<KanaKey>> kanaKeyColumns(KanaScript script);

}  // namespace kiosk::input
