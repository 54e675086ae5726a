#pragma once
// Where the kiosk gets a check's outcome: the terminal's folder (OqsFolderSource),
// the in-process simulator (SimulatedTerminal), later the card reader.
#include <stop_token>

#include "CheckRequest.h"
#include "EligibilityResult.h"

namespace kiosk {

class EligibilitySource {
public:
    virtual ~EligibilitySource() = default;
    // Blocks until an answer, the source's time-out, or `stop`; never throws.
    // Runs off the UI thread.
    virtual EligibilityResult check(const CheckRequest& request, std::stop_token stop) = 0;
};

}  // namespace kiosk
