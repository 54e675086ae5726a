#include <gtest/gtest.h>

#include <cstdio>

#include "core/UnicodeForms.h"
#include "text/JinmeiyoKanji.h"
#include "text/KioskCharacters.h"

namespace {

using kiosk::CodePoints;

std::string hex(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

// Reports every character of `text` that `set` lacks.
void expectAllIn(const CodePoints& set, const std::string& text) {
    for (char32_t c : kiosk::decodeUtf8(text)) {
        EXPECT_TRUE(kiosk::contains(set, c)) << hex(c) << " missing";
    }
}

}  // namespace

TEST(JisCharacterSets, JisX0208HoldsBothKanjiLevelsKanaAndSymbols) {
    auto jis = kiosk::jisX0208Characters();
    ASSERT_TRUE(jis) << jis.error().message;
    // 亜 opens level 1, 弌 opens level 2, 熙 closes it; 〜 is JIS's wave dash.
    expectAllIn(*jis, "亜腕弌熙あアヶ０ＺαЯ─〜「」、。・ー々〆〇");
    EXPECT_GE(jis->size(), 6879u);               // 6,355 kanji + 524 non-kanji
    EXPECT_FALSE(kiosk::contains(*jis, U'髙'));  // IBM extension, not JIS
}

TEST(JisCharacterSets, Windows31jAddsExtendedKanjiHalfWidthKanaAndMicrosoftMappings) {
    auto windows = kiosk::windows31jCharacters();
    ASSERT_TRUE(windows) << windows.error().message;
    expectAllIn(*windows, "髙﨑德隆ｱﾝﾞ～∥－￢①Ⅰ㈱A~");
    for (char32_t c : *windows) {
        EXPECT_FALSE(c >= 0xE000 && c <= 0xF8FF) << "private use " << hex(c);
    }
}

TEST(JinmeiyoKanji, HoldsTheWholeListIncludingKanjiOutsideJisX0208) {
    const auto& kanji = kiosk::jinmeiyoKanji();
    EXPECT_EQ(kanji.size(), 863u);
    expectAllIn(kanji, "凜琥瑚俠禱繫萊黃渚");
    EXPECT_TRUE(kiosk::contains(kanji, U'\uFA67'));  // 逸 as a compatibility ideograph
    auto jis = kiosk::jisX0208Characters();
    ASSERT_TRUE(jis);
    std::size_t outside = 0;
    for (char32_t c : kanji) outside += kiosk::contains(*jis, c) ? 0 : 1;
    EXPECT_EQ(outside, 105u);
}

TEST(KioskCharacters, BodyTextHoldsHardNamesAndEveryCatalogueCharacter) {
    const auto& catalog = kiosk::MessageCatalog::builtIn();
    auto body = kiosk::bodyTextCharacters(catalog);
    ASSERT_TRUE(body) << body.error().message;
    expectAllIn(*body, "髙﨑邊邉齋齊澤濱德々渡邉髙橋齋藤吉田佐々木");
    expectAllIn(*body, "俠禱繫萊黃");  // 人名用漢字 outside JIS X 0208
    for (char32_t c : kiosk::catalogueCharacters(catalog)) {
        EXPECT_TRUE(kiosk::contains(*body, c)) << hex(c);
    }
}

TEST(KioskCharacters, BodyTextStaysBmpOnlyAndBoundedForTheAtlas) {
    auto body = kiosk::bodyTextCharacters(kiosk::MessageCatalog::builtIn());
    ASSERT_TRUE(body);
    // ImGui 1.86 as Debian builds it has 16-bit ImWchar: nothing above U+FFFF.
    EXPECT_LE(body->back(), U'\xFFFF');
    // JIS X 0208 ∪ Windows-31J ∪ 人名用漢字 is about 7,400; the whole of
    // JIS X 0213 would double the atlas. Guard against that slipping in.
    EXPECT_LT(body->size(), 8000u);
}

TEST(KioskCharacters, HeadingHoldsCatalogueKanaAndAsciiButNotAllKanji) {
    const auto& catalog = kiosk::MessageCatalog::builtIn();
    const CodePoints heading = kiosk::headingCharacters(catalog);
    expectAllIn(heading, "ようこそ受付ABCxyz0123ＡＢ１ガパヴ");
    EXPECT_FALSE(kiosk::contains(heading, U'齋'));
    EXPECT_LT(heading.size(), 1500u);
}
