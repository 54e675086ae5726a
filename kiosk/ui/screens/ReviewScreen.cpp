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
    const FormValues& values = flow.wizard().values();
    std::vector<const FormField*> answered;
    for (const auto& field : flow.form().fields) {
        // The date the kiosk wrote is no answer of the patient's.
        if (field.medium != FieldMedium::PaperOnly && field.type != FormFieldType::Signature &&
            field.filledWith == FilledWith::Nothing && values.has(field.key)) {
            answered.push_back(&field);
        }
    }
    const int pages = drawAnswerList(flow, ctx, answered, state.reviewPage);
    endContent();
    if (drawPagedFooter(ctx, state.reviewPage, pages, "review.sign")) flow.next(ctx.now);
    endPage();
}

}  // namespace kiosk::ui
