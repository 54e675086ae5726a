#pragma once
// Japanese addresses written in different notations: the card prints
// 「千代田区霞が関一丁目2番3号」, the patient writes 「霞ヶ関１－２－３」.
#include <string>
#include <string_view>

namespace kiosk {

// A key that is equal for two notations of the same address, for matching
// only. Width folded, spaces removed, variant kanji folded; block numbers
// (漢数字 before 丁目/番/号/条 → digits) written as 1-2-3 whichever of
// 丁目・番地・番・号・の・ハイフン・space separated them, a trailing 番地/番/号 dropped;
// ヶ/ケ/が/ガ and の/ノ between kanji folded (霞が関 ≡ 霞ヶ関); a leading
// prefecture removed (東京都千代田区 ≡ 千代田区). Building names and 号室 are kept.
std::string addressMatchKey(std::string_view utf8);

}  // namespace kiosk
