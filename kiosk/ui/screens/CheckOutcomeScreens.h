#pragma once
// From the welcome screen to the check's outcome: place the card, wait for
// the check, confirm the terminal's name at a first visit, and — when the
// check failed — what happened and the ways on.
#include <string>
#include <vector>

#include "ScreenContext.h"
#include "flow/CheckInFlow.h"

namespace kiosk::ui {

// A test person the simulator can "place" on the reader (demo mode only).
struct DemoCard {
    std::string id;
    std::string label;  // shown on the demo button, no real person's data
};

// Returns the id of a demo card the patient tapped, or "".
std::string drawPlaceCardScreen(CheckInFlow& flow, const ScreenContext& ctx,
                                const std::vector<DemoCard>& demoCards);
void drawCheckingScreen(CheckInFlow& flow, const ScreenContext& ctx);
void drawConfirmIdentityScreen(CheckInFlow& flow, const ScreenContext& ctx);
void drawCheckFailedScreen(CheckInFlow& flow, const ScreenContext& ctx);

// The catalogue key prefix explaining an outcome ("failed.lost" → .heading/.body).
std::string failureMessageKey(EligibilityOutcome outcome);

}  // namespace kiosk::ui
