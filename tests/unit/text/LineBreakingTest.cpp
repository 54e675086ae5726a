#include <gtest/gtest.h>

#include "core/UnicodeForms.h"
#include "text/LineBreaking.h"

namespace {

using Lines = std::vector<std::string>;

// Every character one unit wide: the tests count characters, as a full-width
// Japanese line does.
double characters(std::string_view utf8) {
    return static_cast<double>(kiosk::decodeUtf8(utf8).size());
}

Lines lines(std::string_view text, double width) {
    return kiosk::breakLines(text, width, characters);
}

}  // namespace

TEST(LineBreaking, AFullStopNeverStartsALine) {
    // Cut by count, 「。」 would open the second line (「くださ／い。」 on the proof screen).
    EXPECT_EQ(lines("カードをおいてください。つぎへ", 11),
              (Lines{"カードをおいてくださ", "い。つぎへ"}));
    EXPECT_EQ(lines("あいうえおかきくけ。さしす", 9), (Lines{"あいうえおかきく", "け。さしす"}));
}

TEST(LineBreaking, ClosingBracketsAndCommasStayOnTheirLine) {
    EXPECT_EQ(lines("「資格確認書」をおもちですか", 6),
              (Lines{"「資格確認", "書」をおもち", "ですか"}));
    EXPECT_EQ(lines("あいうえおか、きく", 6), (Lines{"あいうえお", "か、きく"}));
}

TEST(LineBreaking, ASmallKanaStaysWithTheKanaBeforeIt) {
    EXPECT_EQ(lines("あいうえおかしゃしん", 7), (Lines{"あいうえおか", "しゃしん"}));
}

TEST(LineBreaking, EnglishBreaksBetweenWordsAndDropsTheSpace) {
    EXPECT_EQ(lines("Please place your card on the reader", 12),
              (Lines{"Please place", "your card on", "the reader"}));
}

TEST(LineBreaking, APieceWiderThanTheLineIsCutBetweenCharacters) {
    EXPECT_EQ(lines("1234567890123", 5), (Lines{"12345", "67890", "123"}));
}

TEST(LineBreaking, ANewlineAlwaysEndsALine) {
    EXPECT_EQ(lines("はい\nいいえ", 20), (Lines{"はい", "いいえ"}));
    EXPECT_EQ(lines("", 20), (Lines{""}));
}

TEST(LineBreaking, TextThatFitsIsOneLine) {
    EXPECT_EQ(lines("エラー: 番号の桁数がちがいます", 40),
              (Lines{"エラー: 番号の桁数がちがいます"}));
}
