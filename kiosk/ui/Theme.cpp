#include "Theme.h"

#include <algorithm>
#include <cmath>

#include "FontSet.h"
#include "TouchTarget.h"

namespace kiosk::ui {

float touchTargetPx(float dpi) {
    if (dpi < 72.0f || dpi > 600.0f) return kDefaultTouchTargetPx;
    return std::ceil(kTouchTargetMm / 25.4f * dpi);
}

Theme makeTheme(const ThemeOptions& options) {
    Theme theme;
    theme.contrast = options.contrast;
    theme.colors = &palette(options.contrast);
    theme.textScale = options.baseTextScale * (options.largeText ? kLargeTextScale : 1.0f);
    // Large text grows the buttons with their labels (issue 10): never less
    // than a line of body text and its padding (applyTheme's FramePadding).
    theme.fingerPx = touchTargetPx(options.displayDpi);
    theme.touchTargetPx =
        std::max(theme.fingerPx, std::ceil(kBodyPx * theme.textScale + 2 * kFramePaddingY));
    theme.gapPx = std::ceil(theme.touchTargetPx * 8.0f / kTouchTargetMm);
    return theme;
}

ImVec4 toImVec4(Rgb c) {
    return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, 1.0f);
}

void applyTheme(const Theme& theme, ImGuiStyle& style) {
    style = ImGuiStyle();
    const float s = theme.textScale;
    const bool high = theme.contrast == Contrast::High;
    // Large text grows what holds text (labels, their padding), not the
    // margins and the space between rows: the height they would take is
    // what a 768-pixel panel needs for the answers.
    style.WindowPadding = ImVec2(24, 24);
    // The padding above and below a label stays: a 768-pixel panel in large
    // text needs that height for fingertip-sized keys.
    style.FramePadding = ImVec2(24 * s, kFramePaddingY);
    style.ItemSpacing = ImVec2(theme.gapPx, 24);
    style.ItemInnerSpacing = ImVec2(16 * s, 16 * s);
    style.TouchExtraPadding = ImVec2(4, 4);
    style.ScrollbarSize = theme.touchTargetPx * 0.75f;  // scrolled by finger
    style.GrabMinSize = theme.touchTargetPx * 0.75f;
    style.WindowRounding = 0;
    style.FrameRounding = 12 * s;
    style.GrabRounding = 12 * s;
    style.ScrollbarRounding = 12 * s;
    style.PopupRounding = 12 * s;
    style.WindowBorderSize = 0;
    style.FrameBorderSize = high ? 3.0f : 2.0f;  // shapes never rely on fill colour
    style.PopupBorderSize = high ? 3.0f : 2.0f;

    const Palette& p = *theme.colors;
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = toImVec4(p.text);
    c[ImGuiCol_TextDisabled] = toImVec4(p.mutedText);
    c[ImGuiCol_WindowBg] = c[ImGuiCol_ChildBg] = c[ImGuiCol_PopupBg] = toImVec4(p.background);
    c[ImGuiCol_Border] = toImVec4(p.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = toImVec4(p.field);
    c[ImGuiCol_FrameBgHovered] = c[ImGuiCol_FrameBgActive] = toImVec4(p.field);
    c[ImGuiCol_Button] = c[ImGuiCol_Header] = toImVec4(p.button);
    c[ImGuiCol_ButtonHovered] = c[ImGuiCol_HeaderHovered] = toImVec4(p.buttonHovered);
    c[ImGuiCol_ButtonActive] = c[ImGuiCol_HeaderActive] = toImVec4(p.buttonPressed);
    c[ImGuiCol_CheckMark] = c[ImGuiCol_SliderGrab] = toImVec4(p.text);
    c[ImGuiCol_SliderGrabActive] = toImVec4(p.text);
    c[ImGuiCol_ScrollbarBg] = toImVec4(p.button);
    c[ImGuiCol_ScrollbarGrab] = c[ImGuiCol_ScrollbarGrabHovered] = toImVec4(p.border);
    c[ImGuiCol_ScrollbarGrabActive] = toImVec4(p.text);
    c[ImGuiCol_Separator] = toImVec4(p.border);
    // The desk's tables: the header like a button, every other row tinted.
    c[ImGuiCol_TableHeaderBg] = toImVec4(p.button);
    c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_TableBorderLight] = toImVec4(p.border);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] =
        ImVec4(toImVec4(p.button).x, toImVec4(p.button).y, toImVec4(p.button).z, 0.45f);
    c[ImGuiCol_TextSelectedBg] = toImVec4(p.buttonPressed);
    c[ImGuiCol_NavHighlight] = toImVec4(p.primaryButton);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, high ? 0.85f : 0.6f);
}

}  // namespace kiosk::ui
