#pragma once
// The declaration's last step: the patient signs, then sends it.
#include "DeclarationScreens.h"

namespace kiosk::ui {

void drawSignatureScreen(CheckInFlow& flow, const ScreenContext& ctx,
                         DeclarationScreenState& state);

}  // namespace kiosk::ui
