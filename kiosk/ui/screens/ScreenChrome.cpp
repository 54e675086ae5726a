#include "ScreenChrome.h"

#include <imgui.h>

#include "ui/Theme.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

void beginPage(const char* id) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     // The renderer already clears to the page colour; a second
                     // full-screen fill costs most of a software-rendered frame.
                     ImGuiWindowFlags_NoBackground);
}

void endPage() {
    ImGui::End();
}

HeaderActions drawHeader(const ScreenContext& ctx, bool showBack) {
    HeaderActions actions;
    const float width = ImGui::GetContentRegionAvail().x;
    const float buttonWidth = width * 0.3f;
    if (showBack) {
        actions.back =
            touchButton(ctx.text("common.back"), "common.back", ImVec2(buttonWidth, ctx.touchPx));
        ImGui::SameLine();
    }
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - buttonWidth) -
                         (showBack ? buttonWidth + ImGui::GetStyle().ItemSpacing.x : 0.0f));
    actions.callStaff = touchButton(ctx.text("common.call_staff"), "common.call_staff",
                                    ImVec2(buttonWidth, ctx.touchPx));
    ImGui::Spacing();
    return actions;
}

void beginFlowPage(CheckInFlow& flow, const ScreenContext& ctx, const char* id) {
    beginPage(id);
    const HeaderActions actions = drawHeader(ctx);
    if (actions.back) flow.back(ctx.now);
    if (actions.callStaff) flow.callStaff(ctx.now);
}

void drawHeading(const ScreenContext& ctx, const std::string& text) {
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::Spacing();
}

void drawBody(const ScreenContext&, const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
}

void drawProgress(const ScreenContext& ctx, int current, int total) {
    const std::string line = ctx.format("common.progress", {{"current", std::to_string(current)},
                                                            {"total", std::to_string(total)}});
    ImGui::TextUnformatted(line.c_str());
    ImGui::ProgressBar(total > 0 ? static_cast<float>(current) / static_cast<float>(total) : 0.0f,
                       ImVec2(-1.0f, ctx.touchPx * 0.15f), "");
    ImGui::Spacing();
}

bool bigButton(const ScreenContext& ctx, std::string_view key, ButtonStyle style) {
    const bool primary = style == ButtonStyle::Primary;
    const bool filled = primary && ctx.palette != nullptr;
    if (filled) {
        ImGui::PushStyleColor(ImGuiCol_Button, toImVec4(ctx.palette->primaryButton));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, toImVec4(ctx.palette->primaryButton));
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, toImVec4(ctx.palette->primaryButtonPressed));
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(ctx.palette->primaryButtonText));
    }
    if (!primary) {
        // Outlined: the frame border carries the shape, the fill stays quiet.
        ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 3.0f);
    }
    const ImVec2 size(ImGui::GetContentRegionAvail().x, ctx.touchPx * (primary ? 1.25f : 1.0f));
    const bool pressed = touchButton(ctx.text(key), key, size);
    if (!primary) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    }
    if (filled) ImGui::PopStyleColor(4);
    ImGui::Spacing();
    return pressed;
}

void beginContent(const ScreenContext& ctx) {
    const float footer = ctx.touchPx * 1.25f + ImGui::GetStyle().ItemSpacing.y * 2;
    ImGui::BeginChild("content", ImVec2(0, ImGui::GetContentRegionAvail().y - footer), false,
                      ImGuiWindowFlags_NoBackground);
}

void endContent() {
    ImGui::EndChild();
}

void drawError(const ScreenContext& ctx, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.70f, 0.0f, 0.0f, 1.0f));
    ImGui::PushTextWrapPos(0.0f);
    // "！" and the word carry the meaning for readers who cannot tell red apart.
    ImGui::Text("！ %s: %s", ctx.text("common.error_prefix").c_str(), text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace kiosk::ui
