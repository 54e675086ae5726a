#include "TextEntry.h"

#include <string_view>

#include "KanaComposition.h"
#include "core/UnicodeForms.h"

namespace kiosk::input {

namespace {

constexpr char32_t kIdeographicSpace = U'\u3000';
constexpr char32_t kLongVowel = U'ー';

// The 50音 table in katakana, one string per column; '_' is an empty slot.
constexpr std::u32string_view kKanaColumns[] = {
    U"アイウエオ", U"カキクケコ", U"サシスセソ", U"タチツテト", U"ナニヌネノ",
    U"ハヒフヘホ", U"マミムメモ", U"ヤ_ユ_ヨ",   U"ラリルレロ", U"ワヲン__",
};
constexpr int kKanaRows = 5;

// QWERTY, the letters a residence-card holder types on a phone, with the
// hyphen and apostrophe of names such as SMITH-JONES and O'BRIEN.
constexpr std::string_view kLatinRows[] = {"QWERTYUIOP", "ASDFGHJKL-", "ZXCVBNM'"};
constexpr int kLatinColumns = 10;

// Addresses (1丁目2番), 記号 (髙1234) and company names hold digits; a
// フリガナ never does, so the katakana keyboard has no digit row.
constexpr std::string_view kDigitRow = "1234567890";

bool hasDigitRow(KeyboardScript script) {
    return script != KeyboardScript::Katakana;
}

std::string kanaIn(char32_t katakana, KeyboardScript script) {
    // Hiragana sit 0x60 below the katakana.
    const bool shift = script == KeyboardScript::Hiragana;
    return encodeUtf8(std::u32string(1, shift ? katakana - 0x60 : katakana));
}

bool appendChar(TextEntry& entry, std::u32string& text, char32_t c) {
    if (entry.maxChars != 0 && text.size() >= entry.maxChars) return false;
    text.push_back(c);
    entry.text = encodeUtf8(text);
    return true;
}

using PlacedKey = GridKey<TextKey>;

// The digits across the top row; the rest of the keyboard moves one row lower.
void addDigitRow(std::vector<PlacedKey>& keys) {
    for (std::size_t column = 0; column < kDigitRow.size(); ++column) {
        keys.push_back({{TextKey::Character, std::string(1, kDigitRow[column])},
                        {static_cast<int>(column), 0}});
    }
}

// `keys` moved `rows` rows down.
void shiftDown(std::vector<PlacedKey>& keys, int rows) {
    for (PlacedKey& key : keys) key.cell.row += rows;
}

bool isSpace(char32_t c) {
    return c == kIdeographicSpace || c == U' ';
}

std::vector<PlacedKey> kanaTable(KeyboardScript script) {
    std::vector<PlacedKey> keys;
    for (int column = 0; column < 10; ++column) {
        for (int row = 0; row < kKanaRows; ++row) {
            const char32_t c = kKanaColumns[column][static_cast<std::size_t>(row)];
            if (c != U'_') keys.push_back({{TextKey::Character, kanaIn(c, script)}, {column, row}});
        }
    }
    return keys;
}

// The function keys of the 50音 keyboard, from the grid cell where they start.
enum class FunctionKeys { Beside, Below };
std::vector<PlacedKey> kanaFunctionKeys(FunctionKeys where) {
    const TextKey dakuten{TextKey::Dakuten, "゛"};
    const TextKey handakuten{TextKey::Handakuten, "゜"};
    const TextKey small{TextKey::Small, ""};
    const TextKey longVowel{TextKey::LongVowel, "ー"};
    const TextKey space{TextKey::Space, ""};
    const TextKey backspace{TextKey::Backspace, ""};
    if (where == FunctionKeys::Beside) {
        // Three columns at 10 to 12: 小さい字 and 1字けす need three keys'
        // width in large text, where a key is little wider than a kana.
        return {{dakuten, {10, 0}},  {handakuten, {11, 0}}, {longVowel, {12, 0}},
                {small, {10, 1, 3}}, {space, {10, 2, 3}},   {backspace, {10, 3, 3}}};
    }
    // ゛ and ゜ in the わ column's two empty cells; the row below has the
    // room for labels a fingertip-sized key can carry (小さい字 over three).
    return {{dakuten, {9, 3}},   {handakuten, {9, 4}}, {small, {0, 5, 3}},
            {longVowel, {3, 5}}, {space, {4, 5, 2}},   {backspace, {6, 5, 4}}};
}

std::vector<PlacedKey> latinTable() {
    std::vector<PlacedKey> keys;
    for (int row = 0; row < 3; ++row) {
        const std::string_view letters = kLatinRows[row];
        for (std::size_t column = 0; column < letters.size(); ++column) {
            keys.push_back({{TextKey::Character, std::string(1, letters[column])},
                            {static_cast<int>(column), row}});
        }
    }
    keys.push_back({{TextKey::Space, ""}, {0, 3, 6}});
    keys.push_back({{TextKey::Backspace, ""}, {6, 3, 4}});
    return keys;
}

}  // namespace

bool applyTextKey(TextEntry& entry, const TextKey& key) {
    std::u32string text = decodeUtf8(entry.text);
    const bool afterSpaceOrStart = text.empty() || isSpace(text.back());
    const bool latin = entry.script == KeyboardScript::Latin;
    switch (key.kind) {
        case TextKey::Character: {
            const std::u32string glyph = decodeUtf8(key.glyph);
            return glyph.size() == 1 && appendChar(entry, text, glyph.front());
        }
        case TextKey::LongVowel:
            return !latin && !afterSpaceOrStart && appendChar(entry, text, kLongVowel);
        case TextKey::Space:
            return !afterSpaceOrStart && appendChar(entry, text, latin ? U' ' : kIdeographicSpace);
        case TextKey::Dakuten:
            return addDakuten(entry.text);
        case TextKey::Handakuten:
            return addHandakuten(entry.text);
        case TextKey::Small:
            return toggleSmallKana(entry.text);
        case TextKey::Backspace:
            if (text.empty()) return false;
            text.pop_back();
            entry.text = encodeUtf8(text);
            return true;
        case TextKey::None:
            return false;
    }
    return false;
}

namespace {

KeyboardLayout arrangeKeys(KeyboardScript script, const KeyArea& area, bool withDigitRow) {
    const int digitRows = withDigitRow ? 1 : 0;
    std::vector<PlacedKey> table;
    KeyGridFit grid;
    if (script == KeyboardScript::Latin) {
        table = latinTable();
        grid = KeyGridFit::into(kLatinColumns, 4 + digitRows, area);
    } else {
        const KeyGridFit beside = KeyGridFit::into(13, kKanaRows + digitRows, area);
        const KeyGridFit below = KeyGridFit::into(10, kKanaRows + 1 + digitRows, area);
        // The arrangement with fingertip-sized keys, and of two alike the
        // one whose keys are larger on their smaller side; a wide area puts
        // the function keys beside, a tall or narrow one below.
        const bool useBelow = below.fingertipSized(area) != beside.fingertipSized(area)
                                  ? below.fingertipSized(area)
                                  : below.smallerKeySide() > beside.smallerKeySide();
        table = kanaTable(script);
        for (PlacedKey& key :
             kanaFunctionKeys(useBelow ? FunctionKeys::Below : FunctionKeys::Beside)) {
            table.push_back(std::move(key));
        }
        grid = useBelow ? below : beside;
    }
    if (digitRows > 0) {
        shiftDown(table, digitRows);
        addDigitRow(table);
    }
    return placeKeys(table, grid);
}

}  // namespace

KeyboardLayout layOutKeyboard(KeyboardScript script, const KeyArea& area) {
    const KeyboardLayout withDigits = arrangeKeys(script, area, hasDigitRow(script));
    // Where fingertip-sized keys leave no room for the digits, they are on
    // the Latin keys (「ABC 123」) only.
    if (!hasDigitRow(script) || script == KeyboardScript::Latin ||
        withDigits.grid.fingertipSized(area)) {
        return withDigits;
    }
    return arrangeKeys(script, area, false);
}

}  // namespace kiosk::input
