#include "WelcomeScreen.h"

#include <imgui.h>

#include "CardPlacementPicture.h"
#include "ScreenChrome.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

namespace {

// One of the row of smaller switches under the start button.
bool switchButton(const ScreenContext& ctx, const char* key, float width) {
    const bool pressed = touchButton(ctx.text(key), key, ImVec2(width, ctx.touchPx));
    ImGui::SameLine();
    return pressed;
}

}  // namespace

WelcomeAction drawWelcomeScreen(const ScreenContext& ctx, const WelcomeState& state) {
    WelcomeAction action = WelcomeAction::None;
    beginPage("welcome");
    drawHeading(ctx, ctx.text("welcome.heading"));
    // How to place the card, beside the words: placing it starts the
    // check-in without a tap.
    const float pictureSide = ctx.touchPx * 3.0f;
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
    ImGui::Dummy(ImVec2(0, ctx.touchPx * 0.25f));
    if (bigButton(ctx, "welcome.start", ButtonStyle::Primary)) action = WelcomeAction::Start;
    ImGui::Dummy(ImVec2(0, ctx.touchPx * 0.25f));
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float width = (ImGui::GetContentRegionAvail().x - 3 * gap) / 4;
    if (switchButton(ctx, "welcome.language", width)) action = WelcomeAction::SwitchLanguage;
    if (switchButton(ctx, state.largeText ? "welcome.normal_text" : "welcome.large_text", width)) {
        action = WelcomeAction::ToggleLargeText;
    }
    if (switchButton(ctx, state.highContrast ? "welcome.normal_contrast" : "welcome.high_contrast",
                     width)) {
        action = WelcomeAction::ToggleHighContrast;
    }
    if (touchButton(ctx.text("welcome.staff"), "welcome.staff", ImVec2(width, ctx.touchPx))) {
        action = WelcomeAction::CallStaff;
    }
    endPage();
    return action;
}

}  // namespace kiosk::ui
