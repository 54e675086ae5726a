#include "EraDatePicker.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "TouchTarget.h"
#include "core/MessageCatalog.h"

namespace kiosk::ui {

namespace {

std::string eraName(Era era, Language lang) {
    return lang == Language::English ? eraNameEn(era) : eraNameJa(era);
}

std::string partText(const WarekiDate& date, input::DatePart part, Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    switch (part) {
        case input::DatePart::Year:
            if (date.year == 1) return messages.text(lang, "date.first_year");
            return messages.format(lang, "date.year", {{"year", std::to_string(date.year)}});
        case input::DatePart::Month:
            return messages.format(lang, "date.month", {{"month", std::to_string(date.month)}});
        case input::DatePart::Day:
            return messages.format(lang, "date.day", {{"day", std::to_string(date.day)}});
    }
    return {};
}

const char* partId(input::DatePart part) {
    switch (part) {
        case input::DatePart::Year:
            return "year";
        case input::DatePart::Month:
            return "month";
        case input::DatePart::Day:
            return "day";
    }
    return "";
}

// The value between its buttons, centred in a box wide enough for "12月".
void drawValue(const std::string& text, float width, float height) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    ImGui::SetCursorScreenPos(ImVec2(at.x + (width - size.x) / 2, at.y + (height - size.y) / 2));
    ImGui::TextUnformatted(text.c_str());
    ImGui::SetCursorScreenPos(at);
    ImGui::Dummy(ImVec2(width, height));
}

// − value + for one part; the year also gets −10 and +10 (birth years are far apart).
bool drawPartRow(input::EraDateSelection& selection, input::DatePart part, float touchPx,
                 Language lang) {
    const auto& messages = MessageCatalog::builtIn();
    const std::string& minus = messages.text(lang, "date.decrease");
    const std::string& plus = messages.text(lang, "date.increase");
    const std::string id = partId(part);
    const float gap = touchGap(touchPx);
    const ImVec2 square(touchPx, touchPx);
    const ImVec2 wide(touchPx * 1.5f, touchPx);
    const bool tens = part == input::DatePart::Year;
    bool changed = false;
    auto stepButton = [&](const std::string& text, const std::string& buttonId, ImVec2 size,
                          int delta) {
        if (touchButton(text, buttonId, size, selection.canStep(part, delta))) {
            changed |= selection.step(part, delta);
        }
        ImGui::SameLine(0, gap);
    };
    if (tens) stepButton(minus + "10", id + "-10", wide, -10);
    stepButton(minus, id + "-", square, -1);
    drawValue(partText(selection.wareki(), part, lang), touchPx * 2.5f, touchPx);
    ImGui::SameLine(0, gap);
    stepButton(plus, id + "+", square, +1);
    if (tens) {
        stepButton(plus + "10", id + "+10", wide, +10);
        const std::string western = messages.format(
            lang, "date.gregorian", {{"year", std::to_string(selection.date().year())}});
        drawValue(western, ImGui::CalcTextSize(western.c_str()).x, touchPx);
    } else {
        ImGui::NewLine();
    }
    return changed;
}

}  // namespace

bool drawEraDatePicker(const char* id, input::EraDateSelection& selection, float touchPx,
                       Language lang) {
    ImGui::PushID(id);
    const float gap = touchGap(touchPx);
    // Rows are placed a touch gap apart explicitly: ImGui's item spacing is smaller.
    ImVec2 row = ImGui::GetCursorScreenPos();
    bool changed = false;
    const Era chosen = selection.wareki().era;
    for (Era era : selection.offeredEras()) {
        // The chosen era stays in the pressed colour, with a frame, not by colour alone.
        const bool isChosen = era == chosen;
        if (isChosen) {
            ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
            ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, touchPx / 15.0f);
        }
        const std::string name = eraName(era, lang);
        const float width =
            std::max(touchPx * 1.5f, ImGui::CalcTextSize(name.c_str()).x + touchPx / 2);
        if (touchButton(name, eraNameEn(era), ImVec2(width, touchPx))) {
            changed |= selection.setEra(era);
        }
        if (isChosen) {
            ImGui::PopStyleVar();
            ImGui::PopStyleColor();
        }
        ImGui::SameLine(0, gap);
    }
    for (auto part : {input::DatePart::Year, input::DatePart::Month, input::DatePart::Day}) {
        row.y += touchPx + gap;
        ImGui::SetCursorScreenPos(row);
        changed |= drawPartRow(selection, part, touchPx, lang);
    }
    ImGui::PopID();
    return changed;
}

}  // namespace kiosk::ui
