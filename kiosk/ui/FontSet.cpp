#include "FontSet.h"

#include <imgui.h>
#include <imgui_freetype.h>

#include <fstream>

namespace kiosk::ui {

namespace {
constexpr float kBodyPx = 32.0f;     // UX.md: body text ≥ 32 px
constexpr float kHeadingPx = 48.0f;  // UX.md: headings ≥ 48 px
}  // namespace

Result<FontSet, FontLoadError> loadFonts(ImFontAtlas& atlas, const std::filesystem::path& fontFile,
                                         float scale) {
    if (!std::ifstream(fontFile, std::ios::binary)) {
        return fail(FontLoadError{"font file not readable: " + fontFile.string()});
    }
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    ImFontConfig config;
    config.OversampleH = 1;  // CJK: a quarter of the atlas, no visible loss
    config.OversampleV = 1;
    const ImWchar* ranges = atlas.GetGlyphRangesJapanese();
    FontSet fonts;
    fonts.body = atlas.AddFontFromFileTTF(fontFile.c_str(), kBodyPx * scale, &config, ranges);
    fonts.heading = atlas.AddFontFromFileTTF(fontFile.c_str(), kHeadingPx * scale, &config, ranges);
    if (fonts.body == nullptr || fonts.heading == nullptr || !atlas.Build()) {
        return fail(FontLoadError{"font could not be loaded: " + fontFile.string()});
    }
    return fonts;
}

}  // namespace kiosk::ui
