#pragma once
#include "KioskOptions.h"

namespace kiosk::app {

// Runs the kiosk until its window is closed; returns the process exit code.
// Start-up failures (no display, missing font) are printed as one line.
int runKiosk(const KioskOptions& options);

}  // namespace kiosk::app
