#include <gtest/gtest.h>
#include <imgui_internal.h>  // GImGui->HoveredId, ActiveId

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
    const float gap = kiosk::ui::touchGap(kTouchPx);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        EXPECT_GE(keys[i].width(), kTouchPx) << keys[i].id;
        EXPECT_GE(keys[i].height(), kTouchPx) << keys[i].id;
        for (std::size_t j = i + 1; j < keys.size(); ++j) {
            const float dx = std::max(keys[j].min.x - keys[i].max.x, keys[i].min.x - keys[j].max.x);
            const float dy = std::max(keys[j].min.y - keys[i].max.y, keys[i].min.y - keys[j].max.y);
            EXPECT_GE(std::max(dx, dy), gap - 0.5f) << keys[i].id << " / " << keys[j].id;
        }
    }
}
