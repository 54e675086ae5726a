#include "PatientScreens.h"

#include "FinishedScreen.h"
#include "PatientOverlays.h"
#include "ProofPathScreens.h"
#include "ui/WelcomeScreen.h"

namespace kiosk::ui {

PatientScreenActions drawPatientScreens(CheckInFlow& flow, const ScreenContext& ctx,
                                        const PatientScreenInputs& inputs) {
    PatientScreenActions actions;
    switch (flow.screen()) {
        case FlowScreen::Welcome:
            switch (drawWelcomeScreen(ctx.lang, ctx.fonts)) {
                case WelcomeAction::Start:
                    flow.start(ctx.today, ctx.now);
                    break;
                case WelcomeAction::SwitchLanguage:
                    actions.switchLanguage = true;
                    break;
                case WelcomeAction::CallStaff:
                    flow.callStaff(ctx.now);
                    break;
                case WelcomeAction::None:
                    break;
            }
            break;
        case FlowScreen::PlaceCard:
            actions.demoCard = drawPlaceCardScreen(flow, ctx, inputs.demoCards);
            break;
        case FlowScreen::Checking:
            drawCheckingScreen(flow, ctx);
            break;
        case FlowScreen::CheckFailed:
            drawCheckFailedScreen(flow, ctx);
            break;
        case FlowScreen::MynaportalHandOff:
            drawMynaportalScreen(flow, ctx, inputs.mynaportalUrl);
            break;
        case FlowScreen::ProofAtCounter:
            drawProofAtCounterScreen(flow, ctx);
            break;
        case FlowScreen::NothingAvailable:
            drawNothingAvailableScreen(flow, ctx);
            break;
        case FlowScreen::DeclarationIntro:
        case FlowScreen::CardPin:
        case FlowScreen::DeclarationStep:
        case FlowScreen::Review:
        case FlowScreen::Signature:
            break;  // TODO(issue 5): declaration screens once the input widgets land
        case FlowScreen::Finished:
            drawFinishedScreen(flow, ctx);
            break;
    }
    if (flow.staffCalled()) {
        drawStaffCalledOverlay(flow, ctx);
    } else if (flow.idleWarning(ctx.now)) {
        drawStillThereOverlay(flow, ctx);
    }
    return actions;
}

}  // namespace kiosk::ui
