// Issue 11 item 3: a kiosk's call shows on every desk, sounds once per desk,
// and is gone from all of them once one member of staff takes it.
#include <gtest/gtest.h>

#include "desk/StaffCallBoard.h"
#include "integration/store/StoreFileTest.h"

namespace kiosk {
namespace {

class StaffCallBoardTest : public test::StoreFileTest {};

TEST_F(StaffCallBoardTest, ACallSoundsOnceOnEachDeskAndGoesWhenTaken) {
    auto kiosk = openStore();
    auto deskA = openStore();
    auto deskB = openStore();
    StaffCallBoard boardA, boardB;
    EXPECT_FALSE(boardA.refresh(*deskA));
    const auto call = kiosk->openStaffCall("受付1", StaffCallReason::PatientAsked, "kiosk:1");
    ASSERT_TRUE(call);
    EXPECT_TRUE(boardA.refresh(*deskA)) << "new call: sound";
    EXPECT_TRUE(boardB.refresh(*deskB));
    EXPECT_FALSE(boardA.refresh(*deskA)) << "the same call sounds once";
    ASSERT_EQ(boardA.open().size(), 1u);
    EXPECT_EQ(boardA.open().front().kioskName, "受付1");

    ASSERT_TRUE(boardA.take(*deskA, *call, "sato"));
    EXPECT_TRUE(boardA.open().empty());
    boardB.refresh(*deskB);
    EXPECT_TRUE(boardB.open().empty()) << "taken on desk A: gone from desk B";
    // Desk B had not refreshed in time: taking it again is no error.
    EXPECT_TRUE(boardB.take(*deskB, *call, "suzuki"));
    const auto calls = deskA->staffCalls(false).value();
    ASSERT_EQ(calls.size(), 1u);
    EXPECT_EQ(calls.front().end, StaffCallEnd::StaffAtDesk);
}

}  // namespace
}  // namespace kiosk
