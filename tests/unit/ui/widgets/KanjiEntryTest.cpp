#include <gtest/gtest.h>

#include "ui/widgets/KanjiEntry.h"
#include "unit/ui/ImGuiFrameHarness.h"

using kiosk::Language;
using kiosk::input::KanaKanjiConverter;
using kiosk::test::ImGuiFrameHarness;
using kiosk::ui::KanjiEntryState;

namespace {

constexpr float kTouchPx = 80.0f;

void show(ImGuiFrameHarness& harness, KanjiEntryState& state, KanaKanjiConverter* converter) {
    harness.frame([&state, converter] {
        ImGuiFrameHarness::fullScreenWindow("kanji", [&] {
            kiosk::ui::drawKanjiEntry("name", state, converter, kTouchPx, Language::Japanese);
        });
    });
}

// Taps the candidate button showing `kanji`, paging forward until it appears.
void tapCandidate(ImGuiFrameHarness& harness, const std::string& kanji) {
    for (int page = 0; page < 20 && !harness.itemRect("candidate:" + kanji); ++page) {
        harness.tapOn("more");
    }
    harness.tapOn("candidate:" + kanji);
}

}  // namespace

TEST(KanjiEntry, TypingAReadingAndPickingCandidatesGivesTheKanjiName) {
    auto converter = KanaKanjiConverter::open();
    ASSERT_TRUE(converter);
    ImGuiFrameHarness harness;
    KanjiEntryState state{kiosk::input::KanjiComposition(20), 0};
    show(harness, state, converter->get());
    EXPECT_FALSE(harness.itemRect("convert")->enabled);  // nothing typed yet
    for (const char* key : {"さ", "い", "と", "う"}) harness.tapOn(key);
    EXPECT_EQ(state.composition.reading(), "さいとう");
    harness.tapOn("convert");
    ASSERT_TRUE(state.composition.converting());
    tapCandidate(harness, "齋藤");
    harness.tapOn("space");
    for (const char* key : {"ゆ", "う", "こ"}) harness.tapOn(key);
    harness.tapOn("keep_kana");
    EXPECT_EQ(state.composition.text(), "齋藤　ゆうこ");
}

TEST(KanjiEntry, WithoutAConverterTheReadingIsKeptAsKana) {
    ImGuiFrameHarness harness;
    KanjiEntryState state{kiosk::input::KanjiComposition(20), 0};
    show(harness, state, nullptr);
    EXPECT_FALSE(harness.itemRect("convert"));
    for (const char* key : {"は", "な"}) harness.tapOn(key);
    harness.tapOn("keep_kana");
    EXPECT_EQ(state.composition.text(), "はな");
}

TEST(KanjiEntry, CandidatePagesStayOnScreenAndComeBackToTheFirstAfterTheLast) {
    auto converter = KanaKanjiConverter::open();
    ASSERT_TRUE(converter);
    ImGuiFrameHarness harness;
    KanjiEntryState state{kiosk::input::KanjiComposition(20), 0};
    show(harness, state, converter->get());
    for (const char* key : {"か", "ん"}) harness.tapOn(key);  // many candidates
    harness.tapOn("convert");
    ASSERT_GT(state.composition.currentSegment().candidates.size(), 10u);
    harness.tapOn("more");
    EXPECT_EQ(state.page, 1u);
    for (const auto& target : harness.touchTargets()) EXPECT_LE(target.max.x, 1920.0f) << target.id;
    // 「つぎ」 on the last page shows the first again.
    std::size_t pages = 1;
    while (state.page != 0 && pages < 50) {
        harness.tapOn("more");
        ++pages;
    }
    EXPECT_EQ(state.page, 0u);
    EXPECT_GT(pages, 2u);
}

// Third check: a second tap where 「漢字に変換」 was landed on 「かなのまま」
// and kept the kana; it must land on a candidate or 「つぎ」, as a second
// 変換 does in any input method.
TEST(KanjiEntry, ASecondTapOnConvertNeverKeepsTheKana) {
    auto converter = KanaKanjiConverter::open();
    ASSERT_TRUE(converter);
    // The keyboard's width beside the questions at 1366×768 in large text,
    // where the review saw it, and a full-width one.
    for (const ImVec2 display : {ImVec2(740, 768), ImVec2(1920, 1080)})
        for (const char* reading : {"さいとう", "たなか", "かん"}) {
            SCOPED_TRACE(reading);
            ImGuiFrameHarness harness(display, 1.4f);
            KanjiEntryState state{kiosk::input::KanjiComposition(20), 0};
            show(harness, state, converter->get());
            const std::string text(reading);
            for (std::size_t i = 0; i < text.size(); i += 3) harness.tapOn(text.substr(i, 3));
            const auto convert = harness.itemRect("convert");
            ASSERT_TRUE(convert);
            harness.tapOn("convert");
            harness.frame();
            const ImVec2 at = convert->centre();
            for (const auto& target : harness.touchTargets()) {
                if (at.x >= target.min.x && at.x <= target.max.x && at.y >= target.min.y &&
                    at.y <= target.max.y) {
                    EXPECT_NE(target.id, "keep_kana");
                }
            }
        }
}
