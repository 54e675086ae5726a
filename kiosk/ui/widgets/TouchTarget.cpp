#include "TouchTarget.h"

#include <imgui_internal.h>

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

bool touchButton(std::string_view text, std::string_view id, ImVec2 size, bool enabled) {
    // "###" makes ImGui hash only the id, so the button keeps its identity
    // (and an in-progress press) when the language changes.
    std::string label;
    label.reserve(text.size() + 3 + id.size());
    label.append(text).append("###").append(id);
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
        gLog->add(
            TouchTarget{std::string(id), item.Min, item.Max, enabled, visible, std::string(text)});
    }
    return pressed && enabled && visible;
}

}  // namespace kiosk::ui
