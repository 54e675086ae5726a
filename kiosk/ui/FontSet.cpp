#include "FontSet.h"

#include <imgui.h>
#include <imgui_freetype.h>

#include <algorithm>
#include <fstream>

#include "GlyphRanges.h"
#include "core/UnicodeForms.h"
#include "text/KioskCharacters.h"

namespace kiosk::ui {

namespace {
// ImGui picks at most 4096 by itself; wider atlases are not faster to build.
constexpr int kPreferredTextureWidth = 4096;

struct FontRanges {
    CodePoints names;     // body text: every name character
    CodePoints fallback;  // body text when the texture limit is small
};

// Computed once: the ICU enumeration takes tens of milliseconds, and the
// large-text switch rebuilds the atlas with the same ranges.
const Result<FontRanges, FontLoadError>& glyphRanges() {
    static const Result<FontRanges, FontLoadError> ranges =
        []() -> Result<FontRanges, FontLoadError> {
        const auto& catalog = MessageCatalog::builtIn();
        auto body = bodyTextCharacters(catalog);
        if (!body) return fail(FontLoadError{"character sets: " + body.error().message});
        ImFontAtlas scratch;  // only for ImGui's static range table
        const CodePoints common =
            unite(fromGlyphRanges(scratch.GetGlyphRangesJapanese()), catalogueCharacters(catalog));
        return FontRanges{std::move(*body), common};
    }();
    return ranges;
}

bool fits(const ImFontAtlas& atlas, int maxTextureSize) {
    return maxTextureSize <= 0 ||
           (atlas.TexWidth <= maxTextureSize && atlas.TexHeight <= maxTextureSize);
}

bool build(ImFontAtlas& atlas, const std::filesystem::path& fontFile, float scale,
           const ImWchar* bodyRanges, const ImWchar* headingRanges, int maxTextureSize,
           bool withNumber, FontSet& fonts) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.TexDesiredWidth =
        maxTextureSize > 0 ? std::min(maxTextureSize, kPreferredTextureWidth) : 0;
    ImFontConfig config;
    config.OversampleH = 1;  // CJK: a quarter of the atlas, no visible loss
    config.OversampleV = 1;
    fonts.body = atlas.AddFontFromFileTTF(fontFile.c_str(), kBodyPx * scale, &config, bodyRanges);
    fonts.heading =
        atlas.AddFontFromFileTTF(fontFile.c_str(), kHeadingPx * scale, &config, headingRanges);
    static const ImWchar kDigits[] = {'0', '9', 0};
    fonts.number =
        withNumber ? atlas.AddFontFromFileTTF(fontFile.c_str(), kNumberPx * scale, &config, kDigits)
                   : nullptr;
    return fonts.body != nullptr && fonts.heading != nullptr &&
           (fonts.number != nullptr || !withNumber) && atlas.Build();
}

}  // namespace

Result<FontSet, FontLoadError> loadFonts(ImFontAtlas& atlas, const std::filesystem::path& fontFile,
                                         float scale, int maxTextureSize,
                                         std::string_view screenText) {
    if (!std::ifstream(fontFile, std::ios::binary)) {
        return fail(FontLoadError{"font file not readable: " + fontFile.string()});
    }
    const auto& ranges = glyphRanges();
    if (!ranges) return fail(ranges.error());
    FontSet fonts;
    // The form's own texts join both sets (an en dash in 「10–30%」, 勤 in a
    // step title): merged on each load, a few milliseconds.
    const std::u32string text = decodeUtf8(screenText);
    const CodePoints formCharacters = makeCodePoints({text.begin(), text.end()});
    const std::vector<ImWchar> headingRanges =
        toGlyphRanges(headingCharacters(MessageCatalog::builtIn(), screenText));
    const ImWchar* heading = headingRanges.data();
    const std::vector<ImWchar> names = toGlyphRanges(unite(ranges->names, formCharacters));
    if (!build(atlas, fontFile, scale, names.data(), heading, maxTextureSize, true, fonts)) {
        return fail(FontLoadError{"font could not be loaded: " + fontFile.string()});
    }
    if (fits(atlas, maxTextureSize)) return fonts;
    fonts.coversAllNames = false;
    const std::vector<ImWchar> common = toGlyphRanges(unite(ranges->fallback, formCharacters));
    // The smaller set leaves out the 受付番号's own size too (drawn scaled up).
    if (build(atlas, fontFile, scale, common.data(), heading, maxTextureSize, false, fonts) &&
        fits(atlas, maxTextureSize)) {
        return fonts;
    }
    atlas.Clear();
    return fail(FontLoadError{"fonts do not fit the renderer's " + std::to_string(maxTextureSize) +
                              " px texture limit"});
}

}  // namespace kiosk::ui
