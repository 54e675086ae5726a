#include <gtest/gtest.h>

#include "ui/GlyphRanges.h"

TEST(GlyphRanges, RunsBecomeZeroTerminatedInclusivePairs) {
    const std::vector<ImWchar> expected{U'あ', U'う', U'漢', U'漢', 0};
    EXPECT_EQ(kiosk::ui::toGlyphRanges({U'あ', U'ぃ', U'い', U'ぅ', U'う', U'漢'}), expected);
}

TEST(GlyphRanges, ImGuiRangesReadBackAsTheSameSet) {
    const kiosk::CodePoints set{U'A', U'B', U'C', U'髙', U'﨑'};
    EXPECT_EQ(kiosk::ui::fromGlyphRanges(kiosk::ui::toGlyphRanges(set).data()), set);
}
