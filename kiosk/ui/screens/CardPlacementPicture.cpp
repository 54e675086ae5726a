#include "CardPlacementPicture.h"

#include <algorithm>

namespace kiosk::ui {

void drawCardPlacementPicture(ImVec2 size) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 paper = ImGui::GetColorU32(ImGuiCol_WindowBg);
    const ImU32 body = ImGui::GetColorU32(ImGuiCol_Button);
    const float unit = std::min(size.x / 10.0f, size.y / 10.0f);
    const float thick = std::max(2.0f, unit * 0.12f);
    const float cx = origin.x + size.x / 2;
    const auto at = [&](float x, float y) { return ImVec2(cx + x * unit, origin.y + y * unit); };

    // The reader: a block with its camera on top and a tray in front.
    draw->AddRectFilled(at(-2.5f, 1.0f), at(2.5f, 4.5f), body, unit * 0.3f);
    draw->AddRect(at(-2.5f, 1.0f), at(2.5f, 4.5f), ink, unit * 0.3f, 0, thick);
    draw->AddCircle(at(0, 2.2f), unit * 0.5f, ink, 24, thick);  // camera
    draw->AddRectFilled(at(-4.0f, 6.0f), at(4.0f, 9.5f), body, unit * 0.3f);
    draw->AddRect(at(-4.0f, 6.0f), at(4.0f, 9.5f), ink, unit * 0.3f, 0, thick);  // tray
    draw->AddLine(at(-1.5f, 4.5f), at(-2.5f, 6.0f), ink, thick);
    draw->AddLine(at(1.5f, 4.5f), at(2.5f, 6.0f), ink, thick);

    // The card, face up on the tray: photo on the right, as on the card.
    draw->AddRectFilled(at(-3.0f, 6.5f), at(3.0f, 9.0f), paper, unit * 0.2f);
    draw->AddRect(at(-3.0f, 6.5f), at(3.0f, 9.0f), ink, unit * 0.2f, 0, thick);
    draw->AddRect(at(1.2f, 6.9f), at(2.6f, 8.6f), ink, 0, 0, thick);  // photo
    for (float y : {7.1f, 7.7f, 8.3f}) draw->AddLine(at(-2.6f, y), at(0.8f, y), ink, thick);

    // An arrow from above the tray down onto the card.
    draw->AddLine(at(-5.5f, 2.0f), at(-5.5f, 6.4f), ink, thick * 1.5f);
    draw->AddTriangleFilled(at(-6.1f, 5.8f), at(-4.9f, 5.8f), at(-5.5f, 6.9f), ink);

    ImGui::Dummy(size);
}

}  // namespace kiosk::ui
