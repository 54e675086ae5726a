#include "SignaturePad.h"

#include <algorithm>
#include <vector>

#include "TouchTarget.h"
#include "core/MessageCatalog.h"

namespace kiosk::ui {

bool drawSignaturePad(const char* id, input::SignatureStrokes& strokes, ImVec2 boxSize,
                      float touchPx, Language lang) {
    ImGui::PushID(id);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float scaleX = strokes.width() / boxSize.x;
    const float scaleY = strokes.height() / boxSize.y;
    auto toStroke = [&](ImVec2 p) {
        return input::StrokePoint{(p.x - origin.x) * scaleX, (p.y - origin.y) * scaleY};
    };
    auto toScreen = [&](input::StrokePoint p) {
        return ImVec2(origin.x + p.x / scaleX, origin.y + p.y / scaleY);
    };

    bool changed = false;
    ImGui::InvisibleButton("box", boxSize);
    const ImVec2 finger = ImGui::GetIO().MousePos;
    if (ImGui::IsItemActivated()) {
        strokes.begin(toStroke(finger));
        changed = true;
    } else if (ImGui::IsItemActive()) {
        const std::size_t before = strokes.strokes().back().size();
        strokes.extend(toStroke(finger));
        changed = strokes.strokes().back().size() != before;
    }

    // Ink on paper whatever the theme, as the PNG will be.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(origin.x + boxSize.x, origin.y + boxSize.y);
    const float ink = std::max(3.0f, touchPx / 20);
    draw->AddRectFilled(origin, end, IM_COL32_WHITE);
    draw->AddRect(origin, end, IM_COL32(64, 64, 64, 255), 0.0f, 0, ink / 2);
    std::vector<ImVec2> line;
    for (const auto& stroke : strokes.strokes()) {
        line.clear();
        for (const auto& p : stroke) line.push_back(toScreen(p));
        if (line.size() == 1) {
            draw->AddCircleFilled(line.front(), ink / 2, IM_COL32_BLACK);
        } else {
            draw->AddPolyline(line.data(), static_cast<int>(line.size()), IM_COL32_BLACK, 0, ink);
        }
    }

    const auto& messages = MessageCatalog::builtIn();
    const float gap = touchGap(touchPx);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, end.y + gap));
    const bool signedSomething = !strokes.empty();
    const std::string& undo = messages.text(lang, "signature.undo");
    const std::string& clear = messages.text(lang, "signature.clear");
    const float undoWidth =
        std::max(touchPx * 3, ImGui::CalcTextSize(undo.c_str()).x + touchPx / 2);
    const float clearWidth =
        std::max(touchPx * 3, ImGui::CalcTextSize(clear.c_str()).x + touchPx / 2);
    if (touchButton(undo, "undo", ImVec2(undoWidth, touchPx), signedSomething)) {
        changed |= strokes.undo();
    }
    ImGui::SameLine(0, gap);
    if (touchButton(clear, "clear", ImVec2(clearWidth, touchPx), signedSomething)) {
        strokes.clear();
        changed = true;
    }
    ImGui::PopID();
    return changed;
}

}  // namespace kiosk::ui
