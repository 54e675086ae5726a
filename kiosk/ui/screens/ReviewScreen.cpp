#include "ReviewScreen.h"

#include "AnswerList.h"
#include "Paging.h"
#include "ScreenChrome.h"

namespace kiosk::ui {

void drawReviewScreen(CheckInFlow& flow, const ScreenContext& ctx, DeclarationScreenState& state) {
    const std::string& heading = ctx.text("review.heading");
    if (!beginFlowPage(flow, ctx, "review", {0, 0, heading, std::nullopt})) {
        drawHeading(ctx, heading);
    }
    beginContent(ctx);
    // Every answer in the order it was asked, one left blank too (「未記入」
    // with its 「なおす」: a step skipped by mistake can still be filled in).
    const std::vector<const FormField*> listed = flow.wizard().fieldsInStepOrder();
    const int pages = drawAnswerList(flow, ctx, listed, state.reviewPage);
    endContent();
    if (drawPagedFooter(ctx, state.reviewPage, pages, "review.sign")) flow.next(ctx.now);
    endPage();
}

}  // namespace kiosk::ui
