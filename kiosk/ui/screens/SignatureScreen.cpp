#include "SignatureScreen.h"

#include <imgui.h>

#include <algorithm>

#include "ScreenChrome.h"
#include "input/SignatureRaster.h"
#include "ui/widgets/SignaturePad.h"

namespace kiosk::ui {

void drawSignatureScreen(CheckInFlow& flow, const ScreenContext& ctx,
                         DeclarationScreenState& state) {
    beginFlowPage(flow, ctx, "signature");
    // 「送信」 is there from the start, so the page shows the way on (third
    // check); tapped before a signature, the heading itself turns into the
    // warning: the pad keeps all the height it has.
    const bool unsigned_ = flow.signaturePng().empty();
    if (state.signatureMissing && unsigned_) {
        ImGui::PushStyleColor(ImGuiCol_Text, warningTextColour(ctx));
        drawHeading(ctx, "！ " + ctx.text("signature.heading"));
        ImGui::PopStyleColor();
    } else {
        drawHeading(ctx, ctx.text("signature.heading"));
    }
    // The image's 3:1, as wide as the page allows once the pad's buttons
    // and 「送信」 below it keep their place on screen.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float below = ctx.touchPx + ctx.primaryPx() + style.ItemSpacing.y * 4;
    const float height =
        std::min(ImGui::GetContentRegionAvail().x / 3.0f, ImGui::GetContentRegionAvail().y - below);
    const ImVec2 box(height * 3.0f, height);
    if (drawSignaturePad("pad", state.signature, box, ctx.touchPx, ctx.lang)) {
        // The flow holds the image the record keeps; an emptied pad takes it back.
        auto png = input::rasterizeSignature(state.signature);
        flow.signatureGiven(png ? std::move(*png) : std::vector<std::uint8_t>{}, ctx.now);
    }
    if (flow.saveFailed()) drawError(ctx, ctx.text("save.failed"));
    if (bigButton(ctx, "signature.submit", ButtonStyle::Primary)) {
        state.signatureMissing = unsigned_;
        if (!unsigned_) flow.next(ctx.now);
    }
    endPage();
}

}  // namespace kiosk::ui
