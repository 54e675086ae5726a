#include "CheckOutcomeScreens.h"

#include <imgui.h>

#include <cmath>

#include "ScreenChrome.h"
#include "core/RecordEnumNames.h"
#include "core/UnicodeForms.h"
#include "core/Wareki.h"
#include "ui/widgets/TouchTarget.h"

namespace kiosk::ui {

namespace {

// A slowly turning arc: the kiosk is working, not frozen.
void drawWaitingIndicator(const ScreenContext& ctx) {
    const float radius = ctx.touchPx * 0.5f;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 centre(pos.x + ImGui::GetContentRegionAvail().x * 0.5f, pos.y + radius);
    const float start = static_cast<float>(ImGui::GetTime()) * 3.0f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PathArcTo(centre, radius, start, start + 4.5f, 32);
    draw->PathStroke(ImGui::GetColorU32(ImGuiCol_Text), 0, radius * 0.2f);
    ImGui::Dummy(ImVec2(radius * 2, radius * 2));
}

// 昭和55年5月5日 in Japanese, 1980-05-05 in English.
std::string formatBirthDate(const CivilDate& date, const ScreenContext& ctx) {
    if (ctx.lang == Language::Japanese) {
        if (auto wareki = toWareki(date)) return formatWarekiJa(*wareki);
    }
    return date.iso();
}

// The reader waits for the card without a time-out: a reader or terminal
// that never answers is the patient's to report, and leads to the outage ways on.
void notAnsweringButton(CheckInFlow& flow, const ScreenContext& ctx) {
    if (bigButton(ctx, "place_card.not_answering")) flow.cardNotAnswering(ctx.now);
}

// What each way on looks like (issue 10 item 11).
ProofPicture pictureOf(FailureChoice choice) {
    switch (choice) {
        case FailureChoice::RetryWithPin:
            return ProofPicture::MyNumberCard;
        case FailureChoice::StaffVisualCheck:
            return ProofPicture::Staff;
        case FailureChoice::Mynaportal:
            return ProofPicture::PhoneScreen;
        case FailureChoice::ProofDocument:
            return ProofPicture::EligibilityCertificate;
        case FailureChoice::Declaration:
            return ProofPicture::DeclarationForm;
        case FailureChoice::NothingAvailable:
            break;
    }
    return ProofPicture::None;
}

}  // namespace

std::string failureMessageKey(EligibilityOutcome outcome) {
    switch (outcome) {
        case EligibilityOutcome::Lost:
            return "failed.lost";
        case EligibilityOutcome::NotRegistered:
            return "failed.not_registered";
        case EligibilityOutcome::MultipleMatches:
            return "failed.multiple";
        case EligibilityOutcome::CardProblem:
            return "failed.card";
        case EligibilityOutcome::FaceRecognitionFailed:
            return "failed.face";
        case EligibilityOutcome::TerminalError:
        case EligibilityOutcome::NoAnswer:
        case EligibilityOutcome::NotChecked:
        case EligibilityOutcome::Valid:
        case EligibilityOutcome::MedicalAidNotRegistered:  // never a failure screen
            break;
    }
    return "failed.machine";
}

std::string drawPlaceCardScreen(CheckInFlow& flow, const ScreenContext& ctx,
                                const std::vector<DemoCard>& demoCards) {
    beginFlowPage(flow, ctx, "place_card");
    // The simulator's demonstration cards beside the instructions on a wide
    // panel, below them on an upright one.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool beside =
        !demoCards.empty() && display.x > display.y && ImGui::BeginTable("place_card_and_demo", 2);
    if (beside) ImGui::TableNextColumn();
    drawHeading(ctx, ctx.text("place_card.heading"));
    drawBody(ctx, ctx.text("place_card.body"));
    drawWaitingIndicator(ctx);
    notAnsweringButton(flow, ctx);
    std::string tapped;
    if (!demoCards.empty()) {
        if (beside) {
            ImGui::TableNextColumn();
        } else {
            ImGui::Separator();
        }
        drawBody(ctx, ctx.text("place_card.demo_heading"));
        std::vector<GridButton> buttons;
        for (const auto& card : demoCards) buttons.push_back({card.label, "demo:" + card.id});
        // Demonstration only: fingertip-sized, so large text leaves them on screen.
        ScreenContext demo = ctx;
        demo.touchPx = ctx.keyPx();
        if (auto index = drawButtonGrid(demo, buttons, false, 1, 3)) tapped = demoCards[*index].id;
    }
    if (beside) ImGui::EndTable();
    endPage();
    return tapped;
}

void drawCheckingScreen(CheckInFlow& flow, const ScreenContext& ctx) {
    beginFlowPage(flow, ctx, "checking");
    drawHeading(ctx, ctx.text("checking.heading"));
    drawBody(ctx, ctx.text("checking.body"));
    drawWaitingIndicator(ctx);
    if (flow.waitingForCardReader()) notAnsweringButton(flow, ctx);
    if (flow.checkTakingLong(ctx.now)) {
        drawBody(ctx, ctx.text("checking.slow"));
        if (bigButton(ctx, "checking.go_on")) flow.goOnWithoutWaiting(ctx.now);
    }
    if (flow.saveFailed()) {
        drawError(ctx, ctx.text("save.failed"));
        if (bigButton(ctx, "common.retry", ButtonStyle::Primary)) flow.next(ctx.now);
    }
    endPage();
}

// The terminal's name and birth date only: enough to tell "not me", nothing
// more of what it holds on screen.
void drawConfirmIdentityScreen(CheckInFlow& flow, const ScreenContext& ctx) {
    beginFlowPage(flow, ctx, "confirm_identity");
    drawHeading(ctx, ctx.text("confirm_identity.heading"));
    // After a 資格確認書 look-up the question is whose document was typed.
    drawBody(ctx, ctx.text(flow.proofPath() == ProofPath::ProofDocument
                               ? "confirm_identity.body_document"
                               : "confirm_identity.body"));
    {
        const auto& who = flow.identityToConfirm();
        // Body text: only its font holds every character a name may use.
        std::string name = who.name.empty() ? ctx.text("confirm_identity.no_name") : who.name;
        // The terminal sends half-width kana; NFKC gives the katakana people read.
        if (!who.nameKana.empty()) {
            name += "（" + encodeUtf8(toNfkc(decodeUtf8(who.nameKana))) + "）";
        }
        drawBody(ctx, name);
        if (who.birthDate) {
            drawBody(ctx, ctx.format("confirm_identity.birth_date",
                                     {{"date", formatBirthDate(*who.birthDate, ctx)}}));
        }
    }
    const auto answer = drawButtonGrid(ctx,
                                       {{ctx.text("confirm_identity.yes"), "confirm_identity.yes"},
                                        {ctx.text("confirm_identity.no"), "confirm_identity.no"}},
                                       true);
    if (answer) flow.identityAnswered(*answer == 0, ctx.now);
    endPage();
}

void drawCheckFailedScreen(CheckInFlow& flow, const ScreenContext& ctx) {
    beginFlowPage(flow, ctx, "check_failed");
    const auto outcome = flow.answer() ? flow.answer()->outcome : EligibilityOutcome::NoAnswer;
    const std::string key = failureMessageKey(outcome);
    drawHeading(ctx, ctx.text(key + ".heading"), OutcomeIcon::Attention);
    drawBody(ctx, ctx.text(key + ".body"));
    drawBody(ctx, ctx.text("failed.choose"));
    // The one most likely to work first, and strongest; side by side where
    // one under another would not fit.
    const auto choices = flow.choices();
    std::vector<GridButton> buttons;
    for (FailureChoice choice : choices) {
        const std::string id = "choice." + std::string(enumName(choice));
        buttons.push_back({ctx.text(id), id, pictureOf(choice)});
    }
    if (auto tapped = drawButtonGrid(ctx, buttons, true)) flow.choose(choices[*tapped], ctx.now);
    endPage();
}

}  // namespace kiosk::ui
