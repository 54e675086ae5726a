#include <gtest/gtest.h>
#include <imgui_internal.h>  // GImGui->HoveredId, ActiveId

#include "TouchTargetChecks.h"
#include "ui/widgets/NumericPad.h"
#include "unit/ui/ImGuiFrameHarness.h"

using kiosk::Language;
using kiosk::input::DigitEntry;
using kiosk::test::ImGuiFrameHarness;

namespace {

constexpr float kTouchPx = 80.0f;

class NumericPadTest : public ::testing::Test {
protected:
    void show(DigitEntry& entry) {
        harness.frame([this, &entry] {
            ImGuiFrameHarness::fullScreenWindow("pad", [this, &entry] {
                if (kiosk::ui::drawNumericPad("phone", entry, kTouchPx, Language::Japanese)) {
                    ++changes;
                }
            });
        });
    }
    ImGuiFrameHarness harness;
    int changes = 0;
};

}  // namespace

TEST_F(NumericPadTest, TappingKeysTypesDigitsAndDeletes) {
    DigitEntry entry{"", 13, true};
    show(entry);
    for (const char* key : {"0", "3", "-", "1", "2"}) harness.tapOn(key);
    EXPECT_EQ(entry.text, "03-12");
    harness.tapOn("backspace");
    EXPECT_EQ(entry.text, "03-1");
    harness.tapOn("clear");
    EXPECT_EQ(entry.text, "");
    EXPECT_EQ(changes, 7);
}

TEST_F(NumericPadTest, RepeatedFastTapsRegisterOncePerTap) {
    DigitEntry entry{"", 8, false};
    show(entry);
    // Three taps 50 ms apart: ImGui sees double clicks, each still one digit.
    for (int i = 0; i < 3; ++i) harness.tapOn("7");
    EXPECT_EQ(entry.text, "777");
}

TEST_F(NumericPadTest, HoldingAKeyTypesItOnce) {
    DigitEntry entry{"", 8, false};
    show(entry);
    harness.press(harness.itemRect("5")->centre());
    harness.frames(120);  // two seconds: no key repeat
    harness.release();
    harness.leave();
    EXPECT_EQ(entry.text, "5");
}

TEST_F(NumericPadTest, NothingStaysHoveredOrActiveAfterTheFingerLifts) {
    DigitEntry entry{"", 8, false};
    show(entry);
    harness.tapOn("4");
    ASSERT_EQ(entry.text, "4");
    harness.frame();
    EXPECT_EQ(GImGui->HoveredId, 0u);
    EXPECT_EQ(GImGui->ActiveId, 0u);
}

TEST_F(NumericPadTest, SlidingOffAKeyBeforeLiftingTypesNothing) {
    DigitEntry entry{"", 8, false};
    show(entry);
    harness.dragThrough({harness.itemRect("1")->centre(), ImVec2(1800, 1000)});
    EXPECT_EQ(entry.text, "");
}

TEST_F(NumericPadTest, EveryKeyIsAtLeastTheTouchSizeAndKeysAreAGapApart) {
    DigitEntry entry{"", 13, true};
    show(entry);
    const auto& keys = harness.touchTargets();
    ASSERT_EQ(keys.size(), 13u);  // ten digits, hyphen, delete, clear
    kiosk::test::expectTouchSizedAndApart(keys, kTouchPx);
}
