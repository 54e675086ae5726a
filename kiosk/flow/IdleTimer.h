#pragma once
// Privacy at an unattended screen (UX.md): after a minute without a touch the
// patient is asked 「まだ続けますか？」 with a countdown, then everything is
// wiped; the finish screen clears itself sooner. Time is passed in, so the
// rules are tested without waiting.
#include <chrono>

namespace kiosk {

using FlowClock = std::chrono::steady_clock;

struct IdleTimeouts {
    std::chrono::seconds warnAfter{60};
    std::chrono::seconds countdown{20};
    std::chrono::seconds finishScreen{15};
};

enum class IdleState {
    Active,    // nothing to do
    Warning,   // show 「まだ続けますか？」 with secondsLeft()
    ResetNow,  // wipe and go back to the welcome screen
};

class IdleTimer {
public:
    explicit IdleTimer(IdleTimeouts timeouts = {}) : timeouts_(timeouts) {}

    // Any touch or key, including the one that dismisses the warning.
    void activity(FlowClock::time_point now) { last_ = now; }
    // `finishing`: the finish screen, which resets after its own short delay
    // and never asks.
    IdleState state(FlowClock::time_point now, bool finishing) const;
    // Whole seconds left on the warning's countdown (rounded up).
    int secondsLeft(FlowClock::time_point now) const;

private:
    IdleTimeouts timeouts_;
    FlowClock::time_point last_{};
};

}  // namespace kiosk
