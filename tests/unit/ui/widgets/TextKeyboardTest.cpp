#include <gtest/gtest.h>

#include "TouchTargetChecks.h"
#include "ui/widgets/TextKeyboard.h"
#include "unit/ui/ImGuiFrameHarness.h"

using kiosk::Language;
using kiosk::input::KeyboardScript;
using kiosk::input::TextEntry;
using kiosk::test::ImGuiFrameHarness;

namespace {

constexpr float kTouchPx = 60.0f;

// The keyboard under `above` pixels of question, in a full-screen window.
void show(ImGuiFrameHarness& harness, TextEntry& entry, Language lang, float above = 0) {
    harness.frame([&entry, lang, above] {
        ImGuiFrameHarness::fullScreenWindow("kana", [&] {
            if (above > 0) ImGui::Dummy(ImVec2(1, above));
            kiosk::ui::drawTextKeyboard("furigana", entry, kTouchPx, lang);
        });
    });
}

}  // namespace

TEST(TextKeyboard, TappingKeysTypesKatakanaWithMarksSmallKanaLongVowelAndDelete) {
    ImGuiFrameHarness harness;
    TextEntry entry{"", 20, KeyboardScript::Katakana};
    show(harness, entry, Language::Japanese);
    for (const char* key : {"ハ", "handakuten", "ツ", "small", "ト", "space", "カ", "dakuten", "ヤ",
                            "backspace", "ク", "ル", "ー"}) {
        harness.tapOn(key);
    }
    EXPECT_EQ(entry.text, "パット　ガクルー");
}

TEST(TextKeyboard, FitsUnderTheQuestionOnEveryPanelWithoutOverlap) {
    for (const auto& [name, panel] : kiosk::test::kClinicPanels) {
        for (auto script : {KeyboardScript::Katakana, KeyboardScript::Latin}) {
            ImGuiFrameHarness harness(panel);
            TextEntry entry{"", 20, script};
            // Half the panel is taken by the header, the question and 「次へ」.
            show(harness, entry, Language::English, panel.y / 2);
            const auto& keys = harness.touchTargets();
            ASSERT_GE(keys.size(), script == KeyboardScript::Latin ? 30u : 52u);
            SCOPED_TRACE(name);
            kiosk::test::expectInsideWithoutOverlap(keys, ImVec2(0, 0), panel);
            for (const auto& key : keys) {
                EXPECT_GE(key.width(), 0.6f * kTouchPx) << key.id;
                EXPECT_GE(key.height(), 0.6f * kTouchPx) << key.id;
            }
        }
    }
}

TEST(TextKeyboard, HiraganaModeShowsHiraganaKeys) {
    ImGuiFrameHarness harness;
    TextEntry entry{"", 20, KeyboardScript::Hiragana};
    show(harness, entry, Language::Japanese);
    EXPECT_FALSE(harness.itemRect("ア"));
    harness.tapOn("さ");
    harness.tapOn("い");
    EXPECT_EQ(entry.text, "さい");
}

TEST(TextKeyboard, LatinModeTypesANameAsOnAResidenceCard) {
    ImGuiFrameHarness harness;
    TextEntry entry{"", 20, KeyboardScript::Latin};
    show(harness, entry, Language::English);
    for (const char* key : {"L", "E", "E", "space", "M", "I", "N", "X", "backspace", "-", "J"}) {
        harness.tapOn(key);
    }
    EXPECT_EQ(entry.text, "LEE MIN-J");
}
