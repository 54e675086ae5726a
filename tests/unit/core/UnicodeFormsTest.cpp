#include <gtest/gtest.h>

#include <string_view>

#include "core/UnicodeForms.h"

using kiosk::decodeUtf8;
using kiosk::encodeUtf8;

TEST(UnicodeForms, Utf8RoundTripsEveryPlane) {
    const std::string text = "A é 山 ｶ 𠮷 \U000E0100";
    EXPECT_EQ(decodeUtf8(text), U"A é 山 ｶ 𠮷 \U000E0100");
    EXPECT_EQ(encodeUtf8(decodeUtf8(text)), text);
}

TEST(UnicodeForms, IllFormedBytesBecomeReplacementCharacters) {
    EXPECT_EQ(decodeUtf8("a\xFF"
                         "b"),
              U"a\uFFFDb");
    EXPECT_EQ(decodeUtf8("\xE3\x82"), U"\uFFFD");
}

TEST(UnicodeForms, NfkcFoldsWidthAndNfcOnlyComposes) {
    EXPECT_EQ(kiosk::toNfkc(U"ｶﾞＡ１"), U"ガA1");
    EXPECT_EQ(kiosk::toNfc(U"ｶﾞＡ１"), U"ｶﾞＡ１");
    EXPECT_EQ(kiosk::toNfc(U"カ\u3099"), U"ガ");
    EXPECT_EQ(kiosk::toNfc(U"\uFA10"), U"塚");  // compatibility ideograph
}

TEST(UnicodeForms, ClassifiesSpacesKanjiAndDashes) {
    for (char32_t c : std::u32string_view(U" \t\u3000\u00A0")) EXPECT_TRUE(kiosk::isWhiteSpace(c));
    EXPECT_FALSE(kiosk::isWhiteSpace(U'ア'));
    for (char32_t c : std::u32string_view(U"山々〇𠮷")) EXPECT_TRUE(kiosk::isIdeograph(c));
    for (char32_t c : std::u32string_view(U"ヶのア1")) EXPECT_FALSE(kiosk::isIdeograph(c));
    for (char32_t c : std::u32string_view(U"-‐‑‒–—―−－ーｰ")) EXPECT_TRUE(kiosk::isDashLike(c));
    for (char32_t c : std::u32string_view(U"~〜_1")) EXPECT_FALSE(kiosk::isDashLike(c));
}
