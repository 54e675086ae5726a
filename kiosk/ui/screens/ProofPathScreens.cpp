#include "ProofPathScreens.h"

#include <imgui.h>

#include <string>

#include "ScreenChrome.h"
#include "output/QrCode.h"

namespace kiosk::ui {

namespace {

void pathPage(CheckInFlow& flow, const ScreenContext& ctx, const char* id,
              const std::string& heading) {
    beginFlowPage(flow, ctx, id);
    drawHeading(ctx, heading);
}

void finishButton(CheckInFlow& flow, const ScreenContext& ctx, const char* labelKey) {
    if (flow.saveFailed()) drawError(ctx, ctx.text("save.failed"));
    if (bigButton(ctx, labelKey, ButtonStyle::Primary)) flow.next(ctx.now);
    endPage();
}

// Dark modules on a white square with a quiet zone, so phones read it on any theme.
void drawQrCode(const QrMatrix& qr, float sidePx) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + sidePx, origin.y + sidePx), IM_COL32_WHITE);
    const float module = sidePx / static_cast<float>(qr.size + 8);
    for (int y = 0; y < qr.size; ++y) {
        for (int x = 0; x < qr.size; ++x) {
            if (!qr.isDark(x, y)) continue;
            const ImVec2 a(origin.x + module * static_cast<float>(x + 4),
                           origin.y + module * static_cast<float>(y + 4));
            draw->AddRectFilled(a, ImVec2(a.x + module, a.y + module), IM_COL32_BLACK);
        }
    }
    ImGui::Dummy(ImVec2(sidePx, sidePx));
}

}  // namespace

void drawMynaportalScreen(CheckInFlow& flow, const ScreenContext& ctx,
                          const std::string& qrTarget) {
    pathPage(flow, ctx, "mynaportal", ctx.text("mynaportal.heading"));
    // Encoded once per target: the screen is redrawn every frame.
    static std::string encodedFor;
    static QrMatrix qr;
    if (encodedFor != qrTarget) {
        auto encoded = encodeQr(qrTarget);
        qr = encoded ? *encoded : QrMatrix{};
        encodedFor = qrTarget;
    }
    // The code beside the steps: one under the other would push 「受付で見せます」
    // below the fold of a 768-pixel panel. That button stays at the foot.
    beginContent(ctx);
    const float side = ctx.keyPx() * 3.0f;
    if (qr.size > 0 && ImGui::BeginTable("qr_and_steps", 2)) {
        ImGui::TableSetupColumn("qr", ImGuiTableColumnFlags_WidthFixed, side);
        ImGui::TableSetupColumn("steps", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableNextColumn();
        drawQrCode(qr, side);
        ImGui::TableNextColumn();
    }
    // One block, a step a line: the space between paragraphs would cost a
    // short panel the room of a line.
    std::string steps;
    for (const char* step :
         {"mynaportal.step1", "mynaportal.step2", "mynaportal.step3", "mynaportal.step4"}) {
        steps += (steps.empty() ? "" : "\n") + ctx.text(step);
    }
    drawBody(ctx, steps);
    if (qr.size > 0) ImGui::EndTable();
    endContent();
    finishButton(flow, ctx, "mynaportal.done");
}

void drawProofAtCounterScreen(CheckInFlow& flow, const ScreenContext& ctx) {
    pathPage(flow, ctx, "proof", ctx.text("proof.heading"));
    // The way to the counter stays at the foot of the screen, whatever the
    // text above it (large text after a refused look-up).
    beginContent(ctx);
    if (flow.documentLookupFailed()) {
        drawError(ctx, ctx.text(flow.documentLookupUnanswered() ? "proof.lookup_unanswered"
                                : flow.documentLookupRejected() ? "proof.lookup_rejected"
                                                                : "proof.lookup_failed"));
    }
    drawBody(ctx, ctx.text("proof.body"));
    // Checked here from its numbers, the document needs no trip to the counter.
    if (flow.documentLookupOffered() && !flow.documentLookupFailed() &&
        bigButton(ctx, "proof.check_numbers")) {
        flow.checkDocumentNumbers(ctx.now);
    }
    endContent();
    // Numbers the terminal answered on may hold a typing slip: correcting
    // them sits beside the way to the counter, at the foot of the screen.
    if (flow.documentLookupFailed() && !flow.documentLookupUnanswered()) {
        if (flow.saveFailed()) drawError(ctx, ctx.text("save.failed"));
        const std::vector<GridButton> buttons{{ctx.text("proof.done"), "proof.done"},
                                              {ctx.text("proof.fix_numbers"), "proof.fix_numbers"}};
        if (auto tapped = drawButtonGrid(ctx, buttons, true, 2, 2)) {
            if (*tapped == 0) flow.next(ctx.now);
            if (*tapped == 1) flow.checkDocumentNumbers(ctx.now);
        }
        endPage();
        return;
    }
    finishButton(flow, ctx, "proof.done");
}

void drawNothingAvailableScreen(CheckInFlow& flow, const ScreenContext& ctx) {
    pathPage(flow, ctx, "nothing", ctx.text("nothing.heading"));
    drawBody(ctx, ctx.text("nothing.body"));
    finishButton(flow, ctx, "nothing.done");
}

}  // namespace kiosk::ui
