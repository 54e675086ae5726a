#pragma once
// Dialogs over any patient screen: staff have been called (nothing entered is
// lost), and 「まだ続けますか？」 before the idle reset.
#include "ScreenContext.h"
#include "flow/CheckInFlow.h"

namespace kiosk::ui {

void drawStaffCalledOverlay(CheckInFlow& flow, const ScreenContext& ctx);
void drawStillThereOverlay(CheckInFlow& flow, const ScreenContext& ctx);

}  // namespace kiosk::ui
