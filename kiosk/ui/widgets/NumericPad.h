#pragma once
// A numeric pad for phone numbers, postal codes, insurer numbers and date
// cells: 0–9, delete, clear and (phone) a hyphen, each key at least touchPx.
#include <optional>

#include "core/Language.h"
#include "input/DigitEntry.h"

namespace kiosk::ui {

// Draws the pad's keys at the cursor (inside an ID scope named `id`); the key
// tapped, if any.
std::optional<input::DigitKey> drawNumericKeys(const char* id, bool withHyphen, float touchPx,
                                               Language lang);
// drawNumericKeys, the tapped key applied to `entry`. Returns true when
// `entry` changed.
bool drawNumericPad(const char* id, input::DigitEntry& entry, float touchPx, Language lang);

}  // namespace kiosk::ui
