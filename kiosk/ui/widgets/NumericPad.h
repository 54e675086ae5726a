#pragma once
// A numeric pad for phone numbers, postal codes, insurer numbers and date
// cells: 0–9, delete, clear and (phone) a hyphen, each key at least touchPx.
#include "core/Language.h"
#include "input/DigitEntry.h"

namespace kiosk::ui {

// Draws the pad at the cursor (inside an ID scope named `id`) and applies a
// tapped key to `entry`. Returns true when `entry` changed.
bool drawNumericPad(const char* id, input::DigitEntry& entry, float touchPx, Language lang);

}  // namespace kiosk::ui
