#pragma once
// The 50音 keyboard: フリガナ in katakana, and the reading typed in hiragana
// before kana→kanji conversion. Each key at least touchPx, a touch gap apart.
#include <optional>

#include "core/Language.h"
#include "input/KanaEntry.h"

namespace kiosk::ui {

// Draws the keys at the cursor (inside an ID scope named `id`) and returns the
// key tapped this frame, for callers that apply keys their own way.
std::optional<input::KanaKey> drawKanaKeys(const char* id, input::KanaScript script, float touchPx,
                                           Language lang);

// Draws the keys and applies a tapped key to `entry`. Returns true when it changed.
bool drawKanaKeyboard(const char* id, input::KanaEntry& entry, float touchPx, Language lang);

}  // namespace kiosk::ui
