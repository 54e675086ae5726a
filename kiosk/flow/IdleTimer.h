#pragma once
// Privacy at an unattended screen (UX.md): after a minute without a touch the
// patient is asked 「まだ続けますか？」 with a countdown, then everything is
// wiped; the finish screen clears itself sooner. While the patient waits for
// the staff they called, the form waits longer (issue 10 item 6). Time is
// passed in, so the rules are tested without waiting.
#include <chrono>

namespace kiosk {

using FlowClock = std::chrono::steady_clock;

struct IdleTimeouts {
    std::chrono::seconds warnAfter{60};
    std::chrono::seconds countdown{20};
    std::chrono::seconds finishScreen{15};
    std::chrono::seconds staffCallWait{300};  // before asking, while a staff call is open
};

// What is on screen decides how long it may stay untouched.
enum class IdlePhase {
    Form,             // ask after warnAfter, then count down
    Finished,         // the finish screen: reset after finishScreen, never ask
    WaitingForStaff,  // a staff call is open: ask after staffCallWait, then count down
    Welcome,          // nothing entered yet: reset after warnAfter, never ask (the last
                      // person's language or large text must not greet the next)
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
    IdleState state(FlowClock::time_point now, IdlePhase phase) const;
    // Whole seconds left on the warning's countdown (rounded up).
    int secondsLeft(FlowClock::time_point now, IdlePhase phase) const;
    const IdleTimeouts& timeouts() const { return timeouts_; }

private:
    std::chrono::seconds quietBeforeAsking(IdlePhase phase) const;

    IdleTimeouts timeouts_;
    FlowClock::time_point last_{};
};

}  // namespace kiosk
