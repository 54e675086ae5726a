#include <gtest/gtest.h>

#include "core/KanaText.h"

namespace {

using kiosk::KanaError;

struct Conversion {
    const char* input;
    const char* expected;
};

TEST(KanaText, KatakanaFormFoldsWidthScriptSpacesAndLongVowels) {
    const Conversion cases[] = {
        {"ｷｮｳｺ", "キョウコ"},
        {"ｶﾞｯｺｳ ﾊﾟﾝ", "ガッコウパン"},  // half-width dakuten and handakuten compose
        {"ｳﾞｨ", "ヴィ"},
        {"きょうこ", "キョウコ"},
        {"ゞゝ", "ヾヽ"},
        {"か゛き゜", "ガキ゚"},  // spacing marks compose; キ゚ has no precomposed form
        {"か\u3099", "ガ"},
        {"ｶ ﾞ ｷ", "ガキ"},  // a dakuten read from its own cell of a paper form
        {"ヤマダ　タロウ", "ヤマダタロウ"},
        {" やまだ\tたろう ", "ヤマダタロウ"},
        {"ｺｰﾋｰ", "コーヒー"},
        {"コ-ヒ‐", "コーヒー"},
        {"コ−ヒ－", "コーヒー"},
        {"コ—ヒ―", "コーヒー"},
        {"ＡＢＣ１２３", "ABC123"},
        {"ヴ", "ヴ"},
    };
    for (const auto& c : cases) EXPECT_EQ(kiosk::toKatakanaForm(c.input), c.expected) << c.input;
}

TEST(KanaText, MatchKeyMakesSmallKanaLargeAndDropsObsoleteKana) {
    const Conversion cases[] = {
        {"ァィゥェォ", "アイウエオ"},
        {"ッャュョヮ", "ツヤユヨワ"},
        {"ヵヶ", "カケ"},
        {"ヰヱヲ", "イエオ"},
        {"ヴァ", "ヴア"},  // ヴ stays: it is not ブ
        {"ジョン・スミス", "ジヨンスミス"},
        {"ｷｮｳｺ", "キヨウコ"},
    };
    for (const auto& c : cases) EXPECT_EQ(kiosk::katakanaMatchKey(c.input), c.expected) << c.input;
}

TEST(KanaText, MatchKeyEquatesOldRegistrationsWithoutSmallKana) {
    EXPECT_EQ(kiosk::katakanaMatchKey("キヨウコ"), kiosk::katakanaMatchKey("ｷｮｳｺ"));
    EXPECT_EQ(kiosk::katakanaMatchKey("ハットリ"), kiosk::katakanaMatchKey("はつとり"));
    EXPECT_NE(kiosk::katakanaMatchKey("ヴィオラ"), kiosk::katakanaMatchKey("ビオラ"));
    EXPECT_NE(kiosk::katakanaMatchKey("サトウ"), kiosk::katakanaMatchKey("カトウ"));
}

TEST(KanaText, SpellingKeyFoldsLongVowelsAndYotsugana) {
    const Conversion cases[] = {
        {"サトー", "サトー"}, {"サトウ", "サトー"}, {"サトオ", "サトー"},     {"オオノ", "オーノ"},
        {"オウノ", "オーノ"}, {"ユウコ", "ユーコ"}, {"ケイコ", "ケーコ"},     {"ｷｮｳｺ", "キヨーコ"},
        {"ニイミ", "ニーミ"}, {"ツヅキ", "ツズキ"}, {"ちぢわ", "チジワ"},     {"カイ", "カイ"},
        {"アオイ", "アオイ"}, {"ハナヂ", "ハナジ"}, {"シンイチ", "シンイチ"},
    };
    for (const auto& c : cases) EXPECT_EQ(kiosk::kanaSpellingKey(c.input), c.expected) << c.input;
}

TEST(KanaText, FuriganaIsStoredWithOneFullWidthSpaceBetweenParts) {
    const Conversion cases[] = {
        {"やまだ たろう", "ヤマダ　タロウ"},
        {"  ﾔﾏﾀﾞ   ﾀﾛｳ ", "ヤマダ　タロウ"},
        {"ヤマダ　　タロウ", "ヤマダ　タロウ"},
        {"ヤマダタロウ", "ヤマダタロウ"},
        {"スミス・ジョン", "スミス・ジョン"},
        {"ｻﾄｳ ｷｮｰｺ", "サトウ　キョーコ"},
        {"ヤマダ", "ヤマダ"},  // exactly maxChars
    };
    for (const auto& c : cases) {
        const auto result = kiosk::validateFurigana(c.input, 10);
        ASSERT_TRUE(result.ok()) << c.input << " reason " << result.error().reason;
        EXPECT_EQ(*result, c.expected) << c.input;
    }
    EXPECT_TRUE(kiosk::validateFurigana("ヤマダ", 3).ok());
}

struct Rejection {
    const char* input;
    std::size_t maxChars;
    KanaError::Reason reason;
    const char* offending;
    std::size_t position;  // byte offset in input
};

TEST(KanaText, FuriganaRejectionsSayWhatAndWhere) {
    const Rejection cases[] = {
        {"", 10, KanaError::Empty, "", 0},
        {" 　 ", 10, KanaError::Empty, "", 0},
        {"ヤマダ太郎", 10, KanaError::NotKatakana, "太", 9},
        {"ﾔﾏﾀﾞX", 10, KanaError::NotKatakana, "X", 12},
        {"ヤマダ Ｔａｒｏ", 10, KanaError::NotKatakana, "Ｔ", 10},
        {"゛ア", 10, KanaError::NotKatakana, "゛", 0},  // a voicing mark with nothing to voice
        {"ヤマダ\tタロウ", 10, KanaError::ControlCharacter, "\t", 9},
        {"ヤ\u202Eマ", 10, KanaError::ControlCharacter, "\u202E", 3},
        {"ヤマ\xFF", 10, KanaError::InvalidUtf8, "\\xFF", 6},
        {"ヤマダタロウ", 5, KanaError::TooLong, "ヤマダタロウ", 15},
        // The separator counts: ウ is the 7th character of ヤマダ　タロウ.
        {"ヤマダ タロウ", 6, KanaError::TooLong, "ヤマダ　タロウ", 16},
    };
    for (const auto& c : cases) {
        const auto result = kiosk::validateFurigana(c.input, c.maxChars);
        ASSERT_FALSE(result.ok()) << c.input;
        EXPECT_EQ(result.error().reason, c.reason) << c.input;
        EXPECT_EQ(result.error().offending, c.offending) << c.input;
        EXPECT_EQ(result.error().position, c.position) << c.input;
    }
}

}  // namespace
