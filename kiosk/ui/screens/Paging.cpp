#include "Paging.h"

#include <imgui.h>

#include <string>
#include <vector>

#include "ScreenChrome.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

std::vector<std::size_t> pageStarts(const std::vector<float>& heights, float room) {
    std::vector<std::size_t> starts{0};
    float used = 0;
    for (std::size_t i = 0; i < heights.size(); ++i) {
        if (used + heights[i] > room && used > 0) {
            starts.push_back(i);
            used = 0;
        }
        used += heights[i];
    }
    return starts;
}

bool drawPagedFooter(const ScreenContext& ctx, int& page, int pages, std::string_view doneKey) {
    if (pages <= 1) return bigButton(ctx, doneKey, ButtonStyle::Primary);
    const float width = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 3;
    if (touchButton(ctx.text("answers.previous_page"), "answers.previous_page",
                    ImVec2(width, ctx.primaryPx()), page > 0)) {
        --page;
    }
    ImGui::SameLine();
    // One place for the finger: 「つぎのページ」 until the last page, then the
    // button that goes on (nothing is signed or confirmed unseen).
    const bool last = page + 1 == pages;
    const std::vector<GridButton> onwards = {
        last ? GridButton{ctx.text(doneKey), std::string(doneKey)}
             : GridButton{ctx.format("answers.next_page", {{"page", std::to_string(page + 1)},
                                                           {"pages", std::to_string(pages)}}),
                          "answers.next_page"}};
    ImGui::BeginGroup();
    const bool tapped = drawButtonGrid(ctx, onwards, true).has_value();
    ImGui::EndGroup();
    if (tapped && !last) ++page;
    return tapped && last;
}

}  // namespace kiosk::ui
