#pragma once
// The look of every screen: palette, paddings, rounding, the touch-target
// size and the large-text factor, applied to ImGui's style. Switching (high
// contrast, large text) re-applies a theme at run time; fonts are reloaded
// separately (FontSet.h) because that rebuilds the atlas.
#include <imgui.h>

#include "Palette.h"

namespace kiosk::ui {

constexpr float kLargeTextScale = 1.4f;  // UX.md
constexpr float kFramePaddingY = 14.0f;  // above and below a button's label, at any text size

struct ThemeOptions {
    Contrast contrast = Contrast::Normal;
    bool largeText = false;
    float displayDpi = 0;  // 0: unknown (see TouchTarget.h)
    // The patient's text sizes times this: the front desk, read from a
    // desk's distance, shows more rows at a smaller size.
    float baseTextScale = 1.0f;
};

struct Theme {
    Contrast contrast = Contrast::Normal;
    const Palette* colors = nullptr;
    float textScale = 1.0f;       // font sizes: baseTextScale × (1 or kLargeTextScale)
    float touchTargetPx = 60.0f;  // least height and width of anything tappable
    // The 15 mm a fingertip needs on this display, whatever the text size:
    // keyboard keys shrink towards it where large text would not fit them.
    float fingerPx = 60.0f;
    float gapPx = 32.0f;  // between targets (UX.md: 8 mm)
};

Theme makeTheme(const ThemeOptions& options);

// Sets every colour and size of `style` from scratch, so applying themes in
// any order gives the same result as applying the last one alone.
void applyTheme(const Theme& theme, ImGuiStyle& style);

ImVec4 toImVec4(Rgb c);

}  // namespace kiosk::ui
