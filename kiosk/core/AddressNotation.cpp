#include "AddressNotation.h"

#include <algorithm>

#include "UnicodeForms.h"
#include "VariantKanji.h"

namespace kiosk {

namespace {

constexpr std::u32string_view kPrefectures[] = {
    U"北海道", U"青森県", U"岩手県", U"宮城県", U"秋田県", U"山形県",   U"福島県", U"茨城県",
    U"栃木県", U"群馬県", U"埼玉県", U"千葉県", U"東京都", U"神奈川県", U"新潟県", U"富山県",
    U"石川県", U"福井県", U"山梨県", U"長野県", U"岐阜県", U"静岡県",   U"愛知県", U"三重県",
    U"滋賀県", U"京都府", U"大阪府", U"兵庫県", U"奈良県", U"和歌山県", U"鳥取県", U"島根県",
    U"岡山県", U"広島県", U"山口県", U"徳島県", U"香川県", U"愛媛県",   U"高知県", U"福岡県",
    U"佐賀県", U"長崎県", U"熊本県", U"大分県", U"宮崎県", U"鹿児島県", U"沖縄県",
};

// Longer 漢数字 runs are not block numbers (and would overflow).
constexpr std::size_t kMaxKanjiNumberLength = 6;

bool isDigit(char32_t c) {
    return c >= U'0' && c <= U'9';
}

int kanjiDigit(char32_t c) {
    constexpr std::u32string_view kDigits = U"〇一二三四五六七八九";
    const auto at = kDigits.find(c);
    return at == std::u32string_view::npos ? -1 : static_cast<int>(at);
}

int kanjiMultiplier(char32_t c) {
    switch (c) {
        case U'十':
            return 10;
        case U'百':
            return 100;
        case U'千':
            return 1000;
        default:
            return 0;
    }
}

bool isKanjiNumeral(char32_t c) {
    return kanjiDigit(c) >= 0 || kanjiMultiplier(c) > 0;
}

// 二十三 → 23, 百五 → 105, 三〇五 → 305 (digits written positionally).
int kanjiNumberValue(std::u32string_view run) {
    int total = 0;
    int digits = 0;
    bool haveDigits = false;
    for (char32_t c : run) {
        if (const int multiplier = kanjiMultiplier(c)) {
            total += (haveDigits ? digits : 1) * multiplier;
            digits = 0;
            haveDigits = false;
        } else {
            digits = digits * 10 + kanjiDigit(c);
            haveDigits = true;
        }
    }
    return total + digits;
}

bool startsWithAt(std::u32string_view text, std::size_t at, std::u32string_view prefix) {
    return text.substr(at).starts_with(prefix);
}

bool isNumberLink(char32_t c) {
    return c == U'の' || c == U'ノ' || isDashLike(c);
}

// Length of a block-number separator at `at`, 0 if there is none. 番 and 号
// inside names (三番町, 一番館, 101号室, 国道1号線) are not separators.
std::size_t separatorLengthAt(std::u32string_view text, std::size_t at) {
    if (startsWithAt(text, at, U"丁目") || startsWithAt(text, at, U"番地")) return 2;
    const char32_t c = text[at];
    const char32_t next = at + 1 < text.size() ? text[at + 1] : U'\0';
    if (c == U'番') return next == U'町' || next == U'館' ? 0 : 1;
    if (c == U'号')
        return std::u32string_view(U"室棟館線").find(next) == std::u32string_view::npos ? 1 : 0;
    return isNumberLink(c) || isWhiteSpace(c) ? 1 : 0;
}

// True when what starts at `end`, after a 漢数字 run, makes it a block number.
bool unitFollows(std::u32string_view text, std::size_t end) {
    if (end >= text.size()) return false;
    if (startsWithAt(text, end, U"丁目") || text[end] == U'番' || text[end] == U'号' ||
        text[end] == U'条') {
        return true;
    }
    return isNumberLink(text[end]) && end + 1 < text.size() &&
           (isDigit(text[end + 1]) || isKanjiNumeral(text[end + 1]));
}

// True when `text` ends in a number and separators, as 「3丁目」 before 「五番」
// or 「2番地の」 before 「三」.
bool endsAfterBlockNumber(std::u32string_view text) {
    const std::size_t length = text.size();
    while (!text.empty()) {
        if (text.ends_with(U"丁目") || text.ends_with(U"番地")) {
            text.remove_suffix(2);
        } else if (text.back() == U'番' || text.back() == U'号' || isNumberLink(text.back()) ||
                   isWhiteSpace(text.back())) {
            text.remove_suffix(1);
        } else {
            break;
        }
    }
    return text.size() < length && !text.empty() && isDigit(text.back());
}

// 一丁目二十三番 → 1丁目23番. Only in block-number position, so 千代田, 八丁堀 and
// 十日町 keep their kanji.
std::u32string withBlockNumbersInDigits(std::u32string_view text) {
    std::u32string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isKanjiNumeral(text[i])) {
            out.push_back(text[i++]);
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && isKanjiNumeral(text[end])) ++end;
        const auto run = text.substr(i, end - i);
        std::size_t next = end;  // spaces come from cell-by-cell recognition: 一 丁目
        while (next < text.size() && isWhiteSpace(text[next])) ++next;
        if (run.size() <= kMaxKanjiNumberLength &&
            (unitFollows(text, next) || endsAfterBlockNumber(out))) {
            out += decodeUtf8(std::to_string(kanjiNumberValue(run)));
        } else {
            out += run;
        }
        i = end;
    }
    return out;
}

// 1丁目2番地3号, 1丁目2番3号, 1の2の3, 1 - 2 - 3 → 1-2-3. Separators before a
// non-number are dropped, except 丁目 and の, which say something there.
std::u32string withHyphenatedBlockNumbers(std::u32string_view text) {
    std::u32string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!isDigit(text[i])) {
            out.push_back(text[i++]);
            continue;
        }
        while (i < text.size() && isDigit(text[i])) out.push_back(text[i++]);
        std::u32string kept;
        while (i < text.size()) {
            const std::size_t length = separatorLengthAt(text, i);
            if (length == 0) break;
            const auto separator = text.substr(i, length);
            if (separator == U"丁目" || separator == U"の" || separator == U"ノ") kept += separator;
            i += length;
        }
        if (i < text.size() && isDigit(text[i])) {
            out.push_back(U'-');
        } else {
            out += kept;
        }
    }
    return out;
}

// 霞が関 ≡ 霞ヶ関 ≡ 霞ケ関, 御茶ノ水 ≡ 御茶の水: the connecting kana between kanji.
std::u32string withConnectingKanaFolded(std::u32string text) {
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if (!isIdeograph(text[i - 1]) || !isIdeograph(text[i + 1])) continue;
        if (std::u32string_view(U"ヶケがガゖ").find(text[i]) != std::u32string_view::npos) {
            text[i] = U'ヶ';
        } else if (text[i] == U'ノ') {
            text[i] = U'の';
        }
    }
    return text;
}

std::u32string withoutWhiteSpace(std::u32string_view text) {
    std::u32string out;
    for (char32_t c : text) {
        if (!isWhiteSpace(c)) out.push_back(c);
    }
    return out;
}

std::u32string_view prefectureOf(std::u32string_view text) {
    for (auto prefecture : kPrefectures) {
        if (text.starts_with(prefecture)) return prefecture;
    }
    return {};
}

// 虻田郡 in 虻田郡倶知安町: up to four kanji without 区 or 町 (a county name
// may hold 市 or 村: 余市郡, 西村山郡), 郡, then a town or village. A 市 may end
// the town's name (余市郡余市町) but not come before it: 大和郡山市 is a city.
std::u32string_view countyOf(std::u32string_view text) {
    constexpr std::size_t kMaxCountyNameLength = 4;
    const auto end = text.find(U'郡');
    if (end == text.npos || end == 0 || end > kMaxCountyNameLength) return {};
    const auto name = text.substr(0, end);
    if (!std::ranges::all_of(name, isIdeograph) || name.find_first_of(U"区町") != name.npos) {
        return {};
    }
    const auto town = text.find_first_of(U"町村", end + 1);
    if (town == text.npos) return {};
    const auto townName = text.substr(end + 1, town - end - 1);
    const auto city = townName.find(U'市');
    if (townName.find(U'区') != townName.npos ||
        (city != townName.npos && city + 1 != townName.size())) {
        return {};
    }
    return text.substr(0, end + 1);
}

// 大字 always marks a place name; 字 does right after a municipality (那覇市字安里)
// and as the first 字 after a 大字 name (大字赤田字東), not inside one (十文字).
std::u32string withoutAzaMarkers(std::u32string_view text) {
    std::u32string out;
    bool inOaza = false;
    std::size_t i = 0;
    while (i < text.size()) {
        if (startsWithAt(text, i, U"大字")) {
            inOaza = true;
            i += 2;
            continue;
        }
        const char32_t c = text[i++];
        const bool afterMunicipality =
            !out.empty() &&
            std::u32string_view(U"市区町村").find(out.back()) != std::u32string_view::npos;
        if (c == U'字' && (inOaza || afterMunicipality)) {
            inOaza = false;
            continue;
        }
        if (isDigit(c)) inOaza = false;
        out.push_back(c);
    }
    return out;
}

// 101号室 at the end ≡ 101: the unit says nothing a room number doesn't.
std::u32string withoutTrailingRoomUnit(std::u32string text) {
    constexpr std::u32string_view kRoom = U"号室";
    if (text.ends_with(kRoom) && text.size() > kRoom.size() &&
        isDigit(text[text.size() - kRoom.size() - 1])) {
        text.resize(text.size() - kRoom.size());
    }
    return text;
}

bool agreeWhereBothWritten(const std::string& left, const std::string& right) {
    return left.empty() || right.empty() || left == right;
}

}  // namespace

AddressParts addressParts(std::string_view utf8) {
    const std::u32string folded = foldVariantKanji(toNfkc(decodeUtf8(utf8)));
    const std::u32string numbered = withHyphenatedBlockNumbers(withBlockNumbersInDigits(folded));
    // NFKC writes ゛ as a space and a combining mark: compose once the space is gone.
    const std::u32string key = withConnectingKanaFolded(toNfc(withoutWhiteSpace(numbered)));
    std::u32string_view rest = key;
    const auto prefecture = prefectureOf(rest);
    rest.remove_prefix(prefecture.size());
    const auto county = countyOf(rest);
    rest.remove_prefix(county.size());
    return AddressParts{encodeUtf8(prefecture), encodeUtf8(county),
                        encodeUtf8(withoutTrailingRoomUnit(withoutAzaMarkers(rest)))};
}

bool sameAddress(std::string_view left, std::string_view right) {
    const AddressParts a = addressParts(left), b = addressParts(right);
    return agreeWhereBothWritten(a.prefecture, b.prefecture) &&
           agreeWhereBothWritten(a.county, b.county) && a.rest == b.rest;
}

}  // namespace kiosk
