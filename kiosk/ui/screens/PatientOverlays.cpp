#include "PatientOverlays.h"

#include <imgui.h>

#include <chrono>
#include <string>

#include "ScreenChrome.h"

namespace kiosk::ui {

namespace {

// A modal box centred on the screen; taps outside it do nothing.
bool beginOverlay(const char* id) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x * 0.7f, 0.0f));
    ImGui::SetNextWindowFocus();
    return ImGui::Begin(id, nullptr,
                        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                            ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
}

// Dims the page behind an overlay and swallows its taps.
void blockPage() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::SetNextWindowBgAlpha(0.6f);
    ImGui::Begin(
        "overlay_backdrop", nullptr,
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::End();
}

}  // namespace

void drawStaffCalledOverlay(CheckInFlow& flow, const ScreenContext& ctx) {
    blockPage();
    if (beginOverlay("staff_called")) {
        drawHeading(ctx, ctx.text("staff.heading"));
        const auto minutes = std::chrono::ceil<std::chrono::minutes>(flow.staffCallWait());
        drawBody(ctx, ctx.format("staff.body", {{"minutes", std::to_string(minutes.count())}}));
        if (bigButton(ctx, "staff.cancel")) flow.cancelStaffCall(ctx.now);
        if (sideButton(ctx, "staff.dismiss")) flow.staffDone(ctx.now);
    }
    ImGui::End();
}

void drawStillThereOverlay(CheckInFlow& flow, const ScreenContext& ctx) {
    blockPage();
    if (beginOverlay("still_there")) {
        drawHeading(ctx, ctx.text("idle.heading"));
        drawBody(ctx, ctx.format("idle.body",
                                 {{"seconds", std::to_string(flow.idleSecondsLeft(ctx.now))}}));
        if (bigButton(ctx, "idle.continue", ButtonStyle::Primary)) flow.touched(ctx.now);
    }
    ImGui::End();
}

}  // namespace kiosk::ui
