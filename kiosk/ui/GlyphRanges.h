#pragma once
// Code-point sets to and from ImGui's glyph ranges (inclusive pairs,
// zero-terminated). ImGui keeps a pointer to the ranges it is given, so they
// must live as long as the atlas.
#include <imgui.h>

#include <vector>

#include "text/CodePoints.h"

namespace kiosk::ui {

std::vector<ImWchar> toGlyphRanges(const CodePoints& set);
CodePoints fromGlyphRanges(const ImWchar* ranges);

}  // namespace kiosk::ui
