#include "FinishedScreen.h"

#include "ScreenChrome.h"

namespace kiosk::ui {

namespace {

const char* nextStepKey(const CheckInFlow& flow) {
    const auto& answer = flow.answer();
    if (flow.identityConfirmation() == IdentityConfirmation::Denied) {
        return "finished.identity_denied";
    }
    if (answer && answer->outcome == EligibilityOutcome::Valid) return "finished.wait";
    if (flow.documentVerified()) return "finished.wait";
    if (answer && answer->outcome == EligibilityOutcome::MedicalAidNotRegistered) {
        return "finished.medical_aid";
    }
    switch (flow.proofPath()) {
        case ProofPath::Mynaportal:
            return "finished.mynaportal";
        case ProofPath::ProofDocument:
            return "finished.proof";
        case ProofPath::Declaration:
            return "finished.declaration";
        case ProofPath::NothingAvailable:
            return "finished.self_pay";
        case ProofPath::None:
            break;
    }
    return "finished.wait";
}

}  // namespace

void drawFinishedScreen(CheckInFlow& flow, const ScreenContext& ctx) {
    beginPage("finished");
    if (drawHeader(ctx, false).callStaff) flow.callStaff(ctx.now);
    // "Not me": nothing is settled until staff have seen the patient.
    const bool identityDenied = flow.identityConfirmation() == IdentityConfirmation::Denied;
    drawHeading(ctx,
                ctx.text(identityDenied ? "finished.identity_heading" : "finished.checked_in"));
    if (auto share = flow.counterShare(); share && !identityDenied) {
        drawHeading(ctx, ctx.format("finished.share", {{"share", std::to_string(share->tenths)}}));
        if (share->staffConfirms) drawBody(ctx, ctx.text("finished.staff_confirm"));
    }
    drawBody(ctx, ctx.text(nextStepKey(flow)));
    if (flow.proofPath() == ProofPath::Declaration)
        drawBody(ctx, ctx.text("finished.report_later"));
    drawBody(ctx, ctx.text("finished.closing"));
    if (bigButton(ctx, "common.ok", ButtonStyle::Primary)) flow.reset();
    endPage();
}

}  // namespace kiosk::ui
