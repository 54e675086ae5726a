#include <gtest/gtest.h>

#include "input/KanaComposition.h"
#include "input/TextEntry.h"

using kiosk::input::applyTextKey;
using kiosk::input::KeyboardScript;
using kiosk::input::TextEntry;
using kiosk::input::TextKey;

namespace {

// The text after one tap of a mark key.
std::string after(bool (*mark)(std::string&), std::string text) {
    mark(text);
    return text;
}
constexpr auto dakuten = kiosk::input::addDakuten;
constexpr auto handakuten = kiosk::input::addHandakuten;
constexpr auto small = kiosk::input::toggleSmallKana;

TextKey kana(const char* k) {
    return {TextKey::Character, k};
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

TEST(TextEntry, TypesANameWithOneSpaceBetweenFamilyAndGivenName) {
    TextEntry entry{"", 20, KeyboardScript::Katakana};
    for (const TextKey& key : {kana("サ"), kana("イ"), kana("ト"), TextKey{TextKey::Dakuten, "゛"},
                               kana("ウ"), TextKey{TextKey::Space, ""}, TextKey{TextKey::Space, ""},
                               kana("ユ"), kana("ウ"), kana("コ")}) {
        applyTextKey(entry, key);
    }
    EXPECT_EQ(entry.text, "サイドウ　ユウコ");
}

TEST(TextEntry, SpaceAndLongVowelNeverStartTheTextOrFollowASpace) {
    TextEntry entry{"", 10, KeyboardScript::Katakana};
    EXPECT_FALSE(applyTextKey(entry, {TextKey::Space, ""}));
    EXPECT_FALSE(applyTextKey(entry, {TextKey::LongVowel, "ー"}));
    applyTextKey(entry, kana("ル"));
    EXPECT_TRUE(applyTextKey(entry, {TextKey::LongVowel, "ー"}));
    EXPECT_TRUE(applyTextKey(entry, {TextKey::Space, ""}));
    EXPECT_FALSE(applyTextKey(entry, {TextKey::LongVowel, "ー"}));
    EXPECT_EQ(entry.text, "ルー　");
}

TEST(TextEntry, MaximumLengthCountsCharactersNotBytes) {
    TextEntry entry{"アイ", 3, KeyboardScript::Katakana};
    EXPECT_TRUE(applyTextKey(entry, kana("ウ")));
    EXPECT_FALSE(applyTextKey(entry, kana("エ")));
    EXPECT_TRUE(applyTextKey(entry, {TextKey::Small, ""}));  // marks do not lengthen
    EXPECT_EQ(entry.text, "アイゥ");
    EXPECT_TRUE(applyTextKey(entry, {TextKey::Backspace, ""}));
    EXPECT_EQ(entry.text, "アイ");
}

TEST(TextEntry, LatinSpaceIsAnAsciiSpaceAndThereIsNoLongVowel) {
    TextEntry entry{"", 20, KeyboardScript::Latin};
    for (const TextKey& key : {kana("O"), kana("'"), kana("B"), TextKey{TextKey::LongVowel, "ー"},
                               TextKey{TextKey::Space, ""}, kana("A"), kana("N")}) {
        applyTextKey(entry, key);
    }
    EXPECT_EQ(entry.text, "O'B AN");
}
