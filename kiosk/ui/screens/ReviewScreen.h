#pragma once
// The declaration's review page (UX.md): every answer with a 「なおす」 that
// opens exactly that question.
#include "DeclarationScreens.h"
#include "ScreenContext.h"
#include "flow/CheckInFlow.h"

namespace kiosk::ui {

void drawReviewScreen(CheckInFlow& flow, const ScreenContext& ctx, DeclarationScreenState& state);

}  // namespace kiosk::ui
