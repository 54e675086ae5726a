#include "KeyGridFit.h"

#include <algorithm>
#include <cmath>

namespace kiosk::input {

namespace {

// The key size along one side: `count` keys and count−1 gaps in `length`,
// in whole pixels so that sums of keys and gaps never pass the edge.
float keySideFor(float length, int count, float gap) {
    return std::floor((length - gap * static_cast<float>(count - 1)) / static_cast<float>(count));
}

}  // namespace

KeyGridFit KeyGridFit::into(int columns, int rows, const KeyArea& area) {
    KeyGridFit fit;
    fit.columns = std::max(columns, 1);
    fit.rows = std::max(rows, 1);
    const float largest = area.touchPx * kLargestKeyInTouchTargets;
    const float smallest = area.touchPx * kSmallestKeyInTouchTargets;
    // One gap for both directions, from the smaller side the area allows.
    const float widthShare =
        static_cast<float>(fit.columns) + kKeyGapShare * static_cast<float>(fit.columns - 1);
    const float heightShare =
        static_cast<float>(fit.rows) + kKeyGapShare * static_cast<float>(fit.rows - 1);
    const float side =
        std::clamp(std::min(area.width / widthShare, area.height / heightShare), smallest, largest);
    fit.gap = std::floor(side * kKeyGapShare);
    // Each direction then takes what it has: keys need not be square.
    fit.keyWidth = std::clamp(keySideFor(area.width, fit.columns, fit.gap), smallest, largest);
    fit.keyHeight = std::clamp(keySideFor(area.height, fit.rows, fit.gap), smallest, largest);
    return fit;
}

KeyGridFit KeyGridFit::ofSide(int columns, int rows, float side) {
    KeyGridFit fit;
    fit.columns = std::max(columns, 1);
    fit.rows = std::max(rows, 1);
    fit.gap = std::floor(side * kKeyGapShare);
    fit.keyWidth = side;
    fit.keyHeight = side;
    return fit;
}

KeyRect KeyGridFit::rect(const GridCell& cell) const {
    const int columnSpan = std::max(cell.columnSpan, 1);
    const int rowSpan = std::max(cell.rowSpan, 1);
    return KeyRect{
        static_cast<float>(cell.column) * (keyWidth + gap),
        static_cast<float>(cell.row) * (keyHeight + gap),
        static_cast<float>(columnSpan) * keyWidth + static_cast<float>(columnSpan - 1) * gap,
        static_cast<float>(rowSpan) * keyHeight + static_cast<float>(rowSpan - 1) * gap,
    };
}

float KeyGridFit::width() const {
    return rect({0, 0, columns, 1}).width;
}

float KeyGridFit::height() const {
    return rect({0, 0, 1, rows}).height;
}

bool KeyGridFit::fits(const KeyArea& area) const {
    // Half a pixel for rounding in the sums above.
    return width() <= area.width + 0.5f && height() <= area.height + 0.5f;
}

bool KeyGridFit::fingertipSized(const KeyArea& area) const {
    return fits(area) && smallerKeySide() >= area.touchPx;
}

}  // namespace kiosk::input
