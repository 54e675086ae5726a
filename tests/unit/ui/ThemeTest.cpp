#include <gtest/gtest.h>

#include <cstring>

#include "ui/FontSet.h"
#include "ui/Theme.h"
#include "ui/TouchTarget.h"

using kiosk::ui::Contrast;

TEST(Contrast, RatioMatchesWcagReferenceValues) {
    EXPECT_NEAR(kiosk::ui::contrastRatio({0, 0, 0}, {255, 255, 255}), 21.0, 1e-9);
    EXPECT_NEAR(kiosk::ui::contrastRatio({255, 255, 255}, {255, 255, 255}), 1.0, 1e-9);
    // #777777 on white is the classic just-fails-AA grey (4.48:1).
    EXPECT_NEAR(kiosk::ui::contrastRatio({119, 119, 119}, {255, 255, 255}), 4.48, 0.01);
}

TEST(Contrast, EveryTextPairPassesAaNormallyAndAaaInHighContrast) {
    for (Contrast contrast : {Contrast::Normal, Contrast::High}) {
        const double required = kiosk::ui::requiredContrast(contrast);
        EXPECT_GE(required, contrast == Contrast::High ? 7.0 : 4.5);
        for (const auto& pair : kiosk::ui::textPairs(kiosk::ui::palette(contrast))) {
            EXPECT_GE(kiosk::ui::contrastRatio(pair.text, pair.background), required)
                << pair.name << (contrast == Contrast::High ? " (high contrast)" : "");
        }
    }
}

TEST(Contrast, OutlinesStandOutFromTheBackground) {
    // Non-text contrast (WCAG 1.4.11): a button's shape is visible without fill.
    for (Contrast contrast : {Contrast::Normal, Contrast::High}) {
        const auto& p = kiosk::ui::palette(contrast);
        EXPECT_GE(kiosk::ui::contrastRatio(p.border, p.background), 3.0);
    }
}

TEST(TouchTarget, FifteenMillimetresFromTheDisplayDensity) {
    EXPECT_EQ(kiosk::ui::touchTargetPx(102.0f), 61.0f);  // 21.5" 1080p
    EXPECT_EQ(kiosk::ui::touchTargetPx(160.0f), 95.0f);  // 13.3" 1080p
}

TEST(TouchTarget, UnknownOrUnbelievableDensityGivesTheDefault) {
    EXPECT_EQ(kiosk::ui::touchTargetPx(0.0f), kiosk::ui::kDefaultTouchTargetPx);
    EXPECT_EQ(kiosk::ui::touchTargetPx(-1.0f), 60.0f);
    EXPECT_EQ(kiosk::ui::touchTargetPx(5000.0f), 60.0f);
}

TEST(Theme, LargeTextScalesTextAndKeepsTargetsAtLeastFifteenMillimetres) {
    auto normal = kiosk::ui::makeTheme({});
    auto large = kiosk::ui::makeTheme({.largeText = true});
    EXPECT_FLOAT_EQ(normal.textScale, 1.0f);
    EXPECT_FLOAT_EQ(large.textScale, 1.4f);
    EXPECT_GE(large.touchTargetPx, 60.0f);
    EXPECT_GE(normal.gapPx, 32.0f);  // 8 mm
}

// Issue 10 §9: a button is never lower than its label and the padding around
// it, whatever the display's density says.
TEST(Theme, LargeTextGrowsTheButtonsWithTheirLabels) {
    for (bool largeText : {false, true}) {
        auto theme = kiosk::ui::makeTheme({.largeText = largeText});
        ImGuiStyle style;
        kiosk::ui::applyTheme(theme, style);
        const float label = kiosk::ui::kBodyPx * theme.textScale + 2 * style.FramePadding.y;
        EXPECT_GE(theme.touchTargetPx, label) << (largeText ? "large" : "normal");
    }
    EXPECT_GT(kiosk::ui::makeTheme({.largeText = true}).touchTargetPx,
              kiosk::ui::makeTheme({}).touchTargetPx);
}

TEST(Theme, ApplyingSetsPaletteColoursAndTouchSizedScrollbars) {
    ImGuiStyle style;
    auto theme = kiosk::ui::makeTheme({.contrast = Contrast::High});
    kiosk::ui::applyTheme(theme, style);
    const ImVec4 bg = style.Colors[ImGuiCol_WindowBg];
    EXPECT_EQ(bg.x + bg.y + bg.z, 0.0f);  // black
    EXPECT_EQ(style.Colors[ImGuiCol_Text].x, 1.0f);
    EXPECT_GE(style.ScrollbarSize, 0.75f * theme.touchTargetPx);
    EXPECT_GT(style.FrameBorderSize, 0.0f);
}

TEST(Theme, SwitchingBackAndForthEndsExactlyWhereADirectApplyDoes) {
    auto normal = kiosk::ui::makeTheme({});
    auto highLarge = kiosk::ui::makeTheme({.contrast = Contrast::High, .largeText = true});
    ImGuiStyle direct, switched;
    kiosk::ui::applyTheme(normal, direct);
    for (int i = 0; i < 3; ++i) {
        kiosk::ui::applyTheme(highLarge, switched);
        kiosk::ui::applyTheme(normal, switched);
    }
    EXPECT_EQ(std::memcmp(&direct, &switched, sizeof(ImGuiStyle)), 0);
}
