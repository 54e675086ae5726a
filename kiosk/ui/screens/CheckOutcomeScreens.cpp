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
    drawHeading(ctx, ctx.text("place_card.heading"));
    drawBody(ctx, ctx.text("place_card.body"));
    drawWaitingIndicator(ctx);
    notAnsweringButton(flow, ctx);
    std::string tapped;
    if (!demoCards.empty()) {
        ImGui::Separator();
        drawBody(ctx, ctx.text("place_card.demo_heading"));
        const int columns = 2;
        if (ImGui::BeginTable("demo_cards", columns)) {
            for (const auto& card : demoCards) {
                ImGui::TableNextColumn();
                ImGui::PushID(card.id.c_str());
                if (touchButton(card.label, "demo:" + card.id,
                                ImVec2(ImGui::GetContentRegionAvail().x, ctx.touchPx))) {
                    tapped = card.id;
                }
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
    }
    endPage();
    return tapped;
}

void drawCheckingScreen(CheckInFlow& flow, const ScreenContext& ctx) {
    beginFlowPage(flow, ctx, "checking");
    drawHeading(ctx, ctx.text("checking.heading"));
    drawBody(ctx, ctx.text("checking.body"));
    drawWaitingIndicator(ctx);
    if (flow.waitingForCardReader()) notAnsweringButton(flow, ctx);
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
    if (bigButton(ctx, "confirm_identity.yes", ButtonStyle::Primary)) {
        flow.identityAnswered(true, ctx.now);
    }
    if (bigButton(ctx, "confirm_identity.no")) flow.identityAnswered(false, ctx.now);
    endPage();
}

void drawCheckFailedScreen(CheckInFlow& flow, const ScreenContext& ctx) {
    beginFlowPage(flow, ctx, "check_failed");
    const auto outcome = flow.answer() ? flow.answer()->outcome : EligibilityOutcome::NoAnswer;
    const std::string key = failureMessageKey(outcome);
    drawHeading(ctx, ctx.text(key + ".heading"));
    drawBody(ctx, ctx.text(key + ".body"));
    drawBody(ctx, ctx.text("failed.choose"));
    // The one most likely to work first, and strongest.
    bool first = true;
    for (FailureChoice choice : flow.choices()) {
        const std::string label = "choice." + std::string(enumName(choice));
        if (bigButton(ctx, label, first ? ButtonStyle::Primary : ButtonStyle::Secondary)) {
            flow.choose(choice, ctx.now);
        }
        first = false;
    }
    endPage();
}

}  // namespace kiosk::ui
