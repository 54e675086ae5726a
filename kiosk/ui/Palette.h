#pragma once
// The kiosk's colours and the WCAG 2.x contrast rules they must pass: every
// text colour is defined together with the background it is drawn on, so a
// test can measure each pair. No ImGui here.
#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::ui {

struct Rgb {  // sRGB, 0–255
    std::uint8_t r = 0;
    std::uint8_t g = 0;
    std::uint8_t b = 0;
};

// WCAG 2.x relative luminance and contrast ratio (1:1 … 21:1).
double relativeLuminance(Rgb c);
double contrastRatio(Rgb a, Rgb b);

enum class Contrast { Normal, High };

// Minimum text contrast: AA (4.5:1) normally, AAA (7:1) in high contrast.
double requiredContrast(Contrast contrast);

struct Palette {
    Rgb background, text, mutedText;
    Rgb button, buttonHovered, buttonPressed, buttonText;
    // The recommended choice on a screen (UX.md: first and strongest).
    Rgb primaryButton, primaryButtonPressed, primaryButtonText;
    Rgb field, fieldText;
    Rgb border;  // outlines of buttons and fields, so shape never depends on fill
    // Outcome banners; always drawn with an icon and words as well.
    Rgb good, goodText;
    Rgb caution, cautionText;
    Rgb problem, problemText;
    // A warning (！ and words) on the page or inside a button or answer box.
    Rgb warningText;
};

const Palette& palette(Contrast contrast);

struct TextOnBackground {
    std::string name;
    Rgb text;
    Rgb background;
};

// Every text-on-background combination the palette is meant for.
std::vector<TextOnBackground> textPairs(const Palette& palette);

}  // namespace kiosk::ui
