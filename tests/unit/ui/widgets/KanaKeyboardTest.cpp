#include <gtest/gtest.h>

#include "TouchTargetChecks.h"
#include "ui/widgets/KanaKeyboard.h"
#include "unit/ui/ImGuiFrameHarness.h"

using kiosk::Language;
using kiosk::input::KanaEntry;
using kiosk::input::KanaScript;
using kiosk::test::ImGuiFrameHarness;

namespace {

constexpr float kTouchPx = 80.0f;

void show(ImGuiFrameHarness& harness, KanaEntry& entry, Language lang) {
    harness.frame([&entry, lang] {
        ImGuiFrameHarness::fullScreenWindow(
            "kana", [&] { kiosk::ui::drawKanaKeyboard("furigana", entry, kTouchPx, lang); });
    });
}

}  // namespace

TEST(KanaKeyboard, TappingKeysTypesKatakanaWithMarksAndSmallKana) {
    ImGuiFrameHarness harness;
    KanaEntry entry{"", 20, KanaScript::Katakana};
    show(harness, entry, Language::Japanese);
    for (const char* key : {"ハ", "handakuten", "ツ", "small", "ト", "space", "カ", "dakuten", "ヤ",
                            "backspace", "ク"}) {
        harness.tapOn(key);
    }
    EXPECT_EQ(entry.text, "パット　ガク");
}

TEST(KanaKeyboard, FitsA1080pScreenAtTheTouchSizeWithGaps) {
    ImGuiFrameHarness harness;
    KanaEntry entry{"", 20, KanaScript::Katakana};
    show(harness, entry, Language::English);  // the longer function-key words
    const auto& keys = harness.touchTargets();
    ASSERT_GE(keys.size(), 51u);
    kiosk::test::expectTouchSizedAndApart(keys, kTouchPx);
    for (const auto& key : keys) EXPECT_LE(key.max.x, 1920.0f) << key.id;
}

TEST(KanaKeyboard, HiraganaModeShowsHiraganaKeys) {
    ImGuiFrameHarness harness;
    KanaEntry entry{"", 20, KanaScript::Hiragana};
    show(harness, entry, Language::Japanese);
    EXPECT_FALSE(harness.itemRect("ア"));
    harness.tapOn("さ");
    harness.tapOn("い");
    EXPECT_EQ(entry.text, "さい");
}
