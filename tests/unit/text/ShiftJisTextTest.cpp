// Exports for Japanese spreadsheets (issue 11 item 9): Shift_JIS as Windows
// writes it, so 髙 and ① survive; a character without a code is 〓, counted.
#include <gtest/gtest.h>

#include "text/ShiftJisText.h"

namespace kiosk {
namespace {

TEST(ShiftJisText, NamesAndDigitsHaveTheirWindowsCodes) {
    const auto text = toShiftJis("A1 渡辺 髙");
    ASSERT_TRUE(text) << text.error().message;
    EXPECT_EQ(text->bytes, std::string("A1 \x93\x6e\x95\xd3 \xfb\xfc"));
    EXPECT_EQ(text->substituted, 0);
}

TEST(ShiftJisText, ACharacterWithoutACodeIsGetaAndCounted) {
    const auto text = toShiftJis("𠮷野 😀");  // 𠮷 (U+20BB7) and an emoji: not in windows-31j
    ASSERT_TRUE(text);
    EXPECT_EQ(text->bytes, std::string("\x81\xac\x96\xec \x81\xac"));
    EXPECT_EQ(text->substituted, 2);
}

TEST(ShiftJisText, BytesThatAreNotUtf8AreRefused) {
    EXPECT_FALSE(toShiftJis(std::string("\xff\xfe", 2)));
}

}  // namespace
}  // namespace kiosk
