#include "Palette.h"

#include <algorithm>
#include <cmath>

namespace kiosk::ui {

namespace {

double linear(std::uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

// Dark text on light surfaces: readable in a bright waiting room.
constexpr Palette kNormal{
    .background = {255, 255, 255},
    .text = {26, 26, 26},
    .mutedText = {77, 77, 77},
    .button = {228, 231, 236},
    .buttonHovered = {214, 219, 226},
    .buttonPressed = {196, 203, 213},
    .buttonText = {26, 26, 26},
    .primaryButton = {11, 79, 156},
    .primaryButtonPressed = {8, 58, 115},
    .primaryButtonText = {255, 255, 255},
    .field = {255, 255, 255},
    .fieldText = {26, 26, 26},
    .border = {89, 89, 89},
    .good = {227, 244, 230},
    .goodText = {15, 82, 35},
    .caution = {255, 244, 214},
    .cautionText = {92, 61, 0},
    .problem = {253, 231, 231},
    .problemText = {138, 20, 20},
    .warningText = {178, 0, 0},
};

// White and yellow on black, thick white outlines: AAA everywhere.
constexpr Palette kHigh{
    .background = {0, 0, 0},
    .text = {255, 255, 255},
    .mutedText = {230, 230, 230},
    .button = {26, 26, 26},
    .buttonHovered = {51, 51, 51},
    .buttonPressed = {77, 77, 77},
    .buttonText = {255, 255, 255},
    .primaryButton = {255, 214, 0},
    .primaryButtonPressed = {230, 190, 0},
    .primaryButtonText = {0, 0, 0},
    .field = {0, 0, 0},
    .fieldText = {255, 255, 255},
    .border = {255, 255, 255},
    .good = {0, 61, 20},
    .goodText = {255, 255, 255},
    .caution = {61, 46, 0},
    .cautionText = {255, 255, 255},
    .problem = {74, 0, 0},
    .problemText = {255, 255, 255},
    .warningText = {255, 170, 170},
};

}  // namespace

double relativeLuminance(Rgb c) {
    return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
}

double contrastRatio(Rgb a, Rgb b) {
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

double requiredContrast(Contrast contrast) {
    return contrast == Contrast::High ? 7.0 : 4.5;
}

const Palette& palette(Contrast contrast) {
    return contrast == Contrast::High ? kHigh : kNormal;
}

std::vector<TextOnBackground> textPairs(const Palette& p) {
    return {
        {"text", p.text, p.background},
        {"muted text", p.mutedText, p.background},
        {"button", p.buttonText, p.button},
        {"button hovered", p.buttonText, p.buttonHovered},
        {"button pressed", p.buttonText, p.buttonPressed},
        {"primary button", p.primaryButtonText, p.primaryButton},
        {"primary button pressed", p.primaryButtonText, p.primaryButtonPressed},
        {"field", p.fieldText, p.field},
        {"good", p.goodText, p.good},
        {"caution", p.cautionText, p.caution},
        {"problem", p.problemText, p.problem},
        {"warning", p.warningText, p.background},
        {"warning in a button", p.warningText, p.button},
        {"warning in an answer box", p.warningText, p.field},
    };
}

}  // namespace kiosk::ui
