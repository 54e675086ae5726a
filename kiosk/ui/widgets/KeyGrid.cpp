#include "KeyGrid.h"

#include <imgui_internal.h>

#include <algorithm>
#include <numeric>

#include "TouchTarget.h"

namespace kiosk::ui {

float keyWidth(std::string_view text, float touchPx) {
    const float textWidth = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
    return std::max(touchPx, textWidth + 2 * ImGui::GetStyle().FramePadding.x);
}

std::vector<float> fitWidths(std::vector<float> wanted, float width, float gap) {
    const float gaps = gap * static_cast<float>(wanted.empty() ? 0 : wanted.size() - 1);
    const float total = std::accumulate(wanted.begin(), wanted.end(), 0.0f);
    if (total + gaps > width && total > 0) {
        const float scale = std::max(width - gaps, 0.0f) / total;
        for (float& w : wanted) w *= scale;
    }
    return wanted;
}

KeyGrid::KeyGrid(std::vector<float> columnWidths, float rowHeight, float gap)
    : origin_(ImGui::GetCursorScreenPos()),
      columnWidths_(std::move(columnWidths)),
      rowHeight_(rowHeight),
      gap_(gap) {}

ImVec2 KeyGrid::cell(std::size_t row, std::size_t col, std::size_t columns) {
    float x = origin_.x;
    for (std::size_t c = 0; c < col; ++c) x += columnWidths_[c] + gap_;
    float width = -gap_;
    for (std::size_t c = col; c < std::min(col + columns, columnWidths_.size()); ++c) {
        width += columnWidths_[c] + gap_;
    }
    ImGui::SetCursorScreenPos(ImVec2(x, origin_.y + static_cast<float>(row) * (rowHeight_ + gap_)));
    return ImVec2(width, rowHeight_);
}

void KeyGrid::finish(std::size_t rows) {
    const float width =
        std::accumulate(columnWidths_.begin(), columnWidths_.end(), 0.0f) +
        gap_ * static_cast<float>(columnWidths_.empty() ? 0 : columnWidths_.size() - 1);
    const float height = static_cast<float>(rows) * (rowHeight_ + gap_) - gap_;
    ImGui::SetCursorScreenPos(origin_);
    ImGui::Dummy(ImVec2(width, std::max(height, 0.0f)));
}

}  // namespace kiosk::ui
