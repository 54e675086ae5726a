#include "TouchTarget.h"

#include <imgui_internal.h>

#include <algorithm>

#include "WrappedText.h"

namespace kiosk::ui {

namespace {
TouchTargetLog* gLog = nullptr;
}

const TouchTarget* TouchTargetLog::find(std::string_view id) const {
    for (const auto& target : targets_) {
        if (target.id == id) return &target;
    }
    return nullptr;
}

void setTouchTargetLog(TouchTargetLog* log) {
    gLog = log;
}

namespace {

// The label as drawn: on one line where it fits, broken over lines where the
// button is too narrow for one and high enough for more (large text, long
// English words), and drawn smaller only where neither fits (a key in large
// text, a simulator's long demonstration label). A label is never cut.
struct FittedLabel {
    std::string text;
    float scale = 1.0f;
};

FittedLabel fitLabel(std::string_view text, ImVec2 size) {
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    const float width = size.x - 2 * padding.x;
    const ImVec2 oneLine = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    if (oneLine.x <= width && oneLine.y <= size.y) return {std::string(text)};
    if (oneLine.y <= size.y) {
        std::string broken = brokenText(text, width);
        const ImVec2 lines = ImGui::CalcTextSize(broken.c_str());
        if (lines.x <= width && lines.y <= size.y * 0.9f) return {std::move(broken)};
    }
    const float scale = std::min(oneLine.x > 0 ? (size.x - padding.x) / oneLine.x : 1.0f,
                                 oneLine.y > 0 ? size.y * 0.8f / oneLine.y : 1.0f);
    return {std::string(text), std::min(scale, 1.0f)};
}

}  // namespace

bool touchButton(std::string_view text, std::string_view id, ImVec2 size, bool enabled) {
    FittedLabel fitted = fitLabel(text, size);
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const float windowScale = window->FontWindowScale;
    if (fitted.scale < 1.0f) ImGui::SetWindowFontScale(windowScale * fitted.scale);
    // "###" makes ImGui hash only the id, so the button keeps its identity
    // (and an in-progress press) when the language changes.
    std::string label = fitted.text;
    label.append("###").append(id);
    // Disabled by the caller, or by an enclosing BeginDisabled (an overlay).
    enabled = enabled && (GImGui->CurrentItemFlags & ImGuiItemFlags_Disabled) == 0;
    if (!enabled) ImGui::BeginDisabled();
    const bool pressed = ImGui::Button(label.c_str(), size);
    if (!enabled) ImGui::EndDisabled();
    const ImRect item(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImRect shown = ImGui::GetCurrentWindowRead()->ClipRect;
    shown.ClipWith(ImRect(ImVec2(0, 0), ImGui::GetIO().DisplaySize));
    shown.Expand(0.5f);  // clip rectangles are rounded to whole pixels
    const bool visible = shown.Contains(item);
    if (gLog != nullptr) {
        // ImGui starts a label too wide to centre at the left padding and
        // cuts it at the button's edge; CalcTextSize rounds up to a pixel.
        const ImVec2 drawn = ImGui::CalcTextSize(fitted.text.c_str());
        const ImVec2 padding = ImGui::GetStyle().FramePadding;
        const bool labelWhole = drawn.x <= size.x - padding.x + 1.0f && drawn.y <= size.y + 1.0f;
        gLog->add(TouchTarget{std::string(id), item.Min, item.Max, enabled, visible,
                              std::string(text), labelWhole});
    }
    if (fitted.scale < 1.0f) ImGui::SetWindowFontScale(windowScale);
    return pressed && enabled && visible;
}

}  // namespace kiosk::ui
