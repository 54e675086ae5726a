#pragma once
#include "KioskOptions.h"

namespace kiosk::app {

// Runs the front desk (`kiosk --mode desk`) until its window is closed.
int runDesk(const KioskOptions& options);

}  // namespace kiosk::app
