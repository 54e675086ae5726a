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
    EXPECT_EQ(timer.state(t0 + 59s, false), IdleState::Active);
    EXPECT_EQ(timer.state(t0 + 60s, false), IdleState::Warning);
    EXPECT_EQ(timer.secondsLeft(t0 + 60s), 20);
    EXPECT_EQ(timer.secondsLeft(t0 + 60s + 500ms), 20);  // rounded up
    EXPECT_EQ(timer.secondsLeft(t0 + 79s), 1);
    EXPECT_EQ(timer.state(t0 + 79s, false), IdleState::Warning);
    EXPECT_EQ(timer.state(t0 + 80s, false), IdleState::ResetNow);
    EXPECT_EQ(timer.secondsLeft(t0 + 90s), 0);
}

TEST(IdleTimer, AnyActivityRestartsTheMinute) {
    IdleTimer timer;
    timer.activity(t0);
    timer.activity(t0 + 70s);  // the patient touched during the warning
    EXPECT_EQ(timer.state(t0 + 100s, false), IdleState::Active);
    EXPECT_EQ(timer.state(t0 + 130s, false), IdleState::Warning);
}

TEST(IdleTimer, FinishScreenResetsAfterFifteenSecondsWithoutAsking) {
    IdleTimer timer;
    timer.activity(t0);
    EXPECT_EQ(timer.state(t0 + 14s, true), IdleState::Active);
    EXPECT_EQ(timer.state(t0 + 15s, true), IdleState::ResetNow);
}

TEST(IdleTimer, TimeoutsAreConfigurable) {
    IdleTimer timer({5s, 3s, 2s});
    timer.activity(t0);
    EXPECT_EQ(timer.state(t0 + 5s, false), IdleState::Warning);
    EXPECT_EQ(timer.state(t0 + 8s, false), IdleState::ResetNow);
    EXPECT_EQ(timer.state(t0 + 2s, true), IdleState::ResetNow);
}
