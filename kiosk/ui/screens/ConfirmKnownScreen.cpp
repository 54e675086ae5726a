#include "ConfirmKnownScreen.h"

#include "AnswerList.h"
#include "Paging.h"
#include "ScreenChrome.h"

namespace kiosk::ui {

void drawConfirmKnownScreen(CheckInFlow& flow, const ScreenContext& ctx,
                            DeclarationScreenState& state) {
    const std::string& heading = ctx.text("confirm_known.heading");
    if (!beginFlowPage(flow, ctx, "confirm_known", {0, 0, heading, std::nullopt})) {
        drawHeading(ctx, heading);
    }
    beginContent(ctx);
    drawBody(ctx, ctx.text("confirm_known.body"));
    const int pages = drawAnswerList(flow, ctx, flow.wizard().knownFields(), state.knownPage);
    endContent();
    if (drawPagedFooter(ctx, state.knownPage, pages, "confirm_known.yes")) {
        flow.confirmKnown(ctx.now);
    }
    endPage();
}

}  // namespace kiosk::ui
