#pragma once
// The ways on after a failed check that need no form: (a) show the Mynaportal
// screen, (b) show a document, (d) nothing available (10割). Each ends with
// one button that saves the record and says what happens at the counter.
#include <string>

#include "ScreenContext.h"
#include "flow/CheckInFlow.h"

namespace kiosk::ui {

// `qrTarget`: what the QR opens on the patient's phone (configurable: a deep
// link to the 資格情報 screen is not confirmed, the portal's top page is).
void drawMynaportalScreen(CheckInFlow& flow, const ScreenContext& ctx, const std::string& qrTarget);
void drawProofAtCounterScreen(CheckInFlow& flow, const ScreenContext& ctx);
void drawNothingAvailableScreen(CheckInFlow& flow, const ScreenContext& ctx);

}  // namespace kiosk::ui
