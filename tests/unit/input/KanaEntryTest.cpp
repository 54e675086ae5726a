#include <gtest/gtest.h>

#include "input/KanaComposition.h"
#include "input/KanaEntry.h"

using kiosk::input::applyKanaKey;
using kiosk::input::KanaEntry;
using kiosk::input::KanaKey;
using kiosk::input::KanaScript;

namespace {

// The text after one tap of a mark key.
std::string after(bool (*mark)(std::string&), std::string text) {
    mark(text);
    return text;
}
constexpr auto dakuten = kiosk::input::addDakuten;
constexpr auto handakuten = kiosk::input::addHandakuten;
constexpr auto small = kiosk::input::toggleSmallKana;

KanaKey kana(const char* k) {
    return {KanaKey::Kana, k};
}

}  // namespace

TEST(KanaComposition, MarksChangeTheLastCharacter) {
    EXPECT_EQ(after(dakuten, "サカ"), "サガ");
    EXPECT_EQ(after(dakuten, "ウ"), "ヴ");
    EXPECT_EQ(after(dakuten, "ツ"), "ヅ");
    EXPECT_EQ(after(handakuten, "ハ"), "パ");
    EXPECT_EQ(after(small, "ツ"), "ッ");
    EXPECT_EQ(after(small, "キヨ"), "キョ");
    EXPECT_EQ(after(dakuten, "さと"), "さど");  // hiragana keep their script
    EXPECT_EQ(after(small, "や"), "ゃ");
}

TEST(KanaComposition, ASecondTapUndoesAndTheMarksReplaceEachOther) {
    EXPECT_EQ(after(dakuten, "ガ"), "カ");
    EXPECT_EQ(after(handakuten, "パ"), "ハ");
    EXPECT_EQ(after(small, "ッ"), "ツ");
    EXPECT_EQ(after(handakuten, "バ"), "パ");
    EXPECT_EQ(after(dakuten, "パ"), "バ");
}

TEST(KanaComposition, MarksThatDoNotApplyChangeNothing) {
    for (const char* text : {"", "ア", "ナ", "カ　", "ン"}) {
        std::string s = text;
        EXPECT_FALSE(kiosk::input::addDakuten(s)) << text;
        EXPECT_EQ(s, text);
    }
    for (const char* text : {"", "カ", "ン", "ア　"}) {
        std::string s = text;
        EXPECT_FALSE(kiosk::input::toggleSmallKana(s)) << text;
        EXPECT_EQ(s, text);
    }
    std::string ka = "カ";
    EXPECT_FALSE(kiosk::input::addHandakuten(ka));
    EXPECT_EQ(ka, "カ");
}

TEST(KanaEntry, TypesANameWithOneSpaceBetweenFamilyAndGivenName) {
    KanaEntry entry{"", 20, KanaScript::Katakana};
    for (const KanaKey& key : {kana("サ"), kana("イ"), kana("ト"), KanaKey{KanaKey::Dakuten, "゛"},
                               kana("ウ"), KanaKey{KanaKey::Space, ""}, KanaKey{KanaKey::Space, ""},
                               kana("ユ"), kana("ウ"), kana("コ")}) {
        applyKanaKey(entry, key);
    }
    EXPECT_EQ(entry.text, "サイドウ　ユウコ");
}

TEST(KanaEntry, SpaceAndLongVowelNeverStartTheTextOrFollowASpace) {
    KanaEntry entry{"", 10, KanaScript::Katakana};
    EXPECT_FALSE(applyKanaKey(entry, {KanaKey::Space, ""}));
    EXPECT_FALSE(applyKanaKey(entry, {KanaKey::LongVowel, "ー"}));
    applyKanaKey(entry, kana("ル"));
    EXPECT_TRUE(applyKanaKey(entry, {KanaKey::LongVowel, "ー"}));
    EXPECT_TRUE(applyKanaKey(entry, {KanaKey::Space, ""}));
    EXPECT_FALSE(applyKanaKey(entry, {KanaKey::LongVowel, "ー"}));
    EXPECT_EQ(entry.text, "ルー　");
}

TEST(KanaEntry, MaximumLengthCountsCharactersNotBytes) {
    KanaEntry entry{"アイ", 3, KanaScript::Katakana};
    EXPECT_TRUE(applyKanaKey(entry, kana("ウ")));
    EXPECT_FALSE(applyKanaKey(entry, kana("エ")));
    EXPECT_TRUE(applyKanaKey(entry, {KanaKey::Small, ""}));  // marks do not lengthen
    EXPECT_EQ(entry.text, "アイゥ");
    EXPECT_TRUE(applyKanaKey(entry, {KanaKey::Backspace, ""}));
    EXPECT_EQ(entry.text, "アイ");
}

TEST(KanaEntry, KeyTableHasTheWhole50OnInEitherScript) {
    std::string katakana;
    std::string hiragana;
    for (const auto& column : kiosk::input::kanaKeyColumns(KanaScript::Katakana)) {
        for (const auto& key : column) katakana += key.kind == KanaKey::Kana ? key.kana : "";
    }
    for (const auto& column : kiosk::input::kanaKeyColumns(KanaScript::Hiragana)) {
        for (const auto& key : column) hiragana += key.kind == KanaKey::Kana ? key.kana : "";
    }
    EXPECT_EQ(katakana,
              "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレ"
              "ロワヲン");
    EXPECT_EQ(hiragana,
              "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれ"
              "ろわをん");
}
