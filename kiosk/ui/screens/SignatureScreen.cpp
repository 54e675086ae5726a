#include "SignatureScreen.h"

#include <imgui.h>

#include "ScreenChrome.h"
#include "input/SignatureRaster.h"
#include "ui/widgets/SignaturePad.h"

namespace kiosk::ui {

void drawSignatureScreen(CheckInFlow& flow, const ScreenContext& ctx,
                         DeclarationScreenState& state) {
    beginFlowPage(flow, ctx, "signature");
    drawHeading(ctx, ctx.text("signature.heading"));
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 box(width, width / 3.0f);  // the image's 3:1
    if (drawSignaturePad("pad", state.signature, box, ctx.touchPx, ctx.lang)) {
        // The flow holds the image the record keeps; an emptied pad takes it back.
        auto png = input::rasterizeSignature(state.signature);
        flow.signatureGiven(png ? std::move(*png) : std::vector<std::uint8_t>{}, ctx.now);
    }
    if (flow.saveFailed()) drawError(ctx, ctx.text("save.failed"));
    if (!flow.signaturePng().empty() && bigButton(ctx, "signature.submit", ButtonStyle::Primary)) {
        flow.next(ctx.now);
    }
    endPage();
}

}  // namespace kiosk::ui
