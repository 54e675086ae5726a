#pragma once
// Japanese addresses written in different notations: the card prints
// 「千代田区霞が関一丁目2番3号」, the patient writes 「霞ヶ関１－２－３」.
#include <string>
#include <string_view>

namespace kiosk {

// An address in parts, each with its notation folded for matching only: width
// folded, spaces removed, variant kanji folded; block numbers (漢数字 before
// 丁目/番/号/条 → digits) written as 1-2-3 whichever of 丁目・番地・番・号・の・
// ハイフン・space separated them, a trailing 番地/番/号 dropped; ヶ/ケ/が/ガ and
// の/ノ between kanji folded (霞が関 ≡ 霞ヶ関); 大字 and 字 before a place name
// dropped (〇〇町大字△△ ≡ 〇〇町△△); 号室 after a trailing room number dropped
// (101号室 ≡ 101). Building names are kept.
struct AddressParts {
    std::string prefecture;  // 東京都, or "" when not written
    std::string county;      // 虻田郡, or "" when not written
    std::string rest;        // from the municipality on
};

AddressParts addressParts(std::string_view utf8);

// Two notations of one place. The prefecture and the 郡 are often left out,
// so each is compared only when both sides write it: 東京都府中市 ≡ 府中市, but
// 広島県府中市 ≢ 東京都府中市.
bool sameAddress(std::string_view left, std::string_view right);

}  // namespace kiosk
