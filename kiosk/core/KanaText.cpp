#include "KanaText.h"

#include <unicode/utf8.h>

#include <optional>

#include "TextChecks.h"
#include "UnicodeForms.h"

namespace kiosk {

namespace {

constexpr char32_t kIdeographicSpace = U'\u3000';
constexpr char32_t kHiraganaToKatakana = U'ア' - U'あ';

// Dakuten and handakuten in their combining, spacing and half-width forms.
bool isVoicingMark(char32_t c) {
    return c == U'\u3099' || c == U'\u309A' || c == U'゛' || c == U'゜' || c == U'ﾞ' || c == U'ﾟ';
}

// NFKC turns the spacing ゛゜ into a space plus the combining mark; the space
// would then be removed and the mark left uncomposed. Use the combining mark
// from the start so that カ゛ composes to ガ like ｶﾞ does.
char32_t withCombiningVoicingMark(char32_t c) {
    if (c == U'゛') return U'\u3099';
    if (c == U'゜') return U'\u309A';
    return c;
}

bool isHiraganaWithKatakanaTwin(char32_t c) {
    return (c >= U'ぁ' && c <= U'ゖ') || c == U'ゝ' || c == U'ゞ';
}

std::u32string katakanaForm(std::u32string_view text) {
    std::u32string premapped(text);
    for (char32_t& c : premapped) c = withCombiningVoicingMark(c);
    std::u32string out;
    for (char32_t c : toNfkc(premapped)) {
        if (isWhiteSpace(c)) continue;
        if (isHiraganaWithKatakanaTwin(c)) {
            c += kHiraganaToKatakana;
        } else if (isDashLike(c)) {
            c = U'ー';
        }
        out.push_back(c);
    }
    // A removed space may have separated a kana from its voicing mark.
    return toNfc(out);
}

char32_t largeKana(char32_t c) {
    switch (c) {
        case U'ァ':
            return U'ア';
        case U'ィ':
            return U'イ';
        case U'ゥ':
            return U'ウ';
        case U'ェ':
            return U'エ';
        case U'ォ':
            return U'オ';
        case U'ッ':
            return U'ツ';
        case U'ャ':
            return U'ヤ';
        case U'ュ':
            return U'ユ';
        case U'ョ':
            return U'ヨ';
        case U'ヮ':
            return U'ワ';
        case U'ヵ':
            return U'カ';
        case U'ヶ':
            return U'ケ';
        // Obsolete kana still found in older registrations.
        case U'ヰ':
            return U'イ';
        case U'ヱ':
            return U'エ';
        case U'ヲ':
            return U'オ';
        default:
            return c;
    }
}

// The vowel that ends a large katakana's sound, 0 for ン, ー and non-kana.
char32_t vowelOf(char32_t c) {
    constexpr std::u32string_view kRows[] = {
        U"アカガサザタダナハバパマヤラワ", U"イキギシジチヂニヒビピミリ",
        U"ウクグスズツヅヌフブプムユルヴ", U"エケゲセゼテデネヘベペメレ",
        U"オコゴソゾトドノホボポモヨロ",
    };
    for (auto row : kRows) {
        if (row.find(c) != std::u32string_view::npos) return row.front();
    }
    return U'\0';
}

// True when `c` after a kana ending in `vowel` only lengthens it: its own
// vowel, ウ after an o sound (トウ), イ after an e sound (ケイ).
bool lengthens(char32_t vowel, char32_t c) {
    return vowel != U'\0' &&
           (c == vowel || (vowel == U'オ' && c == U'ウ') || (vowel == U'エ' && c == U'イ'));
}

// Katakana letters ァ..ヺ, ・, ー and the iteration marks ヽヾ.
bool isFuriganaCharacter(char32_t c) {
    return c >= U'ァ' && c <= U'ヾ';
}

std::string escapedByte(char byte) {
    constexpr std::string_view kHex = "0123456789ABCDEF";
    const auto value = static_cast<unsigned char>(byte);
    return std::string("\\x") + kHex[value >> 4] + kHex[value & 0xF];
}

std::string_view characterAt(std::string_view utf8, std::size_t offset) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    auto end = static_cast<int32_t>(offset);
    U8_FWD_1(bytes, end, static_cast<int32_t>(utf8.size()));
    return utf8.substr(offset, static_cast<std::size_t>(end) - offset);
}

KanaError kanaError(KanaError::Reason reason, std::string_view offending, std::size_t position) {
    return KanaError{reason, std::string(offending), position};
}

}  // namespace

std::string toKatakanaForm(std::string_view utf8) {
    return encodeUtf8(katakanaForm(decodeUtf8(utf8)));
}

std::string katakanaMatchKey(std::string_view utf8) {
    std::u32string key;
    for (char32_t c : katakanaForm(decodeUtf8(utf8))) {
        if (c != U'・') key.push_back(largeKana(c));
    }
    return encodeUtf8(key);
}

std::string kanaSpellingKey(std::string_view utf8) {
    std::u32string key;
    for (char32_t c : decodeUtf8(katakanaMatchKey(utf8))) {
        if (c == U'ヂ') c = U'ジ';
        if (c == U'ヅ') c = U'ズ';
        key.push_back(!key.empty() && lengthens(vowelOf(key.back()), c) ? U'ー' : c);
    }
    return encodeUtf8(key);
}

Result<std::string, KanaError> validateFurigana(std::string_view utf8, std::size_t maxChars) {
    if (auto at = findInvalidUtf8(utf8)) {
        return fail(kanaError(KanaError::InvalidUtf8, escapedByte(utf8[*at]), *at));
    }
    if (auto at = findControlCharacter(utf8)) {
        return fail(kanaError(KanaError::ControlCharacter, characterAt(utf8, *at), *at));
    }
    const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    std::u32string stored;
    bool separatorPending = false;
    std::optional<std::size_t> firstBeyondLimit;
    int32_t i = 0;
    while (i < length) {
        const int32_t start = i;
        UChar32 base = 0;
        U8_NEXT(bytes, i, length, base);
        const auto c = static_cast<char32_t>(base);
        if (isWhiteSpace(c)) {
            separatorPending = !stored.empty();
            continue;
        }
        // Voicing marks belong to the character before them: ｶﾞ is one character.
        while (i < length) {
            int32_t next = i;
            UChar32 mark = 0;
            U8_NEXT(bytes, next, length, mark);
            if (!isVoicingMark(static_cast<char32_t>(mark))) break;
            i = next;
        }
        const auto typed =
            utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
        const std::u32string form = katakanaForm(decodeUtf8(typed));
        if (form.size() != 1 || !isFuriganaCharacter(form[0])) {
            return fail(kanaError(KanaError::NotKatakana, typed, static_cast<std::size_t>(start)));
        }
        if (separatorPending) stored.push_back(kIdeographicSpace);
        separatorPending = false;
        stored.push_back(form[0]);
        if (!firstBeyondLimit && stored.size() > maxChars) {
            firstBeyondLimit = static_cast<std::size_t>(start);
        }
    }
    if (stored.empty()) return fail(kanaError(KanaError::Empty, "", 0));
    if (firstBeyondLimit) {
        return fail(kanaError(KanaError::TooLong, encodeUtf8(stored), *firstBeyondLimit));
    }
    return encodeUtf8(stored);
}

}  // namespace kiosk
