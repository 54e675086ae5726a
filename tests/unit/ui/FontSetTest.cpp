#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include "core/MessageCatalog.h"
#include "ui/FontSet.h"

namespace {

// Decodes UTF-8 the way ImGui does when it draws text.
std::vector<ImWchar> codepoints(const std::string& s) {
    std::vector<ImWchar> out;
    const char* p = s.c_str();
    const char* end = p + s.size();
    while (p < end) {
        unsigned int c = 0;
        p += ImTextCharFromUtf8(&c, p, end);
        out.push_back(static_cast<ImWchar>(c));
    }
    return out;
}

class FontSetTest : public ::testing::Test {
protected:
    void SetUp() override { ImGui::CreateContext(); }
    void TearDown() override { ImGui::DestroyContext(); }
};

}  // namespace

TEST_F(FontSetTest, EveryCharacterOfTheJapaneseCatalogueHasAGlyph) {
    auto fonts = kiosk::ui::loadFonts(
        *ImGui::GetIO().Fonts, std::filesystem::path(KIOSK_SOURCE_DIR) / "fonts/ipaexg.ttf", 1.0f);
    ASSERT_TRUE(fonts) << fonts.error().message;
    const auto& catalog = kiosk::MessageCatalog::builtIn();
    for (auto lang : {kiosk::Language::Japanese, kiosk::Language::English}) {
        for (const auto& key : catalog.keys(lang)) {
            for (ImWchar c : codepoints(catalog.text(lang, key))) {
                EXPECT_NE(fonts->body->FindGlyphNoFallback(c), nullptr)
                    << "no glyph U+" << std::hex << c << " in message " << key;
            }
        }
    }
}

TEST_F(FontSetTest, HeadingIsLargerThanBodyAndLargeTextScales) {
    auto& atlas = *ImGui::GetIO().Fonts;
    auto path = std::filesystem::path(KIOSK_SOURCE_DIR) / "fonts/ipaexg.ttf";
    auto normal = kiosk::ui::loadFonts(atlas, path, 1.0f);
    ASSERT_TRUE(normal);
    EXPECT_GE(normal->body->FontSize, 32.0f);
    EXPECT_GE(normal->heading->FontSize, 48.0f);
    const float normalBody = normal->body->FontSize;  // reloading rebuilds the atlas
    auto large = kiosk::ui::loadFonts(atlas, path, 1.4f);
    ASSERT_TRUE(large);
    EXPECT_FLOAT_EQ(large->body->FontSize, normalBody * 1.4f);
}

TEST_F(FontSetTest, MissingFontFileIsAnErrorNamingTheFile) {
    auto fonts = kiosk::ui::loadFonts(*ImGui::GetIO().Fonts, "/nonexistent/font.ttf", 1.0f);
    ASSERT_FALSE(fonts);
    EXPECT_NE(fonts.error().message.find("/nonexistent/font.ttf"), std::string::npos);
}
