#pragma once
// Candidates for a person's name: a name is written in kanji (or katakana),
// rarely in kanji with hiragana after it, yet anthy ranks everyday phrases
// first (「たなか」 gave 田奈か and 棚か before 田中). For a name field the
// spellings without hiragana come first, each group in anthy's order; the
// kana itself stays one tap away (「かなのまま」).
#include <vector>

#include "KanaKanjiConverter.h"

namespace kiosk::input {

void putNameSpellingsFirst(std::vector<ConversionSegment>& segments);

}  // namespace kiosk::input
