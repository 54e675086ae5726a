#include "IdleTimer.h"

namespace kiosk {

IdleState IdleTimer::state(FlowClock::time_point now, bool finishing) const {
    const auto idle = now - last_;
    if (finishing) return idle >= timeouts_.finishScreen ? IdleState::ResetNow : IdleState::Active;
    if (idle >= timeouts_.warnAfter + timeouts_.countdown) return IdleState::ResetNow;
    if (idle >= timeouts_.warnAfter) return IdleState::Warning;
    return IdleState::Active;
}

int IdleTimer::secondsLeft(FlowClock::time_point now) const {
    const auto left = last_ + timeouts_.warnAfter + timeouts_.countdown - now;
    if (left <= FlowClock::duration::zero()) return 0;
    return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(left).count());
}

}  // namespace kiosk
