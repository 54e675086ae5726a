#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <cstdio>

#include "core/MessageCatalog.h"
#include "forms/TemplateLoader.h"
#include "text/CodePoints.h"
#include "text/JinmeiyoKanji.h"
#include "text/JisCharacterSets.h"
#include "ui/FontSet.h"

namespace {

const std::filesystem::path kFont = std::filesystem::path(KIOSK_SOURCE_DIR) / "fonts/ipaexg.ttf";

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

std::string hex(unsigned c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", c);
    return buffer;
}

class FontSetTest : public ::testing::Test {
protected:
    void SetUp() override { ImGui::CreateContext(); }
    void TearDown() override { ImGui::DestroyContext(); }
    ImFontAtlas& atlas() { return *ImGui::GetIO().Fonts; }

    void expectEveryMessageHasAGlyph(const ImFont* font) {
        const auto& catalog = kiosk::MessageCatalog::builtIn();
        for (auto lang : {kiosk::Language::Japanese, kiosk::Language::English}) {
            for (const auto& key : catalog.keys(lang)) {
                for (ImWchar c : codepoints(catalog.text(lang, key))) {
                    EXPECT_NE(font->FindGlyphNoFallback(c), nullptr)
                        << "no glyph " << hex(c) << " in message " << key;
                }
            }
        }
    }
};

}  // namespace

TEST_F(FontSetTest, EveryCatalogueCharacterHasAGlyphInBodyAndHeading) {
    auto fonts = kiosk::ui::loadFonts(atlas(), kFont, 1.0f);
    ASSERT_TRUE(fonts) << fonts.error().message;
    EXPECT_TRUE(fonts->coversAllNames);
    expectEveryMessageHasAGlyph(fonts->body);
    expectEveryMessageHasAGlyph(fonts->heading);
}

// Issue 10 item 8: every text of the form template, in both languages, is
// drawn without 「?」: the body font draws them all, the heading font the
// title and step titles (「勤め先」 was 「お?め先」).
TEST_F(FontSetTest, EveryTemplateTextHasItsGlyphs) {
    auto form = kiosk::loadFormTemplate(std::string(KIOSK_SOURCE_DIR) +
                                        "/templates/hihokensha-shikaku-moushitatesho/v2.json");
    ASSERT_TRUE(form) << form.error().message;
    const std::string texts = kiosk::screenTexts(*form);
    auto fonts = kiosk::ui::loadFonts(atlas(), kFont, 1.0f, 0, texts);
    ASSERT_TRUE(fonts) << fonts.error().message;
    for (ImWchar c : codepoints(texts)) {
        EXPECT_NE(fonts->body->FindGlyphNoFallback(c), nullptr) << "no body glyph " << hex(c);
    }
    std::string headings = form->title.ja + form->title.en;
    for (const auto& step : form->steps) headings += step.title.ja + step.title.en;
    ASSERT_NE(headings.find("勤"), std::string::npos) << "the case this protects";
    for (ImWchar c : codepoints(headings)) {
        EXPECT_NE(fonts->heading->FindGlyphNoFallback(c), nullptr) << "no heading glyph " << hex(c);
    }
}

TEST_F(FontSetTest, HardNamesHaveBodyGlyphs) {
    auto fonts = kiosk::ui::loadFonts(atlas(), kFont, 1.0f);
    ASSERT_TRUE(fonts) << fonts.error().message;
    // 異体字 and 旧字体 of surnames, 々, 人名用漢字 outside JIS X 0208 (俠 禱 繫 萊),
    // the 﨑 compatibility ideograph, and full-width and half-width forms.
    // 𠮷 (U+20BB7) is outside the BMP, which this ImGui build (16-bit ImWchar)
    // cannot draw at all; VariantKanji folds it to 吉 for matching.
    const std::string names =
        "髙橋 﨑山 渡邊 渡邉 齋藤 齊藤 澤田 濱田 德川 佐々木 俠 禱 繫 萊 凜 琥珀 "
        "ﾀﾅｶ ﾀﾛｳ タナカ　タロウ ＡＢＣ１２３ 〒100-0001 ①";
    for (ImWchar c : codepoints(names)) {
        EXPECT_NE(fonts->body->FindGlyphNoFallback(c), nullptr) << "no glyph " << hex(c);
    }
}

TEST_F(FontSetTest, EveryJisX0208AndJinmeiyoCharacterHasABodyGlyph) {
    auto fonts = kiosk::ui::loadFonts(atlas(), kFont, 1.0f);
    ASSERT_TRUE(fonts) << fonts.error().message;
    auto jis = kiosk::jisX0208Characters();
    ASSERT_TRUE(jis);
    for (char32_t c : kiosk::unite(*jis, kiosk::jinmeiyoKanji())) {
        EXPECT_NE(fonts->body->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr)
            << "no glyph " << hex(c);
    }
}

TEST_F(FontSetTest, HeadingIsLargerThanBodyAndLargeTextScalesBoth) {
    auto normal = kiosk::ui::loadFonts(atlas(), kFont, 1.0f);
    ASSERT_TRUE(normal);
    EXPECT_GE(normal->body->FontSize, 32.0f);
    EXPECT_GE(normal->heading->FontSize, 48.0f);
    const float normalBody = normal->body->FontSize;  // reloading rebuilds the atlas
    const float normalHeading = normal->heading->FontSize;
    auto large = kiosk::ui::loadFonts(atlas(), kFont, 1.4f);
    ASSERT_TRUE(large);
    EXPECT_FLOAT_EQ(large->body->FontSize, normalBody * 1.4f);
    EXPECT_FLOAT_EQ(large->heading->FontSize, normalHeading * 1.4f);
    EXPECT_NE(large->body->FindGlyphNoFallback(U'齋'), nullptr);
}

// Second review: the 受付番号 was a heading scaled three times, blocky.
TEST_F(FontSetTest, TheReceptionNumberHasDigitsRasterisedAtItsOwnSize) {
    auto fonts = kiosk::ui::loadFonts(atlas(), kFont, 1.0f);
    ASSERT_TRUE(fonts);
    ASSERT_NE(fonts->number, nullptr);
    EXPECT_FLOAT_EQ(fonts->number->FontSize, kiosk::ui::kNumberPx);
    for (char32_t digit = U'0'; digit <= U'9'; ++digit) {
        EXPECT_NE(fonts->number->FindGlyphNoFallback(static_cast<ImWchar>(digit)), nullptr);
    }
}

TEST_F(FontSetTest, SmallTextureLimitFallsBackToCommonKanjiWithinTheLimit) {
    auto fonts = kiosk::ui::loadFonts(atlas(), kFont, 1.0f, 2048);
    ASSERT_TRUE(fonts) << fonts.error().message;
    EXPECT_FALSE(fonts->coversAllNames);
    EXPECT_LE(atlas().TexWidth, 2048);
    EXPECT_LE(atlas().TexHeight, 2048);
    expectEveryMessageHasAGlyph(fonts->body);
}

TEST_F(FontSetTest, TextureLimitTooSmallForAnySetIsAnError) {
    auto fonts = kiosk::ui::loadFonts(atlas(), kFont, 1.0f, 256);
    ASSERT_FALSE(fonts);
    EXPECT_NE(fonts.error().message.find("256"), std::string::npos);
}

TEST_F(FontSetTest, MissingFontFileIsAnErrorNamingTheFile) {
    auto fonts = kiosk::ui::loadFonts(atlas(), "/nonexistent/font.ttf", 1.0f);
    ASSERT_FALSE(fonts);
    EXPECT_NE(fonts.error().message.find("/nonexistent/font.ttf"), std::string::npos);
}
