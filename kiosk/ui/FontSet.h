#pragma once
// The kiosk's fonts: the bundled IPAex Gothic at body and heading sizes,
// rasterised with FreeType (faster atlas builds than stb for CJK).
//
// Body text holds every character a name may use (kiosk/text/KioskCharacters.h,
// about 7,400 glyphs); headings hold only the catalogue, kana and ASCII, so the
// large size costs little. Names belong in body text.
#include <filesystem>
#include <string>

#include "core/Result.h"

struct ImFont;
struct ImFontAtlas;

namespace kiosk::ui {

constexpr float kBodyPx = 32.0f;     // UX.md: body text ≥ 32 px
constexpr float kHeadingPx = 48.0f;  // UX.md: headings ≥ 48 px
constexpr float kNumberPx = 144.0f;  // the 受付番号 on the finish screen, digits only

struct FontSet {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    // Rasterised at its size, not a heading scaled up (the review: a blocky
    // 1); null in the smaller fallback set.
    ImFont* number = nullptr;
    // False when the renderer's texture limit forced the smaller fallback set
    // (ImGui's common-kanji ranges): rare names may then show as '?'.
    bool coversAllNames = true;
};

struct FontLoadError {
    std::string message;
};

// Adds the fonts to `atlas` and builds it. `scale` is the large-text factor;
// `maxTextureSize` is the renderer's limit in pixels (0: none);
// `screenText` holds the characters both fonts must draw besides the message
// catalogue's (the form template's texts, screenTexts()). Call between
// frames: ImGui locks the atlas while a frame is open.
Result<FontSet, FontLoadError> loadFonts(ImFontAtlas& atlas, const std::filesystem::path& fontFile,
                                         float scale, int maxTextureSize = 0,
                                         std::string_view screenText = {});

}  // namespace kiosk::ui
