#include "WelcomeScreen.h"

#include <imgui.h>

#include <algorithm>

#include "CardPlacementPicture.h"
#include "ScreenChrome.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

WelcomeAction drawWelcomeScreen(const ScreenContext& ctx, const WelcomeState& state) {
    WelcomeAction action = WelcomeAction::None;
    beginPage("welcome");
    drawHeading(ctx, ctx.text("welcome.heading"));
    // How to place the card, beside the words: placing it starts the
    // check-in without a tap.
    const float pictureSide = ctx.keyPx() * 3.0f;
    if (ImGui::BeginTable("how_to_place", 2)) {
        ImGui::TableSetupColumn("picture", ImGuiTableColumnFlags_WidthFixed, pictureSide);
        ImGui::TableSetupColumn("words", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableNextColumn();
        drawCardPlacementPicture(ImVec2(pictureSide, pictureSide));
        ImGui::TableNextColumn();
        drawBody(ctx, ctx.text("welcome.body"));
        drawBody(ctx, ctx.text("welcome.place_card"));
        ImGui::EndTable();
    }
    if (bigButton(ctx, "welcome.start", ButtonStyle::Primary)) action = WelcomeAction::Start;
    // The switches in one row where their words fit, else two rows of two.
    const char* keys[] = {
        "welcome.language", state.largeText ? "welcome.normal_text" : "welcome.large_text",
        state.highContrast ? "welcome.normal_contrast" : "welcome.high_contrast", "welcome.staff"};
    constexpr WelcomeAction actions[] = {
        WelcomeAction::SwitchLanguage, WelcomeAction::ToggleLargeText,
        WelcomeAction::ToggleHighContrast, WelcomeAction::CallStaff};
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    float widest = 0;
    for (const char* key : keys) {
        widest = std::max(widest, ImGui::CalcTextSize(ctx.text(key).c_str()).x);
    }
    const float room = ImGui::GetContentRegionAvail().x;
    const int columns =
        (room - 3 * gap) / 4 >= widest + 2 * ImGui::GetStyle().FramePadding.x ? 4 : 2;
    const float width =
        (room - static_cast<float>(columns - 1) * gap) / static_cast<float>(columns);
    for (int i = 0; i < 4; ++i) {
        if (i % columns != 0) ImGui::SameLine();
        if (touchButton(ctx.text(keys[i]), keys[i], ImVec2(width, ctx.touchPx))) {
            action = actions[i];
        }
    }
    endPage();
    return action;
}

}  // namespace kiosk::ui
