#pragma once
// The polling loop both answer watchers share (OqsResultWatcher,
// FaceReaderWatcher): look every pollInterval until an answer, the time-out
// or the caller's stop. Polling, not inotify: the terminal's folder is often
// a network share, where inotify sees nothing.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <stop_token>

#include "EligibilityResult.h"
#include "OqsResultWatcher.h"

namespace kiosk {

// `look(now)` gives the answer once there is one; at the time-out,
// `timedOut()` gives what the check ends with.
template <class Look, class TimedOut>
EligibilityResult pollForAnswer(const OqsWatchSettings& settings, std::stop_token stop, Look look,
                                TimedOut timedOut) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + settings.timeout;
    std::mutex mutex;
    std::condition_variable_any wake;
    while (true) {
        if (stop.stop_requested()) {
            return failedCheck(EligibilityOutcome::NoAnswer,
                               {EligibilityError::Cancelled, "check cancelled"});
        }
        const auto now = Clock::now();
        if (std::optional<EligibilityResult> result = look(now)) return std::move(*result);
        if (now >= deadline) return timedOut();
        std::unique_lock lock(mutex);
        wake.wait_for(lock, stop, settings.pollInterval, [] { return false; });
    }
}

}  // namespace kiosk
