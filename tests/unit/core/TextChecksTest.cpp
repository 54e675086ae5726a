#include <gtest/gtest.h>

#include <optional>

#include "core/TextChecks.h"

namespace {

struct Case {
    const char* text;
    std::optional<std::size_t> offset;
};

TEST(TextChecks, FindsTheFirstIllFormedUtf8Sequence) {
    const Case cases[] = {
        {"", std::nullopt},          {"Yamada 山田 ﾔﾏﾀﾞ 𠮷", std::nullopt}, {"\xFF", 0},
        {"ab\xC0\xAF", 2},            // overlong '/'
        {"\xED\xA0\x80", 0},          // UTF-16 surrogate
        {"\xF4\x90\x80\x80", 0},      // beyond U+10FFFF
        {"\xE3\x82\xA2\xE3\x82", 3},  // ア, then a truncated character
        {"\xE3\x82\xA2\x80", 3},      // stray continuation byte
    };
    for (const auto& c : cases) {
        EXPECT_EQ(kiosk::findInvalidUtf8(c.text), c.offset) << c.text;
        EXPECT_EQ(kiosk::isValidUtf8(c.text), !c.offset) << c.text;
    }
}

TEST(TextChecks, FindsTheFirstControlOrInvisibleFormatCharacter) {
    const Case cases[] = {
        {"山田　太郎 ﾔﾏﾀﾞ", std::nullopt},
        {"a\tb", 1},
        {"山\n", 3},
        {"\r", 0},
        {"\x7F", 0},       // DEL
        {"a\xC2\x85", 1},  // NEL (C1)
        {"a\u202Eb", 1},   // right-to-left override
        {"\u00AD", 0},     // soft hyphen
        {"\xFF\t", 1},     // ill-formed bytes are findInvalidUtf8's business
    };
    for (const auto& c : cases) {
        EXPECT_EQ(kiosk::findControlCharacter(c.text), c.offset) << c.text;
        EXPECT_EQ(kiosk::hasControlCharacters(c.text), c.offset.has_value()) << c.text;
    }
}

}  // namespace
