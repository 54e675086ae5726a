#pragma once
// Draws whichever patient screen the flow is on, with its overlays, and
// reports what only the app can do (switch language or text size, place a
// demo card). Screens call the flow for everything else.
#include <string>
#include <vector>

#include "CardPinView.h"
#include "CheckOutcomeScreens.h"
#include "DeclarationScreens.h"
#include "ScreenContext.h"
#include "WelcomeScreen.h"
#include "flow/CheckInFlow.h"

namespace kiosk::ui {

struct PatientScreenInputs {
    std::vector<DemoCard> demoCards;  // simulator only
    std::string mynaportalUrl;
    CardPinView cardPin;
    WelcomeState welcome;
};

struct PatientScreenActions {
    bool switchLanguage = false;
    bool toggleLargeText = false;
    bool toggleHighContrast = false;
    std::string demoCard;                // id of a demo card the patient tapped
    std::optional<std::string> cardPin;  // a PIN to verify on the card
};

PatientScreenActions drawPatientScreens(CheckInFlow& flow, const ScreenContext& ctx,
                                        const PatientScreenInputs& inputs,
                                        DeclarationScreenState& state);

}  // namespace kiosk::ui
