#include "KanaComposition.h"

#include <string_view>

#include "core/UnicodeForms.h"

namespace kiosk::input {

namespace {

// Hiragana sit 0x60 code points below the matching katakana; the tables are
// written in katakana and the hiragana follow by that offset.
constexpr char32_t kKatakanaOffset = 0x60;
bool isHiragana(char32_t c) {
    return c >= U'ぁ' && c <= U'ゖ';
}

// Pairs of characters at the same index: the mark turns from[i] into to[i].
constexpr std::u32string_view kUnvoiced = U"カキクケコサシスセソタチツテトハヒフヘホウ";
constexpr std::u32string_view kVoiced = U"ガギグゲゴザジズゼゾダヂヅデドバビブベボヴ";
constexpr std::u32string_view kHaRow = U"ハヒフヘホ";
constexpr std::u32string_view kHaRowVoiced = U"バビブベボ";
constexpr std::u32string_view kHaRowSemiVoiced = U"パピプペポ";
constexpr std::u32string_view kLarge = U"アイウエオツヤユヨワ";
constexpr std::u32string_view kSmall = U"ァィゥェォッャュョヮ";

struct Swap {
    std::u32string_view from;
    std::u32string_view to;
};

// Applies the first swap whose `from` holds the last character.
bool swapLast(std::string& utf8, std::initializer_list<Swap> swaps) {
    std::u32string text = decodeUtf8(utf8);
    if (text.empty()) return false;
    char32_t& last = text.back();
    const bool hiragana = isHiragana(last);
    const char32_t katakana = hiragana ? last + kKatakanaOffset : last;
    for (const Swap& swap : swaps) {
        const auto at = swap.from.find(katakana);
        if (at == std::u32string_view::npos) continue;
        last = hiragana ? swap.to[at] - kKatakanaOffset : swap.to[at];
        utf8 = encodeUtf8(text);
        return true;
    }
    return false;
}

}  // namespace

bool addDakuten(std::string& utf8) {
    return swapLast(utf8,
                    {{kUnvoiced, kVoiced}, {kVoiced, kUnvoiced}, {kHaRowSemiVoiced, kHaRowVoiced}});
}

bool addHandakuten(std::string& utf8) {
    return swapLast(
        utf8,
        {{kHaRow, kHaRowSemiVoiced}, {kHaRowSemiVoiced, kHaRow}, {kHaRowVoiced, kHaRowSemiVoiced}});
}

bool toggleSmallKana(std::string& utf8) {
    return swapLast(utf8, {{kLarge, kSmall}, {kSmall, kLarge}});
}

}  // namespace kiosk::input
