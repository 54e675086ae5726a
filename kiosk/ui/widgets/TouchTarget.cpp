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

// The label as drawn and the padding around it: on one line where it fits;
// with less padding where only the padding is in the way (a key in large
// text); broken over lines where the button is too narrow for one and high
// enough for more (long English words); drawn smaller only where none of
// that fits (a simulator's long demonstration label). Never cut.
struct FittedLabel {
    std::string text;
    ImVec2 padding;
    float scale = 1.0f;
};

// The padding that centres `text` whole in `size`, no more than the style's.
ImVec2 paddingFor(ImVec2 text, ImVec2 size) {
    const ImVec2 style = ImGui::GetStyle().FramePadding;
    return ImVec2(std::clamp((size.x - text.x) / 2, 0.0f, style.x),
                  std::clamp((size.y - text.y) / 2, 0.0f, style.y));
}

FittedLabel fitLabel(std::string_view text, ImVec2 size) {
    // A sliver of frame stays free beside the label, so it never touches it.
    const ImVec2 room(size.x * 0.92f, size.y * 0.92f);
    const ImVec2 oneLine = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    if (oneLine.x <= room.x && oneLine.y <= room.y) {
        return {std::string(text), paddingFor(oneLine, size)};
    }
    // The largest size, in steps, at which the label fits on one line or
    // broken over several.
    for (float scale = 1.0f; scale > 0.3f; scale -= 0.05f) {
        const ImVec2 scaledRoom(room.x / scale, room.y / scale);
        if (oneLine.x <= scaledRoom.x && oneLine.y <= scaledRoom.y) {
            return {std::string(text),
                    paddingFor(ImVec2(oneLine.x * scale, oneLine.y * scale), size), scale};
        }
        std::string broken = brokenText(text, scaledRoom.x);
        const ImVec2 lines = ImGui::CalcTextSize(broken.c_str());
        if (lines.x <= scaledRoom.x && lines.y <= scaledRoom.y) {
            return {std::move(broken), paddingFor(ImVec2(lines.x * scale, lines.y * scale), size),
                    scale};
        }
    }
    const float scale = std::min(oneLine.x > 0 ? room.x / oneLine.x : 1.0f,
                                 oneLine.y > 0 ? room.y / oneLine.y : 1.0f);
    return {std::string(text), paddingFor(ImVec2(oneLine.x * scale, oneLine.y * scale), size),
            std::min(scale, 1.0f)};
}

}  // namespace

bool touchButton(std::string_view text, std::string_view id, ImVec2 size, bool enabled) {
    const FittedLabel fitted = fitLabel(text, size);
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
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, fitted.padding);
    const bool pressed = ImGui::Button(label.c_str(), size);
    ImGui::PopStyleVar();
    if (!enabled) ImGui::EndDisabled();
    const ImRect item(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    ImRect shown = ImGui::GetCurrentWindowRead()->ClipRect;
    shown.ClipWith(ImRect(ImVec2(0, 0), ImGui::GetIO().DisplaySize));
    shown.Expand(0.5f);  // clip rectangles are rounded to whole pixels
    const bool visible = shown.Contains(item);
    if (gLog != nullptr) {
        // ImGui starts a label too big to centre at the padding and cuts it
        // at the button's edge; CalcTextSize rounds up to a pixel.
        const ImVec2 drawn = ImGui::CalcTextSize(fitted.text.c_str());
        const bool labelWhole = drawn.x <= size.x - fitted.padding.x + 1.0f &&
                                drawn.y <= size.y - fitted.padding.y + 1.0f;
        gLog->add(TouchTarget{std::string(id), item.Min, item.Max, enabled, visible,
                              std::string(text), labelWhole});
    }
    if (fitted.scale < 1.0f) ImGui::SetWindowFontScale(windowScale);
    return pressed && enabled && visible;
}

}  // namespace kiosk::ui
