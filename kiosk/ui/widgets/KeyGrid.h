#pragma once
// Places keys on a grid from the cursor: columns of their own widths, rows of
// one height, a touch gap between every two.
#include <imgui.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::ui {

// What a key shows, and its id (stable across languages, see touchButton).
struct KeyFace {
    std::string text;
    std::string id;
};

// The width a key needs to show `text` in the current font, never below touchPx.
float keyWidth(std::string_view text, float touchPx);

// The widths of buttons side by side in `width` with `gap` between: as each
// wants where they fit, else shrunk in proportion (touchButton then draws
// their labels smaller), so that a row of 「英字 ABC」「漢字に変換」「かなのまま」
// in large text stays one row and leaves the keys their height.
std::vector<float> fitWidths(std::vector<float> wanted, float width, float gap);

class KeyGrid {
public:
    KeyGrid(std::vector<float> columnWidths, float rowHeight, float gap);

    // Puts the cursor at cell (row, col), spanning `columns` columns, and returns its size.
    ImVec2 cell(std::size_t row, std::size_t col, std::size_t columns = 1);
    // Leaves the cursor under `rows` rows, so that what follows is drawn below the grid.
    void finish(std::size_t rows);

private:
    ImVec2 origin_;
    std::vector<float> columnWidths_;
    float rowHeight_;
    float gap_;
};

}  // namespace kiosk::ui
