#include "FinishedScreen.h"

#include <imgui.h>

#include <string>

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

// The 受付番号, large enough to read from a step away and to say at the counter.
void drawReceptionNumber(const ScreenContext& ctx, int number) {
    drawBody(ctx, ctx.text("finished.reception_number"));
    const bool ownSize = ctx.fonts.number != nullptr;
    ImGui::PushFont(ownSize ? ctx.fonts.number : ctx.fonts.heading);
    if (!ownSize) ImGui::SetWindowFontScale(kNumberPx / kHeadingPx);
    ImGui::TextUnformatted(std::to_string(number).c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::PopFont();
    ImGui::Spacing();
}

const char* headingKey(const CheckInFlow& flow) {
    // "Not me": nothing is settled until staff have seen the patient.
    if (flow.identityConfirmation() == IdentityConfirmation::Denied) {
        return "finished.identity_heading";
    }
    return flow.checkedInAtKiosk() ? "finished.checked_in" : "finished.go_to_counter";
}

}  // namespace

void drawFinishedScreen(CheckInFlow& flow, const ScreenContext& ctx) {
    beginPage("finished");
    const std::string heading = ctx.text(headingKey(flow));
    const OutcomeIcon icon = flow.checkedInAtKiosk() ? OutcomeIcon::Done : OutcomeIcon::Counter;
    const HeaderActions header = drawHeader(ctx, false, {0, 0, heading, icon});
    if (header.callStaff) flow.callStaff(ctx.now);
    const bool identityDenied = flow.identityConfirmation() == IdentityConfirmation::Denied;
    if (!header.titleShown) drawHeading(ctx, heading, icon);
    beginContent(ctx);
    // The number beside what to do next on a wide panel: one under the other
    // would push 「わかりました」 off a 768-pixel one.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool beside = display.x > display.y && ImGui::BeginTable("number_and_next", 2);
    if (beside) {
        ImGui::TableSetupColumn("number", ImGuiTableColumnFlags_WidthStretch, 0.35f);
        ImGui::TableSetupColumn("next", ImGuiTableColumnFlags_WidthStretch, 0.65f);
        ImGui::TableNextColumn();
    }
    if (auto number = flow.receptionNumber()) drawReceptionNumber(ctx, *number);
    if (beside) ImGui::TableNextColumn();
    if (auto share = flow.counterShare(); share && !identityDenied) {
        drawHeading(ctx, ctx.format("finished.share", {{"share", std::to_string(share->tenths)}}));
        if (share->staffConfirms) drawBody(ctx, ctx.text("finished.staff_confirm"));
    }
    drawBody(ctx, ctx.text(nextStepKey(flow)));
    if (flow.proofPath() == ProofPath::Declaration)
        drawBody(ctx, ctx.text("finished.report_later"));
    drawBody(ctx, ctx.text("finished.closing"));
    if (beside) ImGui::EndTable();
    endContent();
    if (bigButton(ctx, "common.ok", ButtonStyle::Primary)) flow.reset();
    endPage();
}

}  // namespace kiosk::ui
