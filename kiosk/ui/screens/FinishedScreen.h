#pragma once
// The last screen: what happens now at the counter, the share to pay where it
// is known, and that the screen clears itself (UX.md).
#include "ScreenContext.h"
#include "flow/CheckInFlow.h"

namespace kiosk::ui {

void drawFinishedScreen(CheckInFlow& flow, const ScreenContext& ctx);

}  // namespace kiosk::ui
