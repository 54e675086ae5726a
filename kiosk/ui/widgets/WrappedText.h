#pragma once
// Paragraphs drawn in the current font, broken where Japanese and English
// readers expect (text/LineBreaking), never wider than a comfortable
// measure: about 40 full-width characters (UX.md), however wide the panel.
#include <imgui.h>

#include <string>
#include <string_view>

namespace kiosk::ui {

// The widest a paragraph is drawn in the current font.
float readableMeasure();

// `text` broken into lines no wider than `width`, joined by '\n'.
std::string brokenText(std::string_view text, float width);
// The size `text` takes in the current font in lines no wider than `width`.
ImVec2 wrappedTextSize(std::string_view text, float width);

// Draws `text` from the cursor in lines no wider than `width`; width <= 0:
// the content region left, at most readableMeasure().
void drawWrappedText(std::string_view text, float width = 0.0f);
// The same in the dimmed colour of a question beside its answer or a help.
void drawWrappedTextDimmed(std::string_view text, float width = 0.0f);

}  // namespace kiosk::ui
