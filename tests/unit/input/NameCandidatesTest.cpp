#include <gtest/gtest.h>

#include "input/NameCandidates.h"

using kiosk::input::ConversionSegment;

// Issue 10 review: 「たなか」 offered 田奈か and 棚か before 田中, which was on
// the second page at 1920×1080 and the fourth in large text at 1366×768.
TEST(NameCandidates, SpellingsWithoutHiraganaComeFirstInAnthysOrder) {
    std::vector<ConversionSegment> segments{
        {"たなか", {"田奈か", "棚か", "たなか", "田中", "タナカ", "田仲"}}};
    kiosk::input::putNameSpellingsFirst(segments);
    const std::vector<std::string> expected{"田中", "タナカ", "田仲", "田奈か", "棚か", "たなか"};
    EXPECT_EQ(segments[0].candidates, expected);
}

TEST(NameCandidates, EverySegmentIsOrderedAndNothingIsLost) {
    std::vector<ConversionSegment> segments{{"やま", {"やま", "山"}}, {"だ", {"だ", "田", "駄"}}};
    kiosk::input::putNameSpellingsFirst(segments);
    EXPECT_EQ(segments[0].candidates, (std::vector<std::string>{"山", "やま"}));
    EXPECT_EQ(segments[1].candidates, (std::vector<std::string>{"田", "駄", "だ"}));
}
