#include <gtest/gtest.h>

#include "input/KanjiComposition.h"

using kiosk::input::ConversionSegment;
using kiosk::input::KanjiComposition;
using kiosk::input::TextKey;

namespace {

void type(KanjiComposition& composition, std::initializer_list<const char*> kana) {
    for (const char* k : kana) composition.applyKey({TextKey::Character, k});
}

}  // namespace

TEST(KanjiComposition, ChoosingCandidatesSegmentBySegmentBuildsTheText) {
    KanjiComposition composition(20);
    type(composition, {"と", "う", "き", "よ"});
    composition.applyKey({TextKey::Small, ""});
    EXPECT_EQ(composition.reading(), "とうきょ");
    composition.startConversion({{"とうきょ", {"東京", "等距"}}, {"う", {"ウ"}}});
    ASSERT_TRUE(composition.converting());
    EXPECT_TRUE(composition.choose(0));
    EXPECT_EQ(composition.currentSegment().reading, "う");
    EXPECT_TRUE(composition.keepKana());
    EXPECT_FALSE(composition.converting());
    EXPECT_EQ(composition.text(), "東京う");
    EXPECT_EQ(composition.reading(), "");
}

// Issue 10 review: keys tapped while candidates showed did nothing, and an
// older patient pressing them was stuck. A key keeps the rest as kana, then
// types; delete goes back to the reading.
TEST(KanjiComposition, AKeyWhileConvertingKeepsTheRestAsKanaThenTypes) {
    KanjiComposition composition(20);
    type(composition, {"や", "ま", "だ"});
    composition.startConversion({{"やま", {"山"}}, {"だ", {"田"}}});
    ASSERT_TRUE(composition.choose(0));  // 山, then a key instead of a choice for だ
    EXPECT_TRUE(composition.applyKey({TextKey::Character, "は"}));
    EXPECT_FALSE(composition.converting());
    EXPECT_EQ(composition.text(), "山だ");
    EXPECT_EQ(composition.reading(), "は");
    EXPECT_EQ(composition.readingOfText(), "やまだ");
}

TEST(KanjiComposition, DeleteWhileConvertingGoesBackToTheReading) {
    KanjiComposition composition(20);
    type(composition, {"た", "な", "か"});
    composition.startConversion({{"たなか", {"田奈か", "田中"}}});
    EXPECT_TRUE(composition.applyKey({TextKey::Backspace, ""}));
    EXPECT_FALSE(composition.converting());
    EXPECT_EQ(composition.text(), "");
    EXPECT_EQ(composition.reading(), "たなか") << "nothing typed is lost";
}

// やまもと kept as kana segment by segment: the part not yet chosen for is
// still what the patient typed (it was lost when they moved on mid-way).
TEST(KanjiComposition, TextAndPendingReadingHoldEverythingTypedWhileConverting) {
    KanjiComposition composition(20);
    type(composition, {"や", "ま", "も", "と"});
    EXPECT_EQ(composition.pendingReading(), "やまもと");
    composition.startConversion({{"やま", {"山"}}, {"もと", {"本", "元"}}});
    EXPECT_EQ(composition.text() + composition.pendingReading(), "やまもと");
    EXPECT_TRUE(composition.keepKana());
    EXPECT_EQ(composition.text(), "やま");
    EXPECT_EQ(composition.pendingReading(), "もと");
    EXPECT_TRUE(composition.choose(0));
    EXPECT_EQ(composition.text() + composition.pendingReading(), "やま本");
}

TEST(KanjiComposition, DeleteAndSpaceActOnTheTextWhenNothingIsTyped) {
    KanjiComposition composition(10, "斎藤");
    EXPECT_TRUE(composition.applyKey({TextKey::Space, ""}));
    EXPECT_FALSE(composition.applyKey({TextKey::Space, ""}));
    EXPECT_EQ(composition.text(), "斎藤　");
    type(composition, {"ゆ"});
    EXPECT_TRUE(composition.applyKey({TextKey::Backspace, ""}));  // the reading's ゆ
    EXPECT_EQ(composition.text(), "斎藤　");
    EXPECT_TRUE(composition.applyKey({TextKey::Backspace, ""}));
    EXPECT_TRUE(composition.applyKey({TextKey::Backspace, ""}));
    EXPECT_EQ(composition.text(), "斎");
}

TEST(KanjiComposition, NothingIsAppendedBeyondTheMaximumLength) {
    KanjiComposition composition(3, "東京");
    type(composition, {"と"});
    composition.startConversion({{"と", {"都道府"}}});
    EXPECT_FALSE(composition.choose(0));
    EXPECT_TRUE(composition.keepKana());
    EXPECT_EQ(composition.text(), "東京と");
}

TEST(KanjiComposition, TheReadingCanBeKeptAsKanaWithoutConverting) {
    KanjiComposition composition(10);
    type(composition, {"さ", "く", "ら"});
    EXPECT_TRUE(composition.commitReading());
    EXPECT_EQ(composition.text(), "さくら");
    EXPECT_FALSE(composition.commitReading());
}

// Issue 9 review: a 資格確認書's 記号 such as 12-34 could not be typed.
TEST(KanjiComposition, LatinKeysTypeStraightIntoTheTextAfterKeepingTheReading) {
    KanjiComposition composition(8);
    type(composition, {"あ"});
    for (const char* k : {"1", "2", "-", "3", "4"})
        EXPECT_TRUE(composition.applyLatinKey({TextKey::Character, k})) << k;
    EXPECT_EQ(composition.text(), "あ12-34");
    EXPECT_EQ(composition.reading(), "");
    EXPECT_TRUE(composition.applyLatinKey({TextKey::Backspace, ""}));
    EXPECT_EQ(composition.text(), "あ12-3");
    // A Latin space is ASCII, as on a residence card, and never doubled.
    EXPECT_TRUE(composition.applyLatinKey({TextKey::Space, ""}));
    EXPECT_FALSE(composition.applyLatinKey({TextKey::Space, ""}));
    EXPECT_TRUE(composition.applyLatinKey({TextKey::Character, "A"}));
    EXPECT_EQ(composition.text(), "あ12-3 A");
    EXPECT_TRUE(composition.applyLatinKey({TextKey::Character, "B"}));
    EXPECT_FALSE(composition.applyLatinKey({TextKey::Character, "C"})) << "8 characters at most";
}

TEST(KanjiComposition, LatinKeysWaitWhileConverting) {
    KanjiComposition composition(8);
    type(composition, {"や", "ま"});
    composition.startConversion({{"やま", {"山"}}});
    EXPECT_FALSE(composition.applyLatinKey({TextKey::Character, "A"}));
    EXPECT_EQ(composition.text(), "");
}

TEST(KanjiComposition, WipeLeavesNothingOfTheTextTheReadingOrTheCandidates) {
    KanjiComposition composition(20, "山田");
    type(composition, {"は", "な", "こ"});
    composition.startConversion({{"はなこ", {"花子", "華子"}}});
    composition.wipe();
    EXPECT_EQ(composition.text(), "");
    EXPECT_EQ(composition.reading(), "");
    EXPECT_FALSE(composition.converting());
    type(composition, {"あ"});  // still usable afterwards
    EXPECT_EQ(composition.reading(), "あ");
}

// Issue 10 item 2: a name typed once in kana gives its フリガナ too.
TEST(KanjiComposition, TheReadingOfTheTextIsKeptPartByPart) {
    KanjiComposition composition(20);
    EXPECT_EQ(composition.readingOfText(), "");
    type(composition, {"や", "ま", "だ"});
    composition.startConversion({{"やまだ", {"山田"}}});
    EXPECT_TRUE(composition.choose(0));
    composition.applyKey({TextKey::Space, ""});
    type(composition, {"は", "な", "こ"});
    composition.startConversion({{"はな", {"花"}}, {"こ", {"子"}}});
    EXPECT_TRUE(composition.choose(0));
    EXPECT_TRUE(composition.keepKana());
    EXPECT_EQ(composition.text(), "山田　花こ");
    EXPECT_EQ(composition.readingOfText(), "やまだ　はなこ");
    // Deleting kana kept as kana keeps the reading right.
    composition.applyKey({TextKey::Backspace, ""});
    EXPECT_EQ(composition.readingOfText(), "やまだ　はな");
}

TEST(KanjiComposition, TextWithoutAKnownReadingHasNone) {
    EXPECT_FALSE(KanjiComposition(20, "山田").readingOfText()) << "given, not typed here";
    KanjiComposition cut(20);
    type(cut, {"や", "ま", "だ"});
    cut.startConversion({{"やまだ", {"山田"}}});
    cut.choose(0);
    cut.applyKey({TextKey::Backspace, ""});
    EXPECT_EQ(cut.text(), "山");
    EXPECT_FALSE(cut.readingOfText()) << "山 alone: its reading is not known";
    cut.applyKey({TextKey::Backspace, ""});
    EXPECT_EQ(cut.readingOfText(), "") << "all of it deleted: nothing unknown left";
    KanjiComposition latin(20);
    latin.applyLatinKey({TextKey::Character, "A"});
    EXPECT_FALSE(latin.readingOfText());
}
