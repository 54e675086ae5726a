#include "WrappedText.h"

#include <algorithm>

#include "text/LineBreaking.h"

namespace kiosk::ui {

namespace {
constexpr float kMeasureInFullWidthCharacters = 40.0f;

double textWidth(std::string_view utf8) {
    return ImGui::CalcTextSize(utf8.data(), utf8.data() + utf8.size()).x;
}
}  // namespace

// The lines joined by '\n': ImGui draws them one font height apart, as its
// own wrapping does.
std::string brokenText(std::string_view text, float width) {
    std::string joined;
    for (const std::string& line : breakLines(text, width, textWidth)) {
        joined.append(line).push_back('\n');
    }
    joined.pop_back();  // breakLines gives at least one line
    return joined;
}

float readableMeasure() {
    // A full-width character is one font size wide.
    return ImGui::GetFontSize() * kMeasureInFullWidthCharacters;
}

ImVec2 wrappedTextSize(std::string_view text, float width) {
    const std::string broken = brokenText(text, width);
    return ImGui::CalcTextSize(broken.c_str());
}

void drawWrappedText(std::string_view text, float width) {
    if (width <= 0) width = std::min(ImGui::GetContentRegionAvail().x, readableMeasure());
    ImGui::TextUnformatted(brokenText(text, width).c_str());
}

void drawWrappedTextDimmed(std::string_view text, float width) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    drawWrappedText(text, width);
    ImGui::PopStyleColor();
}

}  // namespace kiosk::ui
