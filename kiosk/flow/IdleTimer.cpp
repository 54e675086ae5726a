#include "IdleTimer.h"

namespace kiosk {

std::chrono::seconds IdleTimer::quietBeforeAsking(IdlePhase phase) const {
    return phase == IdlePhase::WaitingForStaff ? timeouts_.staffCallWait : timeouts_.warnAfter;
}

IdleState IdleTimer::state(FlowClock::time_point now, IdlePhase phase) const {
    const auto idle = now - last_;
    if (phase == IdlePhase::Finished) {
        return idle >= timeouts_.finishScreen ? IdleState::ResetNow : IdleState::Active;
    }
    if (phase == IdlePhase::Welcome) {
        return idle >= timeouts_.warnAfter ? IdleState::ResetNow : IdleState::Active;
    }
    const auto ask = quietBeforeAsking(phase);
    if (idle >= ask + timeouts_.countdown) return IdleState::ResetNow;
    if (idle >= ask) return IdleState::Warning;
    return IdleState::Active;
}

int IdleTimer::secondsLeft(FlowClock::time_point now, IdlePhase phase) const {
    const auto left = last_ + quietBeforeAsking(phase) + timeouts_.countdown - now;
    if (left <= FlowClock::duration::zero()) return 0;
    return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(left).count());
}

}  // namespace kiosk
