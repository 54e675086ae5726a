#include <gtest/gtest.h>

#include "eligibility/OqsCharset.h"

namespace kiosk {
namespace {

TEST(OqsCharsetTest, ShiftJisRoundTripKeepsIbmExtensionKanjiAndHalfWidthKana) {
    const std::string text = "髙橋 﨑 ﾀｶﾊｼ １丁目";
    auto sjis = encodeFromUtf8(text, OqsCharset::ShiftJis, "test");
    ASSERT_TRUE(sjis.ok()) << sjis.error().message;
    EXPECT_NE(*sjis, text);
    auto back = decodeToUtf8(*sjis, OqsCharset::ShiftJis, "test");
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, text);
}

TEST(OqsCharsetTest, UnrepresentableCharacterIsAnEncodingErrorNotASubstitute) {
    auto sjis = encodeFromUtf8("😀", OqsCharset::ShiftJis, "Name");
    ASSERT_FALSE(sjis.ok());
    EXPECT_EQ(sjis.error().reason, EligibilityError::Encoding);
    EXPECT_EQ(sjis.error().message.rfind("Name: ", 0), 0u);
}

TEST(OqsCharsetTest, InvalidBytesAreAnEncodingError) {
    EXPECT_FALSE(decodeToUtf8("\x81", OqsCharset::ShiftJis, "f").ok());
    EXPECT_FALSE(decodeToUtf8("\xC3\x28", OqsCharset::Utf8, "f").ok());
}

TEST(OqsCharsetTest, IdentifierCodesFollowTheTerminal) {
    EXPECT_EQ(charsetFromIdentifier("0"), OqsCharset::Utf8);
    EXPECT_EQ(charsetFromIdentifier("1"), OqsCharset::ShiftJis);
    EXPECT_EQ(charsetFromIdentifier("2"), std::nullopt);
    EXPECT_EQ(charsetIdentifier(OqsCharset::ShiftJis), "1");
}

}  // namespace
}  // namespace kiosk
