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

// `text` broken into lines no wider than `width`, the lines as even as that
// many lines allow (no lone 「る」 under a full line).
std::string balancedLines(std::string_view text, float width) {
    std::string broken = brokenText(text, width);
    const auto count = static_cast<float>(std::count(broken.begin(), broken.end(), '\n') + 1);
    if (count < 2) return broken;
    const float even = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x / count;
    for (float tried = even; tried < width; tried += even * 0.05f) {
        std::string balanced = brokenText(text, tried);
        if (std::count(balanced.begin(), balanced.end(), '\n') + 1 == static_cast<long>(count)) {
            return balanced;
        }
    }
    return broken;
}

// A line break put between two letters or digits of `text` (not in place
// of a space): a word wider than the line was cut (「Employe／e」), which
// reads worse than a smaller label.
bool cutsAWord(std::string_view text, const std::string& broken) {
    const auto alnum = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '\'';
    };
    std::size_t i = 0;
    for (std::size_t j = 0; j < broken.size() && i < text.size(); ++j) {
        if (broken[j] != '\n' || text[i] == '\n') {
            ++i;
            continue;
        }
        if (text[i] == ' ' || text.substr(i).starts_with("\u3000")) {
            // The spaces the break took, ideographic ones (three bytes) too.
            while (i < text.size() && (text[i] == ' ' || text.substr(i).starts_with("\u3000"))) {
                i += text[i] == ' ' ? 1 : 3;
            }
        } else if (i > 0 && alnum(text[i - 1]) && alnum(text[i])) {
            return true;
        }
    }
    return false;
}

FittedLabel fitLabel(std::string_view text, ImVec2 size) {
    const ImVec2 room(labelRoom(size.x), labelRoom(size.y));
    const ImVec2 oneLine = ImGui::CalcTextSize(text.data(), text.data() + text.size());
    const auto scaled = [&](const std::string& label, ImVec2 drawn, float scale) {
        return FittedLabel{label, paddingFor(ImVec2(drawn.x * scale, drawn.y * scale), size),
                           scale};
    };
    // One line a little smaller reads better than two (「つぎのペー／ジ」).
    for (float scale = 1.0f; scale > 0.74f; scale -= 0.05f) {
        if (oneLine.x * scale <= room.x && oneLine.y * scale <= room.y) {
            return scaled(std::string(text), oneLine, scale);
        }
    }
    // Else the largest size, in steps, at which it fits broken over lines.
    for (float scale = 1.0f; scale > 0.3f; scale -= 0.05f) {
        const ImVec2 scaledRoom(room.x / scale, room.y / scale);
        if (oneLine.x <= scaledRoom.x && oneLine.y <= scaledRoom.y) {
            return scaled(std::string(text), oneLine, scale);
        }
        std::string broken = balancedLines(text, scaledRoom.x);
        const ImVec2 lines = ImGui::CalcTextSize(broken.c_str());
        if (lines.x <= scaledRoom.x && lines.y <= scaledRoom.y && !cutsAWord(text, broken)) {
            return scaled(broken, lines, scale);
        }
    }
    const float scale = std::min(oneLine.x > 0 ? room.x / oneLine.x : 1.0f,
                                 oneLine.y > 0 ? room.y / oneLine.y : 1.0f);
    return scaled(std::string(text), oneLine, std::min(scale, 1.0f));
}

}  // namespace

namespace {

// Whether `item` is wholly inside `shown` (a clip rectangle) and the screen.
bool whollyShown(const ImRect& item, ImRect shown) {
    shown.ClipWith(ImRect(ImVec2(0, 0), ImGui::GetIO().DisplaySize));
    shown.Expand(0.5f);  // clip rectangles are rounded to whole pixels
    return shown.Contains(item);
}

}  // namespace

void logLastItemAsTarget(std::string_view id, std::string_view text) {
    if (gLog == nullptr) return;
    const ImRect item(ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
    // A table row spans every column: it is seen where the table's window
    // shows it, whatever column is being drawn.
    const ImRect shown = ImGui::GetCurrentWindowRead()->InnerClipRect;
    gLog->add(TouchTarget{std::string(id), item.Min, item.Max, true, whollyShown(item, shown),
                          std::string(text), true, 1.0f});
}

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
    const bool visible = whollyShown(item, ImGui::GetCurrentWindowRead()->ClipRect);
    if (gLog != nullptr) {
        // ImGui starts a label too big to centre at the padding and cuts it
        // at the button's edge; CalcTextSize rounds up to a pixel.
        const ImVec2 drawn = ImGui::CalcTextSize(fitted.text.c_str());
        const bool labelWhole = drawn.x <= size.x - fitted.padding.x + 1.0f &&
                                drawn.y <= size.y - fitted.padding.y + 1.0f;
        gLog->add(TouchTarget{std::string(id), item.Min, item.Max, enabled, visible,
                              std::string(text), labelWhole, fitted.scale});
    }
    if (fitted.scale < 1.0f) ImGui::SetWindowFontScale(windowScale);
    return pressed && enabled && visible;
}

}  // namespace kiosk::ui
