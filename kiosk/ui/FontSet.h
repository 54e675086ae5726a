#pragma once
// The kiosk's fonts: the bundled IPAex Gothic at body and heading sizes,
// rasterised with FreeType (faster atlas builds than stb for CJK).
#include <filesystem>
#include <string>

#include "core/Result.h"

struct ImFont;
struct ImFontAtlas;

namespace kiosk::ui {

struct FontSet {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
};

struct FontLoadError {
    std::string message;
};

// Adds the fonts to `atlas` and builds it. `scale` is the large-text factor.
Result<FontSet, FontLoadError> loadFonts(ImFontAtlas& atlas, const std::filesystem::path& fontFile,
                                         float scale);

}  // namespace kiosk::ui
