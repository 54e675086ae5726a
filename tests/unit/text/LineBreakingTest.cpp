#include <gtest/gtest.h>

#include <string>

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

const char* const kNeverOpensALine[] = {"、", "。", "」", "）", "ー", "ゃ", "ゅ", "ょ", "っ", "ャ"};

// The rules every breaking keeps, whatever the phrases: nothing lost, no
// line wider than the width, none opening with a closing mark or small kana.
void expectReadable(const std::string& text, double width) {
    SCOPED_TRACE(text + " at " + std::to_string(width));
    std::string joined;
    for (const std::string& line : lines(text, width)) {
        EXPECT_LE(characters(line), width) << line;
        for (const char* mark : kNeverOpensALine) EXPECT_FALSE(line.starts_with(mark)) << line;
        joined += line;
    }
    EXPECT_EQ(joined, text);
}

}  // namespace

TEST(LineBreaking, AFullStopOrCommaNeverStartsALine) {
    // Cut by count, 「。」 would open the second line (「くださ／い。」 on the proof screen).
    for (double width = 3; width <= 12; ++width) {
        expectReadable("カードをおいてください。つぎへ", width);
        expectReadable("あいうえおかきくけ。さしす", width);
        expectReadable("元号を選んで、年・月・日を数字で入れてください。", width);
    }
}

TEST(LineBreaking, ClosingBracketsAndSmallKanaStayOnTheirLine) {
    for (double width = 3; width <= 10; ++width) {
        expectReadable("「資格確認書」をおもちですか", width);
        expectReadable("あいうえおか、きく", width);
        expectReadable("あいうえおかしゃしん", width);
        expectReadable("マイナンバーカードをリーダーにおいてください。", width);
    }
}

// Issue 10 item 8: lines end between phrases where one fits, not wherever
// the width runs out (「書かれ／ている」, 「くださ／い。」), and ICU's
// phrases are kept whole where its model cuts them (「くだ／さい」, 「元／号」).
TEST(LineBreaking, LinesBreakBetweenPhrasesWhereTheyFit) {
    EXPECT_EQ(lines("マイナンバーカードに書かれているとおりに入れてください。", 13),
              (Lines{"マイナンバーカードに", "書かれているとおりに", "入れてください。"}));
    EXPECT_EQ(lines("元号を選んで、年・月・日を数字で入れてください。", 12),
              (Lines{"元号を選んで、", "年・月・日を数字で", "入れてください。"}));
    // Found by the issue 10 review: 「をお／持ちですか」, 「4月／30日」, 「〇〇／市」.
    for (const std::string& line : lines("保険の名前や番号がわかるものをお持ちですか？", 12)) {
        EXPECT_FALSE(line.ends_with("お")) << line;
    }
    // Second review: 「番号がわ／かるものを」, 「です／か？」 in the review's
    // question column (ICU's 「わかる」 is a word of its own, not an ending).
    EXPECT_EQ(lines("保険の名前や番号がわかるものをお持ちですか？", 10),
              (Lines{"保険の名前や番号が", "わかる", "ものをお持ちですか？"}));
    // Third check: 「わかり／しだい」 split on the 説明書, 「10–／30%」 in English.
    for (double width = 7; width <= 12; width += 1) {
        for (const std::string& line : lines("番号がわかりしだい、お知らせください。", width)) {
            EXPECT_FALSE(line.ends_with("わかり")) << line << " at " << width;
        }
    }
    EXPECT_EQ(lines("負担は10–30%です。", 10), (Lines{"負担は", "10–30%です。"}));
    EXPECT_EQ(lines("平成は31年4月30日までです。", 14), (Lines{"平成は", "31年4月30日までです。"}));
    EXPECT_EQ(lines("（〇〇健康保険組合、〇〇市）。", 12),
              (Lines{"（〇〇健康保険組合、", "〇〇市）。"}));
    EXPECT_EQ(lines("ここで申立書に記入する", 6), (Lines{"ここで", "申立書に", "記入する"}));
    // A sentence's end ends its phrase: the next sentence may open a line.
    EXPECT_EQ(lines("いまはできません。あなたのせいです。", 10),
              (Lines{"いまはできません。", "あなたのせいです。"}));
}

TEST(LineBreaking, APhraseWiderThanTheLineBreaksBetweenItsCharacters) {
    // 「マイナンバーカードに」 is one phrase, wider than 6.
    const Lines broken = lines("マイナンバーカードに", 6);
    EXPECT_EQ(broken.size(), 2u);
    expectReadable("マイナンバーカードに", 6);
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
