#pragma once
// Draws whichever patient screen the flow is on, with its overlays, and
// reports what only the app can do (switch language or text size, place a
// demo card). Screens call the flow for everything else.
#include <string>
#include <vector>

#include "CheckOutcomeScreens.h"
#include "ScreenContext.h"
#include "flow/CheckInFlow.h"

namespace kiosk::ui {

struct PatientScreenInputs {
    std::vector<DemoCard> demoCards;  // simulator only
    std::string mynaportalUrl;
};

struct PatientScreenActions {
    bool switchLanguage = false;
    std::string demoCard;  // id of a demo card the patient tapped
};

PatientScreenActions drawPatientScreens(CheckInFlow& flow, const ScreenContext& ctx,
                                        const PatientScreenInputs& inputs);

}  // namespace kiosk::ui
