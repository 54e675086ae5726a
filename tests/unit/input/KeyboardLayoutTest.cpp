#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "KeyLayoutChecks.h"
#include "input/TextEntry.h"

using kiosk::input::applyTextKey;
using kiosk::input::KeyArea;
using kiosk::input::KeyboardLayout;
using kiosk::input::KeyboardScript;
using kiosk::input::KeyRect;
using kiosk::input::layOutKeyboard;
using kiosk::input::TextEntry;
using kiosk::input::TextKey;
using kiosk::test::kPanels;
using kiosk::test::Panel;

namespace {

constexpr float kTouchPx = 60.0f;  // 15 mm on a 21.5" 1080p panel

// The areas a keyboard may be given on each panel: the whole width under
// the question, or the right 58 % beside it, and between a third and a half
// of the height.
std::vector<KeyArea> areasOn(const Panel& panel) {
    std::vector<KeyArea> areas;
    for (float widthShare : {1.0f, 0.58f}) {
        for (float heightShare : {0.33f, 0.5f}) {
            areas.push_back({panel.width * widthShare, panel.height * heightShare, kTouchPx});
        }
    }
    return areas;
}

const TextKey* keyFor(const KeyboardLayout& layout, TextKey::Kind kind, std::string glyph = "") {
    for (const auto& key : layout.keys) {
        if (key.key.kind == kind && (glyph.empty() || key.key.glyph == glyph)) return &key.key;
    }
    return nullptr;
}

// Types with the keys the layout shows, as a finger would: each must exist.
void type(TextEntry& entry, const KeyboardLayout& layout,
          std::initializer_list<std::pair<TextKey::Kind, const char*>> taps) {
    for (const auto& [kind, glyph] : taps) {
        const TextKey* key = keyFor(layout, kind, glyph);
        ASSERT_NE(key, nullptr) << glyph;
        applyTextKey(entry, *key);
    }
}

constexpr auto C = TextKey::Character;

}  // namespace

TEST(KeyboardLayout, KanaKeysTypeVoicedSemiVoicedSmallLongVowelSpaceAndDelete) {
    const auto layout = layOutKeyboard(KeyboardScript::Hiragana, {1200, 500, kTouchPx});
    TextEntry entry{"", 20, KeyboardScript::Hiragana};
    type(entry, layout,
         {{C, "た"},
          {TextKey::Dakuten, ""},
          {C, "は"},
          {TextKey::Handakuten, ""},
          {C, "つ"},
          {TextKey::Small, ""},
          {C, "る"},
          {TextKey::LongVowel, ""},
          {TextKey::Space, ""},
          {C, "あ"},
          {C, "い"},
          {TextKey::Backspace, ""}});
    EXPECT_EQ(entry.text, "だぱっるー　あ");
}

TEST(KeyboardLayout, KanaKeyboardHasTheWhole50OnAndEveryFunctionKey) {
    const auto layout = layOutKeyboard(KeyboardScript::Katakana, {1200, 500, kTouchPx});
    std::string kana;
    for (const auto& key : layout.keys) {
        if (key.key.kind == C) kana += key.key.glyph;
    }
    EXPECT_EQ(kana,
              "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレ"
              "ロワヲン");
    for (auto kind : {TextKey::Dakuten, TextKey::Handakuten, TextKey::Small, TextKey::LongVowel,
                      TextKey::Space, TextKey::Backspace}) {
        EXPECT_NE(keyFor(layout, kind), nullptr) << kind;
    }
}

// An address (1丁目2番) or a 記号 (髙1234) is typed on the hiragana or Latin
// keyboard; a フリガナ holds no digits, so its keyboard keeps the room.
TEST(KeyboardLayout, HiraganaAndLatinKeyboardsTypeDigitsKatakanaDoesNot) {
    for (auto script : {KeyboardScript::Hiragana, KeyboardScript::Latin}) {
        const auto layout = layOutKeyboard(script, {1200, 500, kTouchPx});
        TextEntry entry{"", 20, script};
        type(entry, layout,
             {{C, "1"},
              {C, "2"},
              {C, "3"},
              {C, "4"},
              {C, "5"},
              {C, "6"},
              {C, "7"},
              {C, "8"},
              {C, "9"},
              {C, "0"}});
        EXPECT_EQ(entry.text, "1234567890");
    }
    const auto katakana = layOutKeyboard(KeyboardScript::Katakana, {1200, 500, kTouchPx});
    EXPECT_EQ(keyFor(katakana, C, "1"), nullptr);
}

TEST(KeyboardLayout, EveryKeyboardStaysInsideItsAreaWithoutOverlapOnEveryPanel) {
    for (const Panel& panel : kPanels) {
        for (const KeyArea& area : areasOn(panel)) {
            for (auto script :
                 {KeyboardScript::Katakana, KeyboardScript::Hiragana, KeyboardScript::Latin}) {
                const auto layout = layOutKeyboard(script, area);
                const std::string where = std::string(panel.name) + " " +
                                          std::to_string(int(area.width)) + "x" +
                                          std::to_string(int(area.height));
                kiosk::test::expectInsideWithoutOverlap(
                    layout, area, where, [](const TextKey& key) { return key.glyph; });
                EXPECT_GE(layout.grid.smallerKeySide(), 0.6f * kTouchPx) << where;
            }
        }
    }
}

TEST(KeyboardLayout, KeysReachTheTouchSizeWhereTheAreaAllowsIt) {
    // 1080p, the whole width and half the height under the question.
    const KeyArea area{1920 - 64, 540, kTouchPx};
    for (auto script : {KeyboardScript::Katakana, KeyboardScript::Latin}) {
        const auto layout = layOutKeyboard(script, area);
        for (const auto& key : layout.keys) {
            EXPECT_GE(key.rect.width, kTouchPx) << key.key.glyph;
            EXPECT_GE(key.rect.height, kTouchPx) << key.key.glyph;
        }
    }
}

TEST(KeyboardLayout, FunctionKeysAreAtLeastAsLargeAsAKanaKey) {
    for (const Panel& panel : kPanels) {
        const auto layout = layOutKeyboard(KeyboardScript::Katakana, areasOn(panel).front());
        const float kana = layout.grid.keyWidth;
        for (auto kind : {TextKey::Small, TextKey::LongVowel, TextKey::Space, TextKey::Backspace}) {
            for (const auto& key : layout.keys) {
                if (key.key.kind == kind) {
                    EXPECT_GE(key.rect.width, kana) << panel.name;
                }
            }
        }
    }
}

TEST(KeyboardLayout, AreasTooSmallKeepKeysAtTheLeastSizeAndSaySo) {
    const KeyArea tiny{300, 100, kTouchPx};
    const auto layout = layOutKeyboard(KeyboardScript::Katakana, tiny);
    EXPECT_GE(layout.grid.smallerKeySide(), 0.6f * kTouchPx - 0.01f);
    EXPECT_FALSE(layout.grid.fits(tiny));
}

// UX.md: keys ≥ 15 mm. Where the digits would make the 50音 keys smaller
// than a fingertip, the hiragana keyboard leaves them to the Latin keys.
TEST(KeyboardLayout, HiraganaDropsItsDigitRowRatherThanShrinkBelowAFingertip) {
    // Ten keys across, and the height of six rows but not of seven.
    const KeyArea low{720, 440, kTouchPx};
    const auto withoutDigits = layOutKeyboard(KeyboardScript::Hiragana, low);
    EXPECT_EQ(keyFor(withoutDigits, TextKey::Character, "1"), nullptr);
    for (const auto& key : withoutDigits.keys) {
        EXPECT_GE(std::min(key.rect.width, key.rect.height), kTouchPx) << key.key.glyph;
    }
    const KeyArea tall{720, 520, kTouchPx};
    const auto withDigits = layOutKeyboard(KeyboardScript::Hiragana, tall);
    EXPECT_NE(keyFor(withDigits, TextKey::Character, "1"), nullptr);
    for (const auto& key : withDigits.keys) {
        EXPECT_GE(std::min(key.rect.width, key.rect.height), kTouchPx) << key.key.glyph;
    }
}

// Below the kana, ゛ and ゜ take the ワ column's two empty cells, so the row
// under the kana has room for 小さい字, 空白 and 1字けす at a readable size.
TEST(KeyboardLayout, DakutenSitInTheWaColumnWhenTheFunctionKeysGoBelow) {
    const auto layout = layOutKeyboard(KeyboardScript::Katakana, {720, 440, kTouchPx});
    const auto at = [&](TextKey::Kind kind, const char* glyph) {
        for (const auto& key : layout.keys) {
            if (key.key.kind == kind && (glyph[0] == 0 || key.key.glyph == glyph)) return key.rect;
        }
        ADD_FAILURE() << glyph;
        return KeyRect{};
    };
    const KeyRect wa = at(TextKey::Character, "ワ");
    const KeyRect n = at(TextKey::Character, "ン");
    const KeyRect dakuten = at(TextKey::Dakuten, "");
    const KeyRect handakuten = at(TextKey::Handakuten, "");
    EXPECT_EQ(dakuten.x, wa.x);
    EXPECT_EQ(handakuten.x, wa.x);
    EXPECT_GT(dakuten.y, n.y);
    EXPECT_GT(handakuten.y, dakuten.y);
    EXPECT_GE(at(TextKey::Small, "").width, 3 * kTouchPx);
}
