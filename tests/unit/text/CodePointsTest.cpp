#include <gtest/gtest.h>

#include "text/CodePoints.h"

using kiosk::CodePoints;

TEST(CodePoints, MakeSortsAndDropsRepeats) {
    EXPECT_EQ(kiosk::makeCodePoints({U'c', U'a', U'c', U'b'}), (CodePoints{U'a', U'b', U'c'}));
}

TEST(CodePoints, UniteKeepsEveryMemberOnce) {
    const CodePoints a{U'a', U'c'};
    const CodePoints b{U'b', U'c', U'd'};
    EXPECT_EQ(kiosk::unite(a, b), (CodePoints{U'a', U'b', U'c', U'd'}));
}

TEST(CodePoints, RunsJoinNeighboursOnly) {
    const CodePoints set{1, 2, 3, 5, 7, 8};
    const std::vector<std::pair<char32_t, char32_t>> expected{{1, 3}, {5, 5}, {7, 8}};
    EXPECT_EQ(kiosk::toRuns(set), expected);
    EXPECT_TRUE(kiosk::toRuns({}).empty());
}
