#include <gtest/gtest.h>

#include "TouchTargetChecks.h"
#include "ui/widgets/EraDatePicker.h"
#include "unit/ui/ImGuiFrameHarness.h"

using kiosk::CivilDate;
using kiosk::Era;
using kiosk::Language;
using kiosk::input::EraDateSelection;
using kiosk::test::ImGuiFrameHarness;

namespace {

constexpr float kTouchPx = 80.0f;

EraDateSelection pickerAt(int y, int m, int d) {
    return *EraDateSelection::make({Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa},
                                   *CivilDate::make(1894, 1, 1), *CivilDate::make(2024, 6, 10),
                                   *CivilDate::make(y, m, d));
}

void show(ImGuiFrameHarness& harness, EraDateSelection& selection) {
    harness.frame([&selection] {
        ImGuiFrameHarness::fullScreenWindow("date", [&] {
            kiosk::ui::drawEraDatePicker("birth", selection, kTouchPx, Language::Japanese);
        });
    });
}

}  // namespace

TEST(EraDatePicker, TapsCannotReachHeisei31May1) {
    ImGuiFrameHarness harness;
    auto selection = pickerAt(2019, 4, 29);
    show(harness, selection);
    for (const char* key : {"day+", "day+", "day+", "month+", "year+", "year+10"}) {
        harness.tapOn(key);
    }
    EXPECT_EQ(selection.iso(), "2019-04-30");
    for (const char* key : {"day+", "month+", "year+", "year+10"}) {
        EXPECT_FALSE(harness.itemRect(key)->enabled) << key;
    }
}

TEST(EraDatePicker, TapsCannotReachFebruary30) {
    ImGuiFrameHarness harness;
    auto selection = pickerAt(1985, 1, 30);
    show(harness, selection);
    harness.tapOn("month+");
    EXPECT_EQ(selection.iso(), "1985-02-28");
    harness.tapOn("day+");
    EXPECT_EQ(selection.iso(), "1985-02-28");
}

TEST(EraDatePicker, ChoosingAnEraAndSteppingGivesTheIsoDate) {
    ImGuiFrameHarness harness;
    auto selection = pickerAt(1990, 6, 15);  // 平成2年
    show(harness, selection);
    harness.tapOn("Showa");
    EXPECT_EQ(selection.wareki().era, Era::Showa);
    EXPECT_EQ(selection.iso(), "1927-06-15");  // 昭和2年
    for (int i = 0; i < 3; ++i) harness.tapOn("year+10");
    harness.tapOn("year-");
    harness.tapOn("month-");
    EXPECT_EQ(selection.iso(), "1956-05-15");  // 昭和31年
}

TEST(EraDatePicker, ButtonsAreTouchSizedAndApart) {
    ImGuiFrameHarness harness;
    auto selection = pickerAt(1960, 6, 15);
    show(harness, selection);
    EXPECT_EQ(harness.touchTargets().size(), 5u + 4u + 2u + 2u);
    kiosk::test::expectTouchSizedAndApart(harness.touchTargets(), kTouchPx);
}
