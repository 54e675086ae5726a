#include <gtest/gtest.h>

#include <algorithm>

#include "input/VariantCandidates.h"

using kiosk::input::withVariantForms;

using Spellings = std::vector<std::string>;

TEST(VariantCandidates, EachVariantSpellingFollowsItsStandardForm) {
    // 高橋's own spellings (髙橋, 高槗) come before the next candidate.
    EXPECT_EQ(withVariantForms({"高橋", "高階"}),
              (Spellings{"高橋", "髙橋", "高槗", "高階", "髙階"}));
}

TEST(VariantCandidates, EveryCharacterWithVariantsGetsItsOwnSpellings) {
    const auto out = withVariantForms({"渡辺"});
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(out.front(), "渡辺");
    for (const char* spelling : {"渡邊", "渡邉"}) {
        EXPECT_NE(std::find(out.begin(), out.end(), spelling), out.end()) << spelling;
    }
}

TEST(VariantCandidates, SpellingsAlreadyOfferedAreNotRepeated) {
    EXPECT_EQ(withVariantForms({"斎藤", "齋藤"}), (Spellings{"斎藤", "齋藤"}));
}

TEST(VariantCandidates, VariantsTheKioskCannotDrawAreLeftOut) {
    // 𠮷 (U+20BB7) lies outside the 16-bit glyph ranges.
    EXPECT_EQ(withVariantForms({"吉田"}), (Spellings{"吉田"}));
}

TEST(VariantCandidates, KanaAndDigitsPassUnchanged) {
    EXPECT_EQ(withVariantForms({"たかはし", "12-34"}), (Spellings{"たかはし", "12-34"}));
}
