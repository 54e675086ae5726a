#include <gtest/gtest.h>

#include "core/Blanks.h"

using kiosk::trimBlanks;

// Terminals pad fixed-width fields with full-width spaces, mixed with ASCII.
TEST(Blanks, PaddingOfEitherWidthGoesFromBothEnds) {
    EXPECT_EQ(trimBlanks("\u3000 06139992\u3000\u3000"), "06139992");
    EXPECT_EQ(trimBlanks(" \u3000試験　花子 \u3000"), "試験　花子");  // the space inside stays
}

TEST(Blanks, LineBreaksAndTabsAtTheEndsGo) {
    EXPECT_EQ(trimBlanks("\tEX01\r\n"), "EX01");
}

TEST(Blanks, NothingButBlanksIsEmpty) {
    EXPECT_EQ(trimBlanks(" \u3000\n"), "");
    EXPECT_EQ(trimBlanks(""), "");
}
