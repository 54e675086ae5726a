#pragma once
// 「この内容でよろしいですか？」: the answers already known (the card face or
// the terminal) on one page with 「はい」 and a 「なおす」 for each (issue 10,
// item 4), instead of one question step per known answer.
#include "DeclarationScreens.h"
#include "ScreenContext.h"
#include "flow/CheckInFlow.h"

namespace kiosk::ui {

void drawConfirmKnownScreen(CheckInFlow& flow, const ScreenContext& ctx,
                            DeclarationScreenState& state);

}  // namespace kiosk::ui
