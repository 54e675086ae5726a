#pragma once
// 旧字体 and 異体字 in names and addresses (髙/高, 﨑/崎, 邊/邉/辺, 齋/斎, 齊/斉 …):
// the card, the terminal and the patient's hand each use a different one, and
// the 2023-07-04 cross-check must not call that a mismatch.
#include <span>
#include <string>
#include <string_view>

namespace kiosk {

struct VariantKanjiPair {
    char32_t variant;
    char32_t standard;  // the 常用漢字表 / 人名用漢字 form most systems print
};

// Every pair foldVariantKanji applies after NFC, sorted by variant.
std::span<const VariantKanjiPair> variantKanjiPairs();

// Folds for matching only (the record keeps what was written): NFC, which
// maps CJK compatibility ideographs (塚 U+FA10, 祐 U+FA4F …) to their unified
// form; removal of ideographic variation selectors (U+FE00–FE0F,
// U+E0100–E01EF); then the variant table. Everything else is unchanged.
std::string foldVariantKanji(std::string_view utf8);
std::u32string foldVariantKanji(std::u32string_view text);

}  // namespace kiosk
