#include <imgui.h>

#include "DeskParts.h"
#include "store/StaffCall.h"
#include "ui/Theme.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

void drawStaffCalls(const DeskView& view, const ScreenContext& ctx, DeskActions& actions) {
    const auto& calls = view.calls.open();
    if (calls.empty()) return;
    const Palette& colours = ctx.palette != nullptr ? *ctx.palette : palette(Contrast::Normal);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float rowHeight = ctx.touchPx + style.ItemSpacing.y;
    const float height = ImGui::GetTextLineHeightWithSpacing() +
                         rowHeight * static_cast<float>(calls.size()) + style.WindowPadding.y * 2;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, toImVec4(colours.caution));
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(colours.cautionText));
    ImGui::BeginChild("calls", ImVec2(0, height), true, ImGuiWindowFlags_NoScrollbar);
    ImGui::TextUnformatted(("！ " + ctx.text("desk.calls.heading")).c_str());
    for (const auto& call : calls) {
        const auto waited =
            std::chrono::duration_cast<std::chrono::minutes>(view.now - call.calledAt).count();
        const std::string line = ctx.format(
            "desk.calls.line",
            {{"kiosk", call.kioskName},
             {"minutes", std::to_string(std::max<long long>(0, waited))},
             {"reason", ctx.text("desk.calls.reason." + std::string(enumName(call.reason)))}});
        ImGui::PushID(static_cast<int>(call.id));
        ImGui::AlignTextToFramePadding();
        const float buttonWidth = ctx.touchPx * 3;
        ImGui::TextUnformatted(line.c_str());
        ImGui::SameLine(ImGui::GetContentRegionMax().x - buttonWidth);
        ImGui::PopStyleColor();  // the button keeps the theme's own text colour
        if (touchButton(ctx.text("desk.calls.take"), "take_call:" + std::to_string(call.id),
                        ImVec2(buttonWidth, ctx.touchPx))) {
            actions.takeCall = call.id;
        }
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(colours.cautionText));
        ImGui::PopID();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor(2);
}

}  // namespace kiosk::ui
