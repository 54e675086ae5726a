#include "Paging.h"

#include <imgui.h>

#include <string>

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

bool drawPagedFooter(const ScreenContext& ctx, int& page, int pages, std::string_view doneKey,
                     DoneWhen doneWhen) {
    if (pages <= 1) return bigButton(ctx, doneKey, ButtonStyle::Primary);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = (ImGui::GetContentRegionAvail().x - style.ItemSpacing.x * 2) / 3;
    const ImVec2 size(width, ctx.primaryPx());
    if (touchButton(ctx.text("answers.previous_page"), "answers.previous_page", size, page > 0)) {
        --page;
    }
    ImGui::SameLine();
    const std::string next = ctx.format("answers.next_page", {{"page", std::to_string(page + 1)},
                                                              {"pages", std::to_string(pages)}});
    if (touchButton(next, "answers.next_page", size, page + 1 < pages)) ++page;
    ImGui::SameLine();
    const bool ready = doneWhen == DoneWhen::Always || page + 1 == pages;
    // Greyed out, the button says when it will work.
    const std::string label =
        ready ? ctx.text(doneKey)
              : ctx.format("answers.done_on_the_last_page", {{"label", ctx.text(doneKey)}});
    const std::vector<GridButton> done = {{label, std::string(doneKey)}};
    ImGui::BeginGroup();
    if (!ready) ImGui::BeginDisabled();
    const bool pressed = drawButtonGrid(ctx, done, true).has_value();
    if (!ready) ImGui::EndDisabled();
    ImGui::EndGroup();
    return pressed && ready;
}

}  // namespace kiosk::ui
