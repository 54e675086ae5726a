#include "KanaEntry.h"

#include "KanaComposition.h"
#include "core/UnicodeForms.h"

namespace kiosk::input {

namespace {

constexpr char32_t kIdeographicSpace = U'\u3000';
constexpr char32_t kLongVowel = U'ー';

// The 50音 table in katakana, one string per column; '_' is an empty slot.
constexpr std::u32string_view kColumns[] = {
    U"アイウエオ", U"カキクケコ", U"サシスセソ", U"タチツテト", U"ナニヌネノ",
    U"ハヒフヘホ", U"マミムメモ", U"ヤ_ユ_ヨ",   U"ラリルレロ", U"ワヲンー_",
};

std::string kanaIn(char32_t katakana, KanaScript script) {
    // ー is the same in both scripts; other hiragana sit 0x60 below.
    const bool shift = script == KanaScript::Hiragana && katakana != kLongVowel;
    return encodeUtf8(std::u32string(1, shift ? katakana - 0x60 : katakana));
}

bool appendChar(KanaEntry& entry, std::u32string& text, char32_t c) {
    if (entry.maxChars != 0 && text.size() >= entry.maxChars) return false;
    text.push_back(c);
    entry.text = encodeUtf8(text);
    return true;
}

}  // namespace

bool applyKanaKey(KanaEntry& entry, const KanaKey& key) {
    std::u32string text = decodeUtf8(entry.text);
    const bool afterSpaceOrStart = text.empty() || text.back() == kIdeographicSpace;
    switch (key.kind) {
        case KanaKey::Kana: {
            const std::u32string kana = decodeUtf8(key.kana);
            return kana.size() == 1 && appendChar(entry, text, kana.front());
        }
        case KanaKey::LongVowel:
            return !afterSpaceOrStart && appendChar(entry, text, kLongVowel);
        case KanaKey::Space:
            return !afterSpaceOrStart && appendChar(entry, text, kIdeographicSpace);
        case KanaKey::Dakuten:
            return addDakuten(entry.text);
        case KanaKey::Handakuten:
            return addHandakuten(entry.text);
        case KanaKey::Small:
            return toggleSmallKana(entry.text);
        case KanaKey::Backspace:
            if (text.empty()) return false;
            text.pop_back();
            entry.text = encodeUtf8(text);
            return true;
        case KanaKey::None:
            return false;
    }
    return false;
}

std::vector<std::vector<KanaKey>> kanaKeyColumns(KanaScript script) {
    std::vector<std::vector<KanaKey>> columns;
    for (std::u32string_view column : kColumns) {
        auto& keys = columns.emplace_back();
        for (char32_t c : column) {
            if (c == U'_') {
                keys.push_back({});
            } else {
                keys.push_back(
                    {c == kLongVowel ? KanaKey::LongVowel : KanaKey::Kana, kanaIn(c, script)});
            }
        }
    }
    columns.push_back(
        {{KanaKey::Dakuten, "゛"}, {KanaKey::Handakuten, "゜"}, {KanaKey::Small, ""}});
    columns.push_back({{KanaKey::Space, ""}, {KanaKey::Backspace, ""}});
    return columns;
}

}  // namespace kiosk::input
