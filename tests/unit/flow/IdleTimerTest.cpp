#include <gtest/gtest.h>

#include "flow/IdleTimer.h"

using namespace kiosk;
using namespace std::chrono_literals;

namespace {
const FlowClock::time_point t0{};
}

TEST(IdleTimer, WarnsAfterAMinuteThenResetsAfterTheCountdown) {
    IdleTimer timer;
    timer.activity(t0);
    EXPECT_EQ(timer.state(t0 + 59s, IdlePhase::Form), IdleState::Active);
    EXPECT_EQ(timer.state(t0 + 60s, IdlePhase::Form), IdleState::Warning);
    EXPECT_EQ(timer.secondsLeft(t0 + 60s, IdlePhase::Form), 20);
    EXPECT_EQ(timer.secondsLeft(t0 + 60s + 500ms, IdlePhase::Form), 20);  // rounded up
    EXPECT_EQ(timer.secondsLeft(t0 + 79s, IdlePhase::Form), 1);
    EXPECT_EQ(timer.state(t0 + 79s, IdlePhase::Form), IdleState::Warning);
    EXPECT_EQ(timer.state(t0 + 80s, IdlePhase::Form), IdleState::ResetNow);
    EXPECT_EQ(timer.secondsLeft(t0 + 90s, IdlePhase::Form), 0);
}

TEST(IdleTimer, AnyActivityRestartsTheMinute) {
    IdleTimer timer;
    timer.activity(t0);
    timer.activity(t0 + 70s);  // the patient touched during the warning
    EXPECT_EQ(timer.state(t0 + 100s, IdlePhase::Form), IdleState::Active);
    EXPECT_EQ(timer.state(t0 + 130s, IdlePhase::Form), IdleState::Warning);
}

TEST(IdleTimer, FinishScreenResetsAfterFifteenSecondsWithoutAsking) {
    IdleTimer timer;
    timer.activity(t0);
    EXPECT_EQ(timer.state(t0 + 14s, IdlePhase::Finished), IdleState::Active);
    EXPECT_EQ(timer.state(t0 + 15s, IdlePhase::Finished), IdleState::ResetNow);
}

TEST(IdleTimer, TimeoutsAreConfigurable) {
    IdleTimer timer({5s, 3s, 2s, 30s});
    timer.activity(t0);
    EXPECT_EQ(timer.state(t0 + 5s, IdlePhase::Form), IdleState::Warning);
    EXPECT_EQ(timer.state(t0 + 8s, IdlePhase::Form), IdleState::ResetNow);
    EXPECT_EQ(timer.state(t0 + 2s, IdlePhase::Finished), IdleState::ResetNow);
}

// Issue 10 item 6: the wipe waits while the patient waits for staff.
TEST(IdleTimer, AnOpenStaffCallWaitsFiveMinutesBeforeAsking) {
    IdleTimer timer;
    timer.activity(t0);
    EXPECT_EQ(timer.state(t0 + 90s, IdlePhase::WaitingForStaff), IdleState::Active);
    EXPECT_EQ(timer.state(t0 + 299s, IdlePhase::WaitingForStaff), IdleState::Active);
    EXPECT_EQ(timer.state(t0 + 300s, IdlePhase::WaitingForStaff), IdleState::Warning);
    EXPECT_EQ(timer.secondsLeft(t0 + 300s, IdlePhase::WaitingForStaff), 20);
    EXPECT_EQ(timer.state(t0 + 320s, IdlePhase::WaitingForStaff), IdleState::ResetNow);
}

TEST(IdleTimer, TheStaffCallWaitIsConfigurable) {
    IdleTimer timer({5s, 3s, 2s, 30s});
    timer.activity(t0);
    EXPECT_EQ(timer.state(t0 + 29s, IdlePhase::WaitingForStaff), IdleState::Active);
    EXPECT_EQ(timer.state(t0 + 30s, IdlePhase::WaitingForStaff), IdleState::Warning);
}
