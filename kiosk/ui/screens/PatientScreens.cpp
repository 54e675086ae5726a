#include "PatientScreens.h"

#include <imgui.h>

#include "ConfirmKnownScreen.h"
#include "FinishedScreen.h"
#include "PatientOverlays.h"
#include "ProofPathScreens.h"
#include "ReviewScreen.h"
#include "SignatureScreen.h"

namespace kiosk::ui {

PatientScreenActions drawPatientScreens(CheckInFlow& flow, const ScreenContext& ctx,
                                        const PatientScreenInputs& inputs,
                                        DeclarationScreenState& state) {
    PatientScreenActions actions;
    // Under an overlay the page cannot be tapped: its buttons are drawn
    // disabled, so no press reaches them and the touch map does not list them.
    const bool overlaid = flow.staffCalled() || flow.idleWarning(ctx.now);
    if (overlaid) ImGui::BeginDisabled();
    switch (flow.screen()) {
        case FlowScreen::Welcome:
            switch (drawWelcomeScreen(ctx, inputs.welcome)) {
                case WelcomeAction::Start:
                    flow.start(ctx.today, ctx.now);
                    break;
                case WelcomeAction::SwitchLanguage:
                    actions.switchLanguage = true;
                    break;
                case WelcomeAction::ToggleLargeText:
                    actions.toggleLargeText = true;
                    break;
                case WelcomeAction::ToggleHighContrast:
                    actions.toggleHighContrast = true;
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
        case FlowScreen::ConfirmIdentity:
            drawConfirmIdentityScreen(flow, ctx);
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
            drawDeclarationIntroScreen(flow, ctx, state);
            break;
        case FlowScreen::CardPin:
            actions.cardPin = drawCardPinScreen(flow, ctx, inputs.cardPin, state);
            break;
        case FlowScreen::ConfirmKnown:
            drawConfirmKnownScreen(flow, ctx, state);
            break;
        case FlowScreen::DeclarationStep:
        case FlowScreen::DocumentNumbers:
            drawDeclarationStepScreen(flow, ctx, state);
            break;
        case FlowScreen::Review:
            drawReviewScreen(flow, ctx, state);
            break;
        case FlowScreen::Signature:
            drawSignatureScreen(flow, ctx, state);
            break;
        case FlowScreen::Finished:
            drawFinishedScreen(flow, ctx);
            break;
    }
    if (overlaid) ImGui::EndDisabled();
    // 「まだ続けますか？」 before the staff call's box: the wipe it counts down
    // to comes during a call too, only later.
    if (flow.idleWarning(ctx.now)) {
        drawStillThereOverlay(flow, ctx);
    } else if (flow.staffCalled()) {
        drawStaffCalledOverlay(flow, ctx);
    }
    return actions;
}

}  // namespace kiosk::ui
