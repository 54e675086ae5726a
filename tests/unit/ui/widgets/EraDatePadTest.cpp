#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "TouchTargetChecks.h"
#include "ui/Theme.h"
#include "ui/widgets/EraDatePad.h"
#include "unit/ui/ImGuiFrameHarness.h"

using kiosk::CivilDate;
using kiosk::Era;
using kiosk::Language;
using kiosk::input::DatePart;
using kiosk::input::EraDateEntry;
using kiosk::test::ImGuiFrameHarness;

namespace {

constexpr float kTouchPx = 80.0f;

CivilDate day(int y, int m, int d) {
    return *CivilDate::make(y, m, d);
}

EraDateEntry birthDate() {
    return *EraDateEntry::make({Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa},
                               day(1894, 1, 1), day(2024, 6, 10));
}

// The pad in a window of its own at `at`, `size` large.
void show(ImGuiFrameHarness& harness, EraDateEntry& entry, Language lang = Language::Japanese,
          float touchPx = kTouchPx, ImVec2 at = ImVec2(0, 0), ImVec2 size = ImVec2(0, 0)) {
    harness.frame([&harness, &entry, lang, touchPx, at, size] {
        ImGui::SetNextWindowPos(at);
        ImGui::SetNextWindowSize(size.x > 0 ? size : ImGui::GetIO().DisplaySize);
        ImGui::Begin("date", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                         ImGuiWindowFlags_NoSavedSettings);
        kiosk::ui::drawEraDatePad("birth", entry, harness.fonts().heading, touchPx, lang);
        ImGui::End();
    });
}

}  // namespace

TEST(EraDatePad, TheEraAndSixDigitsTappedGiveTheDateShownLarge) {
    ImGuiFrameHarness harness;
    auto entry = birthDate();
    show(harness, entry);
    for (const char* key : {"Showa", "2", "4", "1", "2", "2", "8"}) harness.tapOn(key);
    EXPECT_EQ(entry.date(), day(1949, 12, 28));
    harness.frame();
    EXPECT_TRUE(harness.shows("昭和24年12月28日")) << harness.shownText();
}

TEST(EraDatePad, TappingAPartOfTheDateTypesItOver) {
    ImGuiFrameHarness harness;
    auto entry = birthDate();
    show(harness, entry);
    for (const char* key : {"Showa", "2", "4", "1", "2", "2", "8", "month", "1", "1"}) {
        harness.tapOn(key);
    }
    EXPECT_EQ(entry.date(), day(1949, 11, 28));
}

TEST(EraDatePad, TheNextPartKeyEndsAOneDigitNumberAndDeleteTakesTheLastDigit) {
    ImGuiFrameHarness harness;
    auto entry = birthDate();
    show(harness, entry);
    EXPECT_FALSE(harness.itemRect("next_part")->enabled) << "nothing typed yet";
    for (const char* key : {"Heisei", "2", "next_part", "1", "next_part", "5"}) {
        harness.tapOn(key);
    }
    EXPECT_EQ(entry.date(), day(1990, 1, 5));
    harness.frame();
    EXPECT_FALSE(harness.itemRect("next_part")->enabled) << "the day is the last part";
    harness.tapOn("backspace");
    EXPECT_EQ(entry.digits(DatePart::Day), "");
    EXPECT_FALSE(entry.date());
}

TEST(EraDatePad, AWrongYearStaysAsTypedWhenTheEraChanges) {
    ImGuiFrameHarness harness;
    auto entry = birthDate();
    show(harness, entry);
    for (const char* key : {"Heisei", "3", "2"}) harness.tapOn(key);
    ASSERT_TRUE(entry.problem());
    EXPECT_EQ(kiosk::ui::describeDateProblem(*entry.problem(), Language::Japanese),
              "平成は31年4月30日までです。");
    harness.tapOn("Showa");
    EXPECT_EQ(entry.digits(DatePart::Year), "32");
    EXPECT_FALSE(entry.problem());
    EXPECT_EQ(kiosk::ui::typedDateText(entry, Language::Japanese), "昭和 32年");
}

TEST(EraDatePad, EveryTargetIsAtLeastATouchTargetAndNoneOverlap) {
    ImGuiFrameHarness harness;
    auto entry = birthDate();
    show(harness, entry);
    harness.tapOn("Reiwa");
    harness.frame();
    // parts, eras and 西暦, digits, keys
    ASSERT_EQ(harness.touchTargets().size(), 3u + 5u + 1u + 10u + 2u);
    for (const auto& target : harness.touchTargets()) {
        EXPECT_GE(target.width(), kTouchPx) << target.id;
        EXPECT_GE(target.height(), kTouchPx) << target.id;
    }
    kiosk::test::expectInsideWithoutOverlap(harness.touchTargets(), ImVec2(0, 0),
                                            ImVec2(1920, 1080));
}

// The area a date question's keys get: beside the question on a landscape
// panel, below it on an upright one (DeclarationScreens).
TEST(EraDatePad, EveryKeyLiesInsideItsAreaOnEveryPanelInBothTextSizes) {
    for (const auto& [name, panel] : kiosk::test::kClinicPanels) {
        for (const bool large : {false, true}) {
            for (const Language lang : {Language::Japanese, Language::English}) {
                SCOPED_TRACE(std::string(name) + (large ? " large" : "") +
                             (lang == Language::English ? " English" : ""));
                ImGuiFrameHarness harness(panel, large ? kiosk::ui::kLargeTextScale : 1.0f);
                const auto theme = kiosk::ui::makeTheme({kiosk::ui::Contrast::Normal, large, 0});
                kiosk::ui::applyTheme(theme, ImGui::GetStyle());
                const bool upright = panel.y > panel.x;
                const ImVec2 at(std::floor(upright ? 32 : panel.x * 0.42f),
                                std::floor(panel.y * (upright ? 0.45f : 0.3f)));
                const ImVec2 size(panel.x - at.x - 32,
                                  std::floor(panel.y * (upright ? 0.35f : 0.45f)));
                auto entry = birthDate();
                show(harness, entry, lang, theme.touchTargetPx, at, size);
                for (const char* key : {"Showa", "2", "4", "1", "2", "2", "8"}) {
                    harness.tapOn(key);
                }
                EXPECT_EQ(entry.date(), day(1949, 12, 28));
                const auto& targets = harness.touchTargets();
                ASSERT_EQ(targets.size(), 21u);
                const ImVec2 inner(at.x + ImGui::GetStyle().WindowPadding.x,
                                   at.y + ImGui::GetStyle().WindowPadding.y);
                kiosk::test::expectInsideWithoutOverlap(
                    targets, inner,
                    ImVec2(at.x + size.x - ImGui::GetStyle().WindowPadding.x,
                           at.y + size.y - ImGui::GetStyle().WindowPadding.y));
                for (const auto& target : targets) {
                    EXPECT_TRUE(target.visible) << target.id;
                    EXPECT_GE(std::min(target.width(), target.height()),
                              kiosk::input::kSmallestKeyInTouchTargets * theme.touchTargetPx - 0.5f)
                        << target.id;
                }
            }
        }
    }
}

// An English reader starts on 西暦 (the FieldEditors choice) and types the
// year as on a residence card; the display shows four digits in one box.
TEST(EraDatePad, AWesternYearIsTypedInFourDigits) {
    ImGuiFrameHarness harness;
    auto entry = birthDate();
    show(harness, entry, Language::English);
    for (const char* key : {"western", "1", "9", "4", "9", "1", "2", "2", "8"}) harness.tapOn(key);
    EXPECT_EQ(entry.date(), day(1949, 12, 28));
    harness.frame();
    EXPECT_TRUE(harness.shows("1949"));
    EXPECT_TRUE(harness.shows("AD"));
}
