#pragma once
// 人名用漢字: the kanji allowed in given names besides the 常用漢字, including
// their 旧字体 (亞 惡 德 …). 105 of them lie outside JIS X 0208, so a kiosk
// that shows names needs this list as well. Taken from Unicode's Unihan
// database (see update-jinmeiyo-kanji.sh); all are in the BMP.
#include "CodePoints.h"

namespace kiosk {

const CodePoints& jinmeiyoKanji();

}  // namespace kiosk
